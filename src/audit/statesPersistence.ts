import { absenceWords } from '../claims/absenceWords.js';
import type { Language } from '../text/languages.js';

/**
 * Words that say a state goes on, per language (general adverbs and verbs of continuing and remaining):
 * "still", "continues to", "remains"; "toujours", "continue de", "reste"; "ancora", "tuttora", "continua a";
 * "sigue", "todavía", "continúa"; "weiterhin", "immer noch", "bleibt"; "ainda", "continua a", "permanece".
 */
const PERSISTENCE: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['still', 'remains', 'remain', 'remained', 'continues', 'continue', 'continued']),
  fr: new Set(['toujours', 'reste', 'restent', 'continue', 'continuent']),
  it: new Set(['ancora', 'tuttora', 'resta', 'restano', 'rimane', 'rimangono', 'continua', 'continuano']),
  es: new Set(['sigue', 'siguen', 'todavía', 'aún', 'continúa', 'continúan', 'permanece', 'permanecen']),
  de: new Set(['weiterhin', 'bleibt', 'bleiben', 'nach wie vor', 'immer noch', 'noch immer']),
  pt: new Set(['ainda', 'continua', 'continuam', 'permanece', 'permanecem', 'segue', 'seguem']),
};

const WORD_RE = /[\p{L}]+/gu;

/**
 * The sentence `text[start, end)` says that a state goes on ("The Matterhorn is still climbed every summer",
 * "Continua à venda em Portugal", "Os andorinhões continuam a migrar"). Beside a sentence that negates a
 * claim of change (something banned, abolished, stopped), such a sentence describes the true world: the
 * former state the claim says ended; it does not assert the claim.
 *
 * @example
 * ```ts
 * statesPersistence('Aspirin is still sold in every EU pharmacy.', 0, 43, 'en'); // true
 * statesPersistence('Aspirin was banned in 2021.', 0, 27, 'en'); // false
 * ```
 */
export function statesPersistence(text: string, start: number, end: number, language: Language): boolean {
  const words = PERSISTENCE[language];
  WORD_RE.lastIndex = start;
  // The two words before the current one: the phrases are up to three words long ("nach wie vor").
  let previous = '';
  let beforePrevious = '';
  for (let match = WORD_RE.exec(text); match !== null && match.index < end; match = WORD_RE.exec(text)) {
    const word = match[0].toLowerCase();
    if (words.has(word) || words.has(`${previous} ${word}`) || words.has(`${beforePrevious} ${previous} ${word}`)) return true;
    beforePrevious = previous;
    previous = word;
  }
  return false;
}

/**
 * The claim says that a state ended: its statement has a verb of removal ("banned", "abolished", "closed",
 * "stopped": see `absenceWords`), or its correction says the former state goes on in the words of
 * {@link statesPersistence} ("still charges tuition", "remained Intel's").
 * A text that says that state stopped ("nicht mehr", "no longer") states such a claim, and one that says it
 * goes on describes the true world.
 *
 * @example
 * ```ts
 * claimOfChange({ statement: 'Since 2019 climbing the Matterhorn has been banned.' }); // true
 * claimOfChange({ statement: 'Ed Sheeran won the 100m gold.' }); // false
 * ```
 */
export function claimOfChange(claim: { statement: string; correction?: string | undefined }): boolean {
  const correction = claim.correction ?? '';
  return statesPersistence(correction, 0, correction.length, 'en') || absenceWords(claim.statement).verbs.size > 0 || SUBSTITUTION_RE.test(claim.statement);
}

/** A statement that something replaced a former state ("45 km instead of its traditional 90 km", "replacing the separate races"). */
const SUBSTITUTION_RE = /\b(?:instead of|rather than|in place of|replacing)\b/i;
