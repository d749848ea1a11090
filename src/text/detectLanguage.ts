import { createAhoCorasick, type AhoCorasick } from './ahoCorasick.js';
import { LANGUAGE_MARKERS } from './languageMarkers.js';
import { LANGUAGES, type Language } from './languages.js';

/** One marker word and the languages it marks (bit `i` is `LANGUAGES[i]`). */
export interface LanguageMarker {
  /**
   * The word between spaces (" les ", " l'"), as the automaton looks for it: an automaton reports
   * every state that ends a pattern, so a bare "les" would cost a report in "tables" and "lesson"
   * (in every English text); with its spaces it costs one only where the word stands.
   */
  text: string;
  mask: number;
  /** Weight of each of its votes: a word of one language counts twice as much as a shared one. */
  weight: number;
}

/** @internal Every marker word once, with the languages it marks. */
export const LANGUAGE_MARKER_LIST: readonly LanguageMarker[] = (() => {
  const masks = new Map<string, number>();
  LANGUAGES.forEach((language, bit) => {
    if (language === 'en') return;
    for (const word of LANGUAGE_MARKERS[language].split('|')) {
      const text = word.trim();
      if (text) masks.set(text, (masks.get(text) ?? 0) | (1 << bit));
    }
  });
  return [...masks].map(([word, mask]) => ({
    text: word.endsWith("'") ? ` ${word}` : ` ${word} `,
    mask,
    weight: (mask & (mask - 1)) === 0 ? 2 : 1,
  }));
})();

/**
 * Share of a text's words (estimated as one per {@link UNITS_PER_WORD} code units) that the winning
 * language's markers must reach, in weighted votes. Function words are a third or more of the
 * words of French, Italian, Spanish, German or Portuguese prose and a few percent of English prose
 * that quotes them, so a low bar separates the two.
 */
export const MARKER_DENSITY = 0.12;
/** Code units per word in the density estimate (the mean word of the six languages, with its space). */
export const UNITS_PER_WORD = 6;
/** Fewest weighted votes that name a language other than English. */
export const MIN_MARKER_VOTES = 4;

/**
 * @internal Votes of marker words per language of one text (a segment, a record), filled by an
 * automaton's matches; reused across texts.
 */
export class LanguageVotes {
  readonly votes = new Int32Array(LANGUAGES.length);
  /** Code units of text the votes were counted over. */
  units = 0;
  reset(): void {
    // A loop, not `fill`: this runs for every segment and record, and six stores cost less than the builtin call.
    for (let k = 0; k < this.votes.length; k++) this.votes[k] = 0;
    this.units = 0;
  }
  /**
   * Counts the marker found at `start` in `text` (where its leading space is). A capitalised marker
   * inside a sentence is part of a name ("Ed Sheeran", "Le Monde", "Los Angeles", "Die Hard") and
   * does not count.
   */
  add(marker: LanguageMarker, text: string, start: number): void {
    if (isCapital(text.charCodeAt(start + 1)) && !startsSentence(text, start + 1)) return;
    for (let mask = marker.mask, bit = 0; mask !== 0; mask >>>= 1, bit++) {
      if ((mask & 1) !== 0) this.votes[bit]! += marker.weight;
    }
  }
  /** Whether any marker of a language other than English was counted. */
  any(): boolean {
    for (let k = 1; k < this.votes.length; k++) if (this.votes[k]! > 0) return true;
    return false;
  }
  addAll(other: LanguageVotes): void {
    for (let k = 0; k < this.votes.length; k++) this.votes[k]! += other.votes[k]!;
    this.units += other.units;
  }
  /** The language the votes show (see {@link detectLanguage}). */
  decide(): Language {
    return LANGUAGES[this.decideIndex()]!;
  }
  /** {@link decide} as an index into `LANGUAGES`. */
  decideIndex(): number {
    let best = 1;
    for (let k = 2; k < this.votes.length; k++) if (this.votes[k]! > this.votes[best]!) best = k;
    const votes = this.votes[best]!;
    if (votes < MIN_MARKER_VOTES || votes < (MARKER_DENSITY * this.units) / UNITS_PER_WORD) return 0;
    return best;
  }
}

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** Nothing but spaces, quotes, brackets or markup marks lies between `start` and the text's start or a sentence end. */
function startsSentence(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10 || c === 62 || c === 0xbf || c === 0xa1) return true; // . ! ? : newline > ¿ ¡
    if (!(c === 32 || c === 9 || c === 13 || c === 34 || c === 39 || c === 40 || c === 91 || c === 42 || c === 35 || c === 45 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201e || c === 0xa0)) return false;
  }
  return start < 8;
}

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** Code units read from the start of the text (default 2,000): the language rarely changes after. */
  maxLength?: number;
}

let markerAutomaton: AhoCorasick | undefined;
const scratch = new LanguageVotes();

/**
 * Which of the audit's six languages ({@link LANGUAGES}) a text is in, from the function words of
 * French, Italian, Spanish, German and Portuguese it contains: the language with the most votes,
 * when they reach {@link MIN_MARKER_VOTES} and {@link MARKER_DENSITY} of the text's words;
 * otherwise `'en'` (English, or a text too short or in another language to tell). The audit counts
 * the same words in its own single pass over each record; this function is the same rule for one text.
 *
 * @example
 * ```ts
 * detectLanguage("L'article suivant est entièrement faux."); // 'fr'
 * detectLanguage('O Vesúvio entrou em erupção no ano de 2015.'); // 'pt'
 * detectLanguage('Mount Vesuvius erupted in 2015.'); // 'en'
 * ```
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): Language {
  scratch.reset();
  countLanguageVotes(text, scratch, options.maxLength ?? 2000);
  return scratch.decide();
}

/**
 * @internal Adds the marker votes of the first `maxLength` code units of `text` to `votes` (the
 * rule of {@link detectLanguage}, for texts the audit's own scan has not counted).
 */
export function countLanguageVotes(text: string, votes: LanguageVotes, maxLength: number): void {
  // A space in front, so that the first word stands between spaces like the others.
  const spaced = ` ${text.slice(0, maxLength)} `;
  markerAutomaton ??= createAhoCorasick(LANGUAGE_MARKER_LIST.map(({ text: word }) => ({ text: word })), { engine: 'js' });
  votes.units += spaced.length - 2;
  markerAutomaton.scan(spaced, (pattern, start) => votes.add(LANGUAGE_MARKER_LIST[pattern]!, spaced, start));
}
