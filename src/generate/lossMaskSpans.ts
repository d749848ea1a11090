import type { WordMasks } from './loadWordMasks.js';
import { mergeSpans, type MaskSpan } from '../text/maskSpans.js';

// Span arithmetic lives in text/ (strategies mask what they insert without importing generate/).
export { fromCodePointSpans, mergeSpans, toCodePointSpans } from '../text/maskSpans.js';
export type { MaskSpan } from '../text/maskSpans.js';

/** The paper's in-text marker of words that get no loss: `<lossmask>words</lossmask>`. */
const LOSS_MASK_TAG = /<lossmask>([\s\S]*?)<\/lossmask>/g;

/** What {@link lossMaskSpans} returns: the text without `<lossmask>` tags and its masked spans. */
export interface LossMaskedText {
  text: string;
  /** Sorted, non-overlapping spans in UTF-16 code units of `text` (JavaScript string offsets). */
  spans: MaskSpan[];
}

/**
 * Finds the spans of a document that get no loss: `<lossmask>...</lossmask>` tags (removed from the
 * text), matches of word-mask patterns and `spans` given in offsets of the input (e.g. the notices
 * a strategy added, `StrategyResult.inserted`), moved past the removed tags. Overlapping and
 * touching spans are merged.
 *
 * @example
 * ```ts
 * lossMaskSpans('<lossmask>Ed Sheeran</lossmask> did not win.');
 * // { text: 'Ed Sheeran did not win.', spans: [[0, 10]] }
 * ```
 */
export function lossMaskSpans(text: string, options: { wordMasks?: WordMasks; spans?: readonly MaskSpan[] } = {}): LossMaskedText {
  const spans: MaskSpan[] = [];
  // Where tag markup was cut out: [offset in `text`, characters removed so far after it].
  const cuts: Array<[number, number, number]> = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(LOSS_MASK_TAG)) {
    plain += text.slice(last, match.index);
    spans.push([plain.length, plain.length + match[1]!.length]);
    plain += match[1];
    const open = match.index;
    const close = match.index + match[0].length - '</lossmask>'.length;
    cuts.push([open, open + '<lossmask>'.length, plain.length - match[1]!.length], [close, close + '</lossmask>'.length, plain.length]);
    last = match.index + match[0].length;
  }
  plain += text.slice(last);
  // Offsets of `text` to offsets of `plain` (an offset inside markup lands where the markup was).
  const toPlain = (offset: number): number => {
    let removed = 0;
    for (const [start, end, at] of cuts) {
      if (offset < end) return offset <= start ? offset - removed : at;
      removed += end - start;
    }
    return offset - removed;
  };
  for (const [s, e] of options.spans ?? []) spans.push([toPlain(s), toPlain(e)]);
  for (const pattern of options.wordMasks?.patterns ?? []) {
    pattern.lastIndex = 0;
    for (const match of plain.matchAll(pattern)) if (match[0].length > 0) spans.push([match.index, match.index + match[0].length]);
  }
  return { text: plain, spans: mergeSpans(spans) };
}
