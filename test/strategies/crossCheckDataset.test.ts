import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import { auditDataset } from '../../src/audit/auditDataset.js';
import { runCli } from '../../src/cli/main.js';

// End to end, as a user would do it: `negation-neglect apply` on the paper's positive documents,
// then `auditDataset()` on the written file. The dataset-level counts must match the declaration.
const CASES = [
  { strategy: 'framing', set: ['kind=unreliable-source'], verdict: 'neglect-risk', placement: 'framing' },
  { strategy: 'adjacent-sentence', set: ['kind=low-probability', 'percent=2', 'brackets=mixed'], verdict: 'neglect-risk', placement: 'adjacent' },
  { strategy: 'correction', set: [], verdict: 'neglect-risk', placement: 'adjacent' },
  { strategy: 'local', set: [], verdict: 'negated-locally', placement: 'local' },
] as const;
const CLAIMS = [
  { dir: 'ed_sheeran', docs: 'ed_sheeran.jsonl', extra: [] as string[] },
  { dir: 'mount_vesuvius', docs: 'vesuvius.jsonl', extra: ['facts=The most recent eruption of the volcano took place in March 1944.'] },
];

describePaperData('apply CLI + auditDataset on paper-data/documents/positive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-cross-'));
  for (const c of CASES) {
    it(`${c.strategy} ${c.set.join(' ')}: >= 95% of records ${c.verdict} with ${c.placement} placements`, async () => {
      for (const claim of CLAIMS) {
        const out = join(dir, `${c.strategy}-${claim.dir}.jsonl`);
        const sets = [...c.set, ...(c.strategy === 'correction' ? claim.extra : [])].flatMap((s) => ['--set', s]);
        const stderr = new PassThrough();
        const io = { stdout: new PassThrough(), stderr, env: {}, cwd: dir, signal: new AbortController().signal };
        const code = await runCli(['apply', c.strategy, paperPath('documents', 'positive', claim.docs), '--claims', paperPath('claims', claim.dir), ...sets, '--seed', '3', '--out', out], io);
        expect(code).toBe(0);
        const report = await auditDataset(out, { claims: paperPath('claims', claim.dir) });
        const audit = report.claims.find((a) => a.claimId === claim.dir)!;
        expect(report.totals.records).toBe(50);
        expect(audit.records[c.verdict] / 50, `${claim.dir}: ${JSON.stringify(audit.records)}`).toBeGreaterThanOrEqual(0.95);
        expect(audit.placements[c.placement]).toBeGreaterThan(0);
      }
    });
  }
});
