import type { Language } from '../text/languages.js';
import { LANGUAGES } from '../text/languages.js';
import { bankCueWords, hasCueWord, type CueWords } from './bankCueWords.js';

/**
 * Words that deny or withhold something inside a sentence, per language: a sentence with one of them is not a
 * plain statement of anything, wherever its negation reaches ("Sheeran has no athletics background and was not
 * registered", "absent from every heat"). They are the cue bank's one-word negations of that language (sure,
 * predicate and determiner negations: "not", "hoax", "aucun", "kein"; a cue ending in `*` by its word start,
 * "fabricat*"), so a false friend the bank keeps to its language stays there (Portuguese "no" is "in the"),
 * with the few words below that the bank reads only in a notice ("wrong": narrative uses it) or only as part of a
 * phrase ("ne ... rien"), but that deny inside a claim sentence too.
 */
const DENYING_BEYOND_CUES: Readonly<Partial<Record<Language, readonly string[]>>> = {
  en: ['absent', 'wrong'],
  fr: ['rien', 'personne'],
};

const DENYING: Readonly<Record<Language, CueWords>> = (() => {
  const words = bankCueWords('negation', (cue) => cue.role === 'strong' || cue.role === 'weak' || cue.role === 'determiner');
  for (const language of LANGUAGES) for (const word of DENYING_BEYOND_CUES[language] ?? []) words[language].exact.add(word);
  return words;
})();

/**
 * `word` (lower case) denies or withholds in `language`: one of its one-word negations or a word starting with one
 * of its negating stems. Shared by the plain-statement test and the correction an answer opens with ("no error",
 * "kein Fehler" deny the error word they stand before).
 *
 * @example
 * ```ts
 * isDenyingWord('kein', 'de'); // true
 * isDenyingWord('no', 'pt'); // false: Portuguese "no" is "in the"
 * ```
 */
export function isDenyingWord(word: string, language: Language): boolean {
  return hasCueWord(DENYING[language], word);
}
