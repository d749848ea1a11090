/**
 * Languages a statement may name that are no adjective of a country of the place tables (general knowledge of
 * the languages' names, not of any record): "printed in Latin" is "imprimé en latin", "stampato in latino",
 * "impreso en latín", "auf Latein gedruckt", "impresso em latim". A language that is a country's adjective
 * ("English", "German") is found by its place's adjective stems (src/text/placeNames.ts).
 *
 * Columns: English name | fr | it | es | de | pt. Each word is the start of the language's forms (its
 * adjective's endings follow: "latin" finds "latino", "latina"; "hebrä" finds "Hebräisch", "hebräischen").
 */
import type { Language } from './languages.js';
import { readLanguageTable } from './languageTable.js';

const TABLE = `
Latin | latin | latin | latín, latin | latein | latim, latin
Arabic | arabe | arab | árabe, arab | arabisch | árabe, arab
Hebrew | hébreu, hébraïque | ebraic, ebrai | hebreo, hebrea | hebräisch | hebraic, hebreu
Sanskrit | sanskrit | sanscrit | sánscrito | sanskrit | sânscrito
Yiddish | yiddish | yiddish | yidis, ídish | jiddisch | iídiche
Esperanto | espéranto | esperanto | esperanto | esperanto | esperanto
Persian | persan | persian | persa | persisch | persa
Hindi | hindi | hindi | hindi | hindi | hindi
Tamil | tamoul | tamil | tamil | tamil | tâmil
Basque | basque | basco | vasco, euskera | baskisch | basco
Catalan | catalan | catalan | catalán, catalan | katalanisch | catalão, catalã
Gaelic | gaélique | gaelic | gaélico | gälisch | gaélico
`;

let byName: Map<string, Partial<Record<Language, readonly string[]>>> | undefined;

/**
 * The five other languages' words for a language an English statement names, when it is none of a country's
 * adjectives, or undefined. Looked up by its English name, in any case.
 *
 * @example
 * ```ts
 * languageNameForms('Latin'); // { fr: ['latin'], it: ['latin'], es: ['latín', 'latin'], de: ['latein'], pt: ['latim', 'latin'] }
 * languageNameForms('German'); // undefined (an adjective of Germany: see `placeOfAdjective`)
 * ```
 */
export function languageNameForms(english: string): Partial<Record<Language, readonly string[]>> | undefined {
  byName ??= new Map(readLanguageTable(TABLE, 1).map(({ lead: [name], words }) => [name!.toLowerCase(), words]));
  return byName.get(english.trim().toLowerCase());
}
