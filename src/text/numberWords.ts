/**
 * English number words in digits and in the five other languages (general knowledge, as CLDR's
 * spell-out rules give them): a claim's "two hours" or "eighteen towers" is "deux heures", "due ore",
 * "18 torres" there. Words that are also common words of their language are left out ("one": "un",
 * "una", "ein" are articles; Italian "sei" is "you are"; French "neuf" is "new", "cent" also "per cent").
 * Read once per claim, when its terms are compiled.
 */
import type { Language } from './languages.js';

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

const OTHER: readonly Language[] = ['fr', 'it', 'es', 'de', 'pt'];

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
  const out = new Map<string, NumberWordForms>();
  for (const line of TABLE.split('\n')) {
    if (line.trim() === '') continue;
    const [english, digits, ...columns] = line.split('|').map((part) => part.trim());
    const words: Partial<Record<Language, readonly string[]>> = {};
    columns.forEach((column, k) => {
      const list = column.split(',').map((w) => w.trim()).filter(Boolean);
      if (list.length > 0) words[OTHER[k]!] = list;
    });
    out.set(english!, { digits: digits ?? '', words });
  }
  return out;
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
