// The share of a bench corpus each review selection sends (no model is called): the corpus is audited once,
// every record offered to each selection, and the records each one keeps are counted.
//   npx tsx bench/reviewShare.ts .bench-data/audit-dense-v1-60mb.jsonl dense
//   npx tsx bench/reviewShare.ts .bench-data/audit-compare-sparse-40mb.jsonl sparse
import { resolve } from 'node:path';
import { auditRecords } from '../src/audit/auditRecords.js';
import { createReviewSelection, type ReviewSelectionOptions } from '../src/audit/review/selectForReview.js';
import { loadClaims } from '../src/claims/loadClaims.js';
import type { Claim } from '../src/claims/claim.js';

// The dense corpus's claims, from the JavaScript bench that writes it (a path in a variable: no types there).
const formatsBench = './audit-formats.bench.mjs';
const { denseClaims } = (await import(formatsBench)) as { denseClaims: () => Claim[] };

const [corpus, kind = 'sparse'] = process.argv.slice(2);
if (!corpus || (kind !== 'sparse' && kind !== 'dense')) throw new Error('usage: npx tsx bench/reviewShare.ts <corpus.jsonl> [sparse|dense]');
const claims: Claim[] = kind === 'dense' ? denseClaims() : await loadClaims(resolve(import.meta.dirname, '../examples/data/claims.yaml'));
const policies: Record<string, ReviewSelectionOptions> = {
  related: { select: 'related' },
  flagged: { select: 'flagged' },
  uncertain: { select: 'uncertain' },
};
const selections = Object.entries(policies).map(([name, options]) => [name, createReviewSelection({ ...options, claims, maxRecords: 1 })] as const);
let records = 0;
// Time in each selection's `offer` (its tests, the risk, the cue counter), beside the lexical audit's own time.
const offerMs = new Map<string, number>();
const started = performance.now();
for await (const r of auditRecords(resolve(corpus), { claims, includeData: true, workers: 1 })) {
  if ('error' in r) continue;
  records++;
  for (const [name, s] of selections) {
    const t = performance.now();
    s.offer(r);
    offerMs.set(name, (offerMs.get(name) ?? 0) + performance.now() - t);
  }
}
const totalMs = performance.now() - started;
for (const [name, s] of selections) {
  // What qualifies (the selection's `eligible`), counted rather than kept: a kept list this long would be slow.
  const sent = Object.values(s.result().eligible).reduce((a, b) => a + b, 0);
  const ms = offerMs.get(name)!;
  console.log(`${name}: ${sent} of ${records} records (${((100 * sent) / records).toFixed(2)}%); selection ${ms.toFixed(0)} ms (${((1000 * ms) / records).toFixed(1)} µs a record)`);
}
const selectionMs = [...offerMs.values()].reduce((a, b) => a + b, 0);
console.log(`audit and reading: ${(totalMs - selectionMs).toFixed(0)} ms for ${records} records`);
