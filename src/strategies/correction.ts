import { buildAdjacent, type AdjacentSentenceOptions } from './adjacentSentence.js';
import type { Strategy } from './types.js';

/** Options of {@link correction}. */
export type CorrectionOptions = Omit<AdjacentSentenceOptions, 'kind'>;

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
  return buildAdjacent('correction', { ...options, kind: 'correction' });
}
