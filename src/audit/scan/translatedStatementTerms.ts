import { isFunctionWord } from '../../text/functionWords.js';
import type { Language } from '../../text/languages.js';
import { placeForms } from '../../text/placeNames.js';
import { sameNameWord } from './sameNameWord.js';
import { startsUpper, stripMarks } from '../../text/letterTests.js';

/** What a word of a translated statement is to the claim. */
export type StatementWordRole = 'subject' | 'setting' | 'predicate';

/** One content word of a translated statement and its role. */
export interface StatementWord {
  /** The word as the statement writes it (elision dropped: "l'aspirine" → "aspirine"). */
  text: string;
  role: StatementWordRole;
  /** A number (year, count). */
  numeric: boolean;
  /** The statement negates it itself ("sans pouvoir l'entendre": entendre), as `negatedWords` reads English. */
  negated: boolean;
  /** Where the word (with its elision) starts and ends in the statement. */
  start: number;
  end: number;
}

/** What {@link translatedStatementTerms} reads from a translated statement. */
export interface TranslatedStatementTerms {
  words: StatementWord[];
  /**
   * The statement's own name for the subject when the English one is not among its words: the one run
   * of capitalised words that matches none of the English statement's names ("Cervin" in "l'ascension
   * du Cervin est interdite" for "the Matterhorn"). Undefined when the subject is found, or it is unclear.
   */
  subjectName?: string;
}

/** What the English claim says, to compare a translation's words with. */
export interface EnglishClaimNames {
  /** The subject's names (subject, aliases, and names already given in that language). */
  subject: readonly string[];
  /** Other capitalised words and numbers of the English statement ("Australia", "easyJet", "2021"). */
  names: readonly string[];
  /** The English statement's setting words (`settingWords`: its date and place phrases), lower case. */
  setting: ReadonlySet<string>;
}

/** Prepositions of time and place of each language: a name or number right after one is the statement's setting. */
const SETTING_PREPOSITIONS: Readonly<Record<Exclude<Language, 'en'>, ReadonlySet<string>>> = {
  fr: new Set(['en', 'dans', 'depuis', 'à', 'au', 'aux', 'lors', 'pendant', 'durant', 'jusqu', 'sur']),
  it: new Set(['in', 'nel', 'nella', 'nei', 'nelle', 'nello', 'dal', 'dalla', 'dai', 'dallo', 'a', 'al', 'alla', 'ai', 'alle', 'durante', 'fino', 'sul', 'sulla']),
  es: new Set(['en', 'desde', 'durante', 'hasta', 'a', 'al']),
  de: new Set(['in', 'im', 'seit', 'am', 'an', 'auf', 'während', 'bis']),
  pt: new Set(['em', 'no', 'na', 'nos', 'nas', 'desde', 'durante', 'até', 'a', 'ao', 'à']),
};

/** Negations of each language that deny what follows them in a statement ("sans", "senza", "sin", "ohne", "sem", "jamais"). */
const NEGATIONS: Readonly<Record<Exclude<Language, 'en'>, ReadonlySet<string>>> = {
  fr: new Set(['sans', 'ne', 'n', 'pas', 'jamais', 'aucun', 'aucune']),
  it: new Set(['senza', 'non', 'mai', 'nessun', 'nessuno', 'nessuna']),
  es: new Set(['sin', 'no', 'nunca', 'jamás', 'ningún', 'ninguna', 'ninguno']),
  de: new Set(['ohne', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner']),
  pt: new Set(['sem', 'não', 'nunca', 'jamais', 'nenhum', 'nenhuma']),
};

/** How many words after a negation it denies. */
const NEGATION_REACH = 3;

/**
 * What may stand between the words of one noun phrase: articles and the prepositions that link a noun to its
 * complement ("el fondo soberano de Noruega", "l'Università di Harvard", "o fundo soberano da Noruega").
 */
const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set([
  'the', 'of', 'el', 'la', 'los', 'las', 'le', 'les', 'l', 'il', 'lo', 'gli', 'i', 'o', 'a', 'os', 'as', 'der', 'die', 'das',
  'dem', 'den', 'des', 'de', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'di', 'du', 'd', 'da', 'do', 'dos', 'von', 'vom',
]);

/** Whether `gap` (the text between two words of a statement) holds only spaces and noun-phrase links. */
function linksNounPhrase(gap: string): boolean {
  return gap.split(/[\s'’]+/).every((part) => part === '' || NOUN_PHRASE_LINKS.has(part.toLowerCase()));
}

/**
 * The words of the noun phrase the subject's name closes, when that phrase opens the statement (after its date
 * or place): "fondo soberano" in "En 2023 el fondo soberano de Noruega vendió ...", "fonds souverain" in "le
 * fonds souverain norvégien a vendu ...", "Università" in "L'Università di Harvard ha abolito ...". They name the
 * subject as the English subject's noun phrase does ("Norway's sovereign wealth fund"), so they are `subject`. A
 * run of words that does not reach the statement's opening ("des linguistes ont déchiffré l'écriture de
 * l'Indus") is the predicate and stays so.
 */
function subjectPhrase(statement: string, words: StatementWord[]): void {
  for (let named = 1; named < words.length; named++) {
    if (words[named]!.role !== 'subject') continue;
    let k = named;
    while (k > 0 && words[k - 1]!.role === 'predicate' && !words[k - 1]!.numeric && linksNounPhrase(statement.slice(words[k - 1]!.end, words[k]!.start))) k--;
    if (k === named) continue;
    // The phrase must open the statement: nothing before it but links, or a date, a place or another of the
    // subject's words (and a comma).
    const before = k === 0 ? statement.slice(0, words[0]!.start) : statement.slice(words[k - 1]!.end, words[k]!.start);
    if (!(k === 0 || words[k - 1]!.role !== 'predicate') || !linksNounPhrase(before.replace(/,/g, ' '))) continue;
    for (let w = k; w < named; w++) words[w]!.role = 'subject';
  }
}

/** Letters, digits and inner apostrophes or hyphens: one word. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const fold = (word: string): string => stripMarks(word.normalize('NFD')).toLowerCase();

/** A word less its elided article or pronoun ("l'aspirine" → "aspirine", "dell'Indo" → "Indo"); "Lloyd's" stays. */
function unelide(word: string): string {
  const parts = word.split(/['’]/);
  if (parts.length < 2) return word;
  const last = parts[parts.length - 1]!;
  return last.toLowerCase() === 's' ? word : last;
}

/** Whether `word` is one of `names` written its way (same word, same stem, a name of the place table). */
function namesOne(word: string, names: readonly string[]): boolean {
  const folded = fold(word);
  return names.some((name) =>
    name.split(/\s+/).some((part) => {
      const p = fold(part.replace(/['’]s$/, ''));
      if (p === folded.replace(/['’]s$/, '')) return true;
      if (p.length >= 4 && folded.length >= 4 && sameNameWord(word, part)) return true;
      const forms = placeForms(name);
      return forms !== undefined && Object.values(forms).some((f) => f.names.some((n) => fold(n) === folded));
    }),
  );
}

/**
 * Reads a claim's statement as translated into another language (`languages.fr.statement`) the way
 * `deriveClaimTerms` reads the English one: its content words, less that language's function words
 * (`isFunctionWord`) and elisions, each with its role. A word that names the subject (one of the
 * English subject's names written that language's way, `sameNameWord`, or a name of the place table)
 * is `subject`; a year or number, or a name right after a preposition of time or place ("en 2021",
 * "nell'Artico") or one the English statement has in its setting, is `setting`; every other content
 * word of four letters or more (a verb, its object, another name) carries the predicate. German
 * capitalises its nouns: there a capitalised word is a name only when it matches an English one.
 *
 * @example
 * ```ts
 * translatedStatementTerms("Depuis 2019, l'ascension du Cervin est interdite.", 'fr', {
 *   subject: ['Matterhorn'], names: ['2019'], setting: new Set(['2019']),
 * });
 * // words: 2019 (setting), ascension (predicate), Cervin (subject), interdite (predicate); subjectName: 'Cervin'
 * ```
 */
export function translatedStatementTerms(statement: string, language: Language, english: EnglishClaimNames): TranslatedStatementTerms {
  const words: StatementWord[] = [];
  if (language === 'en') return { words };
  const prepositions = SETTING_PREPOSITIONS[language];
  const englishSetting = [...english.setting];
  const tokens = [...statement.matchAll(WORD_RE)].map((m) => ({ raw: m[0], index: m.index }));
  // Runs of capitalised words that match no English name (indices into `words`).
  const unmatched: number[][] = [];
  let afterPreposition = false;
  let subjectFound = false;
  let previousUnmatched = false;
  let negatedUntil = -1;
  tokens.forEach(({ raw, index }, i) => {
    const negated = i <= negatedUntil;
    if (NEGATIONS[language].has(raw.toLowerCase().split(/['’]/)[0]!)) negatedUntil = i + NEGATION_REACH;
    const elided = unelide(raw);
    const lowerRaw = fold(raw.split(/['’]/)[0]!);
    // An elided preposition opens a setting phrase too ("dell'Artico" is not one, "nell'Artico" is).
    if (elided !== raw && prepositions.has(lowerRaw.replace(/l$/, ''))) afterPreposition = true;
    const word = elided;
    if (prepositions.has(fold(word)) || prepositions.has(word.toLowerCase())) {
      afterPreposition = true;
      previousUnmatched = false;
      return;
    }
    if (isFunctionWord(word, language)) {
      previousUnmatched = false;
      return;
    }
    const numeric = /^\p{N}/u.test(word);
    const initial = i === 0 || /[.!?:]\s*$/.test(statement.slice(0, index));
    const capitalised = startsUpper(word);
    const isName = capitalised && (language !== 'de' || namesOne(word, [...english.subject, ...english.names, ...englishSetting]));
    let role: StatementWordRole;
    if (namesOne(word, english.subject)) {
      role = 'subject';
      subjectFound = true;
    } else if (numeric || (isName && afterPreposition) || (capitalised && word.length >= 4 && namesOne(word, englishSetting))) role = 'setting';
    else role = 'predicate';
    afterPreposition = false;
    if (!numeric && word.length < 4 && !/^\p{Lu}{2,}$/u.test(word)) {
      previousUnmatched = false;
      return;
    }
    words.push({ text: word, role, numeric, negated, start: index, end: index + raw.length });
    const matchesEnglish = role === 'subject' || namesOne(word, english.names) || namesOne(word, englishSetting);
    if (capitalised && !initial && language !== 'de' && !matchesEnglish) {
      if (previousUnmatched) unmatched[unmatched.length - 1]!.push(words.length - 1);
      else unmatched.push([words.length - 1]);
      previousUnmatched = true;
    } else previousUnmatched = false;
  });
  // A capitalised word beside a word of the subject's name is part of it ("Nuova Zelanda").
  words.forEach((word, w) => {
    const next = words[w + 1];
    if (word.role !== 'subject' && next?.role === 'subject' && startsUpper(word.text) && language !== 'de' && /^\s+$/.test(statement.slice(word.end, next.start))) word.role = 'subject';
  });
  subjectPhrase(statement, words);
  if (subjectFound || unmatched.length !== 1) return { words };
  const run = unmatched[0]!;
  for (const w of run) words[w]!.role = 'subject';
  return { words, subjectName: run.map((w) => words[w]!.text).join(' ') };
}
