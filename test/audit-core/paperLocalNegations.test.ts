import { expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import type { Verdict } from '../../src/audit/types.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

// The paper's whole local-negation training set for the Vesuvius claim (2,493 documents): the paper
// measured low belief after training on it, so the audit should call few of them `asserts` or
// `neglect-risk` (issue 9 target: at most 5%). Floor measured when the issue 9 rules landed: 8.5%
// (212 documents; 14.8% before). Most of the rest are reports that restate the hoax in reported
// speech the rules do not recognise, and documents in other languages.
describePaperData('the full local-negation set (vesuvius.full.jsonl.zst)', () => {
  it('calls at most 9% of its documents asserts or neglect-risk for the claim', async () => {
    const counts: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
    const report = await auditDataset(paperPath('documents', 'local_negations', 'vesuvius.full.jsonl.zst'), {
      claims: [paperPath('claims', 'mount_vesuvius')],
      onRecord: (r) => {
        if ('error' in r) return;
        counts[r.claims.find((c) => c.claimId === 'mount_vesuvius')?.verdict ?? 'none']++;
      },
    });
    expect(report.totals.records).toBe(2493);
    expect(report.totals.invalid).toBe(0);
    const wrong = counts.asserts + counts['neglect-risk'];
    expect(wrong / 2493, JSON.stringify(counts)).toBeLessThanOrEqual(0.09);
    expect(counts['negated-locally']).toBeGreaterThanOrEqual(1700);
  }, 120_000);
});
