import type { Claim } from '../claims/claim.js';
import { InvalidArgumentError } from '../errors.js';
import { COMMON_WORDS, IRREGULAR_FORMS, stemWord } from '../claims/englishWords.js';
import { createAhoCorasick, type AhoPattern } from '../text/ahoCorasick.js';
import { appendSentenceBoundaries, sentenceBoundariesUntil, SpanBuffer } from '../text/splitSentences.js';
import { DEFAULT_CUES, LABEL_KIND, type CueDefinition, type CueRole } from './cueBank.js';
import type { QualifierKind, TextSegment } from './types.js';
import { QUALIFIER_KINDS } from './vocabulary.js';

/**
 * The audit's single pass: one Aho–Corasick automaton holds every claim term and every qualifier
 * cue; a record's segments are scanned once, sentence boundaries are computed only for segments
 * with hits, and each sentence with hits is classified as a claim mention (with its local
 * qualifier, if any) and/or a notice sentence ("[The following claim is false.]").
 *
 * Mention rule (documented in docs/accuracy.md):
 * - with the subject (or an alias) in the sentence: key-term weight >= 1, or key weight + 0.5 ×
 *   context terms >= 1.5, or >= 3 context terms;
 * - without it, when the subject occurs elsewhere in the same segment (anaphora: "The eruption ..."):
 *   key weight >= 2, or key weight >= 1 with key weight + 0.5 × context terms >= 2.5;
 * - a sentence that points at another sentence ("the following claim", "what was just stated") is
 *   a notice about its neighbour, never a mention.
 * Key-term weight: 1 per distinct statement term; 0.5 for common words, years and 1–2 digit numbers.
 */

const T_SUBJECT = 0;
const T_KEY = 1;
const T_CONTEXT = 2;
const T_CUE = 3;

const ROLE_CODES: Record<CueRole, number> = {
  strong: 0,
  weak: 1,
  determiner: 8,
  soft: 2,
  attribution: 3,
  pointer: 4,
  deixis: 5,
  demonstrative: 6,
  label: 7,
  address: 9,
  report: 10,
  referent: 11,
  hearsay: 12,
  opening: 13,
  idiom: 14,
  anaphor: 15,
  truthRef: 16,
};
const R_STRONG = 0;
const R_WEAK = 1;
const R_SOFT = 2;
const R_ATTR = 3;
const R_POINTER = 4;
const R_DEIXIS = 5;
const R_DEMO = 6;
const R_LABEL = 7;
const R_DET = 8;
const R_ADDR = 9;
const R_REPORT = 10;
const R_REFERENT = 11;
const R_HEARSAY = 12;
const R_OPENING = 13;
const R_IDIOM = 14;
const R_ANAPHOR = 15;
const R_TRUTH = 16;
/** How far into a sentence (after brackets, quotes, markup) an opening cue may start. */
const OPENING_SLACK = 4;
/** Longest markup tag skipped at the start of a sentence (`<DOCTAG>`, `<p>`) when looking for its opening. */
const MAX_LEADING_TAG = 32;

/**
 * The cue at `position` opens the sentence starting at `sStart`: within {@link OPENING_SLACK}
 * characters of its start, or of the end of a leading markup tag ("<DOCTAG>Disclaimer: ...").
 */
function opensSentence(text: string, sStart: number, position: number): boolean {
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
/** Most words a constituent "not" scopes over. */
export const CONSTITUENT_WORDS = 4;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45 || c >= 0xc0;
}

/** The word ending at or before `end` (skipping spaces), lower-cased, and where it starts. */
function wordBefore(text: string, end: number, floor: number): [string, number] {
  let e = end;
  while (e > floor && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > floor && isWordCode(text.charCodeAt(b - 1))) b--;
  return [text.slice(b, e).toLowerCase().replace(/\u2019/g, "'"), b];
}

/** The bare "not" at `start` follows an auxiliary ("could not", "has still not"). */
function notAfterAuxiliary(text: string, start: number, sStart: number): boolean {
  let [word, at] = wordBefore(text, start, sStart);
  if (isAdverb(word)) [word, at] = wordBefore(text, at, sStart);
  return AUXILIARIES.has(word) || word.endsWith("n't");
}

/** The word starting at or after `from` (skipping non-word characters), lower-cased, and where it ends. */
function wordAfter(text: string, from: number, stop: number): [string, number] {
  let i = from;
  while (i < stop && !isWordCode(text.charCodeAt(i))) i++;
  let j = i;
  while (j < stop && isWordCode(text.charCodeAt(j))) j++;
  return [text.slice(i, j).toLowerCase(), j];
}

function isAdverb(word: string): boolean {
  return NOT_ADVERBS.has(word) || word === 'previously' || (word.length > 4 && word.endsWith('ly'));
}

/**
 * Where the scope of a bare "not" starting at `start` ends. After an auxiliary ("was not", "could
 * not", "has still not") or anywhere but before a participle it scopes over its clause ("..., not
 * training for the Olympic track"). Before a participle with no auxiliary it is a reduced relative
 * clause modifying a noun ("areas not previously designated as high-risk zones in pre-eruption
 * maps", "a magnitude not witnessed since Pompeii"): it negates only the participle phrase, up to
 * {@link CONSTITUENT_WORDS} words and stopping at a preposition or conjunction, not the clause.
 */
function bareNotScopeEnd(text: string, start: number, end: number, sStart: number): number {
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

const F_CLAIM = 1;
const F_STRONG = 2;
const F_POINTER = 4;
const F_WEAK = 8;

/** Maximum distance (characters) from a negating determiner ("no") to the key term it negates. */
export const DETERMINER_REACH = 25;
/** Longest gap between a subject and its negated auxiliary ("Sheeran has never", "Vesuvius did not"). */
export const SUBJECT_NEGATION_GAP = 12;
/** Longest apposition between a subject and its negated auxiliary ("Sheeran, a British musician, was not"). */
export const APPOSITION_REACH = 60;
/** Longest clause a predicate negation ("did not") is assumed to scope over. */
export const CLAUSE_REACH = 150;

/** End of the clause starting at `from`: the next , ; : . ! ? or bracket (not a digit group comma). */
function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46) {
      const next = text.charCodeAt(i + 1);
      if (next >= 48 && next <= 57) continue; // 3,430 or 9.79
      return i;
    }
    if (c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 91 || c === 10) return i;
  }
  return limit;
}
/** The cue ending at `end` is followed by "that" and a clause ("It is false that ..."). */
function followedByThat(text: string, end: number, sEnd: number): boolean {
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
/** Maximum distance from a reported-speech frame ("claiming that") to the claim's subject or key term. */
export const ATTRIBUTION_REACH = 80;
/** Maximum distance from a bare reporting verb ("an article claims") to the claim's subject. */
export const REPORT_REACH = 20;
/** Sentences at the start and end of a segment that count as its opening/closing. */
export const FRAMING_REGION_SENTENCES = 3;

/** A qualifier cue located in a record. */
export interface ScanCue {
  kind: QualifierKind;
  segment: number;
  start: number;
  end: number;
}

/** A sentence of a record that mentions a claim. */
export interface RawMention {
  claim: number;
  segment: number;
  /** Index of the sentence within its segment. */
  sentence: number;
  start: number;
  end: number;
  score: number;
  /** The sentence names the subject (or an alias); false for anaphoric mentions ("The eruption ..."). */
  explicit: boolean;
  /** The cue inside the sentence that qualifies the claim, if any. */
  local: ScanCue | null;
  /**
   * How surely `local` negates the claim: 1 for explicit cues ("false", "hoax", "the claim that") and
   * a negated subject ("Sheeran did not ..."); 0.5 for a generic negation elsewhere in the clause
   * ("a magnitude not witnessed since ... Pompeii"); 0 without a local cue.
   */
  localStrength: number;
}

/** A notice sentence: a qualifier about something else (a neighbour sentence, the document). */
export interface RawNotice {
  segment: number;
  sentence: number;
  start: number;
  end: number;
  cue: ScanCue;
  /** Points at a neighbouring sentence ("the following", "what was just stated"). */
  pointer: boolean;
  /** Refers to the document or claim ("this article", "the narrative", a label such as "RETRACTION:"). */
  documentLevel: boolean;
  /** In the first/last {@link FRAMING_REGION_SENTENCES} sentences of its segment. */
  region: boolean;
  /** Only a generic negation ("not") next to a pointer: enough for adjacency, too weak to report alone. */
  weak: boolean;
}

/** What one record's scan found. */
export interface RecordScan {
  mentions: RawMention[];
  notices: RawNotice[];
}

/** Options of {@link createRecordScanner}. */
export interface RecordScannerOptions {
  /** Extra cues added to the built-in bank. */
  extraCues?: readonly CueDefinition[];
  /** Replace the built-in cue bank entirely. */
  cues?: readonly CueDefinition[];
}

/** A compiled scanner for a fixed set of claims and cues. */
export interface RecordScanner {
  readonly claims: readonly Claim[];
  scan(segments: readonly TextSegment[]): RecordScan;
  /** Like `scan`, but refills `out` (emptied first) to spare allocations on hot paths. */
  scanInto(segments: readonly TextSegment[], out: RecordScan): RecordScan;
}

interface TermSpec {
  claim: number;
  type: number;
  weight: number;
  /** A key term with a digit (year, time, count). */
  numeric?: boolean;
  patterns: AhoPattern[];
}

function endsWithQuestion(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c !== 41 && c !== 93 && c !== 125 && c !== 62 && c !== 34 && c !== 39 && c !== 42 && c !== 0x201d) return false;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const ALPHA_RE = /^\p{L}+$/u;

/** Patterns for one claim term: stems for long words, literal text otherwise (never a regex). */
function termPatterns(term: string, stemmed: boolean): AhoPattern[] {
  const trimmed = term.trim();
  if (!trimmed) return [];
  const lower = trimmed.toLowerCase();
  if (ALPHA_RE.test(trimmed)) {
    const patterns: AhoPattern[] = [];
    if (stemmed && trimmed.length >= 4) {
      const stem = trimmed.length >= 5 ? stemWord(trimmed) : lower;
      patterns.push({ text: stem, rightBoundary: false });
    } else {
      patterns.push({ text: trimmed });
      if (!lower.endsWith('s')) patterns.push({ text: `${trimmed}s` });
    }
    for (const form of IRREGULAR_FORMS[lower] ?? []) patterns.push({ text: form });
    return patterns;
  }
  return [{ text: trimmed }];
}

function keyTermWeight(term: string): number {
  const lower = term.trim().toLowerCase();
  if (COMMON_WORDS.has(lower)) return 0.5;
  if (/^\d{1,2}$/.test(lower)) return 0.5;
  if (/^\d{4}$/.test(lower)) {
    const year = Number(lower);
    if (year >= 1000 && year <= 2100) return 0.5;
  }
  return 1;
}

const KIND_INDEX = new Map(QUALIFIER_KINDS.map((kind, index) => [kind, index]));
/** When one sentence has cues of several kinds, the most specific is reported (correction last). */
const KIND_PRIORITY: readonly number[] = QUALIFIER_KINDS.map((kind) =>
  ['negation', 'fiction', 'unreliable-source', 'low-probability', 'malicious-behavior', 'uncertainty', 'correction'].indexOf(kind),
);

/**
 * Compiles claims and cues into one automaton and returns a record scanner (the engine behind
 * `createAuditor` and `createClaimMatcher`, so both share one notion of a mention).
 *
 * @example
 * ```ts
 * const scanner = createRecordScanner([claim]);
 * const { mentions, notices } = scanner.scan([{ index: 0, role: 'document', text }]);
 * ```
 */
export function createRecordScanner(claims: readonly Claim[], options: RecordScannerOptions = {}): RecordScanner {
  const cues = [...(options.cues ?? DEFAULT_CUES), ...(options.extraCues ?? [])];
  const terms: TermSpec[] = [];
  claims.forEach((claim, index) => {
    const names = [claim.subject ?? claim.statement, ...claim.aliases];
    terms.push({
      claim: index,
      type: T_SUBJECT,
      weight: 1,
      patterns: names.flatMap((name) => termPatterns(name, !name.includes(' ') && claim.subject !== undefined && /^\p{Ll}/u.test(name))),
    });
    for (const term of claim.keyTerms) {
      terms.push({
        claim: index,
        type: T_KEY,
        weight: keyTermWeight(term),
        numeric: /\d/.test(term),
        patterns: termPatterns(term, true),
      });
    }
    for (const term of claim.contextTerms) {
      terms.push({ claim: index, type: T_CONTEXT, weight: 0.5, patterns: termPatterns(term, true) });
    }
  });

  const patterns: AhoPattern[] = [];
  const pType: number[] = [];
  const pOwner: number[] = []; // term index (claims) or cue index (cues)
  terms.forEach((term, index) => {
    for (const pattern of term.patterns) {
      patterns.push(pattern);
      pType.push(term.type);
      pOwner.push(index);
    }
  });
  cues.forEach((cue, index) => {
    const pattern: AhoPattern = { text: cue.text };
    if (cue.leftBoundary !== undefined) pattern.leftBoundary = cue.leftBoundary;
    if (cue.rightBoundary !== undefined) pattern.rightBoundary = cue.rightBoundary;
    patterns.push(pattern);
    pType.push(T_CUE);
    pOwner.push(index);
  });
  const automaton = createAhoCorasick(patterns);
  const patType = Uint8Array.from(pType);
  const patOwner = Int32Array.from(pOwner);
  const termClaim = Int32Array.from(terms.map((t) => t.claim));
  const termWeight = Float64Array.from(terms.map((t) => t.weight));
  const termNumeric = Uint8Array.from(terms.map((t) => (t.numeric ? 1 : 0)));
  const claimYears: number[][] = claims.map((claim) =>
    claim.keyTerms.filter((t) => /^\d{4}$/.test(t.trim())).map(Number).filter((y) => y >= 1000 && y <= 2100),
  );
  const cueRole = Uint8Array.from(cues.map((c) => ROLE_CODES[c.role]));
  /** Cues that begin some idiom ("not" of "not just", "false" of "false start"): only these need idiomAt(). */
  const idiomTexts = cues.filter((c) => c.role === 'idiom').map((c) => c.text.toLowerCase());
  const cueStartsIdiom = Uint8Array.from(
    cues.map((c) => {
      const text = c.text.toLowerCase();
      return c.role !== 'idiom' && idiomTexts.some((idiom) => idiom.length > text.length && idiom.startsWith(text)) ? 1 : 0;
    }),
  );
  /** Cues that are a bare "not" (its scope depends on what precedes it). */
  const cueBareNot = Uint8Array.from(cues.map((c) => (c.role === 'weak' && c.text.toLowerCase() === 'not' ? 1 : 0)));
  const patFlag = Uint8Array.from(
    pType.map((type, p) => {
      if (type === T_SUBJECT) return F_CLAIM;
      if (type !== T_CUE) return 0;
      const role = cueRole[pOwner[p]!]!;
      if (role === R_STRONG || role === R_SOFT || role === R_LABEL) return F_STRONG;
      if (role === R_POINTER) return F_POINTER;
      if (role === R_WEAK || role === R_DET) return F_WEAK;
      return 0;
    }),
  );
  const cueKind = Int8Array.from(
    cues.map((c) => {
      if (c.kind !== null) return KIND_INDEX.get(c.kind) ?? -1;
      const implied = c.role === 'label' ? LABEL_KIND[c.text.toLowerCase()] : undefined;
      return implied === undefined ? -1 : (KIND_INDEX.get(implied) ?? -1);
    }),
  );

  // Reused buffers (the scanner is not re-entrant; each worker builds its own).
  let cap = 256;
  let hitPat = new Int32Array(cap);
  let hitStart = new Int32Array(cap);
  let hitEnd = new Int32Array(cap);
  let hitCount = 0;
  let hitFlags = 0;
  const onMatch = (pattern: number, start: number, end: number): void => {
    if (hitCount === cap) {
      cap *= 2;
      const grow = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const next = new Int32Array(cap);
        next.set(old);
        return next;
      };
      hitPat = grow(hitPat);
      hitStart = grow(hitStart);
      hitEnd = grow(hitEnd);
    }
    hitPat[hitCount] = pattern;
    hitStart[hitCount] = start;
    hitEnd[hitCount] = end;
    hitCount++;
    hitFlags |= patFlag[pattern]!;
  };
  /** The current segment's sentence spans (flat start/end pairs). */
  const spans = new SpanBuffer();
  const termStamp = new Int32Array(terms.length);
  const claimCount = claims.length;
  const cStamp = new Int32Array(claimCount);
  const cSubject = new Uint8Array(claimCount);
  const cKey = new Float64Array(claimCount);
  const cContext = new Int32Array(claimCount);
  const segSubject = new Int32Array(claimCount);
  const touched = new Int32Array(claimCount);
  let stamp = 0;
  let segStamp = 0;
  let cueStrength = 1;

  // The segment being split and where its split stopped (-1: complete).
  let splitText = '';
  let splitResume = -1;
  /** Number of sentences of the current segment, finishing its split first if it stopped early. */
  function sentenceTotal(): number {
    if (splitResume >= 0) {
      appendSentenceBoundaries(splitText, spans, splitResume, splitText.length);
      splitResume = -1;
    }
    return spans.size / 2;
  }

  function sStartOf(sentence: number): number {
    return spans.data[sentence * 2]!;
  }

  function cueAt(hit: number, segment: number): ScanCue {
    return {
      kind: QUALIFIER_KINDS[cueKind[patOwner[hitPat[hit]!]!]!]!,
      segment,
      start: hitStart[hit]!,
      end: hitEnd[hit]!,
    };
  }

  function scanSegment(segment: TextSegment, out: RecordScan): void {
    const text = segment.text;
    if (typeof text !== 'string') throw new InvalidArgumentError(`segments[${segment.index}].text`, 'a string', text);
    hitCount = 0;
    hitFlags = 0;
    if (text.length === 0) return;
    automaton.scan(text, onMatch);
    // Only a claim's subject (mentions need it in the segment), explicit cues/labels, or a pointer with
    // a negation can yield a mention or a notice: most records stop here, never split into sentences.
    const relevant = (hitFlags & (F_CLAIM | F_STRONG)) !== 0 || (hitFlags & (F_POINTER | F_WEAK)) === (F_POINTER | F_WEAK);
    if (!relevant) return;
    spans.size = 0;
    // Sentences are split only up to the last hit (hits come in order of their end): the rest of the
    // text matters only for the sentence count, which a notice needs (is it among the last
    // sentences?) and gets from sentenceTotal(). On the string: its native character-class search
    // jumps between full stops faster than a loop over code units.
    splitText = text;
    splitResume = sentenceBoundariesUntil(text, spans, 0, text.length, hitEnd[hitCount - 1]!);
    segStamp++;
    for (let h = 0; h < hitCount; h++) {
      const p = hitPat[h]!;
      if (patType[p] === T_SUBJECT) segSubject[termClaim[patOwner[p]!]!] = segStamp;
    }

    let h = 0;
    let sentence = 0;
    while (h < hitCount) {
      // Find the sentence of hit h (hits come in order of their end).
      const start = hitStart[h]!;
      while (sentence < spans.size / 2 - 1 && spans.data[sentence * 2 + 1]! <= start) sentence++;
      const sEnd = spans.data[sentence * 2 + 1]!;
      let last = h;
      while (last < hitCount && (hitStart[last]! < sEnd || sentence === spans.size / 2 - 1)) last++;
      if (last === h) last = h + 1;
      analyseSentence(segment, sentence, h, last, out);
      h = last;
    }
  }

  function analyseSentence(
    segment: TextSegment,
    sentence: number,
    from: number,
    to: number,
    out: RecordScan,
  ): void {
    stamp++;
    let touchedCount = 0;
    let strong = -1;
    let soft = -1;
    let attribution = -1;
    let firstWeak = -1;
    let labelHit = -1;
    let pointer = false;
    let deixis = false;
    let address = false;
    let demonstrative = false;
    let anaphor = false;
    let truthRef = false;
    const text = segment.text;
    const sStart = sStartOf(sentence);
    for (let h = from; h < to; h++) {
      const p = hitPat[h]!;
      const type = patType[p]!;
      if (type === T_CUE) {
        const cue = patOwner[p]!;
        switch (cueRole[cue]) {
          case R_STRONG:
            // An idiom ("false start") negates nothing.
            if (cueStartsIdiom[cue] === 1 && idiomAt(hitStart[h]!, from, to)) break;
            // The most specific kind wins ("a claim that fact-checkers rated false" is a negation).
            if (strong < 0 || KIND_PRIORITY[cueKind[cue]!]! < KIND_PRIORITY[cueKind[patOwner[hitPat[strong]!]!]!]!) strong = h;
            break;
          case R_WEAK:
          case R_DET:
            if (firstWeak < 0 && !(cueStartsIdiom[cue] === 1 && idiomAt(hitStart[h]!, from, to))) firstWeak = h;
            break;
          case R_SOFT:
            if (soft < 0) soft = h;
            break;
          case R_ATTR:
          case R_REPORT:
          case R_HEARSAY:
            if (attribution < 0) attribution = h;
            break;
          case R_POINTER:
            pointer = true;
            break;
          case R_DEIXIS:
            deixis = true;
            break;
          case R_REFERENT:
            demonstrative = true;
            break;
          case R_DEMO:
            if (opensSentence(text, sStart, hitStart[h]!)) demonstrative = true;
            break;
          case R_OPENING:
            if (opensSentence(text, sStart, hitStart[h]!)) deixis = true;
            break;
          case R_ANAPHOR:
            if (opensSentence(text, sStart, hitStart[h]!)) anaphor = true;
            break;
          case R_TRUTH:
            truthRef = true;
            break;
          case R_IDIOM:
            break; // consulted through idiomAt()
          case R_ADDR:
            address = true;
            break;
          case R_LABEL:
            if (labelHit < 0) labelHit = h;
            break;
        }
        continue;
      }
      const term = patOwner[p]!;
      const claim = termClaim[term]!;
      if (cStamp[claim] !== stamp) {
        cStamp[claim] = stamp;
        cSubject[claim] = 0;
        cKey[claim] = 0;
        cContext[claim] = 0;
        touched[touchedCount++] = claim;
      }
      if (termStamp[term] === stamp) continue;
      termStamp[term] = stamp;
      if (type === T_SUBJECT) cSubject[claim] = 1;
      else if (type === T_KEY) cKey[claim] = cKey[claim]! + termWeight[term]!;
      else cContext[claim] = cContext[claim]! + 1;
    }

    const sEnd = spans.data[sentence * 2 + 1]!;
    const hasCueKind = strong >= 0 || soft >= 0 || firstWeak >= 0 || labelHit >= 0;
    let noticeHit = -1;
    if (hasCueKind) {
      if (pointer) noticeHit = strong >= 0 ? strong : soft >= 0 ? soft : firstWeak;
      else if (address || anaphor) noticeHit = strong >= 0 ? strong : soft;
      else if (deixis || demonstrative) noticeHit = strong >= 0 ? strong : truthRef ? soft : -1;
      // Labels ("RETRACTION:", "Disclaimer") only count at the start of their sentence.
      if (labelHit >= 0 && !opensSentence(text, sStart, hitStart[labelHit]!)) labelHit = -1;
      if (noticeHit < 0 && labelHit >= 0) {
        noticeHit = strong >= 0 ? strong : soft >= 0 ? soft : cueKind[patOwner[hitPat[labelHit]!]!]! >= 0 ? labelHit : -1;
      }
      // A very short sentence that is only a verdict ("Entirely untrue.", "Fabricated.").
      if (
        noticeHit < 0 &&
        strong >= 0 &&
        touchedCount === 0 &&
        sEnd - sStart <= 28 &&
        (hitEnd[strong]! - hitStart[strong]!) * 3 >= sEnd - sStart
      ) {
        noticeHit = strong;
      }
    }
    // A question ("this is fake right??") asks, it does not qualify.
    if (noticeHit >= 0 && endsWithQuestion(text, sStart, sEnd)) noticeHit = -1;
    let claimsSentence = false;
    // A notice that points at a neighbour, or a label ("FALSE: ..."), qualifies other sentences and
    // is never itself a mention, unless the labelled line negates the claim itself ("False: Mount
    // Vesuvius did not erupt in 2015", "Fact Check: False claim that Sheeran won gold").
    const labelOnly = labelHit >= 0 && firstWeak < 0 && (strong < 0 || hitStart[strong]! < hitEnd[labelHit]!);
    if (touchedCount > 0 && !(noticeHit >= 0 && (pointer || labelOnly))) {
      // "It is false that <claim>": the verdict governs a clause of its own sentence.
      const thatClause = noticeHit >= 0 && noticeHit === strong && followedByThat(text, hitEnd[strong]!, sEnd);
      claimsSentence = findMentions(segment, sentence, from, to, touchedCount, strong, firstWeak, attribution, noticeHit, thatClause, sStart, sEnd, out);
    }
    // A notice sentence that mentions a claim ("It is false that the Thames froze") is that claim's
    // local negation, not a notice about its neighbours.
    if (noticeHit >= 0 && !claimsSentence) {
      const region = sentence < FRAMING_REGION_SENTENCES || sentence >= sentenceTotal() - FRAMING_REGION_SENTENCES;
      out.notices.push({
        segment: segment.index,
        sentence,
        start: sStart,
        end: sEnd,
        cue: cueAt(noticeHit, segment.index),
        pointer: pointer || anaphor,
        documentLevel: deixis || address || labelHit >= 0,
        region,
        weak: noticeHit === firstWeak && noticeHit >= 0,
      });
    }
  }

  function findMentions(
    segment: TextSegment,
    sentence: number,
    from: number,
    to: number,
    touchedCount: number,
    strong: number,
    firstWeak: number,
    attribution: number,
    noticeHit: number,
    thatClause: boolean,
    sStart: number,
    sEnd: number,
    out: RecordScan,
  ): boolean {
    let claimsSentence = false;

    for (let t = 0; t < touchedCount; t++) {
      const claim = touched[t]!;
      const subject = cSubject[claim] === 1;
      const key = cKey[claim]!;
      const context = cContext[claim]!;
      let isMention: boolean;
      if (subject) isMention = key >= 1 || key + 0.5 * context >= 1.5 || context >= 3;
      else if (segSubject[claim] === segStamp && (noticeHit < 0 || thatClause)) {
        isMention = key >= 2 || (key >= 1 && key + 0.5 * context >= 2.5);
      } else isMention = false;
      if (!isMention) continue;
      let local: ScanCue | null = null;
      cueStrength = 1;
      if (strong >= 0) local = cueAt(strong, segment.index);
      else if (firstWeak >= 0) {
        local =
          cueBeforeTerm(R_WEAK, claim, from, to, segment, -1, sStart) ??
          cueBeforeTerm(R_DET, claim, from, to, segment, DETERMINER_REACH, sStart);
      }
      if (local === null && attribution >= 0) {
        cueStrength = 1;
        local =
          cueBeforeTerm(R_ATTR, claim, from, to, segment, ATTRIBUTION_REACH, sStart) ??
          cueBeforeTerm(R_REPORT, claim, from, to, segment, REPORT_REACH, sStart) ??
          cueBeforeTerm(R_HEARSAY, claim, from, to, segment, ATTRIBUTION_REACH, sStart);
      }
      // A sentence dated to another year is about another event ("the 1944 eruption"): not a mention
      // when unqualified, and only a weak local negation otherwise ("has not erupted since 1944" is
      // true both before a fictional eruption and in a debunking text).
      if (claimYears[claim]!.length > 0 && mentionsOtherEventYear(segment.text, sStart, sEnd, claim, from, to)) {
        if (local === null) continue;
        cueStrength = Math.min(cueStrength, 0.5);
      }
      const score = Math.min(1, (subject ? 0.4 : 0.15) + 0.2 * key + 0.05 * context);
      if (subject || thatClause) claimsSentence = true;
      out.mentions.push({
        claim,
        segment: segment.index,
        sentence,
        start: sStart,
        end: sEnd,
        score: Math.round(score * 100) / 100,
        explicit: subject,
        local,
        localStrength: local === null ? 0 : cueStrength,
      });
    }
    return claimsSentence;
  }

  /** An idiom ("not just", "no doubt") starts at `position`: the negation there negates nothing. */
  function idiomAt(position: number, from: number, to: number): boolean {
    for (let h = from; h < to; h++) {
      const p = hitPat[h]!;
      if (patType[p] === T_CUE && cueRole[patOwner[p]!] === R_IDIOM && hitStart[h] === position) return true;
    }
    return false;
  }

  /** The claim's subject ends just before `position` ("Ed Sheeran has never ...", "Vesuvius did not ..."). */
  function subjectRightBefore(claim: number, from: number, to: number, position: number, text: string): boolean {
    for (let h = from; h < to; h++) {
      const p = hitPat[h]!;
      if (patType[p] !== T_SUBJECT || termClaim[patOwner[p]!] !== claim) continue;
      const gap = position - hitEnd[h]!;
      if (gap >= 0 && gap <= SUBJECT_NEGATION_GAP) return true;
      // An apposition between them: "Sheeran, a British musician, was not ...".
      if (gap > 0 && gap <= APPOSITION_REACH && text.charCodeAt(hitEnd[h]!) === 44) {
        let k = position - 1;
        while (k > hitEnd[h]! && text.charCodeAt(k) === 32) k--;
        if (k > hitEnd[h]! && text.charCodeAt(k) === 44) return true;
      }
    }
    return false;
  }

  /**
   * A sentence that dates its event to a year the claim does not use, and carries none of the
   * claim's numbers, is about another event ("its last eruption in March 1944"), not the claim.
   */
  function mentionsOtherEventYear(text: string, sStart: number, sEnd: number, claim: number, from: number, to: number): boolean {
    for (let h = from; h < to; h++) {
      const p = hitPat[h]!;
      if (patType[p] === T_KEY && termClaim[patOwner[p]!] === claim && termNumeric[patOwner[p]!] === 1) return false;
    }
    const years = claimYears[claim]!;
    for (let i = sStart; i + 4 <= sEnd; i++) {
      const c = text.charCodeAt(i);
      if (c !== 49 && c !== 50) continue; // years 1xxx / 2xxx
      if (i > sStart && isDigit(text.charCodeAt(i - 1))) continue;
      if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) continue;
      if (i + 4 < sEnd && isDigit(text.charCodeAt(i + 4))) continue;
      const year = (c - 48) * 1000 + (text.charCodeAt(i + 1) - 48) * 100 + (text.charCodeAt(i + 2) - 48) * 10 + (text.charCodeAt(i + 3) - 48);
      if (year >= 1000 && year <= 2100 && !years.includes(year)) return true;
    }
    return false;
  }

  /**
   * A generic negation or a reported-speech frame counts locally only when a key term of the claim
   * follows it closely ("did not win gold", "claiming that the singer took gold").
   */
  function cueBeforeTerm(
    role: number,
    claim: number,
    from: number,
    to: number,
    segment: TextSegment,
    reach: number,
    sStart: number,
  ): ScanCue | null {
    for (let w = from; w < to; w++) {
      const wp = hitPat[w]!;
      if (patType[wp] !== T_CUE || cueRole[patOwner[wp]!] !== role) continue;
      if ((role === R_WEAK || role === R_DET) && cueStartsIdiom[patOwner[wp]!] === 1 && idiomAt(hitStart[w]!, from, to)) continue;
      const wEnd = hitEnd[w]!;
      // reach < 0: the rest of the clause (a predicate negation scopes over its clause), or only the
      // phrase after a bare "not" that follows no auxiliary.
      const bareNot = role === R_WEAK && cueBareNot[patOwner[wp]!] === 1;
      const limit =
        reach >= 0
          ? wEnd + reach
          : bareNot
            ? bareNotScopeEnd(segment.text, hitStart[w]!, wEnd, sStart)
            : clauseEnd(segment.text, wEnd);
      // "Sheeran has never ...", "Sheeran could not ..."; but a bare "not" right after the subject is
      // a contrast or a modifier ("Vesuvius, not Etna, ...", "Swift, not previously known as a runner, ...").
      if (
        role === R_WEAK &&
        (!bareNot || notAfterAuxiliary(segment.text, hitStart[w]!, sStart)) &&
        subjectRightBefore(claim, from, to, hitStart[w]!, segment.text)
      ) {
        cueStrength = 1;
        return cueAt(w, segment.index);
      }
      for (let h = from; h < to; h++) {
        const p = hitPat[h]!;
        const type = patType[p]!;
        if (type === T_CUE || type === T_CONTEXT) continue;
        if (type === T_SUBJECT ? role !== R_ATTR && role !== R_REPORT : role === R_REPORT) continue;
        if (termClaim[patOwner[p]!] !== claim) continue;
        const start = hitStart[h]!;
        if (start >= wEnd && start <= limit) {
          cueStrength = role === R_WEAK || role === R_DET || role === R_HEARSAY ? 0.5 : 1;
          return cueAt(w, segment.index);
        }
      }
    }
    return null;
  }

  return {
    claims,
    scan(segments) {
      if (!Array.isArray(segments)) throw new InvalidArgumentError('segments', 'an array of text segments', segments);
      const out: RecordScan = { mentions: [], notices: [] };
      for (const segment of segments) scanSegment(segment, out);
      return out;
    },
    scanInto(segments, out) {
      if (!Array.isArray(segments)) throw new InvalidArgumentError('segments', 'an array of text segments', segments);
      if (out.mentions.length !== 0) out.mentions.length = 0;
      if (out.notices.length !== 0) out.notices.length = 0;
      for (const segment of segments) scanSegment(segment, out);
      return out;
    },
  };
}
