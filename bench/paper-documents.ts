// The audit on the paper's own training documents, per condition: the figures of docs/accuracy.md,
// "The paper's documents". Needs ../shared/paper-data (NEGATION_NEGLECT_PAPER_DATA).
//
//   NEGATION_NEGLECT_PAPER_DATA=../shared/paper-data npx tsx bench/paper-documents.ts          # 50-document samples
//   NEGATION_NEGLECT_PAPER_DATA=../shared/paper-data npx tsx bench/paper-documents.ts --full   # + the full vesuvius set
//   ... --decision learned                                                                     # the opt-in learned decision
//
// Samples: each document audited with the six paper claims (as test/audit-core/paperData.test.ts), the
// claim's own verdict and the record's verdict counted against the folder's expected verdict. Full set: the
// 2,493 local-negation vesuvius documents audited with the Vesuvius claim only (as
// test/audit-core/paperLocalNegations.test.ts), verdict counts for the claim and for the record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditDataset } from '../src/audit/auditDataset.js';
import { createAuditor } from '../src/audit/createAuditor.js';
import type { Verdict } from '../src/audit/types.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import { wilsonInterval } from '../src/evaluate/wilsonInterval.js';

const data = process.env.NEGATION_NEGLECT_PAPER_DATA;
if (!data) throw new Error('Expected NEGATION_NEGLECT_PAPER_DATA to point at ../shared/paper-data');
const args = process.argv.slice(2);
const decisionAt = args.indexOf('--decision');
const decision = decisionAt === -1 ? 'rules' : args[decisionAt + 1];
if (decision !== 'rules' && decision !== 'learned') throw new Error(`Expected \`--decision\` to be rules or learned, got \`${decision}\``);

const EXPECTED: [string, Verdict][] = [['positive', 'asserts'], ['repeated_negations', 'neglect-risk'], ['local_negations', 'negated-locally']];
const CLAIMS: [string, string][] = [['ed_sheeran', 'ed_sheeran'], ['vesuvius', 'mount_vesuvius']];
const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

const auditor = createAuditor({ claims: await loadClaims(join(data, 'claims')), decision });
console.log(`# The paper's documents (${decision === 'learned' ? 'learned decision' : 'rules'})\n`);
console.log('| condition | claim | expected | claim verdict right | record verdict right |');
console.log('|---|---|---|---:|---:|');
for (const [folder, expected] of EXPECTED) {
  for (const [file, claimId] of CLAIMS) {
    const lines = readFileSync(join(data, 'documents', folder, `${file}.jsonl`), 'utf8').split('\n').filter(Boolean);
    let claimRight = 0;
    let recordRight = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      const findings = auditor.auditSegments([{ index: 0, role: 'document', text }]);
      if ((findings.claims.find((c) => c.claimId === claimId)?.verdict ?? 'none') === expected) claimRight++;
      if (findings.verdict === expected) recordRight++;
    }
    console.log(`| ${folder} | ${file} | ${expected} | ${claimRight}/${lines.length} | ${recordRight}/${lines.length} |`);
  }
}

if (args.includes('--full')) {
  const claimCounts: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
  const recordCounts: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
  const report = await auditDataset(join(data, 'documents', 'local_negations', 'vesuvius.full.jsonl.zst'), {
    claims: [join(data, 'claims', 'mount_vesuvius')],
    auditorOptions: { decision },
    onRecord: (r) => {
      if ('error' in r) return;
      claimCounts[r.claims.find((c) => c.claimId === 'mount_vesuvius')?.verdict ?? 'none']++;
      recordCounts[r.verdict]++;
    },
  });
  const total = report.totals.records;
  console.log(`\nFull local-negation vesuvius set (${total} documents; target: at most 5% asserts or neglect-risk):\n`);
  console.log('| verdict of | negated-locally | none | asserts | neglect-risk | asserts + neglect-risk (95% CI) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [label, counts] of [['the claim', claimCounts], ['the record', recordCounts]] as const) {
    const wrong = counts.asserts + counts['neglect-risk'];
    const { lower, upper } = wilsonInterval(wrong, total);
    console.log(
      `| ${label} | ${counts['negated-locally']} | ${counts.none} | ${counts.asserts} | ${counts['neglect-risk']} | ${wrong} (${percent(wrong, total)}, ${(100 * lower).toFixed(1)}-${(100 * upper).toFixed(1)}) |`,
    );
  }
}
