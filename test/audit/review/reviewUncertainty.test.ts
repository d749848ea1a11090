import { describe, expect, it } from 'vitest';
import { auditDataset } from '../../../src/audit/auditDataset.js';
import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import { reviewUncertainty, WEAK_MENTION_SCORE } from '../../../src/audit/review/reviewUncertainty.js';
import { createReviewSelection, describeSelect } from '../../../src/audit/review/selectForReview.js';
import type { ClaimFinding, Placement, Verdict } from '../../../src/audit/types.js';
import { parseArgs } from '../../../src/cli/args.js';
import { parseReviewSelect, REVIEW_OPTION_SPECS, reviewPolicyFromArgs } from '../../../src/cli/auditReviewArgs.js';
import { fakeChatModel } from '../../helpers/fakeChatModel.js';
import { auditedRecord, claimFinding } from './findings.js';
import { fakeReviewer, recordOf, writeFixture } from './reviewServers.js';

const finding = (verdict: Verdict, placements: Partial<Record<Placement, number>>, score = 1, claimId: string | null = 'c'): ClaimFinding =>
  claimFinding(verdict, placements, { score, claimId });
const record = auditedRecord;

describe('reviewUncertainty', () => {
  it('is 0 only for neglect-risk resting on a qualifier found beside or around the claim, with no local negation', () => {
    expect(reviewUncertainty(record(0, 'neglect-risk', [finding('neglect-risk', { framing: 2 })]))).toBe(0);
    expect(reviewUncertainty(record(0, 'neglect-risk', [finding('neglect-risk', { adjacent: 1, unqualified: 1 })]))).toBe(0);
    // A thin match does not make a found qualifier unsure.
    expect(reviewUncertainty(record(0, 'neglect-risk', [finding('neglect-risk', { adjacent: 1 }, 0.6)]))).toBe(0);
    // A local negation beside the qualified mention: is the claim qualified or denied?
    expect(reviewUncertainty(record(0, 'neglect-risk', [finding('neglect-risk', { adjacent: 1, local: 1 })]))).toBe(3);
    // A notice tied to no claim: nothing ties it to the claim.
    expect(reviewUncertainty(record(0, 'neglect-risk', [finding('neglect-risk', {}, 1, null), finding('asserts', { unqualified: 1 })]))).toBe(2);
  });

  it('ranks none first, then conflicting or thin evidence, one-sided readings, and repeated local negations last', () => {
    expect(reviewUncertainty(record(0, 'none'))).toBe(4);
    expect(reviewUncertainty(record(0, 'asserts', [finding('asserts', { unqualified: 1, local: 1 })]))).toBe(3);
    expect(reviewUncertainty(record(0, 'asserts', [finding('asserts', { unqualified: 2 }, WEAK_MENTION_SCORE - 0.05)]))).toBe(3);
    expect(reviewUncertainty(record(0, 'asserts', [finding('asserts', { unqualified: 2 }, WEAK_MENTION_SCORE)]))).toBe(2);
    // The subject and one key term (0.4 + 0.2) is thin; with a context term too (0.65) it is not.
    expect(reviewUncertainty(record(0, 'asserts', [finding('asserts', { unqualified: 2 }, 0.6)]))).toBe(3);
    expect(reviewUncertainty(record(0, 'asserts', [finding('asserts', { unqualified: 2 }, 0.65)]))).toBe(2);
    expect(reviewUncertainty(record(0, 'negated-locally', [finding('negated-locally', { local: 1 })]))).toBe(2);
    expect(reviewUncertainty(record(0, 'negated-locally', [finding('negated-locally', { local: 3 })]))).toBe(1);
  });
});

describe("select: 'uncertain', maxShare and the ranked cap", () => {
  const sure = (i: number) => record(i, 'neglect-risk', [finding('neglect-risk', { framing: 1 })]);
  const records = [
    sure(0),
    record(1, 'asserts', [finding('asserts', { unqualified: 1 })]),
    record(2, 'negated-locally', [finding('negated-locally', { local: 2 })]),
    record(3, 'none', [{ ...finding('none', {}), context: { subject: 1, setting: 0 } }]),
    sure(4),
    record(5, 'asserts', [finding('asserts', { unqualified: 1, local: 1 })]),
    record(6, 'none'),
  ];
  const pick = (options: Parameters<typeof createReviewSelection>[0]) => {
    const selection = createReviewSelection(options);
    for (const r of records) selection.offer(r);
    return selection.result();
  };
  const ids = (result: ReturnType<typeof pick>) => result.candidates.map((c) => c.record.record);

  it("'uncertain' keeps what 'related' keeps but the records whose lexical verdict is unlikely to be wrong", () => {
    expect(ids(pick({ select: 'related' }))).toEqual([0, 1, 2, 3, 4, 5]);
    // The sure neglect-risk records, the none record with a context sentence but no cue of the claim (the tiers sent it
    // first), and, with the risk as retrained in the twenty-fourth session, the record of two local negations.
    expect(ids(pick({ select: 'uncertain' }))).toEqual([1, 5]);
    expect(pick({ select: 'uncertain' }).eligible).toEqual({ 'neglect-risk': 0, asserts: 2, 'negated-locally': 0, none: 0 });
    expect(describeSelect('uncertain')).toBe('uncertain');
  });

  it('keeps the riskiest records first when the cap bites, whatever the seed', () => {
    // Risk: the conflicting assertion (5), the plain one (1), the single local negation (2), then the rest.
    for (const seed of [0, 1, 2, 3]) {
      expect(ids(pick({ select: 'related', maxRecords: 2, seed }))).toEqual([1, 5]);
      expect(ids(pick({ select: 'uncertain', maxRecords: 2, seed }))).toEqual([1, 5]);
    }
    // maxShare counts every audited record: 3 of 7 at 0.45 (and 0.29 of 100 stays 29 despite rounding).
    expect(ids(pick({ select: 'related', maxShare: 0.45 }))).toEqual([1, 2, 5]);
    expect(ids(pick({ select: 'related', maxShare: 0.45, maxRecords: 2 }))).toEqual([1, 5]);
    const many = createReviewSelection({ select: 'related', maxShare: 0.29 });
    for (let i = 0; i < 100; i++) many.offer(record(i, 'asserts', [finding('asserts', { unqualified: 1 })]));
    expect(many.result().candidates).toHaveLength(29);
  });

  it('rejects a share outside (0, 1], naming the option', () => {
    for (const bad of [0, -0.2, 1.5, Number.NaN, '0.3']) {
      expect(() => createReviewSelection({ maxShare: bad as number })).toThrow(/Expected `review.maxShare` to be a share of the audited records, a number greater than 0 and at most 1/);
    }
    expect(() => reviewPolicyFromArgs(parseArgs(['--review-max-share', '2'], REVIEW_OPTION_SPECS))).toThrow(/Expected `--review-max-share` to be a share of the audited records/);
    expect(reviewPolicyFromArgs(parseArgs(['--review-select', 'uncertain', '--review-max-share', '0.3'], REVIEW_OPTION_SPECS))).toEqual({ select: 'uncertain', maxShare: 0.3 });
    expect(parseReviewSelect('uncertain')).toBe('uncertain');
  });
});

describe("auditDataset({ review: { select: 'uncertain' } }) with a scripted reviewer", () => {
  it('sends the related records but the sure neglect-risk ones, and records the share cap in the report', async () => {
    const { data, claims } = writeFixture();
    const reply = fakeReviewer();
    const sent = async (review: { select: 'related' | 'uncertain'; maxShare?: number }) => {
      const model = fakeChatModel((messages) => reply(messages));
      const report = await auditDataset(data, { claims, review: { model, ...review } });
      return { texts: model.calls.map((c) => recordOf(c.messages)), report };
    };
    const related = await sent({ select: 'related' });
    const uncertain = await sent({ select: 'uncertain' });
    // The fixture's two neglect-risk records carry their notice ("The following story is false.", a fiction system message).
    expect(related.texts).toHaveLength(5);
    expect(uncertain.texts).toHaveLength(3);
    expect(uncertain.texts.some((t) => t.includes('is false') || t.includes('fiction'))).toBe(false);
    expect(uncertain.report.review!.settings).toMatchObject({ select: 'uncertain' });
    expect(uncertain.report.review!.settings.maxShare).toBeUndefined();
    // Six records audited: at most 2 at a third, the two riskiest.
    const capped = await sent({ select: 'uncertain', maxShare: 1 / 3 });
    expect(capped.texts).toHaveLength(2);
    expect(capped.report.review!.settings.maxShare).toBeCloseTo(1 / 3);
  });
});
