// Prints what the audit derives from each claim: subject, aliases, the statement's other names, its setting
// words and its key terms split into predicate and setting, so that a user can read what a sentence must say
// to count as a mention of the claim, and what only names its subject or setting.
//
//   npx tsx bench/claimTerms.ts                       # the evaluation corpus's claims and the development fresh sets'
//   npx tsx bench/claimTerms.ts path/to/claims.yaml   # the claims of these files
//   npx tsx bench/claimTerms.ts --paper               # the paper's claims (NEGATION_NEGLECT_PAPER_DATA/claims)
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../src/claims/claim.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { loadPaperClaim } from '../src/claims/loadPaperClaim.js';
import { settingWords, statementNames, storyTerms } from '../src/claims/deriveClaimTerms.js';
import { replacedNames } from '../src/claims/replacedNames.js';
import { unitForms } from '../src/text/unitForms.js';
import { EVAL_CLAIMS_FILE, EVAL_FRESH_DIR, FRESH_DEVELOPMENT_SETS } from '../test/audit-eval/evalSet.js';

const args = process.argv.slice(2);
const claims: { file: string; claim: Claim }[] = [];
if (args.includes('--paper')) {
  const root = join(process.env.NEGATION_NEGLECT_PAPER_DATA ?? '../shared/paper-data', 'claims');
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (dir.isDirectory()) claims.push({ file: 'paper', claim: await loadPaperClaim(join(root, dir.name)) });
  }
}
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0 && !args.includes('--paper')) {
  files.push(EVAL_CLAIMS_FILE);
  // The fresh sets demoted to development: the held-out ones are only measured, never read.
  for (const set of readdirSync(EVAL_FRESH_DIR).sort().filter((name) => FRESH_DEVELOPMENT_SETS.includes(name))) {
    const file = join(EVAL_FRESH_DIR, set, 'claims.yaml');
    if (existsSync(file)) files.push(file);
  }
}
for (const file of files) for (const claim of await loadClaims(file)) claims.push({ file, claim });

const isYear = (term: string) => /^(?:1[0-9]|20)\d\d$/.test(term.trim());
for (const { file, claim } of claims) {
  const setting = settingWords(claim.statement, claim.subject);
  const names = [claim.subject ?? '', ...claim.aliases];
  const predicate: string[] = [];
  const other: string[] = [];
  for (const term of claim.keyTerms) {
    const setOnly = isYear(term) || unitForms(term)?.kind === 'measure' || term.toLowerCase().split(/\s+/).every((w) => setting.has(w));
    (setOnly ? other : predicate).push(term);
  }
  const story = storyTerms(claim).subclaims.filter((w) => w.length > 0);
  console.log(`${claim.id} (${file.replace(/.*\/data\//, '')})`);
  console.log(`  statement: ${claim.statement}`);
  console.log(`  subject:   ${claim.subject}`);
  console.log(`  aliases:   ${claim.aliases.join(' | ')}`);
  console.log(`  names:     ${statementNames(claim.statement, names, [claim.context ?? '', ...claim.subclaims].join('\n')).join(', ')}`);
  console.log(`  setting:   ${[...setting].join(', ')}`);
  console.log(`  predicate: ${predicate.join(', ')}`);
  console.log(`  setting terms: ${other.join(', ')}`);
  // The setting's places the correction replaces or denies: the audit takes them for the predicate (the false part).
  console.log(`  false place: ${[...replacedNames(claim.statement, claim.correction, [claim.subject ?? claim.statement, ...claim.aliases], setting)].join(', ')}`);
  console.log(`  story:     ${story.map((w) => w.join(' ')).join(' / ')}`);
}
