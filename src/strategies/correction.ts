import { AdjacentSentenceOptionsSchema, buildAdjacent } from './adjacentSentence.js';
import { declareStrategy } from './strategyEntry.js';
import type { z } from 'zod';
import type { Strategy } from './types.js';

/** The options of {@link correction}: those of `adjacentSentence` without `kind` (always `correction`) and `percent`. */
export const CorrectionOptionsSchema = AdjacentSentenceOptionsSchema.omit({ kind: true, percent: true });

/** Options of {@link correction}. */
export type CorrectionOptions = z.input<typeof CorrectionOptionsSchema>;

/**
 * Adjacent warnings that also state what is true (the paper's "corrected documents"):
 * `[That is false. In reality, ...]`. Facts come from `facts`, else from `claim.correction`;
 * applying it to a claim with neither throws `InvalidArgumentError`.
 *
 * @example
 * ```ts
 * const s = correction({ facts: ['Noah Lyles won the men\'s 100m at Paris 2024.'] });
 * const out = await applyStrategy(s, { text }, { claim });
 * ```
 */
export function correction(options: CorrectionOptions = {}): Strategy {
  return correctionStrategy.create(options);
}

/** The registry entry of {@link correction}. */
export const correctionStrategy = declareStrategy({
  name: 'correction',
  summary: 'adjacent warnings that also state what is true',
  placements: ['adjacent'],
  needsClaim: true,
  options: CorrectionOptionsSchema,
  recordedOnly: ['kind'],
  create: (options) => buildAdjacent('correction', { ...options, kind: 'correction', percent: 3 }),
});
