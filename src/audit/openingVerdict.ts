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
import { wordEnd, wordUnits } from '../text/wordUnits.js';
import { isLanguage, type Language } from '../text/languages.js';
import { endsInNt } from './endsInNt.js';
import { isDenyingWord } from './isDenyingWord.js';

/**
 * Words of error and correction (nouns, and verbs of correcting the one addressed, also in the first person and
 * the past: "Corrijo: eso es falso", "El profesor corrigió esto", "has kindly corrected us"), in six languages,
 * lower case, written from knowledge of the languages. English "correct" is left out: it affirms ("That's
 * correct"), and so are the Italian past participle "corretto" and the Portuguese "correto" (correct). The forms
 * that begin with a stem of `CORRECTING_STEMS` ("corrigió", "korrigiert", "rettifica") are read by it, not listed.
 */
const ERROR_WORDS: ReadonlySet<string> = new Set(
  `error mistake erratum correction corrected
  erreur erratum correction
  errore sbaglio correzione corresse
  error errata corrección
  fehler irrtum korrektur
  erro errata correção correcção`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Stems of the verbs of correcting, by which every form of them begins, whatever its person, tense or enclitic
 * ("rectifié", "rectifier", "corrígelo", "corrigez", "correggilo", "corrija", "berichtigte", "richtigstellen"),
 * written from knowledge of the languages: French, Spanish and Portuguese "corrig-"/"corríg-", Spanish and Italian
 * "correg-", Spanish and Portuguese "corrij-", German "korrig-", "berichtig-", "richtigstell-", and "rectif-",
 * "rettific-", "retific-" (to rectify). No adjective of correctness begins so ("correct", "corretto", "correcto",
 * "correto", "richtig").
 */
const CORRECTING_STEMS: readonly string[] = ['corrig', 'corríg', 'correg', 'corrij', 'korrig', 'berichtig', 'richtigstell', 'rectif', 'rettific', 'retific'];

/** `word` (lower case) is a word of error or correction: one of `ERROR_WORDS`, or a form of a verb of correcting. */
function isErrorWord(word: string): boolean {
  if (ERROR_WORDS.has(word)) return true;
  const c = word.charCodeAt(0);
  // Only words that begin as a stem does are compared (c, k, b, r).
  if (c !== 99 && c !== 107 && c !== 98 && c !== 114) return false;
  for (const stem of CORRECTING_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

/**
 * Words that judge a statement false when they stand alone as the verdict (the first word of an opening, a mark
 * of punctuation right after it: "Wrong, Florida won ...", "[FC: wrong, ...]", "Nota da professora: errado!",
 * "Lektorat: Falsch herum!" is not one), in six languages, lower case: the adjectives of falsity and error, from
 * knowledge of the languages. Alone, with nothing they qualify, they can only judge what was just said.
 */
const VERDICT_WORDS: ReadonlySet<string> = new Set(
  `wrong false untrue incorrect inaccurate
  faux fausse erroné erronée inexact inexacte
  sbagliato sbagliata falso falsa errato errata inesatto inesatta
  falso falsa incorrecto incorrecta erróneo errónea equivocado
  falsch unrichtig inkorrekt unzutreffend
  errado errada falso falsa incorreto incorreta`
    .split(/\s+/)
    .filter(Boolean),
);

/** Marks that close a note or a quotation after its last sentence: `)`, `]`, `}`, `»`, `"`, `”`. */
const CLOSING_MARKS: ReadonlySet<number> = new Set([41, 93, 125, 0xbb, 34, 0x201d]);

/**
 * Marks that may follow a verdict word standing alone: `,`, `;`, `:`, `.`, `!`, `-`, en and em dash, and the marks
 * that close a note or a quotation right after it (`CLOSING_MARKS`: "[FC: false]", "(Teacher: wrong)").
 */
const VERDICT_MARKS: ReadonlySet<number> = new Set([44, 59, 58, 46, 33, 45, 0x2013, 0x2014, ...CLOSING_MARKS]);

/**
 * Marks that may open a verdict standing alone: the quotation marks `"`, `“`, `„`, `«`, `‘`, `'` ('Reviewer:
 * "False."', "« Faux ! »") and Spanish inverted marks `¡`, `¿` ("¡Falso!"), which open an exclamation or a question.
 */
const OPENING_MARKS: ReadonlySet<number> = new Set([34, 0x201c, 0x201e, 0xab, 0x2018, 39, 0xa1, 0xbf]);

/** The apostrophes a word may hold (`wordUnits`), which after a verdict word close a quotation ("'Wrong'"). */
const APOSTROPHES: ReadonlySet<number> = new Set([39, 0x2019]);

/**
 * Adverbs of actuality that open a sentence by setting the real world against what was just said ("In reality,
 * ...", "Actually, ...", "En réalité ...", "In realtà ...", "En realidad ...", "In Wirklichkeit ...", "Na verdade
 * ..."), per language, lower case, from knowledge of the languages. Right after a statement they can only mean that
 * it was not so: the writer's correction of it. Not the adverbs that confirm or add ("in fact", "indeed",
 * "tatsächlich", "de hecho", "infatti"), nor those that only contrast ("however").
 */
const ACTUALITY_OPENERS: Readonly<Record<Language, readonly string[]>> = {
  en: ['in reality', 'in truth', 'in actual fact', 'in actuality', 'actually'],
  fr: ['en réalité', 'en vérité', 'en fait'],
  it: ['in realtà', 'in verità'],
  es: ['en realidad', 'en verdad'],
  de: ['in wirklichkeit', 'in wahrheit'],
  pt: ['na realidade', 'na verdade', 'em realidade'],
};

/**
 * The adverb of actuality (`ACTUALITY_OPENERS`) that opens the sentence at `at`, or null: a sentence so opened right
 * after a claim sentence, or opening an answer to one, says what is true instead (the corrected condition).
 *
 * @example
 * ```ts
 * actualityOpener('Actually, it links the Black Sea to the Sea of Azov.', 0, 'en'); // { start: 0, end: 8 }
 * actualityOpener('Actual figures are lower.', 0, 'en'); // null
 * ```
 */
export function actualityOpener(text: string, at: number, language: string): OpeningVerdict | null {
  const openers = ACTUALITY_OPENERS[isLanguage(language) ? language : 'en'];
  // The first letter first: most sentences open with none of these (a check per claim sentence).
  const first = text.charCodeAt(at) | 32;
  for (const opener of openers) {
    if (opener.charCodeAt(0) !== first) continue;
    const end = at + opener.length;
    if (end > text.length || !startsFolded(text, at, opener)) continue;
    if (end < text.length && wordUnits(text, end) > 0) continue;
    return { start: at, end };
  }
  return null;
}

/** Per language, the first letters of its adverbs of actuality, as bits of a mask ("i", "a" in English: a is bit 0). */
const OPENER_LETTERS: Readonly<Record<Language, number>> = Object.fromEntries(
  Object.entries(ACTUALITY_OPENERS).map(([language, openers]) => [language, openers.reduce((mask, opener) => mask | (1 << (opener.charCodeAt(0) - 97)), 0)]),
) as Record<Language, number>;

/** Most words that may stand before an adverb of actuality in the sentence it corrects from ("Siwa in realtà ...", "The Akouphone was actually ..."). */
const ACTUALITY_WORDS = 4;

/**
 * The adverb of actuality (`ACTUALITY_OPENERS`) that stands in the opening of the sentence at `at`: at its start, or
 * after at most {@link ACTUALITY_WORDS} words of its first clause, as it does after the subject and verb ("Siwa in
 * realtà è in Egitto", "A cor vem, na verdade, da lenhina", "The Akouphone was actually the work of ..."). Where the
 * adverb stands in the clause is a matter of word order, not meaning: said of what was just stated, it says that it
 * was not so. A mark that ends a clause of its own (`.`, `!`, `?`, `;`, `:`, a line break) ends the look.
 *
 * @example
 * ```ts
 * actualityInOpening('Siwa in realtà è in Egitto.', 0, 'it'); // { start: 5, end: 14 }
 * actualityInOpening('The tour was long; in reality ...', 0, 'en'); // null
 * ```
 */
export function actualityInOpening(text: string, at: number, language: string): OpeningVerdict | null {
  const letters = OPENER_LETTERS[isLanguage(language) ? language : 'en'];
  let k = at;
  for (let words = 0; ; ) {
    // Most words open with a letter no adverb of actuality opens with: one look at a bit, not at each adverb.
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122 && (letters & (1 << (c - 97))) !== 0) {
      const found = actualityOpener(text, k, language);
      if (found !== null) return found;
    }
    if (++words > ACTUALITY_WORDS) return null;
    // To the white space after this word (code units only: read after every asserted claim sentence), not past a
    // mark that ends a clause; then past the spaces and commas before the next word. Any white space parts words, not
    // only the ASCII space: a tab or a no-break space ("Siwa\u00a0in realtà", French before its marks) is one too.
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || lineBreak(c)) return null;
      if (isWhiteSpace(c)) break;
    }
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c !== 44 && (lineBreak(c) || !isWhiteSpace(c))) break;
    }
    if (k >= text.length) return null;
  }
}

/** A code unit that ends a line (LF, CR, and the Unicode line and paragraph separators): it ends a clause's look. */
function lineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * `text` holds `lower` (lower case: ASCII or Latin-1 letters, spaces) at `at`, either case: compared code by code,
 * as no copy of the text is made for a check run after every asserted claim sentence ("In ...", "A ..." pass the
 * first letter often). Setting bit 5 lowers exactly the letters of `lower`'s kinds, and leaves a space a space.
 */
function startsFolded(text: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(at + i) | 32) !== lower.charCodeAt(i)) return false;
  return true;
}

/** Longest opening read: the first sentence, or its head before a colon. */
const OPENING_LENGTH = 120;

/** The span of the word that makes an opening a correction. */
export interface OpeningVerdict {
  start: number;
  end: number;
}

/**
 * The correction that opens `text` (an answer), or null: a word of falsity standing alone as its first word
 * ("Wrong, ...", "Falsch!"), a word of error or correction, or a denial of the kind negation or correction that
 * refers to what was said, in the first sentence or its head before a colon (at most 120 characters).
 *
 * @param bareNo Also take the language's one-word no standing alone ("No.", "Non.") as the verdict: only behind a
 *   label, where it judges what was said; opening an answer or a reply it as often answers a question.
 *
 * @example
 * ```ts
 * openingVerdict("That isn't accurate: the race still has two crews.", 'en'); // { start: 11, end: 19 } ("accurate")
 * openingVerdict('Vorab eine wichtige Korrektur: die FIDE hat das nicht beschlossen.', 'de'); // "Korrektur"
 * openingVerdict('Sure, here are two sentences for your website.', 'en'); // null
 * openingVerdict('No. It was Google.', 'en', true); // { start: 0, end: 2 }
 * ```
 */
export function openingVerdict(text: string, language: string, bareNo = false): OpeningVerdict | null {
  let a = 0;
  while (a < text.length && isWhiteSpace(text.charCodeAt(a))) a++;
  const lang = isLanguage(language) ? language : 'en';
  const alone = verdictAlone(text, a, lang, bareNo);
  if (alone !== null) return alone;
  const actuality = actualityOpener(text, a, lang);
  if (actuality !== null) return actuality;
  const first = sentenceEnd(text, a);
  if (first <= a || first - a > OPENING_LENGTH) return null;
  let b = first;
  // A short first sentence that refuses or answers no ("I'd rather not.", "No.", "Non, désolé.") is followed by its
  // reason: the opening runs on to the end of the next sentence.
  if (first - a <= REFUSAL_LENGTH && text.charCodeAt(b) !== 58 && text.charCodeAt(b) !== 10 && deniesIn(text, a, b, lang)) {
    let c = b + 1;
    while (c < text.length && isWhiteSpace(text.charCodeAt(c))) c++;
    const d = sentenceEnd(text, c);
    if (d > c && d - c <= OPENING_LENGTH) b = d;
  }
  // The two words before an error word, in its clause: "no error", "not a mistake", "kein Fehler" deny it
  // ("You're right, no correction needed."), while "No, that's a mistake" still corrects.
  let before1 = '';
  let before2 = '';
  for (let i = a; i < b; ) {
    if (wordUnits(text, i) === 0) {
      if (!isWhiteSpace(text.charCodeAt(i))) before1 = before2 = '';
      i++;
      continue;
    }
    const from = i;
    i = wordEnd(text, i, b);
    let word = text.slice(from, i).toLowerCase();
    if (endsInNt(word)) word = "n't"; // "isn't", "wasn’t": the negation is their ending
    if (isErrorWord(word) && !isDenyingWord(before1, lang) && !isDenyingWord(before2, lang)) return { start: from, end: i };
    before2 = before1;
    before1 = word;
  }
  // Beside what it judges, a denial must say what it is about ("that isn't accurate", "eso no es así"). A refusal
  // gives its reason in a clause of its own ("I'd rather not, because that isn't accurate"): after the first
  // sentence whole, each clause is read alone from its subject, past the words that join it (read together, the
  // "no" of "No problem, that is accurate" would doubt the other clause's "accurate").
  // A first clause that opens with a denying word and goes on ("No problem, ...", "Kein Problem, ...", "Pas de
  // souci, ...") denies its own noun: read whole, the sentence does not deny a word of truth past that clause.
  const phraseEnd = denyingPhraseEnd(text, a, first, lang);
  const spans: [number, number][] = [[a, first], ...clauses(text, a, b, lang)];
  for (const [from, to] of spans) {
    const found = scoredNotice(text, from, to, 'beside', false, language);
    if (found === null || (found.kind !== 'negation' && found.kind !== 'correction')) continue;
    if (from === a && to === first && found.start >= phraseEnd) continue;
    return { start: found.start, end: found.end };
  }
  return null;
}

/**
 * The opening's first word when it is a verdict standing alone: a word of falsity (`VERDICT_WORDS`) or the
 * language's one-word no (`NO_WORDS`: "No.", "Non.", "NO!"), with a mark of punctuation right after it ("Wrong,
 * Florida won", "Teacher: No. About 60% ..."). Followed by a word, it is part of a phrase ("Wrong answer - ...",
 * "Non esistono ...", "No hydrogen airliner ...") and read as the rest of the opening is.
 */
function verdictAlone(text: string, from: number, language: Language, bareNo: boolean): OpeningVerdict | null {
  // A verdict quoted or exclaimed stands alone as well: the word starts past the marks that open it ("¡Falso!", with
  // a space in French: "« Faux ! »").
  let a = from;
  while (a < text.length && (OPENING_MARKS.has(text.charCodeAt(a)) || (a > from && text.charCodeAt(a) === 32))) a++;
  let i = wordEnd(text, a);
  // A single quotation mark that closes it reads as an apostrophe, part of the word: no verdict word ends in one.
  let k = i;
  while (i > a && APOSTROPHES.has(text.charCodeAt(i - 1))) i--;
  if (i === a) return null;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k < text.length && !VERDICT_MARKS.has(text.charCodeAt(k))) return null;
  const word = text.slice(a, i).toLowerCase();
  return VERDICT_WORDS.has(word) || (bareNo && NO_WORDS[language].has(word)) ? { start: a, end: i } : null;
}

/** Longest first sentence read as a refusal whose reason follows ("I'd rather not.", "Leider nein."). */
const REFUSAL_LENGTH = 60;

/**
 * Words that join a clause giving a reason or a contrast, per language, lower case (from knowledge of the
 * languages): "because", "parce que", "weil", "ma". A clause is read from the word after them; after a comma they
 * open a clause of their own (`correctionOpensAfter`: "Esto lo dijo Andrés, y es falso").
 */
export const JOINING: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['because', 'since', 'as', 'but', 'though', 'although', 'and']),
  fr: new Set(['parce', 'que', 'qu', 'car', 'puisque', 'mais', 'et']),
  it: new Set(['perché', 'poiché', 'siccome', 'ma', 'però', 'e']),
  es: new Set(['porque', 'pues', 'ya', 'que', 'pero', 'y']),
  de: new Set(['weil', 'da', 'denn', 'aber', 'doch', 'und']),
  pt: new Set(['porque', 'pois', 'já', 'que', 'mas', 'e']),
};

/** The end of the sentence that starts at `a`: a line break, a colon, or `.`/`!`/`?` before a space or the end. */
function sentenceEnd(text: string, a: number): number {
  let b = a;
  while (b < text.length && b - a <= OPENING_LENGTH) {
    const c = text.charCodeAt(b);
    if (c === 10 || c === 58 || ((c === 46 || c === 33 || c === 63) && (b + 1 >= text.length || isWhiteSpace(text.charCodeAt(b + 1)) || CLOSING_MARKS.has(text.charCodeAt(b + 1))))) break;
    b++;
  }
  return b;
}

/**
 * The end of the first clause of `text[a, b)` (at a comma, semicolon or dash) when it opens with a denying word
 * and holds another word after it ("No problem", "Nessun problema"); `b` when it does not (a bare "No," answers).
 */
function denyingPhraseEnd(text: string, a: number, b: number, language: Language): number {
  const end = wordEnd(text, a, b);
  if (end === a || !deniesIn(text, a, end, language)) return b;
  let next = end;
  while (next < b && isWhiteSpace(text.charCodeAt(next))) next++;
  if (next === end || next >= b || wordUnits(text, next) === 0) return b;
  let mark = next;
  while (mark < b && !CLAUSE_MARKS.has(text.charCodeAt(mark))) mark++;
  return mark;
}

/** Marks that end a clause inside a sentence: comma, semicolon, en and em dash. */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([44, 59, 0x2014, 0x2013]);

/** Whether `text[a, b)` holds a word that denies in `language` ("not", "n't", "no", "nein", "pas"). */
function deniesIn(text: string, a: number, b: number, language: Language): boolean {
  for (let i = a; i < b; ) {
    if (wordUnits(text, i) === 0) {
      i++;
      continue;
    }
    const from = i;
    i = wordEnd(text, i, b);
    const word = text.slice(from, i).toLowerCase();
    if (endsInNt(word) || isDenyingWord(word, language) || NO_WORDS[language].has(word)) return true;
  }
  return false;
}

/**
 * One-word answers of no, which the cue bank keeps out of its negations ("nein" is no sentence negation), per
 * language: Portuguese "no" is "in the" ("Sim, no sábado ..."), and English "non" a prefix.
 */
const NO_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['no', 'nope']),
  fr: new Set(['non']),
  it: new Set(['no', 'non']),
  es: new Set(['no']),
  de: new Set(['nein']),
  pt: new Set(['não']),
};

/**
 * The opening's clauses after the first: from the first word after each comma, semicolon, dash or sentence end
 * that is not a joining word of `language`, to the next such mark or the opening's end.
 */
function clauses(text: string, a: number, b: number, language: Language): [number, number][] {
  const spans: [number, number][] = [];
  const joining = JOINING[language] ?? JOINING.en!;
  let open = -1;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 59 && c !== 0x2014 && c !== 0x2013 && c !== 46 && c !== 33 && c !== 63) continue;
    if (open >= 0 && i > open) spans.push([open, i]);
    let j = i + 1;
    // Past the joining words and the spaces between them.
    for (;;) {
      while (j < b && isWhiteSpace(text.charCodeAt(j))) j++;
      const k = wordEnd(text, j, b);
      if (k === j || !joining.has(text.slice(j, k).toLowerCase())) break;
      j = k;
    }
    open = j < b ? j : -1;
    i = Math.max(i, j - 1);
  }
  if (open >= 0) spans.push([open, b]);
  return spans;
}
