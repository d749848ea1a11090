import type { CorrectionWords } from '../claims/deriveClaimTerms.js';
import { stemWord } from '../claims/englishWords.js';

/** Shortest English word of a correction specific enough to tell the true world ("holds", "lists" are not). */
const SPECIFIC_WORD = 6;

/** Negations that keep the word after them from being affirmed, six languages. */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'non', 'nor', 'without', 'kein', 'keine', 'keinen', 'nicht', 'nie', 'ohne', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'nessun', 'nessuna', 'mai', 'senza', 'ningún', 'ninguna', 'nunca', 'sin', 'não', 'nenhum', 'nenhuma', 'sem']);

/**
 * A word, or a number written with thousands separators ("1,083", "12,000"), which `correctionWords` keeps whole:
 * split at its commas it would never match.
 */
const WORD_RE = /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/**
 * The sentence `text[start, end)` says what the claim's correction says and the claim does not (see
 * `correctionWords`): one of the correction's own names or numbers, in any language, or in English
 * text one of its own content words ("The Mona Lisa, like the whole collection, is inalienable", "La Joconde
 * est exposée dans la salle des États"). In a text that negates the
 * claim inside its sentences, such a sentence describes the true world; it does not assert the claim.
 *
 * @example
 * ```ts
 * const words = correctionWords({ statement: 'The Louvre sold the Mona Lisa in 2019.', correction: 'The Mona Lisa is inalienable.' });
 * describesTrueWorld('The Louvre keeps the Mona Lisa, which is inalienable.', 0, 53, words, true); // true
 * ```
 */
export function describesTrueWorld(text: string, start: number, end: number, words: CorrectionWords, english: boolean): boolean {
  if (words.names.size === 0 && (!english || words.stems.size === 0)) return false;
  return someAffirmedWord(text, start, end, (lower) => words.names.has(lower) || (english && lower.length >= SPECIFIC_WORD && words.stems.has(stemWord(lower))));
}

/**
 * How many distinct names or numbers of the claim's correction (see `correctionWords`) the sentence `text[start, end)`
 * affirms, counting up to `enough`: names only, in any language. One such word is often a coincidence of a text that
 * goes on with the claim's story (a weekday, a score, a common capitalised word such as "Service"); a correction that
 * puts the true facts in the claim's place gives several ("Helvetica was drawn by Max Miedinger", "Breguet ... in 1801").
 *
 * @example
 * ```ts
 * const words = correctionWords({ statement: 'Frutiger designed Helvetica in 1957.', correction: 'Helvetica was drawn by Max Miedinger in 1957.' });
 * trueWorldNames('Max Miedinger drew Helvetica.', 0, 29, words, 2); // 2: "max", "miedinger"
 * trueWorldNames('Not Max Miedinger.', 0, 18, words, 2); // 0: both within two words of a negation
 * ```
 */
export function trueWorldNames(text: string, start: number, end: number, words: CorrectionWords, enough: number): number {
  if (words.names.size === 0) return 0;
  distinctNames.length = 0;
  // A name said again is one name (the list holds fewer than `enough`, a handful: a scan beats a set).
  someAffirmedWord(text, start, end, (lower) => {
    if (words.names.has(lower) && !distinctNames.includes(lower)) distinctNames.push(lower);
    return distinctNames.length >= enough;
  });
  return distinctNames.length;
}

/** The names `trueWorldNames` has found so far in its sentence (reused across calls). */
const distinctNames: string[] = [];

/**
 * Calls `visit` with each word of `text[start, end)` the sentence affirms (lower case, a possessive "'s" dropped)
 * until it returns true, and returns whether it did. A word within two words after a negation is not affirmed
 * ("it was no passing asteroid"). The one word loop of `describesTrueWorld` and `trueWorldNames`.
 */
function someAffirmedWord(text: string, start: number, end: number, visit: (lower: string) => boolean): boolean {
  WORD_RE.lastIndex = start;
  // The two words before the current one.
  let previous = '';
  let beforePrevious = '';
  for (let match = WORD_RE.exec(text); match !== null && match.index < end; match = WORD_RE.exec(text)) {
    const lower = match[0].replace(/['’]s$/u, '').toLowerCase();
    if (!NEGATIONS.has(previous) && !NEGATIONS.has(beforePrevious) && visit(lower)) return true;
    beforePrevious = previous;
    previous = lower;
  }
  return false;
}
