import { createAhoCorasick, type AhoCorasick } from './ahoCorasick.js';
import { LANGUAGE_MARKERS } from './languageMarkers.js';
import { LANGUAGES, type Language } from './languages.js';

/** One marker word and the languages it marks (bit `i` is `LANGUAGES[i]`). */
export interface LanguageMarker {
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
  return [...masks].map(([text, mask]) => ({ text, mask, weight: (mask & (mask - 1)) === 0 ? 2 : 1 }));
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
    this.votes.fill(0);
    this.units = 0;
  }
  add(marker: LanguageMarker): void {
    for (let mask = marker.mask, bit = 0; mask !== 0; mask >>>= 1, bit++) {
      if ((mask & 1) !== 0) this.votes[bit]! += marker.weight;
    }
  }
  addAll(other: LanguageVotes): void {
    for (let k = 0; k < this.votes.length; k++) this.votes[k]! += other.votes[k]!;
    this.units += other.units;
  }
  /** The language the votes show (see {@link detectLanguage}). */
  decide(): Language {
    let best = -1;
    for (let k = 1; k < this.votes.length; k++) if (best < 0 || this.votes[k]! > this.votes[best]!) best = k;
    const votes = this.votes[best]!;
    if (votes < MIN_MARKER_VOTES || votes < (MARKER_DENSITY * this.units) / UNITS_PER_WORD) return 'en';
    return LANGUAGES[best]!;
  }
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
  const to = Math.min(text.length, options.maxLength ?? 2000);
  markerAutomaton ??= createAhoCorasick(LANGUAGE_MARKER_LIST.map(({ text: word }) => ({ text: word })), { engine: 'js' });
  scratch.reset();
  scratch.units = to;
  markerAutomaton.scan(text, (pattern) => scratch.add(LANGUAGE_MARKER_LIST[pattern]!), 0, to);
  return scratch.decide();
}
