/**
 * Small tests of a string's letters by Unicode category, each one expression built once for the whole package.
 *
 * Why: V8 builds the Unicode table of a `\p{…}` class (about 0.3 M instructions) each time it parses an expression
 * that holds one: when it parses the module's source (for code that never runs too), again when it compiles the
 * function the expression is written in, when the expression is made and when it first runs. The same few tests
 * written inline at some thirty places paid all of that at each place, at every start-up and in every worker.
 */

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const MARKS = /\p{M}/gu;

/**
 * Whether `text` starts with an upper-case letter (Unicode `Lu`), as `/^\p{Lu}/u.test(text)`.
 *
 * @example
 * ```ts
 * startsUpper('Émile'); // true
 * startsUpper('émile'); // false
 * ```
 */
export function startsUpper(text: string): boolean {
  return UPPER_START.test(text);
}

/**
 * Whether `text` holds a letter (Unicode `L`) anywhere, as `/\p{L}/u.test(text)`.
 *
 * @example
 * ```ts
 * hasLetter('km'); // true
 * hasLetter('%'); // false
 * ```
 */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

/**
 * Whether `text` is one or more letters (Unicode `L`) and nothing else, as `/^\p{L}+$/u.test(text)`.
 *
 * @example
 * ```ts
 * isLetters('Vesuvio'); // true
 * isLetters("don't"); // false
 * ```
 */
export function isLetters(text: string): boolean {
  return LETTERS_ONLY.test(text);
}

/**
 * `text` without its combining marks (Unicode `M`), as `text.replace(/\p{M}/gu, '')`: after `normalize('NFD')`, the
 * letters without their accents.
 *
 * @example
 * ```ts
 * stripMarks('Zürich'.normalize('NFD')); // 'Zurich'
 * ```
 */
export function stripMarks(text: string): string {
  // A global expression's `replace` starts at 0 and leaves `lastIndex` at 0: sharing it is safe.
  return text.replace(MARKS, '');
}
