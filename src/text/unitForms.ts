/**
 * Units of measurement as the six languages write them (general knowledge of the SI and common units, not
 * of any record): a claim's "60 hertz" is "60 Hz", "60 hercios", "60 Hertz"; "90 percent" is "90 %",
 * "90 per cent", "90 pour cent", "90 Prozent". Read once per claim, when its terms are compiled, so a
 * statement of quantity (a value and its unit) is found however a text writes the unit.
 *
 * Columns: English words | symbols (written alike in every language) | fr | it | es | de | pt. A symbol
 * of one letter ("m", "g", "K") names the unit only written against its number ("18K", "100 m"), so it
 * is never looked for alone.
 */
import type { Language } from './languages.js';
import { cellWords, readLanguageTable } from './languageTable.js';
import { hasLetter } from './letterTests.js';

const TABLE = `
hertz | Hz | hertz | hertz | hercios, hercio, hertz | Hertz | hertz
kilohertz | kHz | kilohertz | kilohertz | kilohercios | Kilohertz | kilohertz
megahertz | MHz | mégahertz | megahertz | megahercios | Megahertz | megahertz
percent, per cent | % | pour cent, pourcent | per cento, percento | por ciento | Prozent | por cento
karat, carat, karats, carats | K, kt, ct | carats, carat | carati, carato | quilates, quilate | Karat, karätig, karätigem, karätigen, karätiges, karätige | quilates, quilate
millimetre, millimetres, millimeter, millimeters | mm | millimètres, millimètre | millimetri, millimetro | milímetros, milímetro | Millimeter | milímetros, milímetro
centimetre, centimetres, centimeter, centimeters | cm | centimètres, centimètre | centimetri, centimetro | centímetros, centímetro | Zentimeter | centímetros, centímetro
metre, metres, meter, meters | m | mètres, mètre | metri, metro | metros, metro | Meter, Metern | metros, metro
kilometre, kilometres, kilometer, kilometers | km | kilomètres, kilomètre | chilometri, chilometro | kilómetros, kilómetro | Kilometer, Kilometern | quilômetros, quilómetros, quilómetro, quilômetro
mile, miles | mi | miles | miglia, miglio | millas, milla | Meilen, Meile | milhas, milha
foot, feet | ft | pieds, pied | piedi, piede | pies, pie | Fuß | pés, pé
inch, inches | | pouces, pouce | pollici, pollice | pulgadas, pulgada | Zoll | polegadas, polegada
gram, grams, gramme, grammes | g | grammes, gramme | grammi, grammo | gramos, gramo | Gramm | gramas, grama
kilogram, kilograms, kilogramme, kilogrammes | kg | kilogrammes, kilogramme, kilos | chilogrammi, chilogrammo, chili | kilogramos, kilos | Kilogramm, Kilo | quilogramas, quilos
tonne, tonnes, ton, tons | t | tonnes, tonne | tonnellate, tonnellata | toneladas, tonelada | Tonnen, Tonne | toneladas, tonelada
litre, litres, liter, liters | l | litres, litre | litri, litro | litros, litro | Liter, Litern | litros, litro
volt, volts | V | volts, volt | volt | voltios, voltio | Volt | volts, volt
watt, watts | W | watts, watt | watt | vatios, vatio | Watt | watts, watt
kilowatt, kilowatts | kW | kilowatts, kilowatt | kilowatt | kilovatios, kilovatio | Kilowatt | quilowatts, quilowatt
megawatt, megawatts | MW | mégawatts, mégawatt | megawatt | megavatios, megavatio | Megawatt | megawatts, megawatt
degree, degrees | ° | degrés, degré | gradi, grado | grados, grado | Grad | graus, grau
`;

/**
 * Currencies, units of money in the same columns: "£250" is "250 £", "250 libras", "250 Pfund" in the other
 * languages, which write the symbol after the amount or name the currency. Unlike a unit of measure, a currency
 * word is no setting: "sold for one dollar" says the price in it.
 */
const CURRENCIES = `
pound, pounds, pounds sterling | £ | livres, livre, livres sterling | sterline, sterlina, libbre, libbra | libras, libra, libras esterlinas | Pfund | libras, libra, libras esterlinas
dollar, dollars | $ | dollars, dollar | dollari, dollaro | dólares, dólar | Dollar | dólares, dólar
euro, euros | € | euros, euro | euro | euros, euro | Euro | euros, euro
krone, kroner, krona, kronor | kr | couronnes, couronne | corone, corona | coronas, corona | Kronen, Krone | coroas, coroa
franc, francs | CHF | francs, franc | franchi, franco | francos, franco | Franken | francos, franco
yen | ¥ | yens, yen | yen | yenes, yen | Yen | ienes, iene
`;

/**
 * Units of time, in the same columns. Like a currency word, a unit of time is no setting: "live about one year"
 * says the lifespan in it. Words that are also other common words are left out: English "second" (an ordinal),
 * Italian "ora" ("now"), "secondo" and Spanish and Portuguese "segundo" ("according to", "second").
 */
const TIME_UNITS = `
seconds | | secondes | secondi | segundos | Sekunden | segundos
minute, minutes | | minutes, minute | minuti, minuto | minutos, minuto | Minuten, Minute | minutos, minuto
hour, hours | | heures, heure | ore | horas, hora | Stunden, Stunde | horas, hora
day, days | | jours, jour | giorni, giorno | días, día | Tage, Tag, Tagen | dias, dia
week, weeks | | semaines, semaine | settimane, settimana | semanas, semana | Wochen, Woche | semanas, semana
month, months | | mois | mesi, mese | meses, mes | Monate, Monat, Monaten | meses, mês
year, years | | ans, an, années, année | anni, anno | años, año | Jahre, Jahr, Jahren, Jahres | anos, ano
decade, decades | | décennies, décennie | decenni, decennio | décadas, década | Jahrzehnte, Jahrzehnt | décadas, década
century, centuries | | siècles, siècle | secoli, secolo | siglos, siglo | Jahrhunderte, Jahrhundert | séculos, século
`;

/** One unit as the six languages write it. */
export interface UnitForms {
  /** Its English words ("percent", "per cent"). */
  english: readonly string[];
  /** Its symbols, written alike in every language ("%", "Hz"); one-letter symbols only after a number. */
  symbols: readonly string[];
  /** Its words in each of the five other languages. */
  words: Partial<Record<Language, readonly string[]>>;
  /**
   * What it counts: `measure` (what is measured, setting on its own), `currency` (see `CURRENCIES`) or `time` (see
   * `TIME_UNITS`), whose words are part of what a statement says.
   */
  kind: 'measure' | 'currency' | 'time';
}

let byWord: Map<string, UnitForms> | undefined;

function parse(): Map<string, UnitForms> {
  const out = new Map<string, UnitForms>();
  const tables = [
    [TABLE, 'measure'],
    [CURRENCIES, 'currency'],
    [TIME_UNITS, 'time'],
  ] as const;
  for (const [table, kind] of tables) for (const { lead: [english, symbols], words } of readLanguageTable(table, 2)) {
    const forms: UnitForms = { english: cellWords(english), symbols: cellWords(symbols), words, kind };
    // Looked up by its English words and its symbols of two letters or more (a statement's "Hz", "mm").
    for (const key of [...forms.english, ...forms.symbols.filter((s) => s.length >= 2 || !hasLetter(s))]) out.set(key.toLowerCase(), forms);
  }
  return out;
}

/**
 * The unit a statement's word names, as the six languages write it, or undefined when the word is no
 * unit. Looked up by an English word or a symbol ("hertz", "Hz", "per cent", "%", "mm").
 *
 * @example
 * ```ts
 * unitForms('hertz'); // { english: ['hertz'], symbols: ['Hz'], words: { es: ['hercios', 'hercio', 'hertz'], de: ['Hertz'], ... } }
 * unitForms('weight'); // undefined
 * ```
 */
export function unitForms(word: string): UnitForms | undefined {
  byWord ??= parse();
  return byWord.get(word.trim().toLowerCase());
}

/** A number and the unit written against it in one word ("18-karat", "44mm", "100m"), or undefined. */
export interface NumberWithUnit {
  /** The number, as written ("18", "9.79"). */
  number: string;
  unit: UnitForms;
  /** Written with a currency symbol before the number ("£250"), as English writes an amount. */
  symbolFirst?: boolean;
}

const NUMBER_UNIT_RE = /^(\d+(?:[.,]\d+)?)-?(\p{L}+|%|°)$/u;
/**
 * An amount with a currency symbol before it, as English writes it ("£250", "$2.25", "€1,000"); the five other
 * languages mostly write the symbol after the amount or name the currency. Which symbols are known is `CURRENCIES`'s.
 */
const SYMBOL_NUMBER_RE = /^(\p{Sc})(\d+(?:[.,]\d+)*)$/u;

/**
 * Reads a word that writes a number with its unit ("18-karat", "44mm", "60Hz"), or undefined.
 *
 * @example
 * ```ts
 * numberWithUnit('18-karat'); // { number: '18', unit: { english: ['karat', 'carat', ...], symbols: ['K', 'kt', 'ct'], ... } }
 * numberWithUnit('£250'); // { number: '250', unit: { english: ['pound', 'pounds', 'pounds sterling'], symbols: ['£'], ... }, symbolFirst: true }
 * numberWithUnit('2024'); // undefined
 * ```
 */
export function numberWithUnit(word: string): NumberWithUnit | undefined {
  byWord ??= parse();
  const amount = SYMBOL_NUMBER_RE.exec(word.trim());
  const currency = amount === null ? undefined : byWord.get(amount[1]!);
  if (currency !== undefined) return { number: amount![2]!, unit: currency, symbolFirst: true };
  const match = NUMBER_UNIT_RE.exec(word.trim());
  if (match === null) return undefined;
  const unit = byWord.get(match[2]!.toLowerCase()) ?? [...new Set(byWord.values())].find((u) => u.symbols.includes(match[2]!));
  return unit === undefined ? undefined : { number: match[1]!, unit };
}
