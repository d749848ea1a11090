/**
 * Searches for one literal word in a text by its letters' neighbours, without building an expression for it.
 *
 * Why: compiling a claim's set-up looked for each subject word with expressions built from the word
 * (`(?<!\p{L})myopia(?!\p{L})`), two or three per claim. Every `\p{L}` class costs V8 the Unicode letter table when
 * the expression is built and again when it is first run: for the bench's 48 claims the lexical audit's start-up
 * paid about 120 M instructions for them (1.6% of `bench/audit-instructions.mjs`'s three audits). These scans give
 * the same answers from one letter test built once.
 */

import { hasLetter } from './letterTests.js';

/** One code point that is a letter or a number (Unicode `L` or `N`), built once. */
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;

/**
 * The code point that ends just before `at` in `text` (a surrogate pair read whole, as a `u` expression's
 * look-behind reads it), or -1 at the text's start.
 *
 * @example
 * ```ts
 * codePointBefore('a😀b', 3); // 0x1f600
 * codePointBefore('ab', 0); // -1
 * ```
 */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Whether the code point `point` is a letter (Unicode `L`, what `\p{L}` matches); -1 (no code point) is not.
 *
 * @example
 * ```ts
 * isLetterPoint('é'.codePointAt(0)!); // true
 * isLetterPoint('3'.codePointAt(0)!); // false
 * ```
 */
export function isLetterPoint(point: number): boolean {
  if (point < 0) return false;
  if (point < 128) return (point | 32) >= 97 && (point | 32) <= 122;
  return hasLetter(String.fromCodePoint(point));
}

/**
 * Whether the code point `point` is a letter or a number (what `[\p{L}\p{N}]` matches); -1 is not.
 *
 * @example
 * ```ts
 * isLetterOrNumberPoint('٣'.codePointAt(0)!); // true (an Arabic-Indic digit)
 * isLetterOrNumberPoint(','.codePointAt(0)!); // false
 * ```
 */
export function isLetterOrNumberPoint(point: number): boolean {
  if (point < 0) return false;
  if (point < 128) return ((point | 32) >= 97 && (point | 32) <= 122) || (point >= 48 && point <= 57);
  return LETTER_OR_NUMBER_RE.test(String.fromCodePoint(point));
}

/**
 * Whether `text` holds `word` (literally, case and all) with no letter right before or right after it: what
 * `new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text)` answers for a word of letters.
 *
 * @example
 * ```ts
 * hasWholeWord('In 2022 myopia spread.', 'myopia'); // true
 * hasWholeWord('Hypermyopia spread.', 'myopia'); // false
 * ```
 */
export function hasWholeWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterPoint(codePointBefore(text, at)) && !isLetterPoint(pointAt(text, at + word.length))) return true;
  }
  return false;
}

/** The code point that starts at `at` in `text`, or -1 at its end. */
function pointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}

/**
 * Whether `text` holds `word` (literally) after one or more spaces that follow a code point `before` accepts, with no
 * letter right after it: `new RegExp(`[…] +${word}(?!\\p{L})`, 'u').test(text)` for the class `before` tests, which
 * holds no space.
 *
 * @example
 * ```ts
 * hasWordAfterSpaces('Penguins live in the  Arctic.', 'Arctic', isLetterPoint); // true
 * hasWordAfterSpaces('Arctic penguins.', 'Arctic', isLetterPoint); // false: nothing before it
 * ```
 */
export function hasWordAfterSpaces(text: string, word: string, before: (point: number) => boolean): boolean {
  if (word.length === 0) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isLetterPoint(pointAt(text, at + word.length))) continue;
    let k = at;
    while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
    if (k < at && before(codePointBefore(text, k))) return true;
  }
  return false;
}
