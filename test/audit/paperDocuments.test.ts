import { expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import type { Verdict } from '../../src/audit/types.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

// The paper's own training documents, audited as one dataset of six files with the paper's claim
// folders (no hand-written keywords). Per-document accuracy is A's test; this checks the dataset
// layer end to end: several paths, record lines, per-source results and the report.
describePaperData('auditDataset on the paper documents', () => {
  it('reads all six files without invalid records and sorts each condition to its verdict', async () => {
    const folders = ['positive', 'repeated_negations', 'local_negations'];
    const paths = folders.flatMap((f) => ['ed_sheeran', 'vesuvius'].map((c) => paperPath('documents', f, `${c}.jsonl`)));
    const bySource = new Map<string, Verdict[]>();
    const report = await auditDataset(paths, {
      claims: [paperPath('claims', 'ed_sheeran'), paperPath('claims', 'mount_vesuvius')],
      onRecord: (r) => {
        if ('error' in r) return;
        const list = bySource.get(r.source) ?? [];
        list.push(r.verdict);
        bySource.set(r.source, list);
      },
    });
    expect(report.totals.invalid).toBe(0);
    expect(report.totals.records).toBe(300);
    expect(report.sources.map((s) => [s.records, s.format])).toEqual(paths.map(() => [50, 'jsonl']));
    const expected: Record<string, Verdict> = { positive: 'asserts', repeated_negations: 'neglect-risk', local_negations: 'negated-locally' };
    for (const [i, path] of paths.entries()) {
      const folder = folders.find((f) => path.includes(`/${f}/`))!;
      const verdicts = bySource.get(path)!;
      const share = verdicts.filter((v) => v === expected[folder]).length / verdicts.length;
      expect(share, `${path}: share of ${expected[folder]}`).toBeGreaterThanOrEqual(0.9);
      // The report's per-source counts agree with the per-record results.
      expect(report.sources[i]!.byVerdict[expected[folder]!]).toBe(verdicts.filter((v) => v === expected[folder]).length);
    }
    expect(report.claims.map((c) => [c.claimId, c.verdict]).sort()).toEqual([
      ['ed_sheeran', 'neglect-risk'],
      ['mount_vesuvius', 'neglect-risk'],
    ]);
    const example = report.claims[0]!.examples[0]!;
    expect(example.line).toBeGreaterThan(0);
    expect(paths).toContain(example.source);
  });
});
