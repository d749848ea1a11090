/**
 * A code unit of a word for the sentence splitter and its rules: an ASCII letter or digit, or any
 * code unit from U+00C0 (accented Latin letters and every other script). Punctuation, spaces and
 * the Latin-1 signs below U+00C0 are not.
 *
 * @example
 * ```ts
 * isWordChar('é'.charCodeAt(0)); // true
 * isWordChar('.'.charCodeAt(0)); // false
 * ```
 */
export function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code >= 0xc0;
}

/** An ASCII letter, either case. */
export function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
