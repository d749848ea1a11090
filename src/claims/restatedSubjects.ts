import { codePointBefore, isLetterOrNumberPoint } from '../text/literalWord.js';
import { CALENDAR_WORDS, COMMON_WORDS, STOPWORDS, irregularBase, stemWord } from './englishWords.js';

// Derivation runs once per claim, so regular expressions are fine here (never on the audit path).
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
/** A past form, an auxiliary or a negation: the subject's noun phrase ends before it. */
const VERB_RE = /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|do|no|not|never)$/u;
/**
 * A third-person present form ("connects", "lies", "flows"): a lower-case word of four letters or more in "-s", not
 * "-ss", "-us", "-is" ("Congress", "virus", "analysis").
 */
function presentVerb(word: string): boolean {
  return word.length >= 4 && word.endsWith('s') && !"isu'’".includes(word.charAt(word.length - 2)) && word === word.toLowerCase() && word !== word.toUpperCase();
}
/** A short number right after a name belongs to it ("Olkiluoto 3", "Apollo 11"). */
const NAME_NUMBER_RE = /^\d{1,3}$/;
const ARTICLES = new Set(['the', 'a', 'an']);

const isCapitalized = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
};
const bare = (word: string): string => word.replace(/['’]s$/u, '');

/**
 * `text` writes `word` inside a sentence: after one space that follows a letter, a number, a comma or a semicolon,
 * and ending where an ASCII word character meets another character (the `\b` of a `u` expression). A literal scan:
 * an expression built per claim would pay V8's Unicode tables for its `\p{L}` (src/text/literalWord.ts).
 */
function writtenInsideSentence(text: string, word: string): boolean {
  if (word.length === 0) return false;
  const last = asciiWordCode(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at < 2 || text.charCodeAt(at - 1) !== 32) continue;
    const end = at + word.length;
    if (last === (end < text.length && asciiWordCode(text.charCodeAt(end)))) continue;
    const before = codePointBefore(text, at - 1);
    if (isLetterOrNumberPoint(before) || before === 0x2c || before === 0x3b) return true;
  }
  return false;
}

/** A code unit of `\w` without the `i` flag: an ASCII letter, digit or underscore. */
function asciiWordCode(code: number): boolean {
  return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/** The noun phrase a sentence opens with, before its verb: "The Mousetrap" of "The Mousetrap did not close for good." */
function openingPhrase(sentence: string): string[] {
  const words: string[] = [];
  let previousEnd = -1;
  for (const match of sentence.matchAll(WORD_RE)) {
    const gap = previousEnd < 0 ? '' : sentence.slice(previousEnd, match.index);
    previousEnd = (match.index ?? 0) + match[0].length;
    // Punctuation or a bracket ends the phrase ("Aspirin (acetylsalicylic acid) is ...").
    if (/[,;:(\u2013\u2014]/u.test(gap)) break;
    const word = bare(match[0]);
    const lower = word.toLowerCase();
    if (words.length === 0 && ARTICLES.has(lower)) continue;
    if (NAME_NUMBER_RE.test(word) && words.length > 0 && isCapitalized(words[words.length - 1]!)) {
      words.push(word);
      continue;
    }
    if (STOPWORDS.has(lower) || VERB_RE.test(lower) || irregularBase(lower) !== undefined || /\d/.test(word)) break;
    words.push(word);
    // "The Mousetrap's West End run": the possessor is what the sentence is about.
    if (word.length < match[0].length || words.length > 4) break;
  }
  return words;
}

/** Options of {@link restatedSubjects}. */
export interface RestatedSubjectsOptions {
  /**
   * Also take common nouns ("swifts", "isotretinoin"), not only names: for a statement whose own
   * subject is doubtful (its names all stand after a preposition, or the correction and subclaims
   * never use it). Otherwise the head noun of a description ("the shipping company Maersk", "the first
   * heart transplant") would be taken for the thing the claim is about.
   */
  commonNouns?: boolean;
}

/**
 * What a claim's own texts say the claim is about, when the statement names it as its grammatical
 * subject: the noun phrase a sentence of the correction or of a subclaim opens with, kept when every
 * word of it stands in the statement before the statement's verb. The statement's grammar may give
 * its first name to a possessor or to the head of an apposition ("Agatha Christie's play The Mousetrap
 * closed ...", "Since 2023 the Oxford and Cambridge Boat Race has been rowed ..."), while the
 * correction restates the claim about the thing itself ("The Mousetrap did not close", "The Boat Race
 * still has separate ... races"), and so do texts written about it. A party the correction names as
 * the true holder ("Brazil is still the world's largest coffee producer") is not taken: it stands after
 * the statement's verb. Names (capitalised in the statement) are returned as the statement writes
 * them; common nouns only with `commonNouns`, by their head word. Gerunds name an activity (what the
 * claim says happened), not a thing, and are left out, as are common and calendar words.
 *
 * @example
 * ```ts
 * restatedSubjects("Agatha Christie's play The Mousetrap closed for good in 2020.", 'The Mousetrap did not close for good.', []);
 * // ['Mousetrap']
 * ```
 */
export function restatedSubjects(statement: string, correction: string | undefined, subclaims: readonly string[], options: RestatedSubjectsOptions = {}): string[] {
  // The statement's words before its verb, as written (lower case and stems point to them).
  const region = new Map<string, string>();
  const told = [correction ?? '', ...subclaims].join(' ');
  let previous = '';
  for (const match of statement.matchAll(WORD_RE)) {
    let word = bare(match[0]);
    // A present tense right after a name is the statement's verb ("The Kerch Strait connects the Black Sea with
    // the Caspian Sea": what follows is what the claim says of it, not its subject).
    if (isCapitalized(previous) && !STOPWORDS.has(previous.toLowerCase()) && presentVerb(match[0])) break;
    previous = match[0];
    // The statement's first word is capitalised as a sentence opens: a name only if the claim's texts write it so inside a sentence.
    if (match.index === 0 && !writtenInsideSentence(`${statement} ${told}`, word)) word = word.toLowerCase();
    const lower = word.toLowerCase();
    if (VERB_RE.test(lower) || irregularBase(lower) !== undefined) break;
    // A possessor ("Iceland's Vatnajökull ice cap") says whose the subject is, not what it is.
    if (word.length < match[0].length) continue;
    if (!region.has(lower)) region.set(lower, word);
    if (!region.has(stemWord(lower))) region.set(stemWord(lower), word);
  }
  const written = (word: string): string | undefined => region.get(word.toLowerCase()) ?? region.get(stemWord(word.toLowerCase()));
  const out: string[] = [];
  for (const text of [correction ?? '', ...subclaims]) {
    for (const sentence of text.split(/(?<=[.!?;])\s+/u)) {
      const words = openingPhrase(sentence.trim()).map(written);
      if (words.length === 0 || words.some((w) => w === undefined)) continue;
      const asWritten = words as string[];
      const name = asWritten.every((w) => isCapitalized(w) || /^\d/.test(w));
      if (!name && !options.commonNouns) continue;
      const phrase = name ? asWritten.join(' ') : asWritten[asWritten.length - 1]!.toLowerCase();
      const lower = phrase.toLowerCase();
      if (phrase.length < (name ? 3 : 5) || (asWritten.length === 1 && /ing$/u.test(lower))) continue;
      if (STOPWORDS.has(lower) || COMMON_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) continue;
      if (!out.some((p) => p.toLowerCase() === lower)) out.push(phrase);
    }
  }
  return out;
}
