import { describe, expect, it, vi } from 'vitest';
import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import { reviewRisk } from '../../../src/audit/review/reviewRisk.js';
import { createReviewSelection } from '../../../src/audit/review/selectForReview.js';
import type { ClaimFinding, Placement, Verdict } from '../../../src/audit/types.js';
import { auditedRecord, claimFinding } from './findings.js';

// The selection's rank, counted: `'uncertain'` accepts a record by the risk that also orders the kept ones, and
// reads it at most once per offered record (seventeenth session, for the uncertainty tiers the risk replaced: before,
// every accepted record computed its rank twice).
vi.mock('../../../src/audit/review/reviewRisk.js', async (original) => {
  const actual = await original<typeof import('../../../src/audit/review/reviewRisk.js')>();
  return { ...actual, reviewRisk: vi.fn(actual.reviewRisk) };
});

const finding = (verdict: Verdict, placements: Partial<Record<Placement, number>>): ClaimFinding => claimFinding(verdict, placements);
const record = auditedRecord;
const records = [
  record(0, 'neglect-risk', [finding('neglect-risk', { framing: 1 })]),
  record(1, 'asserts', [finding('asserts', { unqualified: 1 })]),
  record(2, 'negated-locally', [finding('negated-locally', { local: 2 })]),
  record(3, 'none', [{ ...finding('none', {}), context: { subject: 1, setting: 0 } }]),
  record(4, 'asserts', [finding('asserts', { unqualified: 1, local: 1 })]),
  record(5, 'none'),
];

describe('the review selection reads a record’s risk once', () => {
  it("with select: 'uncertain', for the records it accepts as for those it sets aside", () => {
    const spy = vi.mocked(reviewRisk);
    spy.mockClear();
    const selection = createReviewSelection({ select: 'uncertain', maxRecords: 2 });
    for (const r of records) selection.offer(r);
    // Every record but the `none` one that touches no claim (5), which the related test sets aside first.
    expect(spy).toHaveBeenCalledTimes(records.length - 1);
    // The two riskiest: the conflicting `asserts` record, then the plain one.
    expect(selection.result().candidates.map((c) => c.record.record)).toEqual([1, 4]);
  });

  it("with select: 'related', only for the records it accepts", () => {
    const spy = vi.mocked(reviewRisk);
    spy.mockClear();
    const selection = createReviewSelection({ select: 'related' });
    for (const r of records) selection.offer(r);
    expect(spy).toHaveBeenCalledTimes(5);
  });
});
