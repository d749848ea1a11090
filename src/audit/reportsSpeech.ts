import type { Language } from '../text/languages.js';

/**
 * Verbs and phrases by which a speaker passes on what someone else said, wrote or believes, in the six
 * languages (general knowledge of each language's frequent verbs of saying, telling, reading, hearing and
 * believing, their common forms, and "according to"). A chat user who writes "My teacher said ...", "I read
 * ...", "Mi hanno detto ...", "Ich habe gelesen ..." reports the claim; one who writes it flatly states it.
 */
const REPORT_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'swear', 'swears', 'swore', 'sworn', 'insist',
    'insists', 'insisted', 'claim', 'claims', 'claimed', 'claiming', 'read', 'hear', 'hears', 'heard', 'saw', 'seen',
    'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'reckon', 'reckons', 'mentioned', 'according',
    'apparently', 'supposedly', 'allegedly', 'rumour', 'rumor',
  ]),
  fr: new Set([
    'dit', 'dire', 'disait', 'disent', 'raconte', 'racontait', 'affirme', 'affirmait', 'prétend', 'prétendait', 'paraît',
    'lu', 'entendu', 'pense', 'croit', 'croyait', 'selon', 'soi-disant',
  ]),
  it: new Set([
    'detto', 'dice', 'dicono', 'diceva', 'racconta', 'raccontato', 'sostiene', 'sosteneva', 'letto', 'sentito', 'pensa',
    'crede', 'secondo', 'pare', 'sembra',
  ]),
  es: new Set([
    'dice', 'dijo', 'dicen', 'decía', 'contó', 'asegura', 'aseguró', 'afirma', 'afirmó', 'leí', 'leído', 'oí', 'oído',
    'escuché', 'cree', 'creía', 'piensa', 'según', 'parece',
  ]),
  de: new Set([
    'sagt', 'sagte', 'gesagt', 'sagen', 'erzählt', 'erzählte', 'behauptet', 'behauptete', 'meint', 'meinte', 'gelesen',
    'gehört', 'hörte', 'glaubt', 'glaubte', 'laut', 'angeblich', 'soll',
  ]),
  pt: new Set([
    'disse', 'diz', 'dizem', 'dizia', 'falou', 'contou', 'garante', 'garantiu', 'li', 'ouvi', 'lido', 'ouvido', 'acha',
    'achava', 'acredita', 'segundo', 'parece',
  ]),
};

/**
 * Verbs by which a text cites what another text said or what circulates, in the six languages (general knowledge of
 * each language's verbs of writing, publishing and circulating, with their common forms): a reader's letter or a
 * fact-check cites the claim it then judges ("Vous écrivez que ...", "In Ihrer Folge heißt es, ...", "Circula en redes
 * que ...", "A post circulating online says ..."). Only the pair of a cited claim and a verdict right after it reads
 * them (`deniedReport`): some are imperatives too ("Écrivez ...", "Escribe ...", "Lee ..."), which a chat prompt uses
 * to ask for a text, so a prompt's plain statement is never read as passed on by them.
 */
const CITING_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['writes', 'wrote', 'written', 'stated', 'reported', 'posted', 'circulating']),
  fr: new Set(['écrit', 'écrivez', 'écrivait', 'écrivions', 'écrivaient', 'lit', 'circule']),
  it: new Set(['scritto', 'scrive', 'scriveva', 'scrivete', 'circola']), // not "legge": also "law"
  es: new Set(['escribe', 'escribió', 'escrito', 'escribían', 'lee', 'circula']),
  de: new Set(['schreibt', 'schrieb', 'geschrieben', 'heißt', 'hieß', 'hören', 'liest', 'kursiert']),
  pt: new Set(['escreve', 'escreveu', 'escrito', 'lê-se', 'circula']),
};

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Whether `word` (lower case) is a verb by which a text cites another text or what circulates in `language`
 * (see `CITING_WORDS`; the verbs of saying are {@link isReportWord}'s).
 *
 * @example
 * ```ts
 * isCitingWord('écrivez', 'fr'); // true ("Vous écrivez que ...")
 * isCitingWord('dit', 'fr'); // false: a verb of saying, see isReportWord
 * ```
 */
export function isCitingWord(word: string, language: Language): boolean {
  return CITING_WORDS[language].has(word);
}

/**
 * Whether `word` (lower case) is a verb or adverb of saying, reading, hearing or believing in `language`: the
 * word test of {@link reportWordAt}, for a caller that already walks a sentence's words.
 *
 * @example
 * ```ts
 * isReportWord('swears', 'en'); // true
 * isReportWord('exports', 'en'); // false
 * ```
 */
export function isReportWord(word: string, language: Language): boolean {
  return REPORT_WORDS[language].has(word);
}

/**
 * Where the verb that passes the claim on stands in the sentence `text[start, end)` (see {@link reportsSpeech}), or -1.
 *
 * @example
 * ```ts
 * reportWordAt('Li que a Dinamarca mudou a lei.', 0, 31, new Set(), 'pt'); // 0
 * ```
 */
export function reportWordAt(text: string, start: number, end: number, ownWords: ReadonlySet<string>, language: Language): number {
  const words = REPORT_WORDS[language];
  WORD_RE.lastIndex = start;
  for (let match = WORD_RE.exec(text); match !== null && match.index < end; match = WORD_RE.exec(text)) {
    const word = match[0].toLowerCase();
    if (words.has(word) && !ownWords.has(word)) return match.index;
  }
  return -1;
}

/**
 * The sentence `text[start, end)` passes the claim on as what someone said, wrote or believes ("A colleague
 * told me SBB got rid of first class", "I read Zara went online-only", "Mein Lehrer meint, ..."), rather
 * than stating it: it has a verb of saying, reading, hearing or believing that is not one of the claim's own
 * words (`ownWords`, lower case: "the WHO said in 2023 that ..." states a claim about what the WHO said).
 *
 * @example
 * ```ts
 * reportsSpeech('My friend swears Iceland exports bananas.', 0, 41, new Set(['iceland', 'exports', 'bananas']), 'en'); // true
 * reportsSpeech('Iceland exports bananas.', 0, 24, new Set(['iceland', 'exports', 'bananas']), 'en'); // false
 * ```
 */
export function reportsSpeech(text: string, start: number, end: number, ownWords: ReadonlySet<string>, language: Language): boolean {
  return reportWordAt(text, start, end, ownWords, language) >= 0;
}

/**
 * The lower-case words of a claim's statement (the words `reportsSpeech` does not count as a report).
 *
 * @example
 * ```ts
 * statementWords('The WHO said kids should not use fluoride.').has('said'); // true
 * ```
 */
export function statementWords(statement: string): Set<string> {
  return new Set(statement.toLowerCase().match(WORD_RE) ?? []);
}
