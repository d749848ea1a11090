import { describe, expect, it } from 'vitest';
import { checkPlacement, PlacementMismatchError } from '../../src/experiment/index.js';

const audit = (placements: Record<string, number>, records: Record<string, number>) => ({
  totals: { records: 20, byVerdict: records },
  claims: [{ claimId: 'c', verdict: 'neglect-risk' as const, mentions: 10, placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0, ...placements }, qualifiers: {}, records }],
});
const opts = { trainingSet: 'c/x', claimId: 'c', minShare: 0.9 };

describe('checkPlacement', () => {
  it('passes when records get the verdict the placement leads to and the placement dominates', () => {
    expect(checkPlacement(audit({ local: 58, adjacent: 1, framing: 2, unqualified: 4 }, { 'negated-locally': 12 }), { ...opts, declared: 'local' }).share).toBe(1);
    expect(checkPlacement(audit({ framing: 74, adjacent: 1 }, { 'neglect-risk': 12, none: 8 }), { ...opts, declared: 'framing' }).share).toBe(1);
    expect(checkPlacement(audit({ unqualified: 5 }, { asserts: 9, 'neglect-risk': 1 }), { ...opts, declared: 'none' }).share).toBe(0.9);
  });

  it('fails on the wrong verdict share, on framing mistaken for adjacent, and on no mentions', () => {
    expect(() => checkPlacement(audit({ local: 5 }, { 'negated-locally': 8, asserts: 2 }), { ...opts, declared: 'local' })).toThrow(/80\.0% `negated-locally`, need 90%/);
    const confused = (() => {
      try {
        checkPlacement(audit({ adjacent: 40, framing: 3 }, { 'neglect-risk': 12 }), { ...opts, declared: 'framing' });
      } catch (e) {
        return e;
      }
    })() as PlacementMismatchError;
    expect(confused).toBeInstanceOf(PlacementMismatchError);
    expect(confused.observed).toMatchObject({ adjacent: 40, framing: 3 });
    expect(() => checkPlacement(audit({}, { none: 20 }), { ...opts, declared: 'framing' })).toThrow(/mentions none and records none 20/);
  });
});
