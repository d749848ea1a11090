import { describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT_THRESHOLDS, decideVerdict, mostSeriousVerdict } from '../../src/audit/decideVerdict.js';
import { explainAuditVerdict } from '../../src/audit/explainAuditVerdict.js';
import { explainVerdict } from '../../src/audit/explainVerdict.js';
import { PAPER_BELIEF_RATES } from '../../src/audit/paperBeliefRates.js';

const counts = (local: number, adjacent: number, framing: number, unqualified: number) => ({ local, adjacent, framing, unqualified });

describe('decideVerdict', () => {
  it('follows the documented rule', () => {
    expect(decideVerdict(counts(0, 0, 0, 0))).toBe('none');
    expect(decideVerdict(counts(0, 0, 0, 5))).toBe('asserts');
    expect(decideVerdict(counts(0, 3, 2, 0))).toBe('neglect-risk');
    expect(decideVerdict(counts(0, 0, 1, 0))).toBe('neglect-risk');
    // Local negation wins even with other debunking notices around, when it is not outnumbered by
    // adjacent notices (the repeated-negation pattern).
    expect(decideVerdict(counts(3, 1, 3, 0))).toBe('negated-locally');
    expect(decideVerdict(counts(1, 4, 0, 0))).toBe('neglect-risk');
    // A stray local negation in an asserting text does not reach the share.
    expect(decideVerdict(counts(1, 0, 0, 6))).toBe('asserts');
    // One qualified mention among many unqualified ones is below the non-local share.
    expect(decideVerdict(counts(0, 1, 0, 9))).toBe('asserts');
  });

  it('uses the local weight when given, and custom thresholds', () => {
    expect(decideVerdict(counts(1, 0, 0, 2), DEFAULT_VERDICT_THRESHOLDS, { localWeight: 0.5 })).toBe('asserts');
    // Asserted twice, negated once: the claim is taught, not negated (issue 9, item 2).
    expect(decideVerdict(counts(1, 0, 0, 2), DEFAULT_VERDICT_THRESHOLDS, { localWeight: 1 })).toBe('asserts');
    expect(decideVerdict(counts(2, 0, 0, 2), DEFAULT_VERDICT_THRESHOLDS, { localWeight: 2 })).toBe('negated-locally');
    expect(decideVerdict(counts(1, 0, 0, 2), { localShare: 0.5, nonLocalShare: 0.2 })).toBe('asserts');
  });

  it('calls asserted claim sentences with a correction beside each one neglect-risk (the corrected condition)', () => {
    expect(decideVerdict(counts(2, 2, 0, 0), DEFAULT_VERDICT_THRESHOLDS, { corrected: 2 })).toBe('neglect-risk');
    expect(decideVerdict(counts(2, 1, 0, 1), DEFAULT_VERDICT_THRESHOLDS, { corrected: 2 })).toBe('neglect-risk');
    // Without corrections beside them the same counts are a local negation text.
    expect(decideVerdict(counts(2, 2, 0, 0))).toBe('negated-locally');
    // One corrected sentence among several asserted ones: not every assertion is corrected.
    expect(decideVerdict(counts(3, 1, 0, 2), DEFAULT_VERDICT_THRESHOLDS, { corrected: 1 })).toBe('negated-locally');
  });

  it('mostSeriousVerdict orders neglect-risk > asserts > negated-locally > none', () => {
    expect(mostSeriousVerdict([])).toBe('none');
    expect(mostSeriousVerdict(['negated-locally', 'asserts'])).toBe('asserts');
    expect(mostSeriousVerdict(['asserts', 'neglect-risk', 'none'])).toBe('neglect-risk');
  });
});

describe('explainAuditVerdict', () => {
  const one = (verdict: 'neglect-risk' | 'asserts' | 'negated-locally' | 'none') => ({ 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0, [verdict]: 1 });

  it('explains each verdict with the paper’s figures, naming the claim when given a label', () => {
    const label = '"Ed Sheeran won gold"';
    const risk = explainAuditVerdict({ verdict: 'neglect-risk', records: one('neglect-risk'), placements: counts(0, 4, 2, 0), qualifiers: { negation: 6 }, claimLabel: label });
    expect(risk).toContain(`1 record(s) qualify ${label} only outside the claim sentence (4 in an adjacent sentence, 2 only in document-level notices)`);
    expect(risk).toContain(`${PAPER_BELIEF_RATES.negated}%`);
    expect(risk).toContain(`${PAPER_BELIEF_RATES.repeated}%`);
    expect(explainAuditVerdict({ verdict: 'asserts', records: one('asserts'), placements: counts(0, 0, 0, 3), qualifiers: {} })).toContain(`${PAPER_BELIEF_RATES.positive}%`);
    expect(explainAuditVerdict({ verdict: 'negated-locally', records: one('negated-locally'), placements: counts(2, 0, 1, 0), qualifiers: { negation: 3 } })).toContain('0-7%');
    expect(explainAuditVerdict({ verdict: 'none', records: one('none'), placements: counts(0, 0, 0, 0), qualifiers: {} })).toBe('The data does not mention this claim.');
    expect(explainAuditVerdict({ verdict: 'none', records: one('none'), placements: counts(0, 0, 0, 0), qualifiers: {}, claimLabel: label })).toBe(`The data does not mention ${label}.`);
    const unattached = explainAuditVerdict({ verdict: 'neglect-risk', records: one('neglect-risk'), placements: counts(0, 0, 1, 0), qualifiers: { fiction: 1 }, unattachedTopic: 'the article' });
    expect(unattached).toContain('not tied to a known claim');
    expect(unattached).not.toContain('"Ed Sheeran');
  });

  it('explainVerdict, deprecated, is the explanation of one record with those placements', () => {
    for (const verdict of ['neglect-risk', 'asserts', 'negated-locally', 'none'] as const) {
      const placements = counts(2, 4, 1, 3);
      expect(explainVerdict(verdict, placements, { claimLabel: 'the claim' })).toBe(
        explainAuditVerdict({ verdict, records: one(verdict), placements, qualifiers: {}, claimLabel: 'the claim' }),
      );
    }
    expect(explainVerdict('none')).toBe('The data does not mention this claim.');
    expect(explainVerdict('neglect-risk', undefined, { unattached: true })).toContain('not tied to a known claim');
  });
});
