/**
 * Scope rules of the scanner: how far a negation or a frame reaches inside a sentence, and where
 * a sentence "opens". Pure functions over a sentence's text (no scanner state), so each rule can
 * be read and tested on its own. The word lists are English; they decide scope, not cues.
 */
import { isWordCode } from '../../text/ahoCorasick.js';
import { isDigit } from '../../text/isWordChar.js';
import { hasLetter } from '../../text/letterTests.js';

/** Maximum distance (characters) from a negating determiner ("no") to the key term it negates. */
export const DETERMINER_REACH = 25;
/** Longest gap between a subject and its negated auxiliary ("Sheeran has never", "Vesuvius did not"). */
export const SUBJECT_NEGATION_GAP = 12;
/** Longest apposition between a subject and its negated auxiliary ("Sheeran, a British musician, was not"). */
export const APPOSITION_REACH = 60;
/** Longest clause a predicate negation ("did not") is assumed to scope over. */
export const CLAUSE_REACH = 150;
/** Maximum distance from a reported-speech frame ("claiming that") to the claim's subject or key term. */
export const ATTRIBUTION_REACH = 80;
/** Maximum distance from a bare reporting verb ("an article claims") to the claim's subject. */
export const REPORT_REACH = 20;
/** Sentences at the start and end of a segment that count as its opening/closing. */
export const FRAMING_REGION_SENTENCES = 3;
/** Most words a constituent "not" scopes over. */
export const CONSTITUENT_WORDS = 4;
/** How far into a sentence (after brackets, quotes, markup) an opening cue may start. */
const OPENING_SLACK = 4;
/** Longest markup tag skipped at the start of a sentence (`<DOCTAG>`, `<p>`) when looking for its opening. */
const MAX_LEADING_TAG = 32;

/** Words after which a bare "not" negates the verb phrase of its clause ("was not", "could not"). */
const AUXILIARIES = new Set([
  'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'ought', 'need', 'dare', 'it\'s', 'that\'s',
]);
/** Adverbs allowed between an auxiliary and "not" ("has still not", "was reportedly not"). */
const NOT_ADVERBS = new Set(['still', 'also', 'just', 'certainly', 'yet', 'even', 'actually', 'simply', 'definitely', 'surely']);
/** Words that end the phrase a constituent "not" negates ("not previously designated | as ..."). */
const PHRASE_BREAKS = new Set([
  'as', 'in', 'on', 'at', 'since', 'for', 'by', 'with', 'from', 'of', 'to', 'into', 'during', 'after', 'before',
  'than', 'and', 'but', 'or', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'until',
]);

/** A code unit that belongs to a word for scope purposes: a letter or digit, or an in-word apostrophe or hyphen ("n't", "it's", "high-risk"). */
function inWord(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || isWordCode(code);
}

/**
 * The cue at `position` opens the sentence starting at `sStart`: within {@link OPENING_SLACK}
 * characters of its start, or of the end of a leading markup tag ("<DOCTAG>Disclaimer: ...").
 */
export function opensSentence(text: string, sStart: number, position: number): boolean {
  if (position - sStart <= OPENING_SLACK) return true;
  let start = sStart;
  // Skip leading tags (and whitespace after them); only reached when the cue is further in.
  while (text.charCodeAt(start) === 60) {
    const limit = Math.min(position, start + MAX_LEADING_TAG);
    let k = start + 1;
    while (k < limit && text.charCodeAt(k) !== 62 && text.charCodeAt(k) !== 60 && text.charCodeAt(k) !== 10) k++;
    if (k >= limit || text.charCodeAt(k) !== 62) return false;
    start = k + 1;
    while (start < position && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  }
  return start > sStart && position - start <= OPENING_SLACK;
}

/** Most words a genre may follow and still head its sentence ("A short story ...", "Aus dem Drehbuch ..."). */
export const HEAD_WORDS = 2;
/** How far into a line its head genre is looked for (code units). */
export const HEAD_SPAN = 64;
/** Subject pronouns: a sentence opening with one is about someone, not a heading ("He read a short story"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  `i he she we they you it je il elle nous vous ils elles on io lui lei noi voi loro yo él ella nosotros ellos ellas eu ele ela nós eles elas ich er sie wir ihr es`.split(' '),
);

/**
 * The word at `position` heads the sentence starting at `sStart`: at most {@link HEAD_WORDS} words before
 * it, the first not a subject pronoun ("Case study for ...", "Kids' bedtime story", "Aus dem Drehbuch",
 * but not "He read a short story on the plane").
 *
 * @example
 * ```ts
 * headsSentence('A short story for the anthology.', 0, 8); // true
 * ```
 */
export function headsSentence(text: string, sStart: number, position: number): boolean {
  let words = 0;
  let first = '';
  let i = sStart;
  while (i < position) {
    while (i < position && !inWord(text.charCodeAt(i))) i++;
    if (i >= position) break;
    const start = i;
    while (i < position && (inWord(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i++;
    if (++words > HEAD_WORDS) return false;
    if (words === 1) first = text.slice(start, i).toLowerCase();
  }
  return !SUBJECT_PRONOUNS.has(first);
}

/**
 * The word ending at or before `end` (skipping spaces, not before `floor`), lower-cased, and where it
 * starts; an empty word where anything else stands before it. Apostrophes and hyphens belong to the word.
 *
 * @example
 * ```ts
 * wordBefore('since the ban', 9, 0); // ['the', 6]
 * ```
 */
export function wordBefore(text: string, end: number, floor: number): [string, number] {
  let e = end;
  while (e > floor && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > floor && inWord(text.charCodeAt(b - 1))) b--;
  return [text.slice(b, e).toLowerCase().replace(/\u2019/g, "'"), b];
}

/** The word starting at or after `from` (skipping non-word characters), lower-cased, and where it ends. */
export function wordAfter(text: string, from: number, stop: number): [string, number] {
  let i = from;
  while (i < stop && !inWord(text.charCodeAt(i))) i++;
  let j = i;
  while (j < stop && inWord(text.charCodeAt(j))) j++;
  return [text.slice(i, j).toLowerCase(), j];
}

function isAdverb(word: string): boolean {
  return NOT_ADVERBS.has(word) || word === 'previously' || (word.length > 4 && word.endsWith('ly'));
}

/** The bare "not" at `start` follows an auxiliary ("could not", "has still not"). */
export function notAfterAuxiliary(text: string, start: number, sStart: number): boolean {
  let [word, at] = wordBefore(text, start, sStart);
  if (isAdverb(word)) [word, at] = wordBefore(text, at, sStart);
  return AUXILIARIES.has(word) || word.endsWith("n't");
}

/** End of the clause starting at `from`: the next , ; : . ! ? or bracket (not a digit group comma). */
export function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46) {
      if (isDigit(text.charCodeAt(i + 1))) continue; // 3,430 or 9.79
      return i;
    }
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 91 || c === 10) return i;
  }
  return limit;
}

/** Start of the clause that ends at or after `to`: just after the previous , ; : . ! ? or bracket, at most {@link CLAUSE_REACH} back, never before `floor`. */
export function clauseStart(text: string, to: number, floor: number): number {
  const limit = Math.max(floor, to - CLAUSE_REACH);
  for (let i = to - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46) {
      if (isDigit(text.charCodeAt(i + 1))) continue;
      return i + 1;
    }
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 10) return i + 1;
  }
  return limit;
}

/**
 * Where the scope of a bare "not" starting at `start` ends. After an auxiliary ("was not", "could
 * not", "has still not") or anywhere but before a participle it scopes over its clause ("..., not
 * training for the Olympic track"). Before a participle with no auxiliary it is a reduced relative
 * clause modifying a noun ("areas not previously designated as high-risk zones in pre-eruption
 * maps", "a magnitude not witnessed since Pompeii"): it negates only the participle phrase, up to
 * {@link CONSTITUENT_WORDS} words and stopping at a preposition or conjunction, not the clause.
 */
export function bareNotScopeEnd(text: string, start: number, end: number, sStart: number): number {
  const stop = clauseEnd(text, end);
  if (notAfterAuxiliary(text, start, sStart)) return stop;
  let [next, i] = wordAfter(text, end, stop);
  if (isAdverb(next)) [next, i] = wordAfter(text, i, stop);
  if (!(next.length > 3 && (next.endsWith('ed') || next.endsWith('en')))) return stop;
  for (let words = 1; i < stop && words < CONSTITUENT_WORDS; words++) {
    const [following, j] = wordAfter(text, i, stop);
    if (following.length === 0) break;
    if (PHRASE_BREAKS.has(following)) return i;
    i = j;
  }
  return i;
}

/** Words that negate the qualifier right after them ("not a hoax", "non-fiction", "kein Fake", "pas faux"). */
const QUALIFIER_NEGATIONS = new Set(['not', 'non', 'no', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'pas', 'não']);
/** Articles between such a negation and the qualifier ("not a hoax", "kein einziger"). */
const ARTICLES = new Set(['a', 'an', 'un', 'une', 'ein', 'eine', 'einen', 'uno', 'una', 'um', 'uma']);

/**
 * The explicit qualifier starting at `start` is itself negated: a "non-" prefix ("non-fiction", "non-fictional")
 * or a negation right before it, past one article ("not a hoax", "no fake", "kein Fake", "n'est pas faux"). It
 * affirms what it is about instead of qualifying it ("This non-fiction book tells how ..."). `portuguese`: "no"
 * is "in the" there ("no mito").
 *
 * @example
 * ```ts
 * negatedQualifier('A non-fiction account', 6, 0, false); // true
 * negatedQualifier('A work of fiction', 10, 0, false); // false
 * ```
 */
export function negatedQualifier(text: string, start: number, sStart: number, portuguese: boolean): boolean {
  // Most cues follow a word that is none of these: decide on the word's length before building it (hot path).
  if (start - 4 >= sStart && text.charCodeAt(start - 1) === 45) {
    return (
      (text.charCodeAt(start - 4) | 32) === 110 && (text.charCodeAt(start - 3) | 32) === 111 && (text.charCodeAt(start - 2) | 32) === 110 &&
      (start - 5 < sStart || !inWord(text.charCodeAt(start - 5)))
    );
  }
  let word = shortWordBefore(text, start, sStart);
  if (word !== null && ARTICLES.has(word)) word = shortWordBefore(text, start - word.length - 1, sStart);
  if (word === null || (word === 'no' && portuguese)) return false;
  return QUALIFIER_NEGATIONS.has(word) || word.endsWith("n't");
}

/** The word tables {@link negatedQualifier} reads, for a test that checks it against a plain reading of every word. */
export const QUALIFIER_WORDS = { QUALIFIER_NEGATIONS, ARTICLES } as const;

/**
 * ASCII code units that can open a word of {@link QUALIFIER_NEGATIONS} or {@link ARTICLES} once lower-cased (either
 * case of each first letter): an ASCII code unit lower-cases to an ASCII letter only from that letter's two cases, and
 * a word opening with any other code unit (or ending in "n't") is read whole.
 */
const QUALIFIER_STARTS = (() => {
  const starts = new Uint8Array(128);
  for (const word of [...QUALIFIER_NEGATIONS, ...ARTICLES]) {
    for (const letter of [word[0]!, word[0]!.toUpperCase()]) if (letter.charCodeAt(0) < 128) starts[letter.charCodeAt(0)] = 1;
  }
  return starts;
})();

/** Longest word {@link negatedQualifier} looks at ("keinen", "wasn't", "didn't"). */
const SHORT_WORD = 7;

/**
 * The word right before `end` (one space between), lower-cased, when at most {@link SHORT_WORD} code units long and
 * possibly a negation or an article ({@link QUALIFIER_STARTS}, or ending in "n't" or "n’t"); else null.
 */
function shortWordBefore(text: string, end: number, floor: number): string | null {
  if (end - 1 < floor || text.charCodeAt(end - 1) !== 32) return null;
  const e = end - 1;
  let b = e;
  while (b > floor && e - b <= SHORT_WORD && inWord(text.charCodeAt(b - 1))) b--;
  if (b === e || e - b > SHORT_WORD || (b > floor && inWord(text.charCodeAt(b - 1)))) return null;
  // Most explicit cues follow a word that is neither ("is false", "was fabricated"): it is told by its code units,
  // not cut and lower-cased (read before every explicit cue of an analysed sentence).
  const first = text.charCodeAt(b);
  if (first < 128 && QUALIFIER_STARTS[first] === 0 && !endsInNtCodes(text, b, e)) return null;
  const word = text.slice(b, e).toLowerCase();
  // A typographic apostrophe ("wasn’t") is read as a straight one; most words have none (no regular expression call then).
  return word.includes('\u2019') ? word.replace(/\u2019/g, "'") : word;
}

/** `text[b, e)` ends in "n't" or "n’t", in either case (as its lower case, the typographic apostrophe read as "'", does). */
function endsInNtCodes(text: string, b: number, e: number): boolean {
  if (e - b < 3) return false;
  const apostrophe = text.charCodeAt(e - 2);
  return (text.charCodeAt(e - 1) | 32) === 116 && (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(e - 3) | 32) === 110;
}

/**
 * Where the `count`-th word after `from` ends (before `stop`), skipping spaces and punctuation; no
 * allocation (read for every negation of a claim that says something is gone).
 *
 * @example
 * ```ts
 * wordsEnd("there's no first class to upgrade to", 10, 36, 2); // 22
 * ```
 */
export function wordsEnd(text: string, from: number, stop: number, count: number): number {
  let i = from;
  for (let n = 0; n < count && i < stop; n++) {
    while (i < stop && !inWord(text.charCodeAt(i))) i++;
    while (i < stop && inWord(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Start of the clause holding `position`: {@link clauseStart}, or just after a dash ("It melted away in 2020 — by September ..."). */
export function dashClauseStart(text: string, position: number, floor: number): number {
  const from = clauseStart(text, position, floor);
  for (let k = position - 1; k > from; k--) if (text.charCodeAt(k) === 0x2014 || text.charCodeAt(k) === 0x2013) return k + 1;
  return from;
}

/** End of the clause starting at `from`: {@link clauseEnd}, or a dash. */
export function dashClauseEnd(text: string, from: number): number {
  const to = clauseEnd(text, from);
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x2014 || text.charCodeAt(k) === 0x2013) return k;
  return to;
}

/** Code units skipped when looking for what precedes a word: spaces, quotes, emphasis, bullets, opening brackets. */
function isLeadIn(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 34 || code === 39 || code === 42 || code === 95 || code === 40 || code === 91 ||
    code === 0x201c || code === 0x2018 || code === 0xab || code === 0xbf || code === 0xa1 || code === 0x2022 || code === 45 ||
    code === 0x2013 || code === 0x2014
  );
}

/**
 * The word at `start` opens its clause: nothing but quotes, emphasis or bullets lies between it and the
 * start of the sentence (leading markup tags skipped) or a clause break (, ; : —). "No eruption of
 * Mount Vesuvius occurred", "Crucially, no one was killed", "**CHEN:** Nobody was killed".
 */
export function opensClause(text: string, start: number, sStart: number): boolean {
  if (opensSentence(text, sStart, start)) return true;
  let i = start - 1;
  while (i >= sStart && isLeadIn(text.charCodeAt(i))) i--;
  if (i < sStart) return true;
  const c = text.charCodeAt(i);
  if (c === 44 || c === 59 || c === 58 || c === 10 || c === 62 || c === 0x2014) return true;
  // A coordinating conjunction after a clause break opens a clause of its own (", and no land bridge connects ...",
  // ", mais aucun ...", ", und kein ..."): the determiner after it opens that clause.
  const [word, wordStart] = wordBefore(text, i + 1, sStart);
  if (!CLAUSE_CONJUNCTIONS.test(word.toLowerCase())) return false;
  let k = wordStart - 1;
  while (k >= sStart && text.charCodeAt(k) === 32) k--;
  const b = text.charCodeAt(k);
  return k >= sStart && (b === 44 || b === 59 || b === 58 || b === 0x2014);
}

/** Coordinating conjunctions that open a clause after a comma, six languages. */
const CLAUSE_CONJUNCTIONS = /^(?:and|but|so|yet|or|et|mais|ou|donc|e|ed|ma|o|quindi|y|pero|und|aber|oder|doch|mas)$/;

/** Connectives that add to or draw a consequence from the clause before ("..., and if you don't vote", "..., so he won't pay"), six languages. */
const ADDING_CONNECTIVES = /^(?:and|so|hence|thus|therefore|et|donc|e|ed|quindi|y|así|und|also|daher|então|portanto)$/;

/**
 * The clause that starts at `clause` (see {@link clauseStart}) opens with a connective that adds to
 * the clause before it or draws a consequence from it ("..., and if you don't vote ...", "..., so
 * your son won't pay ..."): what it negates is a further fact, not the statement before it. A
 * contrast ("..., but it was not finished") is the other case: it may deny what came before.
 */
export function opensWithAddingConnective(text: string, clause: number, sEnd: number): boolean {
  const [word] = wordAfter(text, clause, Math.min(sEnd, clause + 16));
  return ADDING_CONNECTIVES.test(word);
}

/**
 * Subordinators that open a clause about a person or a reason, six languages: a relative "who" ("fines people who
 * don't vote") and "because" ("was shut down because there was no longer enough oil", "parce que", "perché",
 * "poiché", "porque", "weil"). A negation in such a clause negates that clause, not the one it hangs on. Not "which",
 * "ce qui", "il che", "lo que": they may stand for the whole clause before them ("..., which never happened"); nor
 * "that", "que", "che", "dass", which as often open what a verb of saying says.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(['who', 'whom', 'chi', 'quien', 'quienes', 'wer', 'quem', 'because', 'parce', 'perché', 'poiché', 'porque', 'weil']);
/** The first letters of {@link SUBORDINATORS} as bits of a mask ("a" is bit 0), and their shortest and longest lengths. */
const SUBORDINATOR_LETTERS = [...SUBORDINATORS].reduce((mask, w) => mask | (1 << (w.charCodeAt(0) - 97)), 0);
const SUBORDINATOR_MIN = Math.min(...[...SUBORDINATORS].map((w) => w.length));
const SUBORDINATOR_MAX = Math.max(...[...SUBORDINATORS].map((w) => w.length));
/** Most words between a subordinator and the negation in its clause ("because there was no ..."). */
const SUBORDINATE_WORDS = 2;

/**
 * Where the subordinate clause (see {@link SUBORDINATORS}) that holds the negation at `position` starts: its
 * subordinator stands at most {@link SUBORDINATE_WORDS} words before the negation, in the same clause (no comma or
 * other mark between); -1 when none does.
 *
 * @example
 * ```ts
 * subordinateStart('It fines people who do not vote.', 23, 0); // 16 ("who")
 * subordinateStart('It did not fine people.', 7, 0); // -1
 * ```
 */
export function subordinateStart(text: string, position: number, floor: number): number {
  let end = position;
  for (let words = 0; words <= SUBORDINATE_WORDS; words++) {
    let e = end;
    while (e > floor && text.charCodeAt(e - 1) === 32) e--;
    if (e === end && words > 0) return -1;
    let b = e;
    while (b > floor && inWord(text.charCodeAt(b - 1))) b--;
    if (b === e) return -1;
    // Read only a word of their lengths that opens as one of them does: no copy of the others.
    const first = (text.charCodeAt(b) | 32) - 97;
    if (e - b >= SUBORDINATOR_MIN && e - b <= SUBORDINATOR_MAX && first >= 0 && first < 26 && (SUBORDINATOR_LETTERS & (1 << first)) !== 0 && SUBORDINATORS.has(text.slice(b, e).toLowerCase())) return b;
    end = b;
  }
  return -1;
}

/** Connectives that end the scope of a clause-opening negation: what follows is a clause of its own. */
const SCOPE_BREAKS = /^(?:but|while|whereas|although|though|yet|so|because|since|and then|ma|mais|pero|aber|mas|doch)$/;

/**
 * Where the scope of a negating determiner ("no", "nessun", "aucun", "kein") starting at `start` and
 * ending at `end` ends. A determiner that opens its clause negates that clause, through a list of
 * noun phrases ("No ash plume, SO2 signature, or thermal anomaly consistent with eruptive activity
 * was detected at Mount Vesuvius"), up to a ; : ! ? or bracket, or a comma followed by a connective
 * ("No one died, but ..."). Elsewhere it negates the noun phrase right after it: at most
 * {@link DETERMINER_REACH} characters, never past the end of its clause ("there's nothing to find:
 * Netflix shut down ..." does not negate the claim after the colon).
 */
export function determinerScopeEnd(text: string, start: number, end: number, sStart: number, sEnd: number): number {
  if (!opensClause(text, start, sStart)) return Math.min(end + DETERMINER_REACH, clauseEnd(text, end));
  const limit = Math.min(sEnd, end + CLAUSE_REACH);
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 91 || c === 10) return i;
    if (c === 46 && !isDigit(text.charCodeAt(i + 1))) return i;
    if (c === 44) {
      const [next] = wordAfter(text, i + 1, limit);
      if (SCOPE_BREAKS.test(next)) return i;
    }
  }
  return limit;
}

/** How many words after a negating preposition ("senza", "sans", "sin", "sem", "ohne") its object may start in. */
export const OBJECT_WORDS = 2;

/** The word after a "non-" prefix is one of existence ("non-existent", "non-existing"): it denies the noun it modifies. */
const EXISTENT_RE = /^exist/i;

/**
 * Where the object of a negating preposition ending at `end` ends: {@link OBJECT_WORDS} words after it, never
 * past its clause. "Without" negates the noun phrase it takes ("senza alcuna eruzione", "sans éruption"), not
 * what follows it ("la multa per chi viene fermato senza è di mille corone" does not negate the fine).
 * A prefix (a cue ending in "-") makes one word with what it negates, and negates that word only: the noun it
 * modifies keeps its sense ("the non-negotiable shutdown", "non-stop flights" are a shutdown and flights; twenty-first
 * session), unless the word denies that the noun exists ("the non-existent 2015 eruption").
 *
 * @example
 * ```ts
 * objectScopeEnd("l'anno è passato senza alcuna eruzione del Vesuvio", 22, 50); // 38 (the end of "eruzione")
 * objectScopeEnd('the non-stop eruption', 8, 21); // 12 (the end of "stop")
 * ```
 */
export function objectScopeEnd(text: string, end: number, sEnd: number): number {
  if (text.charCodeAt(end - 1) === 45 && !EXISTENT_RE.test(text.slice(end, end + 5))) return wordsEnd(text, end, sEnd, 1);
  return wordsEnd(text, end, Math.min(sEnd, clauseEnd(text, end)), OBJECT_WORDS);
}

/** The cue ending at `end` is followed by "that" and a clause ("It is false that ..."). */
export function followedByThat(text: string, end: number, sEnd: number): boolean {
  let i = end;
  while (i < sEnd && text.charCodeAt(i) === 32) i++;
  if (i + 5 > sEnd || i === end) return false;
  return (
    (text.charCodeAt(i) | 32) === 116 &&
    (text.charCodeAt(i + 1) | 32) === 104 &&
    (text.charCodeAt(i + 2) | 32) === 97 &&
    (text.charCodeAt(i + 3) | 32) === 116 &&
    text.charCodeAt(i + 4) === 32
  );
}

/** The sentence ends with a question mark (before closing brackets, quotes, markup). */
export function endsWithQuestion(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    // Closing brackets, quotes (also French « ... ? »), emphasis and the space before a French closing quote.
    if (c !== 41 && c !== 93 && c !== 125 && c !== 62 && c !== 34 && c !== 39 && c !== 42 && c !== 0x201d && c !== 0xbb && c !== 0x203a && c !== 32 && c !== 0xa0 && c !== 0x202f) {
      return false;
    }
  }
  return false;
}

/**
 * "Did you know ...?" in the six languages: a question that tells, not asks ("Sabiam que a Nova
 * Zelândia tornou o voto obrigatório?", "wusstet ihr, dass ...?").
 */
const TELLING_QUESTION_RE =
  /(?<!\p{L})(?:did you know|saviez-vous|savais-tu|tu savais|vous saviez|lo sapevi|lo sapevate|sapevi che|sapevate che|sabías que|sabíais que|sabias que|sabia que|sabiam que|wusstest du|wusstet ihr|wussten sie|schon gewusst)(?!\p{L})/iu;

/** The question in `text[start, end)` opens with "did you know" (or its form in another language) before `before`. */
export function tellingQuestion(text: string, start: number, before: number): boolean {
  return TELLING_QUESTION_RE.test(text.slice(start, before));
}

/**
 * The first year (1000–2100) in `text[from, to)` that is not in `years`, or -1: a sentence dated to
 * another year is about another event ("its last eruption in March 1944").
 */
export function otherYearIn(text: string, from: number, to: number, years: readonly number[]): number {
  for (let i = from; i + 4 <= to; i++) {
    const c = text.charCodeAt(i);
    // An ancient year with its era ("79 AD", "79 CE", "217 BC", "79 d.C.", "43 n. Chr."): another event than a modern claim.
    if (c === 32 && mayStartEra(text, i + 1)) {
      const era = eraYear(text, from, i, to);
      if (era >= 0 && !years.includes(era)) return era;
    }
    if (c !== 49 && c !== 50) continue; // years 1xxx / 2xxx
    if (i > from && isDigit(text.charCodeAt(i - 1))) continue;
    if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) continue;
    if (i + 4 < to && isDigit(text.charCodeAt(i + 4))) continue;
    const year = (c - 48) * 1000 + (text.charCodeAt(i + 1) - 48) * 100 + (text.charCodeAt(i + 2) - 48) * 10 + (text.charCodeAt(i + 3) - 48);
    if (year >= 1000 && year <= 2100 && !years.includes(year)) return year;
  }
  return -1;
}

/**
 * Collects into `out` every value of four digits starting with 1 or 2 in `text[from, to)`, digits
 * around it or not, and returns how many there are, or -1 when there are more than `out` holds or
 * an era (" AD", " CE", " BC", or a letter and a full stop after a space: " d.C.", " n. Chr.", " J.-C.")
 * occurs. A superset of what {@link otherYearIn} can find in any part
 * of the range: when every value is one of a claim's years, `otherYearIn` finds nothing there.
 */
export function yearCandidates(text: string, from: number, to: number, out: Int32Array): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // The eras of the other languages: a letter and a full stop after a space, then "C", a space or a
    // hyphen ("d.C.", "n. Chr.", "J.-C."); read at the full stop.
    if (c === 46) {
      if (i - 2 >= from && i + 1 < to && text.charCodeAt(i - 2) === 32 && isEraLetter(text.charCodeAt(i - 1)) && isEraFollower(text.charCodeAt(i + 1))) return -1;
      continue;
    }
    // A value, an era or such a full stop starting at i + 1 or i + 2 (or a value or an English era at
    // i) covers the code unit at i + 2: a digit, a space, one of "ABCDE", or the "C", space or hyphen
    // after an era's full stop. Anything else there (mostly a lower-case letter) rules them out.
    if (i + 2 < to) {
      const ahead = text.charCodeAt(i + 2);
      if (ahead > 69 || (ahead > 57 && ahead < 65) || (ahead < 48 && ahead !== 32 && ahead !== 46 && ahead !== 45)) {
        i += 2;
        continue;
      }
    }
    if (c > 50) continue;
    if (c === 32) {
      const a = text.charCodeAt(i + 1);
      const b = text.charCodeAt(i + 2);
      if (i + 4 <= to && ((a === 65 && b === 68) || (a === 67 && b === 69) || (a === 66 && b === 67))) return -1;
      continue;
    }
    if (i + 4 > to || (c !== 49 && c !== 50)) continue;
    const d1 = text.charCodeAt(i + 1) - 48;
    const d2 = text.charCodeAt(i + 2) - 48;
    const d3 = text.charCodeAt(i + 3) - 48;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9 || d3 < 0 || d3 > 9) continue;
    if (count === out.length) return -1;
    out[count++] = (c - 48) * 1000 + d1 * 100 + d2 * 10 + d3;
  }
  return count;
}

/**
 * An era after a year, as the six languages write it: "AD", "CE", "BC", "BCE"; "d.C."/"a.C." (Italian,
 * Spanish, Portuguese; also "d. C."), "n. Chr."/"v. Chr." (German), "apr. J.-C."/"av. J.-C." (French).
 */
const ERA_RE = /^(?:(?:AD|CE|BCE?)(?![A-Za-z])|[ad]\. ?C\.|[nv]\. ?Chr\.|(?:apr|av)\. ?J\.-C\.)/;

/** The letter before the first full stop of an era of the other languages: a, d, n, v ("a.C.", "d.C.", "n. Chr.", "v. Chr.") or J ("J.-C."). */
function isEraLetter(code: number): boolean {
  return code === 97 || code === 100 || code === 110 || code === 118 || code === 74;
}

/** What follows that full stop in an era: "C" ("d.C."), a space ("n. Chr.") or a hyphen ("J.-C."). */
function isEraFollower(code: number): boolean {
  return code === 67 || code === 32 || code === 45;
}

/** The code unit at `at` can start an era (see {@link ERA_RE}): A, B or C, or a, d, n or v before a full stop, or French "ap"/"av". */
function mayStartEra(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  if (a === 65 || a === 66 || a === 67) return true;
  if (a !== 97 && a !== 100 && a !== 110 && a !== 118) return false;
  const b = text.charCodeAt(at + 1);
  return b === 46 || (a === 97 && (b === 112 || b === 118));
}

/** The number before an era (see {@link ERA_RE}) at `space` (1–4 digits), or -1. */
function eraYear(text: string, from: number, space: number, to: number): number {
  if (!ERA_RE.test(text.slice(space + 1, Math.min(to, space + 12)))) return -1;
  let start = space;
  while (start > from && space - start < 4 && isDigit(text.charCodeAt(start - 1))) start--;
  if (start === space || (start > from && /[\d.,]/.test(text.charAt(start - 1)))) return -1;
  return Number(text.slice(start, space));
}

/** Longest line that can be a notice by its shape (a title, an opening or closing line, a bracketed line). */
export const SHAPE_NOTICE_LENGTH = 200;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/**
 * The sentence `[sStart, sEnd)` is a line of its own at the start or end of the text (a title, an
 * opening or closing line; a leading `<DOCTAG>`-style tag is skipped), or a whole bracketed line:
 * the shape of a notice about the document.
 */
export function edgeLine(text: string, sStart: number, sEnd: number): boolean {
  if (sEnd - sStart > SHAPE_NOTICE_LENGTH) return false;
  let after = sEnd;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  if (after < text.length && text.charCodeAt(after) !== 10) return false;
  let before = sStart;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  if (before > 0 && text.charCodeAt(before - 1) !== 10 && text.charCodeAt(before - 1) !== 62) return false;
  const open = text.charCodeAt(sStart);
  const close = text.charCodeAt(sEnd - 1);
  if ((open === 91 && close === 93) || (open === 40 && close === 41) || (open === 123 && close === 125)) return true;
  // First line (after markup) or last line of the text.
  let head = 0;
  while (head < sStart && (isSpace(text.charCodeAt(head)) || text.charCodeAt(head) === 10)) head++;
  if (text.charCodeAt(head) === 60) {
    while (head < sStart && text.charCodeAt(head) !== 62) head++;
    head++;
    while (head < sStart && (isSpace(text.charCodeAt(head)) || text.charCodeAt(head) === 10)) head++;
  }
  if (head >= sStart) return true;
  let tail = after;
  while (tail < text.length && (isSpace(text.charCodeAt(tail)) || text.charCodeAt(tail) === 10)) tail++;
  return tail >= text.length;
}

/**
 * The sentence `[sStart, sEnd)` is the title or heading of its text: its whole first line (after
 * leading whitespace and markup tags), other text after it, and no full stop, exclamation or question
 * mark at its end ("THE ORBITAL ONION — satire, not news", "Hypothetical scenario for the mock exam"),
 * or a colon that introduces what follows ("Transcript of a spam email, with made-up science:").
 * Returns {@link TITLE_NONE}, {@link TITLE_HEADING}, {@link TITLE_INTRODUCES} or {@link TITLE_SENTENCE}.
 */
export function openingTitle(text: string, sStart: number, sEnd: number): number {
  if (sEnd - sStart > SHAPE_NOTICE_LENGTH || textHead(text, sStart) < sStart) return TITLE_NONE;
  let after = sEnd;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  if (after >= text.length || text.charCodeAt(after) !== 10) return TITLE_NONE;
  let breaks = 0;
  while (after < text.length && (isSpace(text.charCodeAt(after)) || text.charCodeAt(after) === 10)) {
    if (text.charCodeAt(after) === 10) breaks++;
    after++;
  }
  if (after >= text.length) return TITLE_NONE;
  let last = sEnd - 1;
  while (last > sStart && isSpace(text.charCodeAt(last))) last--;
  const end = text.charCodeAt(last);
  if (end === 58) return TITLE_INTRODUCES;
  if (end === 33 || end === 63) return TITLE_NONE;
  if (end !== 46) return TITLE_HEADING;
  // A short paragraph of one sentence may be a heading with a full stop ("Unverified, source: a travel
  // forum.", "From a children's book — an invented story."), or the first sentence of a story.
  return breaks >= 2 && sEnd - sStart <= SHORT_HEADING_LENGTH ? TITLE_SENTENCE : TITLE_NONE;
}

/** Longest one-sentence opening paragraph that can be a heading although it ends with a full stop. */
const SHORT_HEADING_LENGTH = 120;
/** How far into a {@link TITLE_SENTENCE} its cue may start and still open it ("Invented story for a workshop."). */
export const HEADING_CUE_OPENING = 24;

/**
 * A {@link TITLE_SENTENCE} is a heading when its cue opens it (see {@link HEADING_CUE_OPENING}) or when it
 * is made of parts, as headings are: a dash, colon, parenthesis or middle dot between them ("From a
 * children's book – an invented story."); "The rumours about his training were a distraction." is a story's first sentence.
 */
export function headingParts(text: string, sStart: number, sEnd: number): boolean {
  for (let k = sStart; k < sEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2014 || c === 0x2013 || c === 58 || c === 40 || c === 0xb7) return true;
  }
  return false;
}

/** {@link openingTitle}: not a title. */
export const TITLE_NONE = 0;
/** {@link openingTitle}: a heading without final punctuation. */
export const TITLE_HEADING = 1;
/** {@link openingTitle}: a first line ending with a colon, which introduces the text after it. */
export const TITLE_INTRODUCES = 2;
/** {@link openingTitle}: a short opening paragraph of one sentence with a full stop (see {@link headingParts}). */
export const TITLE_SENTENCE = 3;

/** The line starting at `start` comes right after the text's first line, a title (no full stop, at most {@link SHAPE_NOTICE_LENGTH}). */
function afterTitle(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10)) end--;
  if (end === 0 || end === start) return false;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (textHead(text, lineStart) < lineStart || end - lineStart > SHAPE_NOTICE_LENGTH) return false;
  const close = text.charCodeAt(end - 1);
  return close !== 46 && close !== 33 && close !== 63;
}

/** Longest opening or closing paragraph that can be a notice by its shape (a few short sentences). */
export const PARAGRAPH_NOTICE_LENGTH = 320;

/** First position after the leading whitespace and markup tags (`<DOCTAG>`) of a text, up to `limit`. */
function textHead(text: string, limit: number): number {
  let head = 0;
  while (head < limit && (isSpace(text.charCodeAt(head)) || text.charCodeAt(head) === 10)) head++;
  while (head < limit && text.charCodeAt(head) === 60) {
    const close = text.indexOf('>', head);
    if (close < 0 || close >= limit) return head;
    head = close + 1;
    while (head < limit && (isSpace(text.charCodeAt(head)) || text.charCodeAt(head) === 10)) head++;
  }
  return head;
}

/** End of the line holding position `from` (the next line break, or the end of the text). */
export function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * The sentence `[sStart, sEnd)` is too far from both ends of the text for its line to be the opening
 * or closing paragraph, whatever the line ({@link edgeParagraph} answers at once). For any other
 * sentence, `edgeParagraph` depends only on the sentence's line: every sentence on it gets the same answer.
 */
export function farFromEdges(text: string, sStart: number, sEnd: number): boolean {
  return sStart > PARAGRAPH_NOTICE_LENGTH + 64 && text.length - sEnd > PARAGRAPH_NOTICE_LENGTH + 64;
}

/**
 * Start of the line holding `[sStart, sEnd)` when that line is the opening or the closing paragraph
 * of a text with other lines (after leading markup; at most {@link PARAGRAPH_NOTICE_LENGTH} long):
 * the shape of a note about the text ("The text below was copied from a forum. We could not verify
 * it."), or -1. Cheap when the sentence is far from both ends: it returns at once.
 */
export function edgeParagraph(text: string, sStart: number, sEnd: number): number {
  if (farFromEdges(text, sStart, sEnd)) return -1;
  const start = text.lastIndexOf('\n', sStart - 1) + 1;
  const end = lineEnd(text, sEnd);
  if (end - start > PARAGRAPH_NOTICE_LENGTH) return -1;
  let tail = end;
  while (tail < text.length && (isSpace(text.charCodeAt(tail)) || text.charCodeAt(tail) === 10)) tail++;
  const last = tail >= text.length;
  // The first paragraph, or the one right after a title ("MINUTES — Model Parliament\n\nThese minutes ...").
  const first = textHead(text, start) >= start || afterTitle(text, start);
  // The paragraph must not be the whole text: a one-line record is a document, not a note about one.
  if (first === last) return -1;
  return start;
}

/** Longest short question after a statement that asks whether it holds ("Is that true?", "Ha ragione?", "Stimmt das?"). */
const TAG_QUESTION = 40;

/**
 * Where a short question right after `from` ends (after its "?"), or -1: a question of at most
 * {@link TAG_QUESTION} characters on the same line, with no sentence end before it ("My uncle says the
 * Louvre sold the Mona Lisa. Is that true?", "Un collega dice che ... Ha ragione?"). It asks whether the
 * statement before it holds, so an answer "No" denies that statement.
 *
 * @example
 * ```ts
 * tagQuestionEnd('He says it was sold. Is that true?', 20); // 34
 * tagQuestionEnd('He says it was sold. It hangs in Paris.', 20); // -1
 * ```
 * `question`: the first "?" at or after `from` (-1: none), when the caller knows it (see `ScanState.questionAfter`).
 */
export function tagQuestionEnd(text: string, from: number, question = text.indexOf('?', from)): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const limit = Math.min(text.length, i + TAG_QUESTION);
  // Without a question mark in reach there is no question (most statements): nothing to read.
  if (question < 0 || question >= limit) return -1;
  for (let k = i; k <= question; k++) {
    const c = text.charCodeAt(k);
    if (c === 63) return k + 1;
    if (c === 46 || c === 33 || c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Answer particles that deny a yes/no question ("No.", "Nein,", "Non !", "Não.", "Nope"), six languages. */
const DENYING_PARTICLES = new Set(['no', 'nope', 'nah', 'nein', 'non', 'não']);
/** Longest label skipped before an answer ("Answer:", "Verdict :", "Risposta:"). */
const ANSWER_LABEL = 16;

/** A code unit that may close an answer particle: punctuation or a line break ("No.", "Nein,", "Non !", "No —"). */
function closesParticle(code: number): boolean {
  return (
    code === 46 || code === 44 || code === 33 || code === 59 || code === 58 || code === 10 || code === 13 ||
    code === 0x2014 || code === 0x2013 || code === 45 || code === 41
  );
}

/**
 * A denying answer opens `text[from, to)`, after spaces, line breaks, quotes, emphasis and one short
 * label ("Answer:", "Verdict :"; unless `label` is false): a particle closed by punctuation or the
 * end of its line ("No.", "Nein, ...", "Non !"). It denies the claim a question right before it
 * restates ("Did SpaceX buy the ISS? No."); a particle that goes on as a word ("No one knows", "No
 * Brasil ..." in Portuguese) is no answer; a short negated clause is one ("It hasn't.", "Não foi.", "Das stimmt
 * nicht.", see `shortDenialEnd`; unless `short` is false). ("Yes." is not read: "If 3,430 people had died, would
 * USGS know? Yes." answers another question than the claim's.) Writes the particle's span to `at`.
 */
export function denyingAnswer(text: string, from: number, to: number, at: Int32Array, label = true, short = true): boolean {
  let i = from;
  for (let labels = label ? 0 : 1; labels < 2; labels++) {
    while (i < to && (isLeadIn(text.charCodeAt(i)) || isLineSpace(text.charCodeAt(i)))) i++;
    let j = i;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    if (j === i) return false;
    // Emphasis and quotes may close the particle first ("**No.**", "« Non ! »"), and French puts a space before "!".
    let k = j;
    while (k < to && isClosingMark(text.charCodeAt(k))) k++;
    if (k + 1 < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f) && closesParticle(text.charCodeAt(k + 1))) k++;
    const close = k >= to ? 10 : text.charCodeAt(k);
    // A hyphen right after the word makes it a prefix ("Non-vets are ..."), not a particle closed by a dash.
    // The word is cut and lower-cased only when it is closed so: the sentence after every claim sentence is
    // asked (`deniedReport`), and its first word rarely is.
    if (closesParticle(close) && !(close === 45 && k === j) && DENYING_PARTICLES.has(text.slice(i, j).toLowerCase())) {
      at[0] = i;
      at[1] = j;
      return true;
    }
    const clause = short ? shortDenialEnd(text, i, to) : -1;
    if (clause > 0) {
      at[0] = i;
      at[1] = clause;
      return true;
    }
    // One short label before the answer ("Answer:", "Verdict :", "Risposta:").
    if (labels > 0 || close !== 58 || j - i > ANSWER_LABEL) return false;
    i = k + 1;
  }
  return false;
}

/**
 * Some code unit of `text[from, to)` closes a short answer clause (`closesParticle`, or a question mark, which makes
 * it a question): where none does and the text goes on past `to`, no short negated clause (`shortDenialEnd`) ends
 * within `text[from, to)`, nor a verdict (`verdictClause` in deniedReport.ts, whose sentence marks are among these).
 *
 * @example
 * ```ts
 * answerClauseCloses('It hasn\'t. The crews', 0, 20); // true (the full stop)
 * answerClauseCloses('The committee met on Tuesday', 0, 20); // false
 * ```
 */
export function answerClauseCloses(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // As in shortDenialEnd: every such mark is below 64 or a dash at 0x2013-0x2014.
    if (code > 63 && code < 0x2013) continue;
    if (closesParticle(code) || code === 63) return true;
  }
  return false;
}

/** Most words of a short negated answer ("It hasn't.", "Não foi.", "Das stimmt nicht.", "Ce n'est pas le cas."). */
const SHORT_DENIAL_WORDS = 5;
/** Words that negate a short answer clause, six languages ("no" is not one: "No one knows", "No Brasil, ..."). */
const ANSWER_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'nicht', 'nie', 'niemals', 'pas', 'jamais', 'non', 'mai', 'não', 'nunca']);
/**
 * Words that make a negated answer say a state ended ("Not any more.", "Ya no.", "Nicht mehr.", "Plus maintenant.",
 * "Non più.", "Já não."): to a question whether it still holds, that asserts a change instead of denying one.
 */
const ENDED_WORDS: ReadonlySet<string> = new Set(['more', 'longer', 'anymore', 'ya', 'mehr', 'plus', 'più', 'más', 'já', 'mais']);
const ANSWER_WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Where a short negated clause that opens `text[from, to)` ends, or -1: at most
 * {@link SHORT_DENIAL_WORDS} words with a negation among them, closed by punctuation or the end of its
 * line ("It hasn't, actually.", "They don't:", "Não foi.", "Não procede.", "Das stimmt nicht."). As an
 * answer it says the question's clause does not hold without repeating its words, as "No." does.
 */
function shortDenialEnd(text: string, from: number, to: number): number {
  let end = from;
  // Every code unit that closes a clause is below 64 or a dash at 0x2013-0x2014: letters are passed with two comparisons.
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (code > 63 && code < 0x2013) continue;
    if (closesParticle(code) || code === 63) break;
  }
  if (end >= to && to < text.length) return -1;
  if (end < text.length && text.charCodeAt(end) === 63) return -1;
  // A hyphen inside a word ("well-known") closes no clause; only a spaced dash does.
  if (end < text.length && text.charCodeAt(end) === 45 && end > 0 && text.charCodeAt(end - 1) !== 32) return -1;
  ANSWER_WORD_RE.lastIndex = from;
  let words = 0;
  let negated = false;
  for (let m = ANSWER_WORD_RE.exec(text); m !== null && m.index < end; m = ANSWER_WORD_RE.exec(text)) {
    const word = m[0].toLowerCase();
    if (++words > SHORT_DENIAL_WORDS || ENDED_WORDS.has(word)) return -1;
    if (ANSWER_NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t') || word.startsWith("n'") || word.startsWith('n’')) negated = true;
  }
  return negated && words >= 2 ? end : -1;
}

/** Spaces and line breaks, skipped before an answer particle. */
function isLineSpace(code: number): boolean {
  return code === 10 || code === 13 || code === 62 || isSpace(code);
}

/** Emphasis and closing quotes right after an answer particle ("**No**.", "Non »"). */
function isClosingMark(code: number): boolean {
  return code === 42 || code === 95 || code === 34 || code === 0x201d || code === 0xbb;
}

/** Pronouns that stand for a whole claim in an elliptical denial ("it did not", "they never did"). */
const ELLIPSIS_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'that', 'this', 'which', 'we']);
/** A clause that ends by denying the kind of thing the clause before it says ("...; the records show nothing of the kind."). */
const DENIAL_OF_KIND_RE = /\bnothing of the (?:kind|sort)\W*$/i;
/** The clause ending at `to` ends with a word ending in "d" or "t" ("kind", "sort"): checked before the expression (hot path). */
function endsWithKind(text: string, to: number): boolean {
  let e = to;
  while (e > 0 && !isWordCode(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1) | 32;
  return last === 100 || last === 116;
}
/** Words that may open such a clause ("but it did not", "no, it didn't"). */
const ELLIPSIS_OPENERS = new Set(['but', 'yet', 'and', 'though', 'no', 'nope']);

/**
 * The clause `text[from, to)` is an elliptical denial: a pronoun and a negated auxiliary with nothing
 * after them ("...; it did not.", "..., but they never did", "— it wasn't"), or a clause ending with
 * "nothing of the kind" ("...; the acreage data show nothing of the kind."): it negates the clause
 * before it in its sentence, whose verb it stands for ("A common mix-up holds that New Zealand made
 * voting compulsory in 2020; it did not."). English only: other languages say it with explicit cues
 * ("ce n'est pas le cas", "das stimmt nicht").
 */
export function ellipticalDenial(text: string, from: number, to: number): boolean {
  if (endsWithKind(text, to) && DENIAL_OF_KIND_RE.test(text.slice(from, to))) return true;
  let [word, i] = wordAfter(text, from, to);
  if (ELLIPSIS_OPENERS.has(word)) [word, i] = wordAfter(text, i, to);
  if (word === 'no' || word === 'nope') [word, i] = wordAfter(text, i, to);
  if (!ELLIPSIS_PRONOUNS.has(word)) return false;
  let negated = false;
  let auxiliary = false;
  for (let words = 0; words < 3; words++) {
    const [next, j] = wordAfter(text, i, to);
    if (next.length === 0) break;
    if (next === 'not' || next === 'never') negated = true;
    else if (next.endsWith("n't") || next.endsWith('n\u2019t')) {
      negated = true;
      auxiliary = true;
    } else if (AUXILIARIES.has(next)) auxiliary = true;
    else return false;
    i = j;
  }
  if (!negated || !auxiliary) return false;
  // Nothing but punctuation, quotes or emphasis after it.
  const [rest] = wordAfter(text, i, to);
  return rest.length === 0;
}

/** Words right after a negation that make it a cessation ("nicht mehr", "kein Fahrpreis mehr", "non ... più", "ne ... plus", "no ... más"). */
const CESSATION_AFTER = new Set(['mehr', 'più', 'plus', 'más']);
/** Words before a negation that make it a cessation ("ya no", "já não"). */
const CESSATION_BEFORE = new Set(['ya', 'já']);
/** Words after "mehr", "più", "plus", "más" that make them a comparison ("nicht mehr als", "non più di"), not a cessation. */
const COMPARISON_AFTER = new Set(['als', 'di', 'del', 'della', 'dei', 'degli', 'delle', 'che', 'de', 'que', 'than']);
/** How many words after the negation its cessation word may come ("Harvard non fa più pagare"). */
const CESSATION_WORDS = 4;

/**
 * The negation at `text[start, end)` says that something stopped: "not ... anymore", "not ... any
 * longer", German "nicht mehr" / "kein ... mehr", Italian "non ... più", French "ne ... plus",
 * Spanish "ya no" / "no ... más", Portuguese "já não", within its clause (up to `stop`). It denies
 * that a former state goes on, so it states a change ("Harvard non fa più pagare la retta").
 */
export function cessationNegation(text: string, start: number, end: number, sStart: number, stop: number): boolean {
  const [before] = wordBefore(text, start, sStart);
  if (CESSATION_BEFORE.has(before)) return true;
  let i = end;
  let previous = '';
  for (let words = 0; i < stop; words++) {
    const [word, j] = wordAfter(text, i, stop);
    if (word.length === 0) return false;
    // English puts it at the end of the clause ("does not charge fares on its routes anymore / any longer").
    if (word === 'anymore' || (word === 'longer' && previous === 'any')) return true;
    if (words < CESSATION_WORDS && CESSATION_AFTER.has(word)) {
      const [next] = wordAfter(text, j, stop);
      return !COMPARISON_AFTER.has(next);
    }
    previous = word;
    i = j;
  }
  return false;
}

/** Longest tag that opens a sentence in brackets ("[SATIRE]", "(Fiction)"). */
const TAG_LENGTH = 30;
/** Longest heading of a note in brackets before its colon ("Correção do formador", "Note added by the editor"). */
const BRACKET_HEADING_LENGTH = 48;

/**
 * The cue at `cue` stands in a note set apart inside the sentence `[sStart, sEnd)`, not in the sentence's
 * own words: a short bracketed tag opening the sentence, followed by the sentence ("[SATIRE] Iceland wins
 * the banana crown"), or a bracketed note with a heading and a colon ("... served pink [Trainer's
 * correction: this is wrong ...]", "(Nota del editor: falso)"). Such a note speaks about the sentence, as
 * the same note on a line of its own would.
 *
 * @example
 * ```ts
 * const text = '[SATIRE] Iceland wins the banana crown';
 * bracketNote(text, 0, 1, text.length); // true
 * ```
 */
export function bracketNote(text: string, sStart: number, cue: number, sEnd: number): boolean {
  let open = -1;
  for (let k = cue - 1; k >= sStart; k--) {
    const c = text.charCodeAt(k);
    if (c === 93 || c === 41) return false;
    if (c === 91 || c === 40) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  const closer = text.charCodeAt(open) === 91 ? ']' : ')';
  const close = text.indexOf(closer, cue);
  // A markdown link ("[Snopes rating: False](https://...)", "[here](https://.../hoax)") is no note.
  if ((closer === ')' && open > 0 && text.charCodeAt(open - 1) === 93) || (closer === ']' && close >= 0 && text.charCodeAt(close + 1) === 40)) return false;
  // A tag: the bracket opens the sentence (after markup), holds a few words and the sentence goes on after it.
  let head = sStart;
  while (head < open && (text.charCodeAt(head) === 32 || text.charCodeAt(head) === 42 || text.charCodeAt(head) === 35 || text.charCodeAt(head) === 10)) head++;
  if (head === open && close >= 0 && close < sEnd && close - open <= TAG_LENGTH && hasLetter(text.slice(close + 1, sEnd))) return true;
  // A note after the sentence's own words (a bracketed sentence of its own is a sentence, placed as such):
  // a heading of words only, then a colon (the cue in the heading, "[Correction: ...", or after it).
  if (head === open) return false;
  const stop = Math.min(close >= 0 && close < sEnd ? close : sEnd, open + 1 + BRACKET_HEADING_LENGTH + 1);
  for (let k = open + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return k > open + 1;
    if (c === 44 || c === 46 || c === 59 || c === 34 || c === 0x201c || c === 0xab || c === 10) return false;
  }
  return false;
}

/** A colon that separates two parts of a sentence: not inside a number or a time ("9:79", "10:30") or an address ("https://"). */
function partColon(text: string, i: number): boolean {
  return text.charCodeAt(i) === 58 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) && text.charCodeAt(i + 1) !== 47;
}

/**
 * The first colon of `text[from, to)` that separates two parts of a sentence (see {@link colonPart}), or -1.
 *
 * @example
 * ```ts
 * firstPartColon('At 10:30: the doors opened.', 0, 27); // 8
 * ```
 */
export function firstPartColon(text: string, from: number, to: number): number {
  for (let i = text.indexOf(':', from); i >= 0 && i < to; i = text.indexOf(':', i + 1)) if (partColon(text, i)) return i;
  return -1;
}

/**
 * The part of the sentence `[sStart, sEnd)` that holds `position`, between the colons around it, as
 * `[start, end]` written to `out`; returns false when the sentence has no colon. A colon joins two
 * statements ("Audiences never saw it that way: Warner struck only black-and-white prints"): a negation
 * in one of them governs that one only.
 *
 * @example
 * ```ts
 * const out = new Int32Array(2);
 * colonPart('Nobody forgets 2021: the Lloyd\'s was nationalised.', 0, 51, 3, out); // true, out = [0, 19]
 * ```
 * `firstColon`: where to start looking, when no part colon lies before it (the sentence's first, see {@link firstPartColon}).
 */
export function colonPart(text: string, sStart: number, sEnd: number, position: number, out: Int32Array, firstColon = sStart): boolean {
  let start = sStart;
  let end = sEnd;
  let any = false;
  // No part colon lies before `firstColon` (a caller that knows the sentence's first one skips to it).
  for (let i = firstColon < sStart ? sStart : firstColon; i < sEnd; i++) {
    if (!partColon(text, i)) continue;
    any = true;
    if (i < position) start = i + 1;
    else {
      end = i;
      break;
    }
  }
  out[0] = start;
  out[1] = end;
  return any;
}

/** Fewest words a note's line must hold before it for the note to correct a statement beside it. */
const NOTE_AFTER_WORDS = 5;

/**
 * The sentence `[sStart, sEnd)` is a bracketed note of its own with a heading ("[Correction: the Court
 * never moved.]", "(Correction, added after publication: ...)") after a statement on its line, or a later sentence
 * of such a note ("[Correction: this was printed in error. The Court never moved.]": a note's scope is its
 * bracket): a note added beside the text, not the text's own words. A negation in it corrects what the text says
 * beside it (the paper's corrected condition), where the same negation in the text's own sentence would negate the
 * claim locally.
 *
 * @example
 * ```ts
 * const text = 'It sits in Geneva. [Correction: no, it never moved.]';
 * correctionNote(text, 19, text.length); // true
 * const later = 'It sits in Geneva. [Correction: this is wrong. It never moved.]';
 * correctionNote(later, 47, later.length); // true: the note's second sentence
 * ```
 */
export function correctionNote(text: string, sStart: number, sEnd: number): boolean {
  let open = sStart;
  while (open < sEnd && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 42 || text.charCodeAt(open) === 10 || text.charCodeAt(open) === 9)) open++;
  const c = text.charCodeAt(open);
  if (c !== 91 && c !== 40) {
    // A later sentence of a note: the bracket opened earlier on the line and not closed before the sentence.
    open = openBracketBefore(text, sStart);
    if (open < 0) return false;
  }
  // It follows a statement of the text on its line ("Since 2021 it has sat in Geneva. [Correction: ...]"), not a
  // title ("Club notes. [Correction: ...]"): with nothing stated before it, the note is the text's own negation.
  const line = text.lastIndexOf('\n', open - 1) + 1;
  if (wordsEnd(text, line, open, NOTE_AFTER_WORDS) >= open) return false;
  const stop = Math.min(open < sStart ? text.length : sEnd, open + 1 + BRACKET_HEADING_LENGTH + 1);
  for (let k = open + 1; k < stop; k++) {
    const h = text.charCodeAt(k);
    // ... and what follows the heading is the note's own words, not a quoted title ("[Link to the article: \"...\"]").
    if (h === 58) return k > open + 1 && hasLetter(text.slice(open + 1, k)) && !/^\s*["“„«'‘]/u.test(text.slice(k + 1, k + 4));
    if (h === 46 || h === 59 || h === 34 || h === 0x201c || h === 0xab || h === 10 || h === 93 || h === 41) return false;
  }
  return false;
}

/**
 * Farthest a note's opening bracket is read back from a later sentence of the note: its heading sentence and one
 * more ("[Correction: this sentence was printed in error. ..."); a bracket farther back opens a passage, not a note.
 */
const NOTE_REACH = 240;

/** The "[" or "(" opened before `at` on its line (at most {@link NOTE_REACH} back) and not closed before it, or -1. */
function openBracketBefore(text: string, at: number): number {
  let depth = 0;
  const floor = Math.max(0, at - NOTE_REACH);
  for (let k = at - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1;
    if (c === 93 || c === 41) depth++;
    else if (c === 91 || c === 40) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}
