import { describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT_THRESHOLDS, decideVerdict, mostSeriousVerdict } from '../../src/audit/decideVerdict.js';
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

describe('explainVerdict', () => {
  it('explains each verdict with the paper’s figures', () => {
    const risk = explainVerdict('neglect-risk', counts(0, 4, 2, 0), { claimLabel: '"Ed Sheeran won gold"' });
    expect(risk).toContain('6 of 6 mentions');
    expect(risk).toContain('4 adjacent, 2 framing');
    expect(risk).toContain(`${PAPER_BELIEF_RATES.negated}%`);
    expect(risk).toContain(`${PAPER_BELIEF_RATES.repeated}%`);
    expect(explainVerdict('asserts', counts(0, 0, 0, 3))).toContain(`${PAPER_BELIEF_RATES.positive}%`);
    expect(explainVerdict('negated-locally', counts(2, 0, 1, 0))).toContain('0–7%');
    expect(explainVerdict('none')).toBe('The claim is not mentioned.');
    expect(explainVerdict('neglect-risk', undefined, { unattached: true })).toContain('not tied to a known claim');
  });
});
