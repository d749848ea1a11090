/**
 * `word` ends in the contracted English negation "n't" (straight or curly apostrophe: "isn't", "wasn’t"): the
 * negation is part of the word, so no word list holds it. Kept apart from `isDenyingWord`, which the
 * plain-statement test skips for the statement's own words while it never skips this ending.
 *
 * @example
 * ```ts
 * endsInNt("isn't"); // true
 * endsInNt('wasn’t'); // true
 * endsInNt('want'); // false
 * ```
 */
export function endsInNt(word: string): boolean {
  return word.endsWith("n't") || word.endsWith('n\u2019t');
}
