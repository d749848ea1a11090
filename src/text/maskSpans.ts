/** A half-open `[start, end)` span of text excluded from the loss. */
export type MaskSpan = [start: number, end: number];

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
