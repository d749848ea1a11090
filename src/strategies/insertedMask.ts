import { mergeSpans, toCodePointSpans, type MaskSpan } from '../text/maskSpans.js';
import type { InsertedSpan } from './types.js';

/**
 * `mask` spans (code points, as training records carry them) over what a strategy added to one
 * output segment: its `inserted` spans of that segment, merged.
 *
 * @example
 * ```ts
 * const result = await applyStrategy(framing(), { text }, { claim });
 * const mask = insertedMask(result.inserted ?? [], 0, result.text!); // [[0, 42]]
 * ```
 */
export function insertedMask(inserted: readonly InsertedSpan[], segment: number, text: string): MaskSpan[] {
  const spans = mergeSpans(inserted.filter((s) => s.segment === segment).map((s): MaskSpan => [s.start, s.end]));
  return spans.length === 0 ? [] : toCodePointSpans(text, spans);
}
