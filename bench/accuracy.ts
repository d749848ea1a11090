// Accuracy of the CURRENT audit on the frozen evaluation corpus (test/audit-eval/data), per verdict
// class with Wilson 95% intervals and a confusion matrix, per (record, claim) pair and per record.
//
//   npx tsx bench/accuracy.ts                  # development half (use this while changing rules)
//   npx tsx bench/accuracy.ts --half heldout   # held-out half: only to measure, once rules are settled
//   npx tsx bench/accuracy.ts --half fresh     # every held-out fresh set (not in FRESH_DEVELOPMENT_SETS): only to measure
//   npx tsx bench/accuracy.ts --half fresh-dev # fresh sets demoted to development data (A-G): tune on these
//   npx tsx bench/accuracy.ts --by category    # also per category (or: lang, claim)
//   npx tsx bench/accuracy.ts --misses         # list the wrong (record, claim) pairs
//   npx tsx bench/accuracy.ts --half fresh-dev --sets e,f,g  # only these fresh sets' records (all claims kept):
//                                              # leave-one-set-out checks of how a rule generalises
//   npx tsx bench/accuracy.ts --decision learned  # the opt-in learned decision instead of the rules
//   npx tsx bench/accuracy.ts --phrases        # claims with the corpus's per-language key phrases
//                                              # and translated statements (claim-phrases.yaml, as a user or
//                                              # translateClaim gives them); --no-statements: key phrases only
//
// The auditor is built from test/audit-eval/data/claims.yaml exactly as a user would (loadClaims,
// createAuditor), with all twelve claims, so both halves are audited against every claim. `--half fresh`
// builds it from the fresh sets' own claims files (all sets merged) and audits their records against them.
import { createAuditor } from '../src/audit/createAuditor.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { EVAL_SELECTIONS, loadEvalSelection, type EvalRecord, type EvalSelection } from '../test/audit-eval/evalSet.js';
import { formatVerdictScore, predictEvalSet, scoreVerdicts } from '../test/audit-eval/scoreAudit.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const half = (option('--half') ?? 'dev') as EvalSelection;
if (!EVAL_SELECTIONS.includes(half)) throw new Error(`Expected \`--half\` to be one of ${EVAL_SELECTIONS.join(', ')}, got \`${half}\``);
const by = option('--by') as keyof Pick<EvalRecord, 'category' | 'lang' | 'claim'> | undefined;
if (by !== undefined && !['category', 'lang', 'claim'].includes(by)) throw new Error(`Expected \`--by\` to be category, lang or claim, got \`${by}\``);

const selection = loadEvalSelection(half);
// `--sets e,f,g`: score only those fresh sets' records (ids `fresh-<set>-...`); every claim stays in the auditor.
const sets = option('--sets')?.split(',').map((s) => s.trim().toLowerCase());
const records = sets ? selection.records.filter((r) => sets.some((s) => r.id.startsWith(`fresh-${s}-`))) : selection.records;
if (sets && records.length === 0) throw new Error(`Expected \`--sets\` to name fresh sets of --half ${half}, got \`${sets.join(',')}\` (no records)`);
const phrases = args.includes('--phrases') ? selection.phrases : {};
const claims = (await loadClaims(selection.claimsFiles)).map((claim) => {
  const given = phrases[claim.id];
  if (!given) return claim;
  const withStatement = !args.includes('--no-statements');
  return {
    ...claim,
    languages: Object.fromEntries(
      Object.entries(given).map(([language, p]) => [language, { keyPhrases: p.keyPhrases, ...(withStatement && p.statement ? { statement: p.statement } : {}) }]),
    ),
  };
});
const decision = option('--decision') ?? 'rules';
if (decision !== 'rules' && decision !== 'learned') throw new Error(`Expected \`--decision\` to be rules or learned, got \`${decision}\``);
const auditor = createAuditor({ claims, decision });
const started = performance.now();
const { claimPairs, recordPairs } = predictEvalSet(auditor, records, claims.map((c) => c.id));
const ms = performance.now() - started;

console.log(`# Audit accuracy on the ${half === 'fresh' ? 'fresh held-out sets' : half === 'fresh-dev' ? 'fresh sets demoted to development' : `${half} half`} (${records.length} records${sets ? ` of sets ${sets.join(',')}` : ''}, ${claims.length} claims${args.includes('--phrases') ? ', per-language key phrases' : ''}${decision === 'learned' ? ', learned decision' : ''}, ${ms.toFixed(0)} ms)\n`);
console.log(formatVerdictScore(scoreVerdicts(claimPairs), `Per (record, claim) pair`));
console.log();
console.log(formatVerdictScore(scoreVerdicts(recordPairs), `Per record`));

if (by) {
  const groups = new Map<string, string[]>();
  for (const r of records) groups.set(String(r[by]), [...(groups.get(String(r[by])) ?? []), r.id]);
  console.log(`\n| ${by} | records | record verdicts right | (record, claim) pairs right, claim labelled |`);
  console.log('|---|---|---|---|');
  for (const [key, ids] of [...groups].sort()) {
    const set = new Set(ids);
    const rec = recordPairs.filter((p) => set.has(p.recordId));
    const labelled = claimPairs.filter((p) => set.has(p.recordId) && (p.expected !== 'none' || p.predicted !== 'none'));
    const right = (ps: typeof rec) => ps.filter((p) => p.expected === p.predicted).length;
    console.log(`| ${key} | ${ids.length} | ${right(rec)}/${rec.length} | ${right(labelled)}/${labelled.length} |`);
  }
}

if (args.includes('--misses')) {
  console.log('\nWrong (record, claim) pairs:');
  for (const p of claimPairs) if (p.expected !== p.predicted) console.log(`  ${p.recordId}  ${p.claimId}: expected ${p.expected}, got ${p.predicted}`);
}
