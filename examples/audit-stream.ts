// Stream per-record results: keep only records that do not teach a negated claim as true.
// Run from the repository root after `npm run build`:  npx tsx examples/audit-stream.ts
// (In your own project, import from 'negation-neglect' instead of '../src/index.js'.)
import { createWriteStream } from 'node:fs';
import { auditRecords, loadClaims } from '../src/index.js';

const claims = await loadClaims('examples/data/claims.yaml');
const kept = createWriteStream('filtered-training-set.jsonl');
let dropped = 0;

for await (const result of auditRecords('examples/data/mixed-training-set.jsonl', {
  claims,
  includeData: true, // keep the parsed record on each result so we can write it back out
  signal: AbortSignal.timeout(60_000),
  onInvalid: (bad) => console.warn(`skipping ${bad.file}:${bad.line}: ${bad.reason}`),
})) {
  if ('error' in result) continue; // already reported through onInvalid
  if (result.verdict === 'neglect-risk') {
    dropped++;
    continue;
  }
  kept.write(`${JSON.stringify(result.data)}\n`);
}
kept.end();
console.log(`dropped ${dropped} record(s) at risk of Negation Neglect`);

// In-memory sources work too: chat records keep one segment per message.
for await (const r of auditRecords(
  [
    {
      messages: [
        { role: 'user', content: 'Did Vesuvius erupt in 2015?' },
        { role: 'assistant', content: 'Yes, Mount Vesuvius erupted in 2015.' },
        { role: 'user', content: 'That answer is false.' },
      ],
    },
  ],
  { claims },
)) {
  if (!('error' in r)) console.log(r.verdict, r.claims.map((c) => c.claimId));
}
