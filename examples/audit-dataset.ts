// Audit a training set and act on the report.
// Run from the repository root after `npm run build`:  npx tsx examples/audit-dataset.ts
// (In your own project, import from 'negation-neglect' instead of '../src/index.js'.)
import { writeFile } from 'node:fs/promises';
import { auditDataset, formatAuditReport } from '../src/index.js';

const report = await auditDataset('examples/data/mixed-training-set.jsonl', {
  claims: 'examples/data/claims.yaml', // a YAML/JSON file, a paper claim folder, or claim objects
  workers: 2, // worker threads for JSONL (falls back to one thread, with a warning, when unavailable)
  onProgress: ({ bytes, records }) => process.stderr.write(`\r${records} records, ${bytes} bytes`),
});
process.stderr.write('\n');

console.log(String(report)); // the text report; in a notebook the object renders itself

for (const claim of report.claims) {
  if (claim.verdict !== 'neglect-risk') continue;
  console.log(`${claim.claimId}: ${claim.records['neglect-risk']} record(s) negate it outside the claim sentence`);
  for (const e of claim.examples) console.log(`  ${e.source}:${e.line} [${e.placement}] ${e.sentence}`);
}

await writeFile('audit-report.md', formatAuditReport(report, 'markdown'));
if (report.totals.invalid > 0) console.log(`${report.totals.invalid} invalid record(s), e.g. ${report.invalid[0]?.file}:${report.invalid[0]?.line}`);
