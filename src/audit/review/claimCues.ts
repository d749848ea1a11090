import type { Claim } from '../../claims/claim.js';
import { CALENDAR_WORDS, COMMON_WORDS, STOPWORDS } from '../../claims/englishWords.js';
import { predicateTranslations } from '../../claims/predicateTranslations.js';
import { foldLetters, stemKey, textStemKey, sameStem, type StemKey } from '../../text/cognates.js';
import { isFunctionWord } from '../../text/functionWords.js';
import { LANGUAGES, type Language } from '../../text/languages.js';
import { englishNumberWord, numberWordForms } from '../../text/numberWords.js';
import { placeForms } from '../../text/placeNames.js';
import { claimAnchors, claimTexts } from './claimAnchors.js';
import { boundedMemo } from '../../util/boundedMemo.js';

/** Letters and digits, as `claimAnchors` splits words. */
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT = /\p{N}/u;
const DIGITS_ONLY = /^\p{N}+$/u;
/** A number word that is one word ("trenta"; not "dix-sept" or "mil millones", which the word split cuts). */
const LETTERS_ONLY = /^\p{L}+$/u;
const NAME_RUN = /\p{Lu}[\p{L}]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}]*)+/gu;

/**
 * What a content word of the claim weighs beside a name, a number or the predicate (which weigh 1): a
 * shared stem across languages ("colony" / "Kolonie") is weaker evidence than a shared name, so two of
 * them count as one name (chosen on sets A-W: docs/accuracy.md, "The model review").
 */
export const CONTENT_CUE_WEIGHT = 0.5;

/** Folded forms of text words already seen (texts repeat their words). */
const foldedWord = boundedMemo(foldLetters, 50_000);

/** Forms of one claim's cues, each cue a group counted once however many of its forms a text holds. */
interface CueTables {
  /** Names and numbers, matched as written. */
  exact: Map<string, number[]>;
  /** Place names of the five other languages ("Copenaghen", "Spitzbergen"), matched as written outside English. */
  places: Map<string, number[]>;
  /**
   * A number of the claim written as a word, by the text's language, then the folded word ("en" → "thirty", "it" →
   * "trenta"): the language's table is looked up once per text, so no key is built per word.
   */
  numberWords: Map<string, Map<string, number[]>>;
  /** Names folded (lower case, no accents): matched by capitalised words or numbers only ("París" for "Paris"). */
  foldedNames: Map<string, number[]>;
  /** Predicate forms of the five other languages, folded: whole words. */
  wholeForms: Map<string, number[]>;
  /** Predicate forms of the five other languages, folded: word starts ("aboli" finds "abolito"), by their first {@link START_KEY} letters. */
  startForms: Map<string, [string, number][]>;
  /** Predicate forms that also end a German compound ("pflicht" in "Helmpflicht"). */
  endForms: [string, number][];
  /** Content words' stems, by the first two letters of their sound form; matched in other languages only. */
  stems: Map<string, { key: StemKey; cue: number }[]>;
  /** Weight of each cue (index: cue id). */
  weights: number[];
  /** Claim of each cue. */
  claimOf: number[];
}

/** Letters of the shortest German compound whose tails are read, and of its shortest part (the head keeps one more). */
const COMPOUND_MIN = 9;
const COMPOUND_PART = 4;

/** Letters of a word start the start forms are filed under (the table's stems are four letters or more). */
const START_KEY = 4;

/** The claim fields the cues come from. */
export type ClaimCueInput = Pick<Claim, 'statement' | 'subclaims' | 'aliases'> & Partial<Pick<Claim, 'subject' | 'languages' | 'predicate'>>;

/** A content word of the claim worth a stem cue: five letters or more, lower case, no function, common or calendar word. */
function isContentWord(word: string): boolean {
  if (word.length < 5 || !LOWER_START.test(word)) return false;
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || COMMON_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) return false;
  return !LANGUAGES.some((language) => isFunctionWord(word, language));
}

function push<K>(map: Map<K, number[]>, key: K, cue: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [cue]);
  else if (!list.includes(cue)) list.push(cue);
}

/** The number words of `language` in `t` (see `CueTables.numberWords`), made on first use. */
function numberTable(t: CueTables, language: string): Map<string, number[]> {
  let table = t.numberWords.get(language);
  if (table === undefined) t.numberWords.set(language, (table = new Map()));
  return table;
}

function buildTables(claims: readonly ClaimCueInput[]): CueTables {
  const t: CueTables = { exact: new Map(), places: new Map(), numberWords: new Map(), foldedNames: new Map(), wholeForms: new Map(), startForms: new Map(), endForms: [], stems: new Map(), weights: [], claimOf: [] };
  const newCue = (claim: number, weight: number) => {
    t.weights.push(weight);
    t.claimOf.push(claim);
    return t.weights.length - 1;
  };
  claims.forEach((claim, c) => {
    // Names and numbers, as written, accent-folded, and as the place tables write them in the five other languages.
    for (const anchor of claimAnchors(claim)) {
      const cue = newCue(c, 1);
      push(t.exact, anchor, cue);
      push(t.foldedNames, foldLetters(anchor), cue);
      // A number is often written as a word ("thirty feet", "novanta per cento"): the same cue, in text of its language.
      const english = DIGITS_ONLY.test(anchor) ? englishNumberWord(anchor) : undefined;
      if (english !== undefined) {
        push(numberTable(t, 'en'), foldLetters(english), cue);
        for (const [language, words] of Object.entries(numberWordForms(english)?.words ?? {})) {
          for (const word of words ?? []) if (LETTERS_ONLY.test(word)) push(numberTable(t, language), foldLetters(word), cue);
        }
      }
      for (const forms of Object.values(placeForms(anchor) ?? {})) for (const name of forms?.names ?? []) for (const word of name.split(/\s+/)) if (word.length >= 3 && CAPITAL_OR_DIGIT.test(word)) push(t.places, word, cue);
    }
    // Places of more than one word ("New Zealand", "International Space Station"): their longest name word elsewhere.
    for (const text of claimTexts(claim)) {
      for (const [run] of text.matchAll(NAME_RUN)) {
        const forms = placeForms(run);
        if (!forms) continue;
        const cue = newCue(c, 1);
        for (const form of Object.values(forms)) {
          for (const name of form?.names ?? []) {
            const longest = name.split(/\s+/).filter((w) => CAPITAL_OR_DIGIT.test(w)).sort((a, b) => b.length - a.length)[0];
            if (longest && longest.length >= 3) push(t.places, longest, cue);
          }
        }
      }
    }
    // The predicate in the five other languages (`predicateTranslations` of the statement's or the user's predicate words).
    const predicateWords = new Set<string>();
    for (const text of [claim.statement, ...(claim.predicate ?? [])]) for (const [word] of text.matchAll(WORD)) predicateWords.add(word.toLowerCase());
    for (const word of predicateWords) {
      if (word.length < 3 || STOPWORDS.has(word)) continue;
      const translations = Object.values(predicateTranslations(word, claim.statement));
      if (translations.length === 0) continue;
      const cue = newCue(c, 1);
      for (const forms of translations) {
        for (const form of forms ?? []) {
          const text = foldLetters(form.text);
          if (form.whole) push(t.wholeForms, text, cue);
          else {
            const key = text.slice(0, START_KEY);
            const list = t.startForms.get(key);
            if (list) list.push([text, cue]);
            else t.startForms.set(key, [[text, cue]]);
          }
          if (form.compound) t.endForms.push([text, cue]);
        }
      }
    }
    // Content words: a stem shared across languages ("penguins", "pinguini", "Pinguine").
    const content = new Set<string>();
    for (const text of [claim.statement, ...(claim.subclaims ?? [])]) for (const [word] of text.matchAll(WORD)) if (isContentWord(word)) content.add(word.toLowerCase());
    for (const word of content) {
      const key = stemKey(word);
      if (key.consonants.length < 3) continue;
      const cue = newCue(c, CONTENT_CUE_WEIGHT);
      const list = t.stems.get(key.head);
      if (list) list.push({ key, cue });
      else t.stems.set(key.head, [{ key, cue }]);
    }
  });
  return t;
}

/**
 * Scores how strongly a text touches any one of `claims`, for the review's `'related'` selection: each
 * cue of a claim counts once, the best claim's sum is returned. A name or number of the claim
 * (`claimAnchors`) weighs 1, a number also when the text writes it as a word of its language ("thirty",
 * "trenta" for 30; one word only, as `numberWordForms` gives it). In text not detected as English, so does such a name written with other
 * accents or as the place tables give it in the five other languages ("París", "Copenaghen",
 * "Spitzbergen"), and so do the claim's predicate words as the other languages write them (`predicateTranslations`: "abolished" → "aboli",
 * "abgeschafft"), and each content word of the statement and subclaims whose stem the text shares
 * across languages weighs {@link CONTENT_CUE_WEIGHT} (in German also a compound's tail: "Kuhmilchallergie" shares "allergy"). English text is the lexical pass's own ground:
 * there only names and numbers count, as before. Everything is derived from the claims' fields.
 *
 * @example
 * ```ts
 * const score = createClaimCueCounter([{ statement: 'In 2020 the SBB abolished first class on all its trains.', subclaims: [], aliases: [] }]);
 * score('Le FFS hanno abolito la prima classe nel 2020.', 'it'); // 2.5: 2020, "abolito", "classe"
 * score('The SBB timetable for 2020.', 'en'); // 2: SBB, 2020
 * ```
 */
export function createClaimCueCounter(claims: readonly ClaimCueInput[]): (text: string, language?: Language) => number {
  const t = buildTables(claims);
  const hasPredicates = t.wholeForms.size > 0 || t.startForms.size > 0 || t.endForms.length > 0;
  return (text, language) => {
    if (t.weights.length === 0) return 0;
    const foreign = language !== 'en';
    const seen = new Set<number>();
    const scores = new Map<number, number>();
    let best = 0;
    const count = (cues: readonly number[] | undefined) => {
      if (!cues) return;
      for (const cue of cues) {
        if (seen.has(cue)) continue;
        seen.add(cue);
        const claim = t.claimOf[cue]!;
        const score = (scores.get(claim) ?? 0) + t.weights[cue]!;
        scores.set(claim, score);
        if (score > best) best = score;
      }
    };
    const numbers = t.numberWords.get(language ?? 'en');
    if (!foreign) {
      // English: names and numbers as written, the lexical pass reads the rest.
      for (const [word] of text.matchAll(WORD)) {
        count(t.exact.get(word));
        if (numbers !== undefined && !DIGIT.test(word)) count(numbers.get(foldedWord(word)));
      }
      return best;
    }
    for (const [word] of text.matchAll(WORD)) {
      count(t.exact.get(word));
      count(t.places.get(word));
      const folded = foldedWord(word);
      if (numbers !== undefined) count(numbers.get(folded));
      if (CAPITAL_OR_DIGIT.test(word)) count(t.foldedNames.get(folded));
      if (hasPredicates) {
        count(t.wholeForms.get(folded));
        for (const [start, cue] of t.startForms.get(folded.slice(0, START_KEY)) ?? []) if (folded.startsWith(start)) count([cue]);
        for (const [end, cue] of t.endForms) if (folded.length > end.length && folded.endsWith(end)) count([cue]);
      }
      if (t.stems.size > 0 && word.length >= 4 && !DIGIT.test(word)) {
        const key = textStemKey(word);
        const stems = t.stems.get(key.head);
        if (stems !== undefined) {
          let functionWord: boolean | undefined;
          for (const stem of stems) {
            if (seen.has(stem.cue) || !sameStem(key, stem.key)) continue;
            functionWord ??= LANGUAGES.some((other) => isFunctionWord(word, other));
            if (!functionWord) count([stem.cue]);
          }
        }
        // A German compound ends in its head noun ("Kuhmilchallergie" is an "Allergie"): its tails count as words.
        if (language === 'de' && word.length >= COMPOUND_MIN) {
          for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART - 1; at++) {
            const tail = textStemKey(word.slice(at));
            for (const stem of t.stems.get(tail.head) ?? []) if (!seen.has(stem.cue) && sameStem(tail, stem.key)) count([stem.cue]);
          }
        }
      }
    }
    return best;
  };
}
