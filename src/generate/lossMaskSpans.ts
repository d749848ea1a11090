import type { WordMasks } from './loadWordMasks.js';

/** A half-open `[start, end)` span of text excluded from the loss. */
export type MaskSpan = [start: number, end: number];

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

/**
 * Sorts spans and merges the ones that overlap or touch.
 *
 * @example
 * ```ts
 * mergeSpans([[5, 9], [0, 3], [3, 4]]); // [[0, 4], [5, 9]]
 * ```
 */
export function mergeSpans(spans: readonly MaskSpan[]): MaskSpan[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: MaskSpan[] = [];
  for (const [s, e] of sorted) {
    const prev = out.at(-1);
    if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Converts spans in UTF-16 code units (JavaScript offsets) to Unicode code points, the offsets
 * training records carry so that Python trainers can slice `text[start:end]` directly.
 *
 * @example
 * ```ts
 * toCodePointSpans('😀 Ed', [[3, 5]]); // [[2, 4]]
 * ```
 */
export function toCodePointSpans(text: string, spans: readonly MaskSpan[]): MaskSpan[] {
  if (!/[\uD800-\uDBFF]/.test(text)) return spans.map(([s, e]) => [s, e]);
  // Code points before each code unit: a prefix count, so every offset converts in O(1).
  const before = new Uint32Array(text.length + 1);
  for (let i = 0, cp = 0; i <= text.length; i++) {
    before[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
  }
  return spans.map(([s, e]) => [before[s]!, before[e]!]);
}

/**
 * Converts code-point spans (as training records carry them) back to UTF-16 offsets.
 *
 * @example
 * ```ts
 * fromCodePointSpans('😀 Ed', [[2, 4]]); // [[3, 5]]
 * ```
 */
export function fromCodePointSpans(text: string, spans: readonly MaskSpan[]): MaskSpan[] {
  if (!/[\uD800-\uDBFF]/.test(text)) return spans.map(([s, e]) => [s, e]);
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return spans.map(([s, e]) => [offsets[s] ?? text.length, offsets[e] ?? text.length]);
}
