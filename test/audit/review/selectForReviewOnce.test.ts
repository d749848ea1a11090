import { describe, expect, it, vi } from 'vitest';
import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import { reviewUncertainty } from '../../../src/audit/review/reviewUncertainty.js';
import { createReviewSelection } from '../../../src/audit/review/selectForReview.js';
import type { ClaimFinding, Placement, Verdict } from '../../../src/audit/types.js';

// The selection's rank, counted: `'uncertain'` accepts a record by the rank that also orders the kept ones, and
// reads it once per offered record (seventeenth session; before, every accepted record computed it twice).
vi.mock('../../../src/audit/review/reviewUncertainty.js', async (original) => {
  const actual = await original<typeof import('../../../src/audit/review/reviewUncertainty.js')>();
  return { ...actual, reviewUncertainty: vi.fn(actual.reviewUncertainty) };
});

const finding = (verdict: Verdict, placements: Partial<Record<Placement, number>>): ClaimFinding => {
  const counts = { local: 0, adjacent: 0, framing: 0, unqualified: 0, ...placements };
  const mentions = counts.local + counts.adjacent + counts.framing + counts.unqualified;
  return {
    claimId: 'c',
    verdict,
    mentions,
    placements: counts,
    qualifiers: {},
    expectedBelief: { value: 50, condition: 'unqualified', source: 'x' },
    examples: mentions === 0 ? [] : [{ claimId: 'c', segment: 0, role: 'document', start: 0, end: 1, line: 1, sentence: 'x', placement: 'unqualified', qualifier: null, cue: null, score: 1 }],
  };
};
const record = (i: number, verdict: Verdict, claims: ClaimFinding[] = []): AuditedRecord => ({ record: i, source: 's', line: i + 1, bytes: 10, verdict, claims, data: { text: `record ${i}` } });
const records = [
  record(0, 'neglect-risk', [finding('neglect-risk', { framing: 1 })]),
  record(1, 'asserts', [finding('asserts', { unqualified: 1 })]),
  record(2, 'negated-locally', [finding('negated-locally', { local: 2 })]),
  record(3, 'none', [{ ...finding('none', {}), context: { subject: 1, setting: 0 } }]),
  record(4, 'asserts', [finding('asserts', { unqualified: 1, local: 1 })]),
  record(5, 'none'),
];

describe('the review selection reads a record’s uncertainty once', () => {
  it("with select: 'uncertain', for the records it accepts as for those it sets aside", () => {
    const spy = vi.mocked(reviewUncertainty);
    spy.mockClear();
    const selection = createReviewSelection({ select: 'uncertain', maxRecords: 2 });
    for (const r of records) selection.offer(r);
    expect(spy).toHaveBeenCalledTimes(records.length);
    // The same choice as before: the two least sure of the uncertain records (the `none` one, then the conflicting one).
    expect(selection.result().candidates.map((c) => c.record.record)).toEqual([3, 4]);
  });

  it("with select: 'related', only for the records it accepts", () => {
    const spy = vi.mocked(reviewUncertainty);
    spy.mockClear();
    const selection = createReviewSelection({ select: 'related' });
    for (const r of records) selection.offer(r);
    expect(spy).toHaveBeenCalledTimes(5);
  });
});
