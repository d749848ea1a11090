import { describe, expect, it } from 'vitest';
import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import { NegationNeglectError } from '../../../src/errors.js';
import { assertReviewRiskModel, REVIEW_MIN_RISK, REVIEW_RISK_FEATURES, reviewRisk, reviewRiskFeatures } from '../../../src/audit/review/reviewRisk.js';
import { DEFAULT_REVIEW_RISK_MODEL } from '../../../src/audit/review/reviewRiskWeights.js';
import type { ClaimFinding, Placement, Verdict } from '../../../src/audit/types.js';
import { claimFinding } from './findings.js';

// A local negation is reported as a negation qualifier, as the lexical pass does.
const finding = (verdict: Verdict, placements: Partial<Record<Placement, number>>, extra: Partial<ClaimFinding> = {}): ClaimFinding =>
  claimFinding(verdict, placements, { role: 'assistant', score: 0.8, qualifiers: placements.local ? { negation: placements.local } : {}, ...extra });
const record = (verdict: Verdict, claims: ClaimFinding[], language: AuditedRecord['language'] = 'en'): Pick<AuditedRecord, 'verdict' | 'claims' | 'language'> => ({ verdict, claims, language });
const feature = (x: Float64Array, name: (typeof REVIEW_RISK_FEATURES)[number]) => x[REVIEW_RISK_FEATURES.indexOf(name)];

describe('reviewRisk', () => {
  it('reads its signals from the findings, and the cue weight for none records only', () => {
    const x = reviewRiskFeatures(record('asserts', [finding('asserts', { local: 1, unqualified: 3 }), { ...finding('none', {}), claimId: null }], 'fr'), 3);
    expect(feature(x, 'uncertainty3')).toBe(1); // a local negation beside unqualified mentions
    expect(feature(x, 'foreign')).toBe(1);
    expect(feature(x, 'mentions')).toBeCloseTo(Math.log(5));
    expect(feature(x, 'share.unqualified')).toBe(0.75);
    expect(feature(x, 'qualifier.negation')).toBe(1);
    expect(feature(x, 'unattached')).toBe(1);
    expect(feature(x, 'chat')).toBe(1);
    expect(feature(x, 'bestScore')).toBe(0.8);
    expect(feature(x, 'cue')).toBe(0);
    const none = reviewRiskFeatures(record('none', [{ ...finding('none', {}), context: { subject: 2, setting: 0 } }]), 6);
    expect([feature(none, 'cue'), feature(none, 'noCue'), feature(none, 'context.subject'), feature(none, 'uncertainty3')]).toEqual([1, 0, Math.log(3), 0]);
  });

  it('ships weights that fit its features, and orders records as the lexical errors fall on the design sets', () => {
    expect(() => assertReviewRiskModel(DEFAULT_REVIEW_RISK_MODEL)).not.toThrow();
    expect(() => assertReviewRiskModel({ ...DEFAULT_REVIEW_RISK_MODEL, features: ['x'] })).toThrow(/retrain/);
    try {
      assertReviewRiskModel({ ...DEFAULT_REVIEW_RISK_MODEL, features: ['x'] });
    } catch (error) {
      // The SDK's one error base, so callers can tell it from a bug: `NegationNeglectError.isInstance`.
      expect(NegationNeglectError.isInstance(error)).toBe(true);
      expect((error as NegationNeglectError).code).toBe('invalid_model');
    }
    const conflicting = reviewRisk(record('asserts', [finding('asserts', { local: 1, unqualified: 1 })]));
    const allNegated = reviewRisk(record('negated-locally', [finding('negated-locally', { local: 3 })]));
    // A neglect-risk record resting on a framing notice the rules found: the surest reading.
    const framed = reviewRisk(record('neglect-risk', [finding('neglect-risk', { framing: 2 }, { qualifiers: { fiction: 1 } })]));
    expect(conflicting).toBeGreaterThan(REVIEW_MIN_RISK);
    expect(allNegated).toBeLessThan(REVIEW_MIN_RISK);
    expect(framed).toBeLessThan(allNegated);
    // A none record: the more of a claim's cues its text holds, the likelier the rules missed the claim.
    const cues = [0, 1, 2, 4].map((cue) => reviewRisk(record('none', [], 'de'), cue));
    expect([...cues].sort((a, b) => a - b)).toEqual(cues);
    expect(cues[0]).toBeLessThan(REVIEW_MIN_RISK);
    expect(cues[3]).toBeGreaterThan(0.5);
  });
});
