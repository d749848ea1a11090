/**
 * The correction an answer opens with (issue 9 item 2: a claim asserted with a correction beside it is the
 * corrected condition). A chat answer that corrects the user's statement of a claim often says so first and
 * then gives the facts without the claim's words: "Vorab eine wichtige Korrektur: ...", "I'd rather not,
 * because that isn't accurate: ...", "Antes de nada, una corrección: eso no es así.", "Da muss ich Sie
 * korrigieren: ...". The opening is read for a word of error or correction, or for a denial of the kind
 * negation or correction that refers to what was said (`scoredNotice`).
 */
import { scoredNotice } from './scoredNotice.js';
import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { wordUnits } from '../text/wordUnits.js';
import { isLanguage } from '../text/languages.js';
import { endsInNt } from './endsInNt.js';
import { isDenyingWord } from './isDenyingWord.js';

/**
 * Words of error and correction (nouns, and verbs of correcting the one addressed), in six languages, lower
 * case, written from knowledge of the languages. English "correct" is left out: it affirms ("That's correct").
 */
const ERROR_WORDS: ReadonlySet<string> = new Set(
  `error mistake erratum correction
  erreur erratum rectificatif correction corriger
  errore sbaglio rettifica correzione correggere correggerti
  error errata rectificación corrección corregir corregirte
  fehler irrtum berichtigung korrektur richtigstellung korrigieren korrigiere
  erro errata retificação correção correcção corrigir`
    .split(/\s+/)
    .filter(Boolean),
);

/** Longest opening read: the first sentence, or its head before a colon. */
const OPENING_LENGTH = 120;

/** The span of the word that makes an opening a correction. */
export interface OpeningVerdict {
  start: number;
  end: number;
}

/**
 * The correction that opens `text` (an answer), or null: a word of error or correction, or a denial of the
 * kind negation or correction that refers to what was said, in the first sentence or its head before a colon
 * (at most 120 characters).
 *
 * @example
 * ```ts
 * openingVerdict("That isn't accurate: the race still has two crews.", 'en'); // { start: 11, end: 19 } ("accurate")
 * openingVerdict('Vorab eine wichtige Korrektur: die FIDE hat das nicht beschlossen.', 'de'); // "Korrektur"
 * openingVerdict('Sure, here are two sentences for your website.', 'en'); // null
 * ```
 */
export function openingVerdict(text: string, language: string): OpeningVerdict | null {
  let a = 0;
  while (a < text.length && isWhiteSpace(text.charCodeAt(a))) a++;
  let b = a;
  while (b < text.length && b - a <= OPENING_LENGTH) {
    const c = text.charCodeAt(b);
    if (c === 10 || c === 58 || ((c === 46 || c === 33 || c === 63) && (b + 1 >= text.length || isWhiteSpace(text.charCodeAt(b + 1))))) break;
    b++;
  }
  if (b <= a || b - a > OPENING_LENGTH) return null;
  // The two words before an error word, in its clause: "no error", "not a mistake", "kein Fehler" deny it
  // ("You're right, no correction needed."), while "No, that's a mistake" still corrects.
  const lang = isLanguage(language) ? language : 'en';
  let before1 = '';
  let before2 = '';
  for (let i = a; i < b; ) {
    if (wordUnits(text, i) === 0) {
      if (!isWhiteSpace(text.charCodeAt(i))) before1 = before2 = '';
      i++;
      continue;
    }
    const from = i;
    while (i < b && wordUnits(text, i) > 0) i += wordUnits(text, i);
    let word = text.slice(from, i).toLowerCase();
    if (endsInNt(word)) word = "n't"; // "isn't", "wasn’t": the negation is their ending
    if (ERROR_WORDS.has(word) && !isDenyingWord(before1, lang) && !isDenyingWord(before2, lang)) return { start: from, end: i };
    before2 = before1;
    before1 = word;
  }
  // Beside what it judges, a denial must say what it is about ("that isn't accurate", "eso no es así").
  const found = scoredNotice(text, a, b, 'beside', false, language);
  if (found === null || (found.kind !== 'negation' && found.kind !== 'correction')) return null;
  return { start: found.start, end: found.end };
}
