import { hasLetter } from './letterTests.js';

/**
 * Code units of the word character at `text[i]`, for the audit's lexicon look-ups (words of letters,
 * apostrophes and hyphens: "don't", "l’article", "made-up"): 0 when `text[i]` is none, 2 for a letter
 * outside the BMP, else 1. Digits are not word characters here (unlike `isWordCode`, which bounds
 * automaton matches): a lexicon word never holds one.
 *
 * @example
 * ```ts
 * wordUnits("don't", 3); // 1 (the apostrophe)
 * wordUnits('l’été', 1); // 1
 * wordUnits('9 ans', 0); // 0
 * ```
 */
export function wordUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019) return 1;
  if (c < 0x80) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return hasLetter(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  return hasLetter(text[i]!) ? 1 : 0;
}

/**
 * Where the word that starts at `text[i]` ends: past every word character (`wordUnits`), at most at `limit`; `i`
 * itself when none starts there. One reading of each character, where a loop over `wordUnits` read it twice.
 *
 * @example
 * ```ts
 * wordEnd("don't go", 0); // 5
 * wordEnd('9 ans', 0); // 0
 * wordEnd('l’article', 0, 4); // 4
 * ```
 */
export function wordEnd(text: string, i: number, limit = text.length): number {
  let k = i;
  for (let units = 0; k < limit && (units = wordUnits(text, k)) > 0; ) k += units;
  return k;
}
