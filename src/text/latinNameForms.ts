import type { Language } from './languages.js';

/**
 * A name that keeps its Latin ending in English is written with the ending Italian, Spanish and
 * Portuguese give Latin nouns: "-us" becomes "-o" ("Indus" → "Indo", "Erebus" → "Erebo") and "-ius"
 * "-io" ("Vesuvius" → "Vesuvio"); German drops "-ius" ("Vesuv"). A regular correspondence of the
 * languages, derived from the name itself: nothing is listed per name. Names of five letters or more,
 * capitalised; read once per claim, when its terms are compiled.
 *
 * @example
 * ```ts
 * latinNameForms('Indus'); // [{ text: 'Indo', languages: ['it', 'es', 'pt'] }]
 * latinNameForms('Vesuvius'); // [{ text: 'Vesuvio', languages: ['it', 'es', 'pt'] }, { text: 'Vesuv', languages: ['de'] }]
 * latinNameForms('Paris'); // []
 * ```
 */
export function latinNameForms(word: string): { text: string; languages: Language[] }[] {
  if (!/^\p{Lu}\p{Ll}{2,}us$/u.test(word)) return [];
  const romance: Language[] = ['it', 'es', 'pt'];
  if (word.endsWith('ius')) return [{ text: `${word.slice(0, -3)}io`, languages: romance }, { text: word.slice(0, -3), languages: ['de'] }];
  return [{ text: `${word.slice(0, -2)}o`, languages: romance }];
}
