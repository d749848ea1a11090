import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Verdict } from '../../src/audit/types.js';
import { EVAL_CLAIMS_FILE, loadEvalHalf, type EvalHalf } from './evalSet.js';
import { predictEvalSet, scoreVerdicts } from './scoreAudit.js';

/**
 * The accuracy the audit reached on the frozen corpus after the issue 9 rules (docs/accuracy-history.md,
 * "Evaluation corpus"), per record: a floor, so a rule change that loses ground fails here. Rules are
 * developed on the dev half only; the held-out figures were measured once, after the rules were settled.
 * Floors are the measured figures rounded down to the percent; the targets (95% per class) are not met.
 * `none` precision was lowered by one or two points by the content-notice rule (docs/accuracy.md): a
 * record whose only qualifier is "The story that <claim> is false" about a claim the audit does not
 * find was `neglect-risk` through an unattached notice; it is `none` now (still wrong, but no longer
 * a false alarm: a local negation of an unknown claim frames nothing).
 */
const FLOORS: Record<EvalHalf, { accuracy: number; recall: Record<Verdict, number>; precision: Record<Verdict, number> }> = {
  // Raised after the third round's mention rules (restated subclaims, names and inflection in other
  // languages; measured 87.9%), a point or so under the measured figures.
  dev: {
    // Raised again after the fifth round (measured 94.8% dev, 83.1% held-out).
    accuracy: 0.93,
    recall: { 'neglect-risk': 0.9, asserts: 0.75, 'negated-locally': 0.75, none: 0.96 },
    precision: { 'neglect-risk': 0.97, asserts: 0.84, 'negated-locally': 0.95, none: 0.64 },
  },
  heldout: {
    accuracy: 0.81,
    recall: { 'neglect-risk': 0.82, asserts: 0.5, 'negated-locally': 0.54, none: 0.81 },
    precision: { 'neglect-risk': 0.93, asserts: 0.51, 'negated-locally': 0.75, none: 0.51 },
  },
};

describe('audit accuracy floors on the evaluation corpus (per record)', async () => {
  const claims = await loadClaims(EVAL_CLAIMS_FILE);
  const auditor = createAuditor({ claims });
  for (const half of ['dev', 'heldout'] as const) {
    it(`${half}: accuracy and per-class precision/recall stay at or above the measured floors`, () => {
      const { recordPairs } = predictEvalSet(auditor, loadEvalHalf(half), claims.map((c) => c.id));
      const score = scoreVerdicts(recordPairs);
      const floors = FLOORS[half];
      expect(score.accuracy).toBeGreaterThanOrEqual(floors.accuracy);
      for (const c of score.classes) {
        expect.soft(c.recall, `${half} ${c.verdict} recall`).toBeGreaterThanOrEqual(floors.recall[c.verdict]);
        expect.soft(c.precision, `${half} ${c.verdict} precision`).toBeGreaterThanOrEqual(floors.precision[c.verdict]);
      }
    });
  }
});
