import { expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import type { Verdict } from '../../src/audit/types.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

// The paper's whole local-negation training set for the Vesuvius claim (2,493 documents): the paper
// measured low belief after training on it, so the audit should call few of them `asserts` or
// `neglect-risk` (issue 9 target: at most 5%). Measured: 14.8% at the start of issue 9, 8.5% after its
// first rules, 4.9% (121 documents) after the setting, hearsay and negation rules of docs/accuracy.md.
// The target was lost when the cue lines written from this set's misses were taken out (ninth round,
// docs/accuracy-history.md "The full vesuvius set without the cues written from it"): 6.3% without them, 5.4% (134
// documents) with the five languages' negations written from grammar, 5.8% (144, as counted here) once the
// ninth round's plain-assertion rule (acc-local) joined them, 5.9% (148) at the start of the seventeenth session.
// Met again in the seventeenth session by reading sentences about the claim's topic as context, not mentions (a
// claim in prospect, `inProspect`; an adjective derived from its verb, `derivedAdjective`): 4.8% (120 documents
// as counted here, 123 or 4.9% by record). The bound is the target; four documents of margin.
describePaperData('the full local-negation set (vesuvius.full.jsonl.zst)', () => {
  it('calls at most 5% of its documents asserts or neglect-risk for the claim (issue 9 target)', async () => {
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
    expect(wrong / 2493, JSON.stringify(counts)).toBeLessThanOrEqual(0.05);
    expect(counts['negated-locally']).toBeGreaterThanOrEqual(1850);
  }, 120_000);
});
