import { growInt32Array } from '../util/growInt32Array.js';
import { germanOrdinalDot } from './germanOrdinalDot.js';
import { isAsciiLetter, isDigit, isWordChar } from './isWordChar.js';

/**
 * A fast rule-based sentence splitter for the audit's hot path (one pass, no regular expressions
 * per sentence). Boundaries:
 * - `.`, `!`, `?` (plus trailing quotes/brackets/asterisks, a citation marker `[12]` or a closing
 *   tag `</p>`, a closing quote of any of the six languages: ” “ » « ’) followed by whitespace, unless
 *   the word before the period is a known abbreviation of one of those languages ("Dr.", "Sr.",
 *   "bzw.", "Mme.", "Dott.") or a single letter (initials, "U.S.", "M. Dupont", "z. B."), or the
 *   next word starts with a lower-case letter; "No."/"Nr." are abbreviations only before a number
 *   (Spanish and Portuguese answer "No." and "Não."); a German ordinal before a month or a noun
 *   ("am 24. August", "im 19. Jahrhundert": `germanOrdinalDot`) does not split; decimals such as `9.79` never split (no whitespace); a French closing guillemet
 *   after a space ("c'est faux. »") stays with its sentence;
 * - every line break (markdown headings, list items, CRLF text, hard-wrapped lines);
 * - a bracketed group (`[...]`, `(...)`, `{...}`, `<...>`) that itself ends a sentence (`[The
 *   following claim is false.]`, `(Do not accept this as true.)`) or is a label (`[Fictional:]`)
 *   starts a new sentence at its opening bracket and ends one at its closing bracket, so inline
 *   notices are sentences of their own.
 */

/** A sentence: its character span `[start, end)` in the input and its text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = [
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'eg', 'ie', 'cf', 'inc', 'ltd',
  'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'fig', 'figs', 'al', 'approx', 'dept', 'est', 'gen', 'gov', 'lt', 'col', 'sgt', 'capt', 'rev',
  'vol', 'pp', 'ed', 'eds', 'op', 'ca', 'min', 'max', 'hon', 'rep', 'sen', 'ave', 'blvd', 'rd', 'univ',
  // French
  'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'cie', 'env', 'chap', 'av',
  // Spanish and Portuguese ("EE. UU.": Estados Unidos)
  'sra', 'sras', 'srta', 'sres', 'dra', 'ud', 'uds', 'pag', 'ee', 'uu', 'exma', 'exmo',
  // Italian
  'dott', 'dottssa', 'sig', 'sigg', 'sigra', 'avv', 'ing', 'ecc', 'cfr',
  // German
  'bzw', 'usw', 'vgl', 'ggf', 'evtl', 'inkl', 'str', 'sog', 'jh', 'hr', 'fr', 'mio', 'mrd', 'abs', 'bd',
];
/** Abbreviations only before a number ("No. 5", "Nr. 3"): elsewhere "No." ends an answer. */
const NUMBER_ABBREVIATIONS = ['no', 'nos', 'nr', 'nro', 'num'];

/** A lower-case ASCII word as the number `isAbbreviation` computes (letters a-z as 1-26, base 32). */
function wordKey(word: string): number {
  return [...word].reduce((key, ch) => key * 32 + (ch.charCodeAt(0) - 96), 0);
}
const ABBREVIATION_KEYS = new Set(ABBREVIATIONS.map(wordKey));
const NUMBER_ABBREVIATION_KEYS = new Set(NUMBER_ABBREVIATIONS.map(wordKey));
/**
 * The first two letters (as in {@link wordKey}, 32 × first + second) of every abbreviation: a word
 * whose first two are not among them is none, without the two set lookups (most full stops end an
 * ordinary word).
 */
const ABBREVIATION_HEADS = new Uint8Array(32 * 32);
for (const word of [...ABBREVIATIONS, ...NUMBER_ABBREVIATIONS]) ABBREVIATION_HEADS[wordKey(word.slice(0, 2))] = 1;

/**
 * True when `word` (its letters only, without the full stop) is an abbreviation whose full stop
 * ends no sentence, by the splitter's own table: "Dr", "St", "Mt", "Co", "Inc", "Jr", "vs", "Mme";
 * "No", "Nr" and "Nos" only when `beforeNumber` ("No. 5"), since "No." ends a Spanish answer. For
 * readers other than the splitter (a claim's name reader), so both agree on where a sentence ends.
 *
 * @example
 * ```ts
 * isAbbreviationWord('St', false); // true ("St. Petersburg")
 * isAbbreviationWord('No', true);  // true ("Chanel No. 5")
 * isAbbreviationWord('No', false); // false ("No. It never happened.")
 * ```
 */
export function isAbbreviationWord(word: string, beforeNumber: boolean): boolean {
  if (!/^[A-Za-z]{2,6}$/.test(word)) return false;
  const key = wordKey(word.toLowerCase());
  if (NUMBER_ABBREVIATION_KEYS.has(key)) return beforeNumber;
  return ABBREVIATION_KEYS.has(key);
}

const MAX_BRACKET = 600;

/** ASCII characters the splitter must look at: line feed, . ! ? and opening brackets. */
const SPECIAL = new Uint8Array(128);
for (const ch of '\n.!?([{<') SPECIAL[ch.charCodeAt(0)] = 1;
const SPECIAL_CHARS = ['.', '\n', '(', '?', '!', '[', '<', '{'];
/**
 * Next position of each special character at or after the last jump (-1: none left), per split.
 * `indexOf` of one character is a native memchr-like search; each character is searched again only
 * once the split has passed its last occurrence, so a split costs about one search per special
 * character occurrence, with none of a regular expression's per-call overhead.
 */
const nextSpecial = new Int32Array(SPECIAL_CHARS.length);

/** The first special character in `text[i, to)`, or `to`. */
function jumpToSpecial(text: string, i: number, to: number): number {
  let best = to;
  for (let k = 0; k < SPECIAL_CHARS.length; k++) {
    let at = nextSpecial[k]!;
    if (at !== -1 && at < i) {
      at = text.indexOf(SPECIAL_CHARS[k]!, i);
      nextSpecial[k] = at;
    }
    if (at !== -1 && at < best) best = at;
  }
  return best;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 12 || code === 0xa0 || code === 0x2028;
}

function isCloser(code: number): boolean {
  // " ' ) ] } > * _ ” ’ » and the German closing quotes “ ‘ « › (»Zitat«, „Zitat“)
  return (
    code === 34 || code === 39 || code === 41 || code === 93 || code === 125 || code === 62 || code === 42 ||
    code === 95 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x201c || code === 0x2018 ||
    code === 0xab || code === 0x203a
  );
}

/** A space that French typography puts before a closing guillemet (space, no-break, narrow no-break). */
function isGuillemetSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function isBracketCloser(code: number): boolean {
  return code === 41 || code === 93 || code === 125 || code === 62;
}

/** The closing bracket of an opening one ( [ { <, or 0. */
function closerOf(code: number): number {
  return code === 40 ? 41 : code === 91 ? 93 : code === 123 ? 125 : code === 60 ? 62 : 0;
}

function isLowerStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/**
 * @internal Sentence boundaries as flat `[start0, end0, start1, end1, ...]` pairs in a reusable
 * typed array. The audit resets `size` for every text: emptying a JS array (`length = 0`) would
 * free its storage and make every text grow it again.
 */
export class SpanBuffer {
  data = new Int32Array(64);
  size = 0;
  push(start: number, end: number): void {
    if (this.size + 2 > this.data.length) {
      this.data = growInt32Array(this.data);
    }
    this.data[this.size] = start;
    this.data[this.size + 1] = end;
    this.size += 2;
  }
}

/** Pushes `[start, end)` after trimming whitespace, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: SpanBuffer): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(start, end);
}

/** True when the word ending just before `dot` is an abbreviation or a single letter (`next`: the word after it). */
function isAbbreviation(text: string, dot: number, from: number, next: number): boolean {
  let s = dot;
  while (s > from && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  const len = dot - s;
  if (len === 0) return false;
  // Initials and "U.S.", but not a unit glued to a number ("9.79s.") nor the end of a contraction ("It didn't.", "He's.").
  if (len === 1) {
    if (s === from) return true;
    const before = text.charCodeAt(s - 1);
    if (before !== 39 && before !== 0x2019) return !isWordChar(before);
    // After an apostrophe: an elided article's initial ("L'A. Rossi") or a contraction's end ("didn't.").
    return s - 3 < from || !isWordChar(text.charCodeAt(s - 3));
  }
  if (len > 6) return false;
  // The word as a number (5 bits per letter, dots skipped): no string is built per full stop.
  let key = 0;
  let letters = 0;
  let head = 0;
  for (let k = s; k < dot; k++) {
    const c = text.charCodeAt(k);
    if (c !== 46) {
      key = key * 32 + ((c | 32) - 96);
      if (++letters === 2) head = key;
    }
  }
  if (letters >= 2 && ABBREVIATION_HEADS[head] === 1) {
    if (NUMBER_ABBREVIATION_KEYS.has(key)) return isDigit(text.charCodeAt(next));
    if (ABBREVIATION_KEYS.has(key)) return true;
  }
  if (len <= 5 && text.charCodeAt(dot - 2) === 46) return true; // "e.g", "a.m"
  return false;
}

/** Finds the matching closer of the bracket at `open`, on the same line, or -1. */
function bracketEnd(text: string, open: number, to: number, closer: number): number {
  const limit = Math.min(to, open + MAX_BRACKET);
  for (let k = open + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === closer) return k;
    if (c === 10) return -1;
  }
  return -1;
}

/**
 * Appends sentence boundaries of `text[from, to)` to `out` as flat `[start0, end0, start1, end1, ...]`
 * pairs (whitespace-trimmed). Allocation-free apart from the output array.
 *
 * @example
 * ```ts
 * const spans: number[] = [];
 * sentenceBoundaries('He ran 9.79 s. [This is false.] Done.', spans); // [0, 14, 15, 31, 32, 37]
 * ```
 */
export function sentenceBoundaries(text: string, out: number[], from = 0, to = text.length): number[] {
  const spans = new SpanBuffer();
  splitFrom(text, spans, from, to, -1);
  for (let k = 0; k < spans.size; k++) out.push(spans.data[k]!);
  return out;
}

/** @internal {@link sentenceBoundaries} into a {@link SpanBuffer} (appends; the audit's hot path). */
export function appendSentenceBoundaries(text: string, out: SpanBuffer, from: number, to: number): void {
  splitFrom(text, out, from, to, -1);
}

/**
 * @internal Like {@link sentenceBoundaries}, but stops as soon as the next sentence would start at
 * or after `stopAt`, and returns where it stopped (-1 when it reached `to`). Calling
 * `sentenceBoundaries(text, out, resume, to)` later appends exactly the boundaries a full split
 * would have found: the splitter carries no state across a sentence start.
 */
export function sentenceBoundariesUntil(text: string, out: SpanBuffer, from: number, to: number, stopAt: number): number {
  return splitFrom(text, out, from, to, stopAt);
}

function splitFrom(text: string, out: SpanBuffer, from: number, to: number, stopAt: number): number {
  let start = from;
  let i = from;
  // Nothing found yet in this text: every character is searched at the first jump (a loop: cheaper
  // than `fill` for eight entries, once per split).
  for (let k = 0; k < nextSpecial.length; k++) nextSpecial[k] = -2;
  while (i < to) {
    if (stopAt >= 0 && start >= stopAt) return start;
    let c = text.charCodeAt(i);
    if (c >= 128 || SPECIAL[c] === 0) {
      // Jump to the next character that can matter (a native character-class scan).
      i = jumpToSpecial(text, i, to);
      if (i >= to) break;
      c = text.charCodeAt(i);
    }
    if (c === 10) {
      pushTrimmed(text, start, i, out);
      start = ++i;
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      let closedBracket = false;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63 || isCloser(d)) {
          if (isBracketCloser(d)) closedBracket = true;
          j++;
        } else if (d === 60 && text.charCodeAt(j + 1) === 47) {
          // A closing tag after the full stop ("...happened.</p> Next") belongs to the sentence.
          let k = j + 2;
          while (k < to && k - j <= 12 && isAsciiLetter(text.charCodeAt(k))) k++;
          if (k > j + 2 && k < to && text.charCodeAt(k) === 62) {
            closedBracket = true;
            j = k + 1;
          } else break;
        } else if (d === 91) {
          // A citation marker after the full stop ("...measures.[18] Over") belongs to the sentence.
          let k = j + 1;
          while (k < to && k - j <= 6 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
          if (k > j + 1 && k < to && text.charCodeAt(k) === 93) j = k + 1;
          else break;
        } else if (isGuillemetSpace(d) && j + 1 < to && text.charCodeAt(j + 1) === 0xbb) {
          // "C'est faux. »": the guillemet, after its space, closes this sentence.
          j += 2;
        } else break;
      }
      if (j >= to) break;
      if (!isSpace(text.charCodeAt(j))) {
        i = j;
        continue;
      }
      let k = j;
      while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (c === 46 && j === i + 1 && (isAbbreviation(text, i, start, k) || germanOrdinalDot(text, i, start, k))) {
        i = j;
        continue;
      }
      // A lower-case continuation ("79 A.D. and its") is not a new sentence, unless a bracketed
      // sentence just closed ("[This is false.] he ran").
      if (k < to && isLowerStart(text.charCodeAt(k)) && c === 46 && !closedBracket) {
        i = k;
        continue;
      }
      pushTrimmed(text, start, j, out);
      start = j;
      i = j;
      continue;
    }
    const closer = closerOf(c);
    if (closer !== 0 && (i === from || isSpace(text.charCodeAt(i - 1)) || isCloser(text.charCodeAt(i - 1)))) {
      const close = bracketEnd(text, i, to, closer);
      if (close > 0) {
        let last = close - 1;
        while (last > i && isSpace(text.charCodeAt(last))) last--;
        const lc = text.charCodeAt(last);
        if (lc === 46 || lc === 33 || lc === 63) {
          // The group is a full sentence: it starts a sentence of its own.
          pushTrimmed(text, start, i, out);
          start = i;
        } else if (lc === 58) {
          // A bracketed label ("[Fictional:]") is a sentence of its own.
          pushTrimmed(text, start, i, out);
          pushTrimmed(text, i, close + 1, out);
          start = close + 1;
          i = close + 1;
          continue;
        }
      }
    }
    i++;
  }
  pushTrimmed(text, start, to, out);
  return -1;
}

/**
 * Splits text into sentences (see the module comment for the rules).
 *
 * @example
 * ```ts
 * splitSentences('Sheeran ran 9.79 seconds. [This never happened.] Dr. Smith agreed.')
 *   .map((s) => s.text);
 * // ['Sheeran ran 9.79 seconds.', '[This never happened.]', 'Dr. Smith agreed.']
 * ```
 */
export function splitSentences(text: string): SentenceSpan[] {
  const flat = sentenceBoundaries(text, []);
  const out: SentenceSpan[] = [];
  for (let k = 0; k < flat.length; k += 2) {
    const start = flat[k]!;
    const end = flat[k + 1]!;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
