import { COMMON_WORDS, STOPWORDS } from '../../claims/englishWords.js';
import { foldCodeUnit, isWordCode } from '../../text/ahoCorasick.js';
import { isCapital } from '../../text/isCapital.js';
import { isGermanPlaceKind } from '../../text/germanKindNouns.js';
import { foldLetters, initialMask, sameStem, soundForm, stemKey, textStemKey, type StemKey } from '../../text/cognates.js';
import { editDistance, oneEditApart } from './sameNameWord.js';
import { pushHit, type HitSink } from './pushHit.js';
import { hasWholeWord, hasWordAfterSpaces, isLetterOrNumberPoint } from '../../text/literalWord.js';

/**
 * A word of a claim's subject name, looked for as another language writes it ("Artico", "Arktis",
 * "Arctique" for "Arctic"; "Stoccolma" for "Stockholm"), with the pattern index that stands for the
 * claim's subject when it is found.
 */
export interface NameWordTarget {
  /** The subject pattern a found name counts as (a pattern of no automaton). */
  pattern: number;
  /** The name word, lower case without accents. */
  folded: string;
  key: StemKey;
  /** The first three letters of its sound form (`soundForm`). */
  sound: string;
  /** Which name of which claim it is a word of (one number per name). */
  name: number;
  /** Its place in that name; -1 for a name of one word, which is found alone. */
  word: number;
  /** A common noun ("myopia", "oxalate"): other languages write it in lower case, so it is found so too. */
  common: boolean;
}

/** Name words and the first letters a text word needs to be compared to them (`initialMask`, OR-ed). */
export interface NameWordTable {
  targets: readonly NameWordTarget[];
  initials: number;
  /** The first letters a word in lower case needs to be compared to the common nouns among the targets. */
  commonInitials: number;
}

/** A capitalised name word of four letters or more ("Arctic", "Stockholm"; not "EU", "The"). */
const NAME_WORD_RE = /^\p{Lu}\p{Ll}{3,}$/u;

/** A word of a subject that is a common noun, five letters or more, as the statement may write it ("oxalate", "Myopia"). */
const COMMON_NOUN_RE = /^\p{L}\p{Ll}{4,}$/u;

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The words of a name, its letters only and without a possessive "'s" ("Napoleon's" → "Napoleon"): one
 * reading for {@link nameWords} and {@link commonNounWords}, whose words must meet (`common.has`).
 */
function nameParts(name: string): string[] {
  return name.split(/[\s-]+/).map((raw) => raw.replace(/['’]s$/u, '').replace(/[^\p{L}]/gu, ''));
}

/**
 * The words of one name that identify it in another language's spelling: capitalised, four letters
 * or more, or a word of `common` (the subject's common nouns, {@link commonNounWords}: five letters
 * or more, in any case), not an English function or common word ("World", "New" name nothing by
 * themselves).
 *
 * @example
 * ```ts
 * nameWords('Stockholm Convention'); // ['Stockholm', 'Convention']
 * nameWords('World Health Organization'); // ['Health', 'Organization']
 * nameWords('calcium oxalate', new Set(['calcium', 'oxalate'])); // ['calcium', 'oxalate']
 * ```
 */
export function nameWords(name: string, common: ReadonlySet<string> = NO_WORDS): string[] {
  const out: string[] = [];
  for (const word of nameParts(name)) {
    if (!NAME_WORD_RE.test(word) && !(COMMON_NOUN_RE.test(word) && common.has(word.toLowerCase()))) continue;
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || COMMON_WORDS.has(lower) || out.includes(word)) continue;
    out.push(word);
  }
  return out;
}

/** Names found as one pattern: a claim's subject and aliases, or one of its key terms that is a name. */
export interface NameEntry {
  /** The pattern a name found stands for (a pattern of no automaton). */
  pattern: number;
  names: readonly string[];
  /**
   * Words of `names`, in lower case, that the claim's own texts write in lower case: common nouns
   * ("myopia", "oxalate", "hyperthermia"), which French, Italian, Spanish and Portuguese write in lower
   * case too ("la miopia", "ossalato di calcio"), so they are also found so (see {@link commonNounWords}).
   */
  common?: ReadonlySet<string>;
}

/** What stands before a word inside a sentence, a space apart: a letter, a number, or `,;:'’"(-`. */
function insideSentence(point: number): boolean {
  return isLetterOrNumberPoint(point) || INSIDE_SENTENCE_SIGNS.includes(point);
}
/** `,;:'’"(-` as code points. */
const INSIDE_SENTENCE_SIGNS: readonly number[] = [0x2c, 0x3b, 0x3a, 0x27, 0x2019, 0x22, 0x28, 0x2d];

/**
 * The words of `names` (five letters or more, in lower case) that `texts` (the claim's statement,
 * correction, context and subclaims) write in lower case at least once and never capitalised inside
 * a sentence: the subject is a common noun ("Myopia is contagious ..." / "... myopia is caused by a
 * virus"), not a name, whose capital is only the sentence's.
 *
 * @example
 * ```ts
 * commonNounWords(['Myopia'], ['Myopia is contagious.', 'In 2022 myopia was said to spread.']); // Set { 'myopia' }
 * commonNounWords(['Arctic'], ['Penguins live in the Arctic.']); // Set {}
 * ```
 */
export function commonNounWords(names: readonly string[], texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const joined = texts.join('\n');
  for (const name of names) {
    for (const word of nameParts(name)) {
      const lower = word.toLowerCase();
      if (lower.length < 5 || STOPWORDS.has(lower) || COMMON_WORDS.has(lower)) continue;
      const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
      // Lower case somewhere; capitalised only where a sentence or a line starts. Literal scans, not expressions
      // built per word: each would pay V8's Unicode letter table twice (src/text/literalWord.ts).
      if (hasWholeWord(joined, lower) && !hasWordAfterSpaces(joined, capital, insideSentence)) out.add(lower);
    }
  }
  return out;
}

/**
 * The table of {@link NameWordTarget}s of `entries`. A name of one word ("Arctic", the alias
 * "Convention", the key term "Geneva") is found alone; a name of several ("Swiss Federal Railways",
 * "European Union") only when two of its words are written close together ("Unión Europea",
 * "Convenzione di Stoccolma"): one of them alone is often a word of other names ("Europa", "Internacional").
 *
 * @example
 * ```ts
 * nameWordTable([{ pattern: 42, names: ['Arctic'] }]).targets[0]!.folded; // 'arctic'
 * ```
 */
export function nameWordTable(entries: readonly NameEntry[]): NameWordTable {
  const targets: NameWordTarget[] = [];
  let id = 0;
  for (const { pattern, names, common = NO_WORDS } of entries) {
    for (const name of names) {
      const words = nameWords(name, common);
      const single = name.trim().split(/\s+/).length === 1;
      if (words.length === 0 || (!single && words.length < 2)) continue;
      words.forEach((word, w) =>
        targets.push({
          pattern,
          folded: foldLetters(word),
          key: stemKey(word),
          sound: soundForm(word).slice(0, 3),
          name: id,
          word: single ? -1 : w,
          common: common.has(word.toLowerCase()),
        }),
      );
      id++;
    }
  }
  const mask = (ts: readonly NameWordTarget[]) => ts.reduce((m, t) => m | initialMask(t.key) | (1 << (t.folded.charCodeAt(0) - 97)), 0);
  return { targets, initials: mask(targets), commonInitials: mask(targets.filter((t) => t.common)) };
}

/**
 * Whether a text word (`folded`, with its stem `key`) is the name word of `target` written another
 * language's way: a word of six letters or more with the same first letter and at most two letters
 * different ("Artico", "Arktis"), or the same stem once sounds are folded, with the same first three
 * sounds and most of the longer one's consonants ("Stoccolma", "Arctique", "Norwegen"; not "Herbst"
 * for "Erebus", "Station" for "Stonehenge"); a name of four letters only as itself. Stricter than `sameNameWord`, which compares key phrases the
 * user gave: here every capitalised word of a text is a candidate ("Para" is not "Paris").
 */
function sameName(folded: string, key: StemKey, target: NameWordTarget, german: boolean): boolean {
  const name = target.folded;
  if (folded === name) return true;
  // German writes a place's name and its kind as one word: "Baikalsee", "Suezkanal" (`isGermanPlaceKind`).
  if (german && folded.length > name.length && folded.startsWith(name) && isGermanPlaceKind(folded.slice(name.length))) return true;
  if (name.length < 5 || folded.length < 5) return false;
  // The whole name with more after it than a vowel ending ("Napoleone", "Finlandia") is another word built on
  // it: an adjective ("Africana", "Parisienne", "Japanese", "Tasmanian"), a compound ("Cambridgeshire") or a
  // longer word ("Industria" for "Indus").
  // A word of a name of several words may be such a word ("Pariser Oper"): the name's other word is found beside it.
  const alone = target.word < 0;
  if (alone && folded.startsWith(name) && !NAME_ENDING_RE.test(folded.slice(name.length))) return false;
  if (folded.length >= 6 && name.length >= 6 && oneEditApart(folded, name)) return true;
  if (folded.length >= 6 && name.length >= 6 && folded.charCodeAt(0) === name.charCodeAt(0) && editDistance(folded, name, 2) <= 2) return true;
  if (!sameStem(key, target.key) || soundForm(folded).slice(0, 3) !== target.sound) return false;
  const a = key.consonants.length;
  const b = target.key.consonants.length;
  // A word that stops before the last consonants of a name found alone is another word that begins like it
  // ("Finale" for "Finland"): it may drop one of them, an ending ("Erebo" for "Erebus"); otherwise the shorter
  // keeps three in five of the longer one's ("Norwegen" for "Norway").
  return a < b && alone ? a >= b - 1 : Math.min(a, b) * 5 >= Math.max(a, b) * 3;
}

/** What another language may add to a whole name: a vowel ending of one or two letters ("Napoleone", "Finlandia"). */
const NAME_ENDING_RE = /^[aeiou]{1,2}$/;

/** Shortest text word compared to the name words. */
const WORD_MIN = 4;

/** How far after a word of a name of several words its other word may follow (code units): "Convenzione di Stoccolma". */
const NAME_REACH = 40;

/** The next word of `text` from `k`: [start, end), or start = -1 at the end. Reused. */
const span = [0, 0];
function nextWord(text: string, k: number, limit: number): void {
  while (k < limit && !isWordCode(text.charCodeAt(k))) k++;
  span[0] = k < limit ? k : -1;
  while (k < limit && isWordCode(text.charCodeAt(k))) k++;
  span[1] = k;
}

/**
 * The words of a segment of another language that are a claim's subject name written that language's
 * way (see {@link nameWordTable}), as hits of the claim's stand-in subject pattern, appended to `sink`
 * in text order. A name is found from a word of four letters or more that starts with a capital and
 * whose first letter can match (`initials`), a subject's common noun also from a word in lower case
 * (`commonInitials`: "la miopia"); stems are remembered (`textStemKey`); only the few words after
 * such a word are read again, for a name of several words. In `german` text a name is also found as the
 * start of a compound with its kind of place ("Baikalsee", "Suezkanal").
 *
 * @example
 * ```ts
 * const table = nameWordTable([{ pattern: 7, names: ['Arctic'] }]);
 * const sink = { pat: new Int32Array(4), start: new Int32Array(4), end: new Int32Array(4), count: 0 };
 * nameWordHits("I pinguini dell'Artico.", table, sink); // sink.count === 1, sink.pat[0] === 7
 * ```
 */
export function nameWordHits(text: string, table: NameWordTable, sink: HitSink, german = false): void {
  const { targets, initials, commonInitials } = table;
  if (targets.length === 0) return;
  const length = text.length;
  let k = 0;
  let afterCapital = false;
  while (k < length) {
    nextWord(text, k, length);
    const start = span[0]!;
    if (start < 0) return;
    const gap = start - k;
    k = span[1]!;
    const code = text.charCodeAt(start);
    const capital = isCapital(code);
    // A word in lower case right after a capitalised one may go on a name its language writes so
    // ("Ferrovie federali svizzere", "Cour internationale de justice"): only names of several words.
    const inName = !capital && afterCapital && gap === 1;
    afterCapital = capital;
    // A word in lower case is otherwise compared only to a subject that is a common noun ("la miopia").
    const lower = !capital && !inName;
    if (k - start < WORD_MIN || (lower && commonInitials === 0)) continue;
    const first = foldCodeUnit(code) - 97;
    if (first < 0 || first > 25 || ((lower ? commonInitials : initials) & (1 << first)) === 0) continue;
    const word = text.slice(start, k);
    const folded = foldLetters(word);
    const key = textStemKey(word);
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t]!;
      // A capital: a name, not a word derived from it ("circolo polare artico"); a common noun in any case.
      if ((lower && !target.common) || (inName && target.word < 0 && !target.common) || !sameName(folded, key, target, german)) continue;
      if (target.word < 0) {
        pushHit(sink, target.pattern, start, k);
        continue;
      }
      // Another word of the same name among the next ones, in any case ("Corte Internacional de Justicia").
      const end = otherNameWord(text, k, Math.min(length, k + NAME_REACH), targets, target, german);
      if (end >= 0) pushHit(sink, target.pattern, start, end);
    }
  }
}

/** The end of a word in `text[from, limit)` that is another word of `target`'s name, or -1. */
function otherNameWord(text: string, from: number, limit: number, targets: readonly NameWordTarget[], target: NameWordTarget, german: boolean): number {
  let k = from;
  while (k < limit) {
    nextWord(text, k, limit);
    const start = span[0]!;
    if (start < 0) return -1;
    k = span[1]!;
    if (k - start < WORD_MIN) continue;
    const word = text.slice(start, k);
    const folded = foldLetters(word);
    const key = textStemKey(word);
    for (const other of targets) if (other.name === target.name && other.word !== target.word && sameName(folded, key, other, german)) return k;
  }
  return -1;
}
