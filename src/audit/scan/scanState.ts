/**
 * The scanner's working state for the segment and sentence being analysed: the segment's hits
 * (typed arrays, reused), which claims' subjects occur in the segment, and what one sentence's
 * hits say (the cue of each role, the claims it touches and their term weights). One object per
 * scanner, reset per segment and per sentence, so the rules read named fields instead of passing
 * a dozen positional arguments.
 */
import { LanguageVotes } from '../../text/detectLanguage.js';
import type { TextSegment } from '../types.js';
import { QUALIFIER_KINDS } from '../vocabulary.js';
import type { ScanCue } from './recordScan.js';
import { HIT_FLAG, PATTERN_TYPE, type ScanTables } from './scanTables.js';
import { growInt32Array } from '../../util/growInt32Array.js';
import { pushHit, type HitSink } from './pushHit.js';
import { isWordCode } from '../../text/ahoCorasick.js';
import { isCapital } from '../../text/isCapital.js';
import { firstPartColon, yearCandidates } from './scopeRules.js';
import { affirmingNegation } from './affirmingNegation.js';
import { NAME_PARTICLES as SHARED_NAME_PARTICLES } from '../../text/nameParticles.js';

/** Every letter of `text[start, end)` is a capital ("EU", "NZ"). */
function inCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === c.toLowerCase() && c !== c.toUpperCase()) return false;
  }
  return true;
}


/**
 * The word at `[start, end)` is written as a name, not as the word of its language it also is: in capitals
 * ("NATO"), or capitalised right after a lower-case word or an elided article ("la Nato", "dell'Onu"). At a
 * sentence start a capital says nothing ("Nato a Roma nel 1950, ..." is a birth).
 */
function writtenAsName(text: string, start: number, end: number): boolean {
  if (!isCapital(text.charCodeAt(start))) return false;
  if (end - start >= 2 && inCapitals(text, start, end)) return true;
  let k = start - 1;
  const quote = text.charCodeAt(k);
  if (quote === 39 || quote === 0x2019) k--;
  else {
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    if (k === start - 1) return false;
  }
  if (k < 0) return false;
  const c = text.charAt(k);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Particles inside names in running text, "of" included ("Bay of Naples"). */
export const NAME_PARTICLES = new Set([...SHARED_NAME_PARTICLES, 'of']);

/** Start of the word that ends right before `end` (a single space before `end`), or -1. */
function wordBefore(text: string, at: number): number {
  if (at < 2 || text.charCodeAt(at - 1) !== 32) return -1;
  let k = at - 1;
  while (k > 0 && isWordCode(text.charCodeAt(k - 1))) k--;
  return k < at - 1 ? k : -1;
}

/**
 * The name at `[start, end)` is a word of a longer name ("the All England Club", "Singapore
 * Airlines"): a capitalised word right before it that does not open its sentence, or right after it.
 */
function insideLongerName(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 32 && isCapital(text.charCodeAt(end + 1))) return true;
  let before = wordBefore(text, start);
  // "Tour de France", "Rio de Janeiro": a particle between two capitalised words.
  if (before >= 0 && NAME_PARTICLES.has(text.slice(before, start - 1))) before = wordBefore(text, before);
  if (before < 0 || !isCapital(text.charCodeAt(before))) return false;
  let k = before - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  // A capital after a full stop, a line break or at the start opens a sentence ("In Copenhagen ...").
  return k >= 0 && !/[.!?:\n\r"“(\[*#>-]/.test(text.charAt(k));
}

/** No hit: the value of a hit-index field when the sentence has no such cue. */
export const NO_HIT = -1;

/** Hits of a segment's language automaton, as pattern indices of the tables, in order of their end. */
export interface LanguageHits {
  pat: Int32Array;
  start: Int32Array;
  end: Int32Array;
  count: number;
}

export class ScanState {
  readonly tables: ScanTables;
  // ---- the segment's hits, in order of their end
  hitPat = new Int32Array(256);
  hitStart = new Int32Array(256);
  hitEnd = new Int32Array(256);
  hitCount = 0;
  /** Union of the hits' HIT_FLAGs. */
  hitFlags = 0;
  // ---- the main automaton's matches (pattern groups, see ScanTables.automaton), before expandHits()
  /** Each match's pattern group (`pat`), start and end. */
  readonly raw: HitSink = { pat: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256), count: 0 };
  /** Leave out terms of claims absent from the segment (see {@link expandHits}; off only in tests that check it changes nothing). */
  pruneAbsentClaims = true;
  /** Votes of the segment's language markers (counted by `addHit`, never kept as hits). */
  readonly segmentVotes = new LanguageVotes();
  /** Votes of the record's segments so far. */
  readonly recordVotes = new LanguageVotes();
  /** The segment's language as a bit (`1 << LANGUAGES.indexOf(language)`), for cues limited to some languages. */
  languageBit = 1;
  /** The segment's language as its index in `LANGUAGES` (the bit's position). */
  get languageIndex(): number {
    return 31 - Math.clz32(this.languageBit);
  }
  // ---- the segment
  segment: TextSegment = { index: 0, role: 'document', text: '' };
  text = '';
  /** The message that answers the segment: the next one of the record, when the segment is a prompt (user, system, ...) and it is not. */
  answer: TextSegment | null = null;
  /** Stamp of the current segment (per-segment state of the rules, such as `paraStamp`, compares to it). */
  segStamp = 0;
  /**
   * Stamp of the current record; `segSubject[claim] === recordStamp` when the claim's subject occurs in
   * the current segment or an earlier one of the record (a chat answer says "It ..." of what the
   * question named).
   */
  recordStamp = 0;
  /** `recordStamp` once some claim's subject occurred in the record (see {@link termOfNamedClaim}). */
  subjectStamp = -1;
  readonly segSubject: Int32Array;
  /**
   * `segAnchor[claim] === recordStamp` when one of the claim's other names (`ScanTables.memberAnchorClaim`;
   * in text of another language also as it writes the name, "Kopenhagen"), written with a capital, occurs in the
   * current segment or an earlier one of the record: a text that names Copenhagen and never Denmark may still
   * say the claim in other words.
   */
  readonly segAnchor: Int32Array;
  /**
   * Per claim, valid when `subjectSegment[claim] === segStamp`: the last sentence of the segment so far that
   * named the claim's subject (a sentence right after it may speak of it as "it", "the mountain").
   */
  readonly subjectSentence: Int32Array;
  readonly subjectSegment: Int32Array;
  // ---- the sentence: its index, span and range of hits [from, to)
  sentence = 0;
  sStart = 0;
  sEnd = 0;
  from = 0;
  to = 0;
  /** Hit indices of the sentence's cues by role ({@link NO_HIT} when absent). */
  strong = NO_HIT;
  soft = NO_HIT;
  attribution = NO_HIT;
  /** The sentence has a reported-speech frame that introduces content ("the story that ..."). */
  content = false;
  firstWeak = NO_HIT;
  label = NO_HIT;
  pointer = false;
  deixis = false;
  address = false;
  demonstrative = false;
  anaphor = false;
  truthRef = false;
  /** A genre noun at the head of the sentence ("Case study for ...", "A short story for ..."), or {@link NO_HIT}. */
  genre = NO_HIT;
  /**
   * Set by `noticeHit`: the notice is the writer's doubt with no reference to the text ("We could not
   * confirm it."), about its neighbour only: it qualifies the sentences beside it, not the whole text.
   */
  besideOnly = false;
  /** The first cue of the writer's doubt ({@link CUE_ROLE}.stance), or {@link NO_HIT}. */
  stance = NO_HIT;
  // ---- the opening or closing paragraph read as one notice (see `paragraphNotice`), valid when `paraStamp === segStamp`
  paraStamp = -1;
  /** End of the paragraph (its line) last looked at; sentences before it belong to it. */
  paraEnd = -1;
  /** The paragraph is no notice (not at an edge, names a claim's subject, or already holds a notice). */
  paraDone = true;
  /** Some sentence of it refers to the text (pointer, deixis, address, label); `paraPointer`: a pointer. */
  paraRef = false;
  paraPointer = false;
  /**
   * Some sentence of it opens with a non-factual genre ("Simulation for ..."); a neutral genre heading the
   * paragraph ("Case study for ...") refers to it when it has an explicit or fictional qualifier (`paraFiction`).
   */
  paraGenre = false;
  paraFiction = false;
  /** Where the paragraph's line starts (its head genre is looked up only when a qualifier needs it). */
  paraStart = 0;
  /** Its strongest qualifier so far (2 explicit, 1 ambiguous, -1 none) and where it is. */
  paraRank = -1;
  paraCue: ScanCue | null = null;
  /** Claims with terms in the sentence: `touched[0 .. touchedCount)`. */
  touchedCount = 0;
  readonly touched: Int32Array;
  /** Per claim, valid when `claimStamp[claim] === stamp`: subject seen, key weight, context terms. */
  readonly claimStamp: Int32Array;
  readonly hasSubject: Uint8Array;
  readonly keyWeight: Float64Array;
  readonly contextCount: Int32Array;
  /** Per claim: distinct predicate terms in the sentence (a restated subclaim counts as one). */
  readonly predicateCount: Int32Array;
  /**
   * Per claim, valid when `termEndStamp[claim] === stamp`: where the sentence's last counted key or
   * context term of the claim ends, and whether it carried the predicate (overlapping terms count once).
   */
  readonly termEndStamp: Int32Array;
  readonly termEnd: Int32Array;
  readonly termEndPredicate: Uint8Array;
  /** Per subclaim, valid when `subclaimStamp[subclaim] === stamp`: its distinct words in the sentence. */
  readonly subclaimHits: Int32Array;
  readonly subclaimStamp: Int32Array;
  /** Per term: counted once per sentence. */
  readonly termStamp: Int32Array;
  stamp = 0;
  /** The sentence's {@link yearCandidates}, valid when `yearStamp === stamp`: `yearCount` of them (-1: too many to tell). */
  private readonly years = new Int32Array(8);
  private yearCount = 0;
  private yearStamp = -1;
  /** The sentence's {@link firstColon}, valid when `colonStamp === stamp`. */
  private colonAt = -1;
  private colonStamp = -1;
  /** {@link questionAfter}'s last search, valid while `questionStamp === segStamp`: from `questionFrom`, found at `questionAt`. */
  private questionStamp = -1;
  private questionFrom = 0;
  private questionAt = -1;

  constructor(tables: ScanTables, claimCount: number) {
    this.tables = tables;
    // One more slot: the claim of `tables.absentClaimTerm`, which stands for claims absent from a segment.
    claimCount++;
    this.segSubject = new Int32Array(claimCount);
    this.segAnchor = new Int32Array(claimCount);
    this.subjectSentence = new Int32Array(claimCount);
    this.subjectSegment = new Int32Array(claimCount).fill(-1);
    this.touched = new Int32Array(claimCount);
    this.claimStamp = new Int32Array(claimCount);
    this.hasSubject = new Uint8Array(claimCount);
    this.keyWeight = new Float64Array(claimCount);
    this.contextCount = new Int32Array(claimCount);
    this.predicateCount = new Int32Array(claimCount);
    this.termEndStamp = new Int32Array(claimCount);
    this.termEnd = new Int32Array(claimCount);
    this.termEndPredicate = new Uint8Array(claimCount);
    this.subclaimHits = new Int32Array(tables.subclaimNeed.length);
    this.subclaimStamp = new Int32Array(tables.subclaimNeed.length);
    this.termStamp = new Int32Array(tables.termCount);
  }

  /**
   * Records a match of the main automaton: a language marker is counted at once, anything else kept
   * as a raw match of its pattern group until {@link expandHits}.
   */
  addAutomatonHit(group: number, start: number, end: number): void {
    const tables = this.tables;
    const first = tables.groupStart[group]!;
    if (tables.groupStart[group + 1]! - first === 1 && tables.patType[tables.groupMembers[first]!] === PATTERN_TYPE.language) {
      this.segmentVotes.add(tables.markers[tables.patOwner[tables.groupMembers[first]!]!]!, this.text, start);
      return;
    }
    pushHit(this.raw, group, start, end);
    this.hitFlags |= tables.groupFlag[group]!;
  }

  /**
   * Turns the segment's raw matches into its hits, one per pattern, and marks the claims whose
   * subject occurs in the segment (`segSubject`, under the record's `recordStamp`). A term of a claim
   * whose subject is absent from the segment and the record's earlier segments can make no mention
   * (findMentions needs the subject in the sentence or, for anaphora, before it), so such terms are
   * not expanded: a match whose terms all belong to absent claims becomes one hit of
   * `tables.absentClaimTerm`, which still tells
   * the sentence it has claim terms (a sentence with claim terms is not a bare verdict notice). On
   * a dense corpus this keeps 3 of every 4 claim-term hits out of the sentence analysis.
   */
  expandHits(extra?: LanguageHits): void {
    const { groupStart, groupMembers, groupFlag, memberTermClaim, memberSubjectClaim, memberAnchorClaim, absentClaimTerm } = this.tables;
    this.segStamp++;
    const stamp = this.recordStamp;
    const { pat: rawGroup, start: rawStart, end: rawEnd, count } = this.raw;
    const segSubject = this.segSubject;
    const segAnchor = this.segAnchor;
    for (let r = 0; r < count; r++) {
      const group = rawGroup[r]!;
      const flags = groupFlag[group]!;
      if ((flags & HIT_FLAG.anchor) !== 0 && isCapital(this.text.charCodeAt(rawStart[r]!)) && !insideLongerName(this.text, rawStart[r]!, rawEnd[r]!)) {
        for (let m = groupStart[group]!, end = groupStart[group + 1]!; m < end; m++) {
          const claim = memberAnchorClaim[m]!;
          if (claim >= 0) segAnchor[claim] = stamp;
        }
      }
      if ((flags & HIT_FLAG.claim) === 0) continue; // no subject among its members
      // An initialism names the subject only in capitals ("the EU", not Portuguese "eu acho").
      if ((flags & HIT_FLAG.cased) !== 0 && !inCapitals(this.text, rawStart[r]!, rawEnd[r]!)) {
        rawGroup[r] = this.tables.emptyGroup;
        continue;
      }
      for (let m = groupStart[group]!, end = groupStart[group + 1]!; m < end; m++) {
        const claim = memberSubjectClaim[m]!;
        if (claim >= 0) segSubject[claim] = this.subjectStamp = stamp;
      }
    }
    if (extra !== undefined && extra.count > 0) this.keepLanguageTerms(extra, stamp);
    this.hitCount = 0;
    const prune = this.pruneAbsentClaims;
    for (let r = 0; r < count; r++) {
      const group = rawGroup[r]!;
      const start = rawStart[r]!;
      const end = rawEnd[r]!;
      let kept = 0;
      let absent = false;
      for (let m = groupStart[group]!, last = groupStart[group + 1]!; m < last; m++) {
        const claim = memberTermClaim[m]!;
        if (prune && claim >= 0 && segSubject[claim] !== stamp && segAnchor[claim] !== stamp) {
          absent = true;
          continue;
        }
        this.pushHit(groupMembers[m]!, start, end);
        kept++;
      }
      if (kept === 0 && absent) this.pushHit(absentClaimTerm, start, end);
    }
    this.raw.count = 0;
  }

  /**
   * The claim terms among the hits of the segment's language automaton (name variants, inflection
   * stems; given in pattern order of the tables): a name variant counts only when the text writes it
   * with a capital, and marks its claim's subject as present; a translated predicate form counts only when the text does
   * not write it as a name ("la Nato"); a key term of a claim absent from the
   * segment becomes the `absentClaimTerm` stand-in, as in {@link expandHits}. Cue hits are kept as they are.
   */
  private keepLanguageTerms(extra: LanguageHits, stamp: number): void {
    const { patType, patOwner, termClaim, termAnchor, patCapital, absentClaimTerm } = this.tables;
    let kept = 0;
    for (let k = 0; k < extra.count; k++) {
      const p = extra.pat[k]!;
      // A translated predicate form written as a name ("la Nato", "NATO") is the name's, not the predicate's.
      if (patCapital[p] === 2 && writtenAsName(this.text, extra.start[k]!, extra.end[k]!)) continue;
      if (patType[p] === PATTERN_TYPE.subject) {
        const first = this.text.charAt(extra.start[k]!);
        if (patCapital[p] === 1 && first === first.toLowerCase()) continue;
        this.segSubject[termClaim[patOwner[p]!]!] = this.subjectStamp = stamp;
      } else if (patType[p] === PATTERN_TYPE.key && termAnchor[patOwner[p]!] === 1 && isCapital(this.text.charCodeAt(extra.start[k]!))) {
        // One of the statement's other names as this language writes it ("Kopenhagen" for "Copenhagen") anchors
        // the claim here as the English name does in English text (see `expandHits`).
        this.segAnchor[termClaim[patOwner[p]!]!] = stamp;
        this.hitFlags |= HIT_FLAG.anchor;
      }
      extra.pat[kept] = p;
      extra.start[kept] = extra.start[k]!;
      extra.end[kept] = extra.end[k]!;
      kept++;
    }
    extra.count = kept;
    if (!this.pruneAbsentClaims) return;
    for (let k = 0; k < kept; k++) {
      const p = extra.pat[k]!;
      const claim = termClaim[patOwner[p]!]!;
      if ((patType[p] === PATTERN_TYPE.key || patType[p] === PATTERN_TYPE.context) && this.segSubject[claim] !== stamp && this.segAnchor[claim] !== stamp) {
        extra.pat[k] = absentClaimTerm;
      }
    }
  }

  /**
   * The segment holds a key term of a claim whose subject an earlier segment of the record named: a
   * chat answer that says what the question asked about without naming it again ("Elle a été
   * achevée en 2010.").
   */
  termOfNamedClaim(): boolean {
    if (this.subjectStamp !== this.recordStamp) return false;
    const { patType, patOwner, termClaim } = this.tables;
    for (let h = 0; h < this.hitCount; h++) {
      const p = this.hitPat[h]!;
      if (patType[p] === PATTERN_TYPE.key && this.segSubject[termClaim[patOwner[p]!]!] === this.recordStamp) return true;
    }
    return false;
  }

  private pushHit(pattern: number, start: number, end: number): void {
    if (this.hitCount === this.hitPat.length) this.growHits(this.hitCount + 1);
    this.hitPat[this.hitCount] = pattern;
    this.hitStart[this.hitCount] = start;
    this.hitEnd[this.hitCount] = end;
    this.hitCount++;
  }

  /** Doubles the hit arrays until they hold `total` hits (growing is rare: they start large). */
  private growHits(total: number): void {
    let size = this.hitPat.length;
    if (size >= total) return;
    while (size < total) size *= 2;
    this.hitPat = growInt32Array(this.hitPat, size);
    this.hitStart = growInt32Array(this.hitStart, size);
    this.hitEnd = growInt32Array(this.hitEnd, size);
  }

  /**
   * Drops the hits of cues and claim terms that do not count in the segment's language (`languageBit`):
   * English "no" in Portuguese or Spanish text, an English synonym of a predicate ("prohibited" for
   * "banned") in French text. Only called for segments with such hits.
   */
  dropOtherLanguageHits(): void {
    const { patType, patOwner, cueLanguages, patLanguages } = this.tables;
    let kept = 0;
    for (let h = 0; h < this.hitCount; h++) {
      const p = this.hitPat[h]!;
      const languages = patType[p] === PATTERN_TYPE.cue ? cueLanguages[patOwner[p]!]! : patLanguages[p]!;
      if (languages !== 0 && (languages & this.languageBit) === 0) continue;
      this.hitPat[kept] = p;
      this.hitStart[kept] = this.hitStart[h]!;
      this.hitEnd[kept] = this.hitEnd[h]!;
      kept++;
    }
    this.hitCount = kept;
  }

  /**
   * Adds the hits of a second automaton (a language's own cues), given in order of their end, to
   * the segment's hits so that all stay in order of their end (then of their start).
   */
  mergeHits(pat: Int32Array, start: Int32Array, end: Int32Array, count: number): void {
    if (count === 0) return;
    const total = this.hitCount + count;
    this.growHits(total);
    // Merge from the back, in place: the first list is already at the front of the arrays.
    let a = this.hitCount - 1;
    let b = count - 1;
    for (let k = total - 1; b >= 0; k--) {
      if (a >= 0 && (this.hitEnd[a]! > end[b]! || (this.hitEnd[a] === end[b] && this.hitStart[a]! > start[b]!))) {
        this.hitPat[k] = this.hitPat[a]!;
        this.hitStart[k] = this.hitStart[a]!;
        this.hitEnd[k] = this.hitEnd[a]!;
        a--;
      } else {
        this.hitPat[k] = pat[b]!;
        this.hitStart[k] = start[b]!;
        this.hitEnd[k] = end[b]!;
        this.hitFlags |= this.tables.patFlag[pat[b]!]!;
        b--;
      }
    }
    this.hitCount = total;
  }

  /** Starts a record: no claim's subject seen yet. */
  startRecord(): void {
    this.recordStamp++;
  }

  /** Starts a sentence: its span and hits, every cue field cleared. */
  startSentence(sentence: number, sStart: number, sEnd: number, from: number, to: number): void {
    this.stamp++;
    this.sentence = sentence;
    this.sStart = sStart;
    this.sEnd = sEnd;
    this.from = from;
    this.to = to;
    this.strong = NO_HIT;
    this.soft = NO_HIT;
    this.attribution = NO_HIT;
    this.content = false;
    this.firstWeak = NO_HIT;
    this.label = NO_HIT;
    this.pointer = false;
    this.deixis = false;
    this.address = false;
    this.demonstrative = false;
    this.anaphor = false;
    this.truthRef = false;
    this.genre = NO_HIT;
    this.besideOnly = false;
    this.stance = NO_HIT;
    this.touchedCount = 0;
  }

  /** Whether the sentence has enough of the words of subclaim `subclaim` to restate it (see `ScanTables.subclaimNeed`). */
  restates(subclaim: number): boolean {
    return this.subclaimStamp[subclaim] === this.stamp && this.subclaimHits[subclaim]! >= this.tables.subclaimNeed[subclaim]!;
  }

  /**
   * The sentence may date something to a year that is not one of `claim`'s (or to an era): false
   * when every year-like number in it is one of the claim's years, so the rules about another
   * year's event cannot apply. Read once per sentence, shared by its claims.
   */
  mayHoldOtherYear(claim: number): boolean {
    if (this.yearStamp !== this.stamp) {
      this.yearStamp = this.stamp;
      this.yearCount = yearCandidates(this.text, this.sStart, this.sEnd, this.years);
    }
    if (this.yearCount < 0) return true;
    const claimYears = this.tables.claimYears[claim]!;
    for (let k = 0; k < this.yearCount; k++) {
      const year = this.years[k]!;
      if (year <= 2100 && !claimYears.includes(year)) return true;
    }
    return false;
  }

  /**
   * The sentence's first colon that parts it (`firstPartColon`), or -1: looked for once per sentence,
   * not once per cue and claim that asks whether a colon separates them (most sentences have none).
   */
  firstColon(): number {
    if (this.colonStamp !== this.stamp) {
      this.colonStamp = this.stamp;
      this.colonAt = firstPartColon(this.text, this.sStart, this.sEnd);
    }
    return this.colonAt;
  }

  /**
   * Whether the negation hit `h` of the sentence affirms what follows it (see `affirmingNegation`), read
   * once per hit and sentence: the rules ask it once per claim.
   */
  affirmingAt(h: number): boolean {
    if (h >= this.affirmStamp.length) {
      let size = this.affirmStamp.length;
      while (size <= h) size *= 2;
      this.affirmStamp = growInt32Array(this.affirmStamp, size);
      this.affirmValue = growInt32Array(this.affirmValue, size);
    }
    if (this.affirmStamp[h] !== this.stamp) {
      this.affirmStamp[h] = this.stamp;
      this.affirmValue[h] = affirmingNegation(this.text, this.hitStart[h]!, this.hitEnd[h]!, this.sEnd, this.languageIndex) ? 1 : 0;
    }
    return this.affirmValue[h] === 1;
  }
  private affirmStamp = new Int32Array(256);
  private affirmValue = new Int32Array(256);

  /**
   * The first "?" at or after `from` in the segment's text, or -1. Kept per segment: its sentences ask
   * in increasing order, so the text is searched about once, not once per claim sentence.
   */
  questionAfter(from: number): number {
    if (this.questionStamp !== this.segStamp || from < this.questionFrom || (this.questionAt >= 0 && this.questionAt < from)) {
      this.questionStamp = this.segStamp;
      this.questionFrom = from;
      this.questionAt = this.text.indexOf('?', from);
    }
    return this.questionAt;
  }

  /** Cue index (into the cue bank) of hit `hit`; only for cue hits. */
  cueOf(hit: number): number {
    return this.tables.patOwner[this.hitPat[hit]!]!;
  }

  /** The located cue of hit `hit`. */
  cueAt(hit: number): ScanCue {
    return {
      kind: QUALIFIER_KINDS[this.tables.cueKind[this.cueOf(hit)]!]!,
      segment: this.segment.index,
      start: this.hitStart[hit]!,
      end: this.hitEnd[hit]!,
    };
  }
}
