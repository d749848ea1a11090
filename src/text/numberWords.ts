/**
 * English number words in digits and in the five other languages (general knowledge, as CLDR's
 * spell-out rules give them): a claim's "two hours" or "eighteen towers" is "deux heures", "due ore",
 * "18 torres" there. Words that are also common words of their language are left out ("one": "un",
 * "una", "ein" are articles; Italian "sei" is "you are"; French "neuf" is "new", "cent" also "per cent").
 * Read once per claim, when its terms are compiled.
 */
import type { Language } from './languages.js';
import { readLanguageTable } from './languageTable.js';

const TABLE = `
two | 2 | deux | due | dos | zwei | dois, duas
three | 3 | trois | tre | tres | drei | três
four | 4 | quatre | quattro | cuatro | vier | quatro
five | 5 | cinq | cinque | cinco | fünf | cinco
six | 6 | six | | seis | sechs | seis
seven | 7 | sept | sette | siete | sieben | sete
eight | 8 | huit | otto | ocho | acht | oito
nine | 9 | | nove | nueve | neun | nove
ten | 10 | dix | dieci | diez | zehn | dez
eleven | 11 | onze | undici | once | elf | onze
twelve | 12 | douze | dodici | doce | zwölf | doze
thirteen | 13 | treize | tredici | trece | dreizehn | treze
fourteen | 14 | quatorze | quattordici | catorce | vierzehn | catorze, quatorze
fifteen | 15 | quinze | quindici | quince | fünfzehn | quinze
sixteen | 16 | seize | sedici | dieciséis | sechzehn | dezesseis, dezasseis
seventeen | 17 | dix-sept | diciassette | diecisiete | siebzehn | dezessete, dezassete
eighteen | 18 | dix-huit | diciotto | dieciocho | achtzehn | dezoito
nineteen | 19 | dix-neuf | diciannove | diecinueve | neunzehn | dezenove, dezanove
twenty | 20 | vingt | venti | veinte | zwanzig | vinte
thirty | 30 | trente | trenta | treinta | dreißig | trinta
forty | 40 | quarante | quaranta | cuarenta | vierzig | quarenta
fifty | 50 | cinquante | cinquanta | cincuenta | fünfzig | cinquenta
sixty | 60 | soixante | sessanta | sesenta | sechzig | sessenta
seventy | 70 | soixante-dix | settanta | setenta | siebzig | setenta
eighty | 80 | quatre-vingts, quatre-vingt | ottanta | ochenta | achtzig | oitenta
ninety | 90 | quatre-vingt-dix | novanta | noventa | neunzig | noventa
hundred | 100 | | cento | cien, ciento | hundert | cem, cento
thousand | 1000 | mille | mille, mila | mil | tausend | mil
million | | million, millions | milione, milioni | millón, millones | Million, Millionen | milhão, milhões
billion | | milliard, milliards | miliardo, miliardi | mil millones | Milliarde, Milliarden | bilhão, bilhões, mil milhões
`;

/** A number word as another language writes it. */
export interface NumberWordForms {
  /** Its digits ("18"), written alike in every language; empty for "million" and "billion". */
  digits: string;
  /** Its words per language. */
  words: Partial<Record<Language, readonly string[]>>;
}

let byWord: Map<string, NumberWordForms> | undefined;
let byDigits: Map<string, string> | undefined;

function parse(): Map<string, NumberWordForms> {
  return new Map(readLanguageTable(TABLE, 2).map(({ lead: [english, digits], words }) => [english!, { digits: digits!, words }]));
}

/**
 * The digits and the five other languages' words of an English number word, or undefined.
 *
 * @example
 * ```ts
 * numberWordForms('eighteen'); // { digits: '18', words: { fr: ['dix-huit'], it: ['diciotto'], ... } }
 * ```
 */
export function numberWordForms(english: string): NumberWordForms | undefined {
  byWord ??= parse();
  return byWord.get(english.trim().toLowerCase());
}

/**
 * The English word of a number written in digits ("18" → "eighteen"), or undefined (numbers the
 * table has no word for, and "1": "one" is also a pronoun).
 *
 * @example
 * ```ts
 * englishNumberWord('40'); // 'forty'
 * ```
 */
export function englishNumberWord(digits: string): string | undefined {
  byWord ??= parse();
  byDigits ??= new Map([...byWord].filter(([, forms]) => forms.digits !== '').map(([word, forms]) => [forms.digits, word]));
  return byDigits.get(digits.trim());
}

/**
 * A number below a hundred as English writes it: the table's one word ("40" → "forty"), or for 21-99 with both
 * the hyphen and the space ("42" → "forty-two", "forty two"; "1" has no table word, "one" also being a pronoun,
 * so "21" is spelled here); empty for any other number.
 */
function belowHundred(n: number): string[] {
  const word = englishNumberWord(String(n));
  if (word !== undefined) return [word];
  const tens = englishNumberWord(String(n - (n % 10)));
  const units = englishNumberWord(String(n % 10));
  return n > 20 && n < 100 && tens !== undefined ? [`${tens}-${units ?? 'one'}`, `${tens} ${units ?? 'one'}`] : [];
}

/**
 * The English words of a number in digits that the table has no single word for, as texts spell it: from 21
 * to 999, and the round thousands from 3000 to 99,000 ("130" → "a hundred and thirty", "one hundred and
 * thirty", "one hundred thirty"; "42" → "forty-two"; "40,000" → "forty thousand"). Empty for a number the
 * table writes in one word ({@link englishNumberWord}), for 1000-2100 (a year: "2000" is no count of two
 * thousand), for any other number of 1000 or more, and for what is not a number.
 *
 * @example
 * ```ts
 * englishNumberPhrases('130'); // ['a hundred and thirty', 'one hundred and thirty', 'a hundred thirty', 'one hundred thirty']
 * englishNumberPhrases('40'); // [] (the table's "forty")
 * ```
 */
export function englishNumberPhrases(digits: string): string[] {
  const text = digits.trim().replace(/^(\d{1,2}),(\d{3})$/, '$1$2');
  if (!/^[1-9]\d*$/.test(text) || englishNumberWord(text) !== undefined) return [];
  const n = Number(text);
  if (n < 100) return belowHundred(n);
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const heads = hundreds === 1 ? ['a hundred', 'one hundred'] : belowHundred(hundreds).map((w) => `${w} hundred`);
    const rest = n % 100 === 0 ? [] : n % 100 === 1 ? ['one'] : belowHundred(n % 100);
    if (rest.length === 0) return n % 100 === 0 ? heads : [];
    return ['and ', ''].flatMap((and) => heads.flatMap((head) => rest.map((r) => `${head} ${and}${r}`)));
  }
  // Not a year ("2000" is no count of two thousand).
  if (n % 1000 === 0 && n > 2100 && n < 100_000) return belowHundred(n / 1000).map((w) => `${w} thousand`);
  return [];
}

/**
 * Ordinal words from "first" to "twelfth": their English cardinal and digit forms ("ninth" → "nine", "9th"), then
 * for fr, it, es, de, pt their ordinals in every gender and case. Ordinals that are also other words are left out:
 * Italian "prima" ("before"), "secondo" ("according to"), "quarto" (a quarter), Spanish and Portuguese "segundo" (a
 * second), "quinta", "sexta" (weekdays), German "achten" (to respect); "first" to "fourth" keep no cardinal ("the
 * second largest" is no count of two). "first" is a common word, half a key term, in every language alike (it was
 * left out until the seventeenth round, when "la primera mujer", "die erste Hüftprothese" went unfound while the
 * English "first" counted). Italian "prima" is the ordinal after an article ("la prima", "della prima": "before"
 * never follows one) and before "volta" ("per la prima volta"), and German says "for the first time" in one
 * adverb, "erstmals" (lang25).
 */
const ORDINALS = `
first | | 1st | premier, première, premiers, premières | primo, primi, la prima, una prima, alla prima, della prima, nella prima, dalla prima, sulla prima, prima volta, prime | primero, primera, primer, primeros, primeras | erste, ersten, erster, erstes, erstem, erstmals, erstmalig | primeiro, primeira, primeiros, primeiras
second | | 2nd | deuxième, deuxièmes | | | zweite, zweiten, zweiter, zweites |
third | | 3rd | troisième | terzo, terza | tercero, tercera, tercer | dritte, dritten, dritter, drittes | terceiro, terceira
fourth | | 4th | quatrième | | | vierte, vierten, vierter, viertes |
fifth | five | 5th | cinquième | quinto, quinta | quinto, quinta | fünfte, fünften, fünfter, fünftes | quinto
sixth | six | 6th | sixième | sesto, sesta | sexto, sexta | sechste, sechsten, sechster, sechstes | sexto
seventh | seven | 7th | septième | settimo, settima | séptimo, séptima | siebte, siebten, siebter, siebtes | sétimo, sétima
eighth | eight | 8th | huitième | ottavo, ottava | octavo, octava | achte, achter, achtes | oitavo, oitava
ninth | nine | 9th | neuvième | nono, nona | noveno, novena | neunte, neunten, neunter, neuntes | nono, nona
tenth | ten | 10th | dixième | decimo, decima | décimo, décima | zehnte, zehnten, zehnter, zehntes | décimo, décima
eleventh | eleven | 11th | onzième | undicesimo, undicesima | undécimo, undécima | elfte, elften, elfter, elftes | décimo primeiro
twelfth | twelve | 12th | douzième | dodicesimo, dodicesima | duodécimo, duodécima | zwölfte, zwölften, zwölfter, zwölftes | décimo segundo
`;

let ordinalsByWord: Map<string, { english: string[]; words: Partial<Record<Language, readonly string[]>> }> | undefined;

/**
 * The other forms of an English ordinal word: its English cardinal and digits ("ninth" → ["nine", "9th"]: "his
 * ninth title" is "nine titles", "his 9th title") and the five other languages' ordinals; undefined for any other word.
 *
 * @example
 * ```ts
 * ordinalForms('ninth'); // { english: ['nine', '9th'], words: { fr: ['neuvième'], it: ['nono', 'nona'], ... } }
 * ```
 */
export function ordinalForms(english: string): { english: readonly string[]; words: Partial<Record<Language, readonly string[]>> } | undefined {
  ordinalsByWord ??= new Map(
    readLanguageTable(ORDINALS, 3).map(({ lead: [ordinal, cardinal, digits], words }) => [ordinal!, { english: [cardinal!, digits!].filter(Boolean), words }]),
  );
  return ordinalsByWord.get(english.trim().toLowerCase());
}

/** Units 1-9 and the tens as each language writes them in a compound number (general knowledge of the languages). */
const UNITS: Record<Exclude<Language, 'en'>, readonly string[]> = {
  fr: ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  it: ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  es: ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  de: ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  pt: ['', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
};
const TENS: Record<Exclude<Language, 'en'>, readonly string[]> = {
  fr: ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'],
  it: ['', 'dieci', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'],
  es: ['', 'diez', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
  de: ['', 'zehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
  pt: ['', 'dez', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'],
};
/** Spanish 21-29 are one word ("veintidós"). */
const ES_TWENTIES = ['', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
/** The hundreds 200-900 of Spanish and Portuguese, one word each ("doscientos", "duzentos"). */
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];
const PT_HUNDREDS = ['', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos'];
/** French 11-19, reached after "soixante" and "quatre-vingt" (71-79, 91-99). */
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];

/** 21-99 (not a round ten) in one language, every usual spelling. */
function compoundBelowHundred(n: number, language: Exclude<Language, 'en'>): string[] {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  switch (language) {
    case 'fr': {
      if (tens === 7 || tens === 9) {
        // 71 "soixante et onze", 72 "soixante-douze", 91 "quatre-vingt-onze".
        const teen = FR_TEENS[unit]!;
        return tens === 7 && unit === 1 ? ['soixante et onze', 'soixante-et-onze'] : [`${TENS.fr[tens]}-${teen}`];
      }
      // "et un" from 21 to 61 ("vingt et un"; since 1990 also hyphenated), not after "quatre-vingt" ("quatre-vingt-un").
      if (unit === 1 && tens < 8) return [`${TENS.fr[tens]} et un`, `${TENS.fr[tens]}-et-un`];
      return [`${TENS.fr[tens]}-${UNITS.fr[unit]}`];
    }
    case 'it': {
      // The tens lose their vowel before "uno" and "otto" ("ventuno", "trentotto"); "tre" is "tré" at the end ("ventitré").
      const head = unit === 1 || unit === 8 ? TENS.it[tens]!.slice(0, -1) : TENS.it[tens]!;
      return unit === 3 ? [`${head}tré`, `${head}tre`] : [`${head}${UNITS.it[unit]}`];
    }
    case 'es':
      return tens === 2 ? [ES_TWENTIES[unit]!] : [`${TENS.es[tens]} y ${UNITS.es[unit]}`];
    case 'de': {
      // Units, "und", tens in one word ("vierundvierzig"); Swiss German writes "ss" for "ß".
      const word = `${UNITS.de[unit]}und${TENS.de[tens]}`;
      return word.includes('ß') ? [word, word.replace(/ß/g, 'ss')] : [word];
    }
    case 'pt':
      return [`${TENS.pt[tens]} e ${UNITS.pt[unit]}`];
  }
}

/** 1-99 in one language: the table's word or a compound; empty for 1 (an article) unless `one` (inside a longer number). */
function belowHundredIn(n: number, language: Exclude<Language, 'en'>, one = false): string[] {
  if (n === 1) return one ? [UNITS[language][1]!] : [];
  const english = englishNumberWord(String(n));
  const word = english === undefined ? undefined : numberWordForms(english)?.words[language];
  if (word !== undefined && word.length > 0) return [...word];
  if (n % 10 === 0) return [TENS[language][n / 10]!];
  if (n < 10) return [UNITS[language][n]!];
  return n > 20 ? compoundBelowHundred(n, language) : [];
}

/**
 * A number from 21 to 999 in digits as French, Italian, Spanish, German and Portuguese write it in words, for
 * those the table has no single word for ("130" → "cent trente", "centotrenta", "ciento treinta",
 * "hundertdreißig" and "einhundertdreißig", "cento e trinta"; "44" → "quarante-quatre", "quarantaquattro",
 * "cuarenta y cuatro", "vierundvierzig", "quarenta e quatro"), each language's spellings apart. Empty for a
 * number the table writes in one word, and for any other number (years and counts of thousands are left out).
 *
 * @example
 * ```ts
 * otherLanguageNumberPhrases('44').de; // ['vierundvierzig']
 * otherLanguageNumberPhrases('130').es; // ['ciento treinta']
 * ```
 */
export function otherLanguageNumberPhrases(digits: string): Partial<Record<Language, readonly string[]>> {
  const text = digits.trim();
  if (!/^[1-9]\d{1,2}$/.test(text) || englishNumberWord(text) !== undefined) return {};
  const n = Number(text);
  if (n < 21) return {};
  const out: Partial<Record<Language, readonly string[]>> = {};
  for (const language of ['fr', 'it', 'es', 'de', 'pt'] as const) {
    if (n < 100) {
      out[language] = belowHundredIn(n, language);
      continue;
    }
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const tail = rest === 0 ? [''] : belowHundredIn(rest, language, true);
    let heads: string[];
    let join: string;
    switch (language) {
      case 'fr':
        // "cent", "deux cents" (no "s" when more follows); the hyphenated spelling is added below.
        heads = [hundreds === 1 ? 'cent' : `${UNITS.fr[hundreds]} cent${rest === 0 ? 's' : ''}`];
        join = ' ';
        break;
      case 'it':
        heads = [hundreds === 1 ? 'cento' : `${UNITS.it[hundreds]}cento`];
        join = '';
        break;
      case 'es':
        heads = [hundreds === 1 ? (rest === 0 ? 'cien' : 'ciento') : ES_HUNDREDS[hundreds]!, ...(hundreds > 1 ? [ES_HUNDREDS[hundreds]!.replace(/os$/, 'as')] : [])];
        join = ' ';
        break;
      case 'de':
        heads = hundreds === 1 ? ['hundert', 'einhundert'] : [`${UNITS.de[hundreds]}hundert`];
        join = '';
        break;
      case 'pt':
        heads = [hundreds === 1 ? (rest === 0 ? 'cem' : 'cento') : PT_HUNDREDS[hundreds]!, ...(hundreds > 1 ? [PT_HUNDREDS[hundreds]!.replace(/os$/, 'as')] : [])];
        join = ' e ';
        break;
    }
    out[language] = heads.flatMap((head) =>
      tail.map((t) => {
        if (t === '') return head;
        // Italian drops "cento"'s vowel before "otto"/"ottanta" ("centottanta") and keeps it otherwise.
        if (language === 'it' && t.startsWith('o')) return `${head.slice(0, -1)}${t}`;
        return language === 'de' && rest === 1 ? `${head}eins` : `${head}${join}${t}`;
      }),
    );
    // French writes the hyphenated (1990) spelling with hyphens throughout ("cent-trente").
    if (language === 'fr') out.fr = [...new Set([...out.fr!, ...out.fr!.map((w) => w.replace(/ /g, '-'))])];
  }
  return out;
}

/** "One" before a noun in each language: also its indefinite article ("un anno" is "one year" and "a year"). */
const ONE: Record<Exclude<Language, 'en'>, readonly string[]> = {
  fr: ['un', 'une'],
  it: ['un', 'uno', 'una'],
  es: ['un', 'una', 'uno'],
  de: ['ein', 'eine', 'einen', 'einem', 'eines', 'einer'],
  pt: ['um', 'uma'],
};

/**
 * The words for "one" before a noun in one of the five other languages, in every gender and case. They are also the
 * language's indefinite article, so they mean the number only before the noun a statement counts ("ein Jahr" for
 * "one year"), which is how they are looked for.
 *
 * @example
 * ```ts
 * oneWords('de'); // ['ein', 'eine', 'einen', 'einem', 'eines', 'einer']
 * ```
 */
export function oneWords(language: Exclude<Language, 'en'>): readonly string[] {
  return ONE[language];
}
