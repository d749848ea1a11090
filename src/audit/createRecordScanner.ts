import type { Claim } from '../claims/claim.js';
import { InvalidArgumentError } from '../errors.js';
import { countLanguageVotes, LanguageVotes } from '../text/detectLanguage.js';
import { appendSentenceBoundaries, sentenceBoundariesUntil, SpanBuffer } from '../text/splitSentences.js';
import { LANGUAGES } from '../text/languages.js';
import { DEFAULT_CUES, type CueDefinition } from './cueBank.js';
import type { TextSegment } from './types.js';
import { INSTRUCTION_ROLES } from './vocabulary.js';
import { collectSentence } from './scan/collectSentence.js';
import { announcedClause, labelOnly, noticeHit, paragraphNotice, userRequest } from './scan/detectNotice.js';
import { findMentions } from './scan/findMentions.js';
import { nameWordHits } from './scan/nameWordHits.js';
import type { RecordScan } from './scan/recordScan.js';
import { NO_HIT, ScanState } from './scan/scanState.js';
import { HIT_FLAG, PATTERN_TYPE } from './scan/scanTables.js';
import { cachedScanTables } from './scan/cachedScanTables.js';
import { FRAMING_REGION_SENTENCES, followedByThat } from './scan/scopeRules.js';
import { emptyArray } from '../util/emptyArray.js';
import { growInt32Array } from '../util/growInt32Array.js';
import { pushHit } from './scan/pushHit.js';
import { PrescannedMatches } from './scan/prescannedMatches.js';

/** Segments shorter than this (code units) that cannot tell their language take the conversation's. */
const SHORT_SEGMENT = 400;

/** The index of German among the segment languages: it writes a place's name and kind as one word ("Baikalsee"). */
const GERMAN = LANGUAGES.indexOf('de');

export type { RawMention, RawNotice, RecordScan, ScanCue } from './scan/recordScan.js';

/**
 * The audit's single pass: one Aho–Corasick automaton holds every claim term and every qualifier
 * cue (scan/scanTables.ts); a record's segments are scanned once, sentence boundaries are computed
 * only for segments with hits, and each sentence with hits is read into the scan state
 * (scan/collectSentence.ts), then classified as a claim mention with its local qualifier, if any
 * (scan/findMentions.ts), and/or a notice sentence such as "[The following claim is false.]"
 * (scan/detectNotice.ts). Scope rules (how far a negation reaches) are in scan/scopeRules.ts.
 */

/** Options of {@link createRecordScanner}. */
export interface RecordScannerOptions {
  /** Extra cues added to the built-in bank. */
  extraCues?: readonly CueDefinition[];
  /** Replace the built-in cue bank entirely. */
  cues?: readonly CueDefinition[];
  /** Also report context sentences as soft mentions (`RecordScan.softMentions`; the learned decision's evidence). */
  softMentions?: boolean;
  /**
   * @internal Keep the terms of claims whose subject is absent from a segment (default false: they
   * cannot make a mention). Only for the test that checks leaving them out changes no scan.
   */
  keepAbsentClaims?: boolean;
}

/** A compiled scanner for a fixed set of claims and cues. */
export interface RecordScanner {
  readonly claims: readonly Claim[];
  /** Per claim, 1 when it says a state ended (`claimOfChange`, compiled once with the scan tables). */
  readonly claimIsChange: Uint8Array;
  scan(segments: readonly TextSegment[]): RecordScan;
  /** Like `scan`, but refills `out` (emptied first) to spare allocations on hot paths. */
  scanInto(segments: readonly TextSegment[], out: RecordScan): RecordScan;
  /**
   * @internal Runs the main automaton over the texts of `records[0, count)` in one pass (see
   * `AhoCorasick.scanEach`), before those records are scanned in that order: their scans then read the
   * matches found here instead of running the automaton each. Scans are the same with or without it
   * (a segment whose text is not the next one held here is scanned as usual).
   */
  prescan(records: readonly (readonly TextSegment[])[], count: number): void;
}

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
  const tables = cachedScanTables(claims, options.cues ?? DEFAULT_CUES, options.extraCues);
  const { automaton } = tables;
  // Reused state (the scanner is not re-entrant; each worker builds its own).
  const state = new ScanState(tables, claims.length);
  const conversationVotes = new LanguageVotes();
  state.pruneAbsentClaims = options.keepAbsentClaims !== true;
  const onMatch = (group: number, start: number, end: number): void => state.addAutomatonHit(group, start, end);
  // Hits of a language's own automaton (pattern indices offset into the tables), merged afterwards.
  const extra = { pat: new Int32Array(64), start: new Int32Array(64), end: new Int32Array(64), count: 0, offset: 0 };
  const onLanguageMatch = (pattern: number, start: number, end: number): void => pushHit(extra, pattern + extra.offset, start, end);
  const held = new PrescannedMatches();
  const holdMatch = (text: number, group: number, start: number, end: number): void => held.add(text, group, start, end);

  /** The current segment's sentence spans (flat start/end pairs). */
  const spans = new SpanBuffer();
  // Where the current segment's split stopped (-1: complete).
  let splitResume = -1;

  /** Number of sentences of the current segment, finishing its split first if it stopped early. */
  function sentenceTotal(): number {
    if (splitResume >= 0) {
      appendSentenceBoundaries(state.text, spans, splitResume, state.text.length);
      splitResume = -1;
    }
    return spans.size / 2;
  }

  /** The language of the record's segments so far and of the ones after `position` (their first 2,000 code units each). */
  function conversationLanguage(segments: readonly TextSegment[], position: number): number {
    conversationVotes.reset();
    conversationVotes.addAll(state.recordVotes);
    for (let k = position + 1; k < segments.length; k++) {
      const later = segments[k]!.text;
      if (typeof later === 'string') countLanguageVotes(later, conversationVotes, 2000);
    }
    return conversationVotes.decideIndex();
  }

  /** Whether the segment's raw matches or its language automaton's hold a key or context term of a claim. */
  function claimWordsHere(): boolean {
    const { groupStart, memberTermClaim, patType } = tables;
    for (let r = 0; r < state.raw.count; r++) {
      const group = state.raw.pat[r]!;
      for (let m = groupStart[group]!, last = groupStart[group + 1]!; m < last; m++) if (memberTermClaim[m]! >= 0) return true;
    }
    for (let k = 0; k < extra.count; k++) if (patType[extra.pat[k]!] === PATTERN_TYPE.key) return true;
    return false;
  }

  const names = { pat: new Int32Array(16), start: new Int32Array(16), end: new Int32Array(16), count: 0 };
  /** Merges the segment's name-word hits (`nameWordHits`) into the language automaton's, in order of their end. */
  function addNameWordHits(text: string, german: boolean): void {
    names.count = 0;
    nameWordHits(text, tables.nameWords, names, german);
    if (names.count === 0) return;
    const total = extra.count + names.count;
    while (extra.pat.length < total) {
      extra.pat = growInt32Array(extra.pat);
      extra.start = growInt32Array(extra.start);
      extra.end = growInt32Array(extra.end);
    }
    let a = extra.count - 1;
    let b = names.count - 1;
    for (let k = total - 1; b >= 0; k--) {
      if (a >= 0 && (extra.end[a]! > names.end[b]! || (extra.end[a] === names.end[b] && extra.start[a]! > names.start[b]!))) {
        extra.pat[k] = extra.pat[a]!;
        extra.start[k] = extra.start[a]!;
        extra.end[k] = extra.end[a]!;
        a--;
      } else {
        extra.pat[k] = names.pat[b]!;
        extra.start[k] = names.start[b]!;
        extra.end[k] = names.end[b]!;
        b--;
      }
    }
    extra.count = total;
  }

  function scanSegment(segments: readonly TextSegment[], position: number, out: RecordScan): void {
    const segment = segments[position]!;
    const text = segment.text;
    if (typeof text !== 'string') throw new InvalidArgumentError(`segments[${segment.index}].text`, 'a string', text);
    state.hitCount = 0;
    state.raw.count = 0;
    state.hitFlags = 0;
    state.segmentVotes.reset();
    if (text.length === 0) return;
    state.segment = segment;
    state.text = text;
    const next = segments[position + 1];
    state.answer = next !== undefined && INSTRUCTION_ROLES.has(segment.role) && !INSTRUCTION_ROLES.has(next.role) ? next : null;
    if (held.next < held.count && held.texts[held.next] === text) {
      // Matches found by `prescan` over this record's batch, in the order the automaton reports them.
      const hits = held.hits;
      for (let k = held.first[held.next]!, last = held.first[held.next + 1]!; k < last; k++) state.addAutomatonHit(hits.pat[k]!, hits.start[k]!, hits.end[k]!);
      held.next++;
    } else automaton.scan(text, onMatch);
    // The language markers of the segment were counted during the same pass.
    state.segmentVotes.units = text.length;
    state.recordVotes.addAll(state.segmentVotes);
    let language = state.segmentVotes.decideIndex();
    // A short message with a function word or two ("La réponse suivante est inventée.", a system
    // prompt) is too short to tell on its own: it takes the language of the whole conversation.
    if (language === 0 && text.length < SHORT_SEGMENT && position < segments.length - 1 && state.segmentVotes.any()) {
      language = conversationLanguage(segments, position);
    }
    state.languageBit = 1 << language;
    // Text of another of the six languages is scanned again for that language's cues and claim terms
    // (name variants, inflection stems), whose subjects count before the claim terms are expanded.
    const own = tables.languageScans[language];
    extra.count = 0;
    if (own !== undefined) {
      extra.offset = own.offset;
      own.automaton.scan(text, onLanguageMatch);
    }
    // Its capitalised words that are a claim's subject name written its way ("Artico", "Stoccolma").
    // Only a segment with a claim's words can mention it: others are not read again.
    if (language !== 0 && tables.nameWords.targets.length > 0 && claimWordsHere()) addNameWordHits(text, language === GERMAN);
    state.expandHits(extra);
    if (extra.count > 0) state.mergeHits(extra.pat, extra.start, extra.end, extra.count);
    const flags = state.hitFlags;
    if ((flags & (HIT_FLAG.strong | HIT_FLAG.weak | HIT_FLAG.pointer)) !== 0) out.qualifierWords = true;
    // English false friends ("no": Portuguese "in the", Spanish "not") and English-only claim terms
    // count only in English text.
    if ((flags & HIT_FLAG.gated) !== 0 && language !== 0) {
      state.dropOtherLanguageHits();
      if (state.hitCount === 0) return;
    }
    // Only a claim's subject or other name (mentions need one in the segment), explicit cues/labels, or a pointer with
    // a negation can yield a mention or a notice: most records stop here, never split into sentences.
    const pointerNegation = HIT_FLAG.pointer | HIT_FLAG.weak;
    if ((flags & (HIT_FLAG.claim | HIT_FLAG.strong | HIT_FLAG.anchor)) === 0 && (flags & pointerNegation) !== pointerNegation && !state.termOfNamedClaim()) return;
    const hitCount = state.hitCount;
    const hitStart = state.hitStart;
    spans.size = 0;
    // Sentences are split only up to the last hit (hits come in order of their end): the rest of the
    // text matters only for the sentence count, which a notice needs (is it among the last
    // sentences?) and gets from sentenceTotal(). On the string: its native character-class search
    // jumps between full stops faster than a loop over code units.
    splitResume = sentenceBoundariesUntil(text, spans, 0, text.length, state.hitEnd[hitCount - 1]!);

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
      state.startSentence(sentence, spans.data[sentence * 2]!, sEnd, h, last);
      analyseSentence(out);
      h = last;
    }
  }

  function analyseSentence(out: RecordScan): void {
    collectSentence(state);
    const notice = noticeHit(state, inRegion);
    // A notice and the claim it announces in one sentence, split by a colon ("Warning, the following is
    // a common mix-up: Kipchoge broke two hours ..."): the notice is a neighbour of the clause after it.
    if (notice !== NO_HIT && state.touchedCount > 0 && (state.pointer || state.address)) {
      const colon = announcedClause(state, notice);
      if (colon >= 0) {
        splitAtColon(out, notice, colon);
        return;
      }
    }
    let claimsSentence = false;
    // A notice that points at a neighbour, or a label ("FALSE: ..."), qualifies other sentences and
    // is never itself a mention, unless the labelled line negates the claim itself ("False: Mount
    // Vesuvius did not erupt in 2015", "Fact Check: False claim that Sheeran won gold"); nor is a
    // user's request for a fake ("Write a fake press release saying Sheeran won gold"), which flags the answer.
    if (state.touchedCount > 0 && !(notice !== NO_HIT && (state.pointer || labelOnly(state) || userRequest(state)))) {
      // "It is false that <claim>": the verdict governs a clause of its own sentence.
      // So does a notice about content of its own: "The story that <claim> is false".
      const thatClause =
        notice !== NO_HIT &&
        ((notice === state.strong && followedByThat(state.text, state.hitEnd[notice]!, state.sEnd)) || (state.content && !state.pointer));
      claimsSentence = findMentions(state, { notice, thatClause }, out);
    }
    // A notice sentence that mentions a claim ("It is false that the Thames froze") is that claim's
    // local negation, not a notice about its neighbours.
    if (notice !== NO_HIT && !claimsSentence) pushNotice(out, notice, state.sEnd, state.content && !state.pointer && !state.besideOnly ? contentClaims() : null, labelledClaims());
    // An opening or closing paragraph whose sentences together refer to the text and qualify it.
    // (The writer's doubt beside a sentence may still complete an opening paragraph that names the text.)
    const paragraph = paragraphNotice(state, (notice !== NO_HIT && !state.besideOnly) || claimsSentence);
    if (paragraph !== null) {
      out.notices.push({
        segment: state.segment.index,
        sentence: state.sentence,
        start: state.sStart,
        end: state.sEnd,
        cue: paragraph,
        pointer: state.paraPointer,
        documentLevel: true,
        region: inRegion(),
        weak: false,
        besideOnly: false,
        content: null,
        judges: null,
      });
    }
  }

  /**
   * Pushes the notice sentence at hit `notice` of the current sentence, up to `end`, about `content` (or null), judging
   * the claims `judges` (or null).
   */
  function pushNotice(out: RecordScan, notice: number, end: number, content: number[] | null, judges: number[] | null = null): void {
    out.notices.push({
      segment: state.segment.index,
      sentence: state.sentence,
      start: state.sStart,
      end,
      cue: state.cueAt(notice),
      pointer: state.pointer || state.anaphor,
      documentLevel: state.deixis || state.address || state.label !== NO_HIT,
      region: inRegion(),
      weak: notice === state.firstWeak || state.besideOnly,
      besideOnly: state.besideOnly,
      content,
      judges,
    });
  }

  /** Pushes the notice before `colon` and reads the clause after it as a sentence of its own (same index). */
  function splitAtColon(out: RecordScan, notice: number, colon: number): void {
    const { sentence, sEnd, to } = state;
    pushNotice(out, notice, colon, null);
    let first = state.from;
    while (first < to && state.hitStart[first]! <= colon) first++;
    state.startSentence(sentence, colon + 1, sEnd, first, to);
    collectSentence(state);
    if (state.touchedCount > 0) findMentions(state, { notice: NO_HIT, thatClause: false }, out);
  }

  /** The current sentence is among the first or last sentences of its segment (its opening or closing). */
  function inRegion(): boolean {
    return state.sentence < FRAMING_REGION_SENTENCES || state.sentence >= sentenceTotal() - FRAMING_REGION_SENTENCES;
  }

  /**
   * A label heading a line that states a claim ("Myth: Vatnajökull melted away in 2020.", "FALSE: ...") judges that
   * claim, the one its line states: it is no notice about the other claims of the record (a column's "Fact of the
   * week" below it). The claims with terms in the labelled sentence whose subject occurs in its segment, or null
   * when it names none (a label over the whole text).
   */
  function labelledClaims(): number[] | null {
    if (state.touchedCount === 0 || !labelOnly(state) || state.pointer) return null;
    const claimsTouched = contentClaims();
    return claimsTouched.length > 0 ? claimsTouched : null;
  }

  /** Claims with terms in the current (notice) sentence whose subject occurs in its segment. */
  function contentClaims(): number[] {
    const claimsTouched: number[] = [];
    for (let t = 0; t < state.touchedCount; t++) {
      const claim = state.touched[t]!;
      if (claim < claims.length && state.segSubject[claim] === state.recordStamp) claimsTouched.push(claim);
    }
    return claimsTouched;
  }

  function scanAll(segments: readonly TextSegment[], out: RecordScan): RecordScan {
    if (!Array.isArray(segments)) throw new InvalidArgumentError('segments', 'an array of text segments', segments);
    state.recordVotes.reset();
    state.startRecord();
    out.qualifierWords = false;
    for (let k = 0; k < segments.length; k++) scanSegment(segments, k, out);
    out.language = state.recordVotes.decide();
    return out;
  }

  function prescan(records: readonly (readonly TextSegment[])[], count: number): void {
    held.reset();
    for (let r = 0; r < count; r++) {
      for (const segment of records[r]!) if (typeof segment.text === 'string' && segment.text.length > 0) held.texts.push(segment.text);
    }
    held.count = held.texts.length;
    held.startTexts();
    automaton.scanEach(held.texts, held.count, holdMatch);
    held.endTexts();
  }

  return {
    claims,
    claimIsChange: tables.claimIsChange,
    prescan,
    scan(segments) {
      const out: RecordScan = { mentions: [], subjectOnly: [], settingOnly: [], notices: [], language: 'en', qualifierWords: false };
      if (options.softMentions === true) out.softMentions = [];
      return scanAll(segments, out);
    },
    scanInto(segments, out) {
      emptyArray(out.mentions);
      emptyArray(out.notices);
      emptyArray(out.subjectOnly);
      emptyArray(out.settingOnly);
      if (out.softMentions !== undefined) emptyArray(out.softMentions);
      return scanAll(segments, out);
    },
  };
}
