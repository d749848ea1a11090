/**
 * Adjectives derived from a claim's verb that name a kind or a disposition, not an event: "eruptive" of
 * "erupted" ("Vesuvius's eruptive history", "eruptive precursors", "the volcano's eruptive potential"),
 * "explosive" of "exploded", "invasive" of "invaded". "Vesuvius erupted in 2015" says something happened;
 * "Vesuvius's eruptive history" names the volcano's past as a kind of thing, whatever happened in 2015.
 */

/**
 * The endings of such adjectives in the six languages: English -ive, French -if/-ive, Italian, Spanish and
 * Portuguese -ivo/-iva (and plurals), German -iv/-ive/-iven/-iver.
 */
const DERIVED_ADJECTIVE_RE = /(?:ive|ives|iva|ivas|ivo|ivos|ivi|if|ifs|iv|iven|iver)$/u;

/** Shortest word read as such an adjective: "active", "olive" and "five" are too short to be derived from a claim's verb. */
const MIN_LENGTH = 7;

/**
 * `word` (lower case) is an adjective with the ending of a kind or disposition ({@link DERIVED_ADJECTIVE_RE}).
 *
 * @example
 * ```ts
 * derivedAdjective('eruptive'); // true
 * derivedAdjective('eruttiva'); // true
 * derivedAdjective('erupted'); // false
 * ```
 */
export function derivedAdjective(word: string): boolean {
  return word.length >= MIN_LENGTH && DERIVED_ADJECTIVE_RE.test(word);
}
