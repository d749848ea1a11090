/**
 * The auditor itself: placement, verdicts and examples for each record, on top of the record scanner.
 * `createAuditor` (in `createAuditor.ts`) validates its claims first; worker threads call
 * `compileAuditor` directly with claims already defined.
 */
import type { Claim, ClaimInput } from '../claims/claim.js';
import { InvalidArgumentError } from '../errors.js';
import { lineAt } from '../util/lineAt.js';
import type { CueDefinition } from './cueBank.js';
import {
  createRecordScanner,
  type RawMention,
  type RawNotice,
  type RecordScan,
  type ScanCue,
} from './createRecordScanner.js';
import { DEFAULT_VERDICT_THRESHOLDS, decideVerdict, type PlacementCounts, type VerdictThresholds } from './decideVerdict.js';
import { INSTRUCTION_ROLES, countPlacement, verdictRank } from './vocabulary.js';
import type {
  ClaimFinding,
  CueHit,
  Mention,
  Placement,
  QualifierKind,
  RecordFindings,
  TextSegment,
  Verdict,
} from './types.js';
import { expectedBelief } from './expectedBelief.js';
import { findUnattachedNotices } from './unattachedNotices.js';
import { noticeShape } from './noticeShape.js';
import { VERDICT_FEATURES, verdictFeatures, type VerdictFacts } from './verdictFeatures.js';
import { compileVerdictModel, predictVerdict, type VerdictModel } from './verdictModel.js';
import { DEFAULT_VERDICT_MODEL } from './verdictModelWeights.js';
import { emptyArray } from '../util/emptyArray.js';
import { correctionWords } from '../claims/deriveClaimTerms.js';
import { correctionOpensAfter } from './correctionOpensAfter.js';
import { describesTrueWorld, trueWorldNames } from './describesTrueWorld.js';
import { flaggingNotice } from './flaggingNotice.js';
import { noticeQualifies } from './noticeQualifies.js';
import { segmentAt } from './segmentAt.js';
import { bracketNote, correctionNote, endsWithQuestion } from './scan/scopeRules.js';
import { isDigit } from '../text/isWordChar.js';
import { plainAssertion } from './plainAssertion.js';
import { statesPersistence } from './statesPersistence.js';
import { reportWordAt, reportsSpeech, statementWords } from './reportsSpeech.js';
import { claimLabel } from './claimLabel.js';
import { hedgedOpening, passesOn, verdictAfter } from './scan/deniedReport.js';
import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { scoredNoticeFor, type ScoredNoticeCache } from './scoredNotice.js';
import { actualityOpener, openingVerdict, type OpeningVerdict } from './openingVerdict.js';
import { appendSentenceBoundaries, SpanBuffer } from '../text/splitSentences.js';

/** Options of {@link createAuditor}. */
export interface AuditorOptions {
  /** Claims to audit (validated with `defineClaim`; subject/terms derived when missing). May be empty. */
  claims: readonly (Claim | ClaimInput)[];
  /** Cues added to the built-in bank (e.g. another language's "this is false"). */
  extraCues?: readonly CueDefinition[];
  /** Override the verdict thresholds (see docs/accuracy.md). */
  thresholds?: Partial<VerdictThresholds>;
  /** Examples kept per claim and record (default 3). */
  maxExamples?: number;
  /** Report notices not tied to a known claim as `claimId: null` findings (default true). */
  unattachedNotices?: boolean;
  /** Longest example sentence kept, in characters (default 500). */
  maxSentenceLength?: number;
  /**
   * How a claim's verdict is decided from the evidence: `rules` (default; `decideVerdict` and its
   * thresholds) or `learned` (a model trained on the labelled development data over the rules' verdict,
   * their counts and the context sentences the rules leave out; see docs/accuracy.md, "Learned decision").
   * The learned verdict is one the record's evidence can explain (`negated-locally` only with a local
   * mention, `neglect-risk` only with a notice or correction), and findings, examples and expected belief follow it.
   */
  decision?: AuditDecision;
  /** The model of `decision: 'learned'` (default: the one trained by bench/train-verdict-model.ts). */
  verdictModel?: VerdictModel;
}

/** How the auditor decides a claim's verdict (see `AuditorOptions.decision`). */
export type AuditDecision = 'rules' | 'learned';

/** A compiled auditor (reuse it across records: compiling is the expensive part). */
export interface Auditor {
  readonly claims: readonly Claim[];
  /** Audits one record given as segments (a document, or one segment per chat message). */
  auditSegments(segments: readonly TextSegment[], options?: AuditSegmentsOptions): RecordFindings;
  /**
   * @internal Announces the records about to be audited, in order (`records[0, count)`): their texts
   * are scanned in one pass (`RecordScanner.prescan`), which spares the automaton's fixed cost per
   * segment on short records. Findings are the same with or without it.
   */
  prescanSegments?(records: readonly (readonly TextSegment[])[], count: number): void;
}

/** Options of `Auditor#auditSegments`. */
export interface AuditSegmentsOptions {
  /**
   * Asked before each example mention is built (placement and match score known, text not yet
   * sliced): return false to leave it out. Lets an aggregate that keeps only its strongest
   * examples skip building the others. Counts and verdicts are unaffected.
   */
  wantsExample?: (claimId: string, placement: Placement, score: number) => boolean;
  /**
   * @internal Called instead of adding a finding for a claim the record names only in context
   * sentences (verdict `none`, no mentions, only `context` counts): an aggregate that only counts
   * them spares the finding's five objects, for every claim that shares the subject of the one
   * mentioned. The record's findings then leave such claims out.
   */
  onContextOnly?: (claimId: string, subject: number, setting: number) => void;
  /**
   * @internal The result is read before the next call and never kept (an aggregate that counts each
   * record at once): the result object, its `claims` list, each finding and its `placements` and
   * `context` are reused by the next call, and findings without qualifiers or examples share one
   * frozen empty object or list. Spares about ten objects per record.
   */
  reuseFindings?: boolean;
  /**
   * @internal With `decision: 'learned'`: called with each claim's features (`VERDICT_FEATURES`, a
   * reused array), the rules' verdict and the verdicts its evidence can explain (`allowed`, reused: ask
   * it during the call) before the model decides. None of these depend on the model, so
   * bench/verdictReplay.ts replays any model's verdicts from them without auditing again.
   */
  onVerdictFeatures?: (claimId: string, features: Float64Array, rulesVerdict: Verdict, allowed: (verdict: Verdict) => boolean) => void;
}

/**
 * Shared by the findings of `reuseFindings` audits that have no qualifier, no example, or no finding
 * at all; never written to. Not frozen: a frozen array's elements kind makes `for...of` over it
 * allocate an iterator per loop.
 */
const NO_QUALIFIERS: Partial<Record<QualifierKind, number>> = {};
const NO_EXAMPLES: Mention[] = [];
const NO_FINDINGS: ClaimFinding[] = [];
const NO_PLACED: PlacedMention[] = [];

/** The expected belief of a claim a record does not mention (one shared, frozen object). */
const NOT_MENTIONED_BELIEF = expectedBelief({ verdict: 'none', placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0 }, qualifiers: {} });

const PLACEMENT_RANK: Record<Placement, number> = { adjacent: 3, framing: 2, local: 1, unqualified: 0 };
/** The placements that explain each verdict (their mentions are the first examples). */
const EXPLAINING_PLACEMENTS: Record<Verdict, readonly Placement[]> = {
  'neglect-risk': ['adjacent', 'framing'],
  'negated-locally': ['local'],
  asserts: ['unqualified'],
  none: ['unqualified'],
};

/** Longest line that can be a title. */
const TITLE_LENGTH = 120;

/**
 * The sentence `text[start, end)` is a title: a short line of its own without final punctuation
 * ("Federer remporte le Tour de France", "**The 2015 Vesuvius Eruption**").
 */
function isTitle(text: string, start: number, end: number): boolean {
  if (end - start > TITLE_LENGTH) return false;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  if (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) return false;
  let k = end - 1;
  while (k > start && /[\s*_#>\]]/.test(text[k]!)) k--;
  const last = text.charCodeAt(k);
  return last !== 46 && last !== 33 && last !== 63 && last !== 58 && last !== 59; // . ! ? : ;
}

const NO_TARGETS: readonly number[] = [];

/** No neighbouring paragraphs: an empty span. */
const NO_PARAGRAPHS: readonly [number, number] = [0, 0];

/**
 * When `text[start, end)` is a line of its own (white space alone beside it on its line), the span from the start
 * of the non-empty line before it to the end of the non-empty line after it (the paragraphs beside the line);
 * otherwise {@link NO_PARAGRAPHS}.
 */
function neighbouringParagraphs(text: string, start: number, end: number): readonly [number, number] {
  let a = start;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && isWhiteSpace(text.charCodeAt(a - 1))) a--;
  if (a > 0 && text.charCodeAt(a - 1) !== 10) return NO_PARAGRAPHS;
  let b = end;
  while (b < text.length && text.charCodeAt(b) !== 10 && isWhiteSpace(text.charCodeAt(b))) b++;
  if (b < text.length && text.charCodeAt(b) !== 10) return NO_PARAGRAPHS;
  // The line before: back over the blank lines, then to its start; the line after: over the blank lines, then to
  // its end (a paragraph may be long: its break is found by the string's own search).
  while (a > 0 && isWhiteSpace(text.charCodeAt(a - 1))) a--;
  a = a > 0 ? text.lastIndexOf('\n', a - 1) + 1 : 0;
  while (b < text.length && isWhiteSpace(text.charCodeAt(b))) b++;
  const lineBreak = text.indexOf('\n', b);
  return [a, lineBreak < 0 ? text.length : lineBreak];
}

/** Notice kinds that doubt a claim without denying it: they place a claim sentence that only reports or hedges it. */
const DOUBTING_KINDS: ReadonlySet<QualifierKind> = new Set<QualifierKind>(['unreliable-source', 'low-probability']);

/** Scored notice kinds that place a hedged claim sentence: a doubt about what was said, its source or its odds. */
const DOUBTS_HEDGE: ReadonlySet<QualifierKind> = new Set<QualifierKind>(['unreliable-source', 'low-probability', 'uncertainty']);

/** Notice kinds that judge a claim false: a verdict beside a claim cited under a label (see `claimLabel`). */
const VERDICT_KINDS: ReadonlySet<QualifierKind> = new Set<QualifierKind>(['negation', 'correction']);

/** What corrects an asserted claim sentence (see `correctedBeside`). */
const CORRECTED_BY = { none: 0, notice: 1, negation: 2, label: 3 } as const;
type CorrectedBy = (typeof CORRECTED_BY)[keyof typeof CORRECTED_BY];

/**
 * Match score of a claim sentence that carries the whole claim: the subject with three of its key terms
 * (see `findMentions`). Such a sentence, stated plainly, asserts the claim (`plainAssertion`).
 */
const WHOLE_CLAIM = 1;

/** How far after a judgement of error a colon may stand to make it the head of its sentence ("Errore mio, e mi scuso: ..."). */
const LABEL_REACH = 60;

/** How many sentences away a local negation of the claim still corrects an asserted claim sentence. */
const CORRECTION_REACH = 2;

/**
 * Distinct names or numbers of a claim's correction that a sentence right after an asserted claim sentence must give
 * to correct it without a word of error (see `correctedByTruth`): one is as often the story going on (a weekday, a
 * score, "Service"), two put the true facts in the claim's place.
 */
const TRUTH_NAMES = 2;

/** How much of the text after an asserted claim sentence `truthInSlot` reads for the next sentence. */
const NEXT_SENTENCE_READ = 400;

/** How much of a chat answer `answerGivesTruth` reads for its first two sentences. */
const ANSWER_OPENING = 400;

/**
 * From this many mentions of a claim in one record, the searches for a correction beside each asserted sentence
 * (`correctionFollows`, `correctedRightAfter`) look only at the mentions within {@link CORRECTION_REACH} sentences (an index by segment and sentence) instead
 * of every mention: a long record repeating the claim made the search quadratic (64,000 mentions: 21 s).
 */
const NEARBY_INDEX_FROM = 64;

/** The positions in `mentions` of each segment's mentions, by sentence (see {@link NEARBY_INDEX_FROM}). */
type NearbyIndex = Map<number, Map<number, number[]>>;

function indexBySentence(mentions: readonly PlacedMention[]): NearbyIndex {
  const index: NearbyIndex = new Map();
  for (let i = 0; i < mentions.length; i++) {
    const raw = mentions[i]!.raw;
    let bySentence = index.get(raw.segment);
    if (!bySentence) index.set(raw.segment, (bySentence = new Map()));
    const list = bySentence.get(raw.sentence);
    if (list) list.push(i);
    else bySentence.set(raw.sentence, [i]);
  }
  return index;
}

/**
 * `other` is a sure local negation, or a bracketed correction note (placed beside the text but correcting as a local
 * negation would, however surely its words negate), in `m`'s segment: what may correct the asserted sentence `m`.
 */
function mayCorrect(other: PlacedMention, m: PlacedMention): boolean {
  // A note corrects however surely its words negate (a year in its clause, "[Correction: false. IKEA did not buy Lego
  // in 2021.]"): it is about the sentence beside it, not the text's own account of another year.
  return ((other.placement === 'local' && other.raw.localStrength === 1) || other.note) && other.raw.segment === m.raw.segment;
}

/** The mentions of `m`'s segment within reach of its sentence, in their order in `mentions`. */
function mentionsNear(index: NearbyIndex, mentions: readonly PlacedMention[], m: PlacedMention): PlacedMention[] {
  const bySentence = index.get(m.raw.segment);
  const picked: number[] = [];
  for (let s = m.raw.sentence - CORRECTION_REACH; s <= m.raw.sentence + CORRECTION_REACH; s++) {
    const list = bySentence?.get(s);
    if (list) for (const i of list) picked.push(i);
  }
  picked.sort((a, b) => a - b);
  return picked.map((i) => mentions[i]!);
}

/**
 * The sentence starting at `start` is a note set apart in brackets ("[Correction: ...]", "(Note: ...)")
 * or in emphasis ("*Not true: ...*", "**[Wrong: ...]**", as editors mark their corrections in italics or bold).
 * Labels without brackets ("Fact Check: No evidence ...") do not count: debunking texts open with them.
 */
function bracketed(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  let emphasis = k;
  while (emphasis < end && isEmphasis(text.charCodeAt(emphasis))) emphasis++;
  const first = text.charCodeAt(emphasis);
  if (first === 91 || first === 40) return true; // [ (
  // The whole sentence in emphasis: an opener followed by a word (a list bullet, "* item", has a space)
  // and a closer at its end; not a bold label alone ("**Claim:** Vesuvius erupted ...").
  if (emphasis === k || first === 32 || first === 9) return false;
  let last = end - 1;
  while (last > emphasis && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 10 || text.charCodeAt(last) === 13)) last--;
  return isEmphasis(text.charCodeAt(last));
}

/** Longest label that opens a correction ("Community note:", "CORRECTION (teacher):", "Erratum:"). */
const LABEL_LENGTH = 40;

/**
 * The sentence `[start, end)` opens with a label: a few words and a colon before its content
 * ("Community note: Sony did not ...", "CORRECTION (teacher): wrong — ...", "Erratum: incorrect; ..."),
 * after bullets, arrows or emphasis.
 */
function labelled(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && !isLetter(text.charCodeAt(k))) k++;
  const limit = Math.min(end - 1, k + LABEL_LENGTH);
  let words = 1;
  for (let i = k; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return words <= 4 && i > k; // ':'
    if (c === 32) words++;
    else if (c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 10) return false;
  }
  return false;
}

/**
 * `name` occurs in `span` as a word: at a word start, and, for a short name (an acronym such as "eu"),
 * at a word end too ("Europe" names no EU); a longer name may take an ending ("Harvards").
 */
function includesWord(span: string, name: string): boolean {
  for (let at = span.indexOf(name); at >= 0; at = span.indexOf(name, at + 1)) {
    if (at > 0 && (isLetter(span.charCodeAt(at - 1)) || isDigit(span.charCodeAt(at - 1)))) continue;
    const after = at + name.length;
    if (name.length < 4 && after < span.length && (isLetter(span.charCodeAt(after)) || isDigit(span.charCodeAt(after)))) continue;
    return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * The sentence `[start, end)` ends as a statement, with a full stop or an exclamation mark before any
 * closing quotes, brackets or emphasis: not a heading ("**1. The 2015 Vesuvius Eruption**") or a question.
 */
function endsStatement(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k > start) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 13 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0xbb || isEmphasis(c)) k--;
    else break;
  }
  const last = text.charCodeAt(k);
  return last === 46 || last === 33;
}

/** Where the word starting at `at` ends (letters, apostrophes, hyphens). */
function wordEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && /[\p{L}'’-]/u.test(text[k]!)) k++;
  return k;
}

/** `*` or `_`: Markdown emphasis. */
function isEmphasis(code: number): boolean {
  return code === 42 || code === 95;
}

/** Sentences that name a claim's subject without its predicate, by kind (see `RawMention.context`). */
type ContextCounts = NonNullable<ClaimFinding['context']>;

interface PlacedMention {
  raw: RawMention;
  placement: Placement;
  cue: ScanCue | null;
  /** Placed by a neighbouring notice that corrects content of its own ("[The story that ... is false.]"). */
  besideCorrection: boolean;
  /** A local negation that corrects an asserted sentence beside it (see `correctedBeside`). */
  corrects: boolean;
  /** A chat prompt's plain statement of the claim that the answer negates (see `answerDecides`): corrected. */
  premise: boolean;
  /**
   * Reported, but does not vote: a prompt's mention in a chat whose answer mentions the claim (see
   * `answerDecides`), or a sentence of the true world in a text that negates the claim (see `trueWorldSilent`).
   */
  silent: boolean;
  /** A bracketed correction note of its own (see `correctionNote`): placed beside the text, but no asserted sentence. */
  note: boolean;
}

function zeroCounts(counts: PlacementCounts): PlacementCounts {
  counts.local = 0;
  counts.adjacent = 0;
  counts.framing = 0;
  counts.unqualified = 0;
  return counts;
}

/** Whether `wantsExample` takes any of `mentions` (a loop: no closure per finding). */
function anyWanted(claimId: string, mentions: readonly PlacedMention[], wantsExample: NonNullable<AuditSegmentsOptions['wantsExample']>): boolean {
  for (const m of mentions) if (wantsExample(claimId, m.placement, m.raw.score)) return true;
  return false;
}

function refill(
  into: ClaimFinding,
  claimId: string,
  verdict: Verdict,
  mentions: number,
  placements: PlacementCounts,
  qualifiers: Partial<Record<QualifierKind, number>>,
  belief: ClaimFinding['expectedBelief'],
  examples: Mention[],
): ClaimFinding {
  into.claimId = claimId;
  into.verdict = verdict;
  into.mentions = mentions;
  into.placements = placements;
  into.qualifiers = qualifiers;
  into.expectedBelief = belief;
  into.examples = examples;
  return into;
}

function placed(out: PlacedMention, placement: Placement, cue: ScanCue | null, besideCorrection: boolean): PlacedMention {
  out.placement = placement;
  out.cue = cue;
  out.besideCorrection = besideCorrection;
  out.corrects = false;
  out.premise = false;
  out.silent = false;
  out.note = false;
  return out;
}

/**
 * @internal The auditor behind {@link createAuditor}, for claims that are already defined (a
 * worker thread gets them from the calling thread): it does not validate them, so this module and
 * a worker that imports it do not load zod.
 */
export function compileAuditor(claims: readonly Claim[], options: Omit<AuditorOptions, 'claims'>): Auditor {
  const maxExamples = options.maxExamples ?? 3;
  if (!Number.isInteger(maxExamples) || maxExamples < 0) {
    throw new InvalidArgumentError('maxExamples', 'a non-negative integer', maxExamples);
  }
  const maxSentence = options.maxSentenceLength ?? 500;
  const thresholds: VerdictThresholds = { ...DEFAULT_VERDICT_THRESHOLDS, ...(options.thresholds ?? {}) };
  const decision = options.decision ?? 'rules';
  if (decision !== 'rules' && decision !== 'learned') throw new InvalidArgumentError('decision', "'rules' or 'learned'", decision);
  const learned = decision === 'learned';
  const model = options.verdictModel ?? DEFAULT_VERDICT_MODEL;
  if (learned && model.features.join() !== VERDICT_FEATURES.join()) {
    throw new InvalidArgumentError('verdictModel.features', `the ${VERDICT_FEATURES.length} features of this version (VERDICT_FEATURES)`, `${model.features.length} features`);
  }
  const scanner = createRecordScanner(claims, { ...(options.extraCues ? { extraCues: options.extraCues } : {}), softMentions: learned });
  const reportUnattached = options.unattachedNotices ?? true;
  // Per claim: what its correction says that it does not (read only for claims a record negates locally).
  const truthWords = claims.map((claim) => correctionWords(claim));
  // Per claim: whether it says a state ended (a sentence saying that state goes on is then the true world).
  const changes = scanner.claimIsChange;
  // Per claim, the words of its statement (read only for chat prompts that state a claim the answer denies).
  const ownWords: (Set<string> | undefined)[] = [];
  // Per claim: its subject's names in lower case (read only by the scored notices' second look).
  const subjectNames = claims.map((claim) =>
    [claim.subject, ...claim.aliases, ...Object.values(claim.languages ?? {}).flatMap((l) => l?.aliases ?? [])]
      .filter((name): name is string => typeof name === 'string' && name.length > 1)
      .map((name) => name.toLowerCase()),
  );
  // Per claim: the `namesClaim` call that last read its names (`namesRead[c] === namesCall`: read in this call).
  const namesRead = new Int32Array(claims.length);
  let namesCall = 0;
  /** The scan of the record being audited (the scored notices' second look reads its mentions). */
  let currentScan: RecordScan | null = null;
  let currentScanSegments: readonly TextSegment[] = [];
  /** Spans the scored notices' second look has read in the current record (valid while `scoredStamp === recordStamp`). */
  const scoredSeen: ScoredNoticeCache = { spans: new Map(), edges: new Map() };
  let scoredStamp = -1;
  const claimSentences = new Set<number>();
  let claimSentencesStamp = -1;
  const scoredNeighbours = { before: true, after: true };
  /** The language of the record being audited. */
  let recordLanguage: RecordFindings['language'] = 'en';

  // Reused between records: the scan is consumed before auditSegments returns.
  const scratch: RecordScan = { mentions: [], subjectOnly: [], settingOnly: [], notices: [], language: 'en' };
  if (learned) {
    scratch.softMentions = [];
    scratch.softPool = [];
  }
  // Per claim, valid while `claimStamp[claim] === recordStamp`: its placed mentions and context
  // counts in the current record. Reused, so a record costs no per-claim arrays (40+ claims).
  const placedBy: PlacedMention[][] = claims.map(() => []);
  // With the learned decision: per claim, its context sentences placed as soft mentions.
  const softBy: PlacedMention[][] = learned ? claims.map(() => []) : [];
  const contextSubject = new Int32Array(claims.length);
  const contextSetting = new Int32Array(claims.length);
  const claimStamp = new Int32Array(claims.length);
  const mentioned = new Int32Array(claims.length);
  let recordStamp = 0;
  /** Claims of the current record: `mentioned[0 .. mentionedCount)`. */
  let mentionedCount = 0;
  // Placed mentions of the current record, `placedPool[0 .. placedCount)`: internal to a call, so reused.
  const placedPool: PlacedMention[] = [];
  let placedCount = 0;
  // Reused between calls of a `reuseFindings` audit (see AuditSegmentsOptions.reuseFindings).
  const reusedResult: RecordFindings = { verdict: 'none', claims: [], language: 'en' };
  const reusedEmpty: RecordFindings = { verdict: 'none', claims: NO_FINDINGS, language: 'en' };
  const findingPool: ClaimFinding[] = [];
  // Reused within buildFinding (decideVerdict and expectedBelief read them and keep nothing).
  const deciding: PlacementCounts = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };
  const evidence = { localWeight: 0, corrected: 0, titles: 0, asserted: 0, plainlyAsserted: 0 };
  const beliefFacts: { verdict: Verdict; placements: PlacementCounts; qualifiers: Partial<Record<QualifierKind, number>>; corrected: number } = {
    verdict: 'none',
    placements: deciding,
    qualifiers: NO_QUALIFIERS,
    corrected: 0,
  };

  /** Starts the per-claim state of `claim` at its first sentence in the current record. */
  function see(claim: number): void {
    if (claimStamp[claim] === recordStamp) return;
    claimStamp[claim] = recordStamp;
    emptyArray(placedBy[claim]!);
    if (learned) emptyArray(softBy[claim]!);
    contextSubject[claim] = 0;
    contextSetting[claim] = 0;
    mentioned[mentionedCount++] = claim;
  }

  function auditSegments(segments: readonly TextSegment[], auditOptions?: AuditSegmentsOptions): RecordFindings {
    const wantsExample = auditOptions?.wantsExample;
    const onContextOnly = auditOptions?.onContextOnly;
    const reuse = auditOptions?.reuseFindings === true;
    const scan = scanner.scanInto(segments, scratch);
    currentScan = scan;
    currentScanSegments = segments;
    recordLanguage = scan.language;
    const { subjectOnly, settingOnly } = scan;
    if (scan.mentions.length === 0 && scan.notices.length === 0 && subjectOnly.length === 0 && settingOnly.length === 0) {
      return reuse ? reusedFindings('none', NO_FINDINGS, scan.language) : { verdict: 'none', claims: [], language: scan.language };
    }

    const notices = scan.notices;
    pointedCount = 0;
    for (const notice of notices) if (notice.pointer) claimsBeside(notice, scan.mentions, segments);
    recordStamp++;
    mentionedCount = 0;
    placedCount = 0;
    for (const raw of scan.mentions) {
      see(raw.claim);
      placedBy[raw.claim]!.push(place(raw, notices, segments));
    }
    for (const claim of subjectOnly) {
      see(claim);
      contextSubject[claim] = contextSubject[claim]! + 1;
    }
    for (const claim of settingOnly) {
      see(claim);
      contextSetting[claim] = contextSetting[claim]! + 1;
    }
    const count = mentionedCount;
    if (learned) {
      claimsWithMentions = 0;
      for (let k = 0; k < count; k++) if (placedBy[mentioned[k]!]!.length > 0) claimsWithMentions++;
      // A claim named only in context beside another claim's mentions is context (in the development
      // data 178 of 193 such pairs are labelled none): its soft mentions are neither placed nor read.
      for (const raw of scan.softMentions!) {
        if (claimsWithMentions === 0 || placedBy[raw.claim]!.length > 0) softBy[raw.claim]!.push(place(raw, notices, segments));
      }
      factsOf = scan;
      factsStamp = -1;
    }
    // Findings in claim order (insertion sort: a record mentions a few claims).
    for (let k = 1; k < count; k++) {
      const claim = mentioned[k]!;
      let j = k - 1;
      for (; j >= 0 && mentioned[j]! > claim; j--) mentioned[j + 1] = mentioned[j]!;
      mentioned[j + 1] = claim;
    }
    const findings: ClaimFinding[] = reuse ? reusedResult.claims : [];
    if (reuse) emptyArray(findings);
    let anyVerdict = false;
    for (let k = 0; k < count; k++) {
      const index = mentioned[k]!;
      const mentions = placedBy[index]!;
      if (mentions.length === 0 && (!learned || softBy[index]!.length === 0) && onContextOnly !== undefined) {
        onContextOnly(claims[index]!.id, contextSubject[index]!, contextSetting[index]!);
        continue;
      }
      const hasContext = contextSubject[index]! + contextSetting[index]! > 0;
      const soft = learned ? softBy[index]! : NO_PLACED;
      if (mentions.length > 0 || soft.length > 0) {
        const into = reuse ? pooledFinding(findings.length) : undefined;
        const finding = buildFinding(index, mentions, soft, segments, wantsExample, into, auditOptions?.onVerdictFeatures);
        if (finding === null) {
          // The learned decision found no claim here: the mentions were context.
          const counts = { subject: contextSubject[index]!, setting: contextSetting[index]! + mentions.length };
          if (onContextOnly !== undefined) onContextOnly(claims[index]!.id, counts.subject, counts.setting);
          else findings.push(contextFinding(claims[index]!.id, counts));
          continue;
        }
        const promoted = mentions.length === 0;
        if (promoted) {
          // Context sentences the learned decision took as the claim's mentions are no longer context.
          if (into !== undefined) into.context = undefined;
        } else if (into !== undefined) {
          if (hasContext) {
            const context = (into.context ??= { subject: 0, setting: 0 });
            context.subject = contextSubject[index]!;
            context.setting = contextSetting[index]!;
          } else into.context = undefined;
        } else if (hasContext) finding.context = { subject: contextSubject[index]!, setting: contextSetting[index]! };
        if (finding.verdict !== 'none') anyVerdict = true;
        findings.push(finding);
      } else if (hasContext) {
        findings.push(contextFinding(claims[index]!.id, { subject: contextSubject[index]!, setting: contextSetting[index]! }));
      }
    }
    if (reportUnattached && !anyVerdict) {
      for (const finding of findUnattachedNotices(notices, segments, { maxExamples, maxSentenceLength: maxSentence })) findings.push(finding);
    }
    let verdict: Verdict = 'none';
    for (const finding of findings) if (verdictRank(finding.verdict) > verdictRank(verdict)) verdict = finding.verdict;
    return reuse ? reusedFindings(verdict, findings, scan.language) : { verdict, claims: findings, language: scan.language };
  }

  /** The reused result of a `reuseFindings` audit: `findings` is the reused list or, for a record without any, the frozen empty one. */
  function reusedFindings(verdict: Verdict, findings: ClaimFinding[], language: RecordFindings['language']): RecordFindings {
    const result = findings === reusedResult.claims ? reusedResult : reusedEmpty;
    result.verdict = verdict;
    result.language = language;
    return result;
  }

  /** The `slot`-th reused finding of a `reuseFindings` audit. */
  function pooledFinding(slot: number): ClaimFinding {
    let finding = findingPool[slot];
    if (finding === undefined) {
      finding = {
        claimId: '',
        verdict: 'none',
        mentions: 0,
        placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0 },
        qualifiers: NO_QUALIFIERS,
        expectedBelief: NOT_MENTIONED_BELIEF,
        examples: NO_EXAMPLES,
        context: undefined,
      };
      findingPool[slot] = finding;
    }
    return finding;
  }

  /**
   * Per pointer notice of the current record (in order): the claims mentioned right beside it,
   * `pointedAt[0 .. pointedCount)` (the lists are reused between records).
   */
  const pointedAt: number[][] = [];
  let pointedCount = 0;

  /**
   * Adds the list of the claims with a mention in a sentence right before or after `notice` to `pointedAt`. A
   * notice that is a line of its own points at the paragraphs beside it, whole ("The following two paragraphs are
   * from a satirical column and entirely made up." over a paragraph of two claim sentences): a paragraph is the
   * unit a line about the text sets apart, as a sentence is for a notice inside a paragraph.
   */
  function claimsBeside(notice: RawNotice, mentions: readonly RawMention[], segments: readonly TextSegment[]): void {
    const beside = (pointedAt[pointedCount++] ??= []);
    emptyArray(beside);
    let others = false;
    for (const m of mentions) {
      if (m.segment !== notice.segment) continue;
      const next = Math.abs(m.sentence - notice.sentence) === 1 || (m.sentence === notice.sentence && m.start >= notice.end);
      if (next && !beside.includes(m.claim)) beside.push(m.claim);
      else if (!next && m.sentence !== notice.sentence) others = true;
    }
    // Only a mention further away can be in a neighbouring paragraph: most records have none, and skip the search.
    if (!others || beside.length === 0) return;
    const text = segmentAt(segments, notice.segment)?.text;
    if (typeof text !== 'string') return;
    const [from, to] = neighbouringParagraphs(text, notice.start, notice.end);
    for (const m of mentions) {
      if (m.segment === notice.segment && m.start >= from && m.start < to && m.sentence !== notice.sentence && !beside.includes(m.claim)) beside.push(m.claim);
    }
  }

  /**
   * The first notice in sentence `sentence` of segment `segment` that can qualify `claim` (records
   * have few notices): a notice about content of its own qualifies only the claims that content touches.
   */
  function noticeAt(notices: readonly RawNotice[], segment: number, sentence: number, claim: number): RawNotice | undefined {
    for (const notice of notices) if (notice.segment === segment && notice.sentence === sentence && noticeQualifies(notice, claim)) return notice;
    return undefined;
  }

  /** The notice that announces `raw` before a colon of its own sentence ("..., the following is a mix-up: <claim>"). */
  function announcing(notices: readonly RawNotice[], raw: RawMention): RawNotice | undefined {
    for (const notice of notices) {
      if (notice.segment === raw.segment && notice.sentence === raw.sentence && notice.end <= raw.start && noticeQualifies(notice, raw.claim)) return notice;
    }
    return undefined;
  }

  /** Places `raw`, in a reused object (placed mentions live only during the call). */
  function place(raw: RawMention, notices: readonly RawNotice[], segments: readonly TextSegment[]): PlacedMention {
    let out = placedPool[placedCount];
    if (out === undefined) placedPool[placedCount] = out = { raw, placement: 'unqualified', cue: null, besideCorrection: false, corrects: false, premise: false, silent: false, note: false };
    placedCount++;
    out.raw = raw;
    return placeInto(out, raw, notices, segments);
  }

  function placeInto(out: PlacedMention, raw: RawMention, notices: readonly RawNotice[], segments: readonly TextSegment[]): PlacedMention {
    // A claim sentence that only reports or hedges the claim ("Harvard aurait supprimé ...", "Some say
    // that ...") passes it on without denying it: a doubt about its source or odds right beside it ("a
    // rumour we could not verify") is the qualifier that places it, as for a plain statement. A denial
    // there ("That claim is false.") is a debunk's, and so is a doubt further away (debunks speak of
    // "conspiracy theories circulating online"): the local qualifier stays.
    const hedged = raw.local !== null && raw.local.kind === 'uncertainty';
    if (raw.local && !hedged) {
      // A note set apart inside the sentence ("[SATIRE] ...", "... [Correction: this is wrong ...]") is
      // about the sentence, as beside it: the sentence itself still states the claim (the corrected
      // condition when the note denies or corrects it).
      const text = segmentAt(segments, raw.segment)?.text;
      // So is a notice that announces the claim before a colon ("The next thing I say is NOT true: ...").
      if (raw.announced || (text !== undefined && bracketNote(text, raw.start, raw.local.start, raw.end))) {
        return placed(out, 'adjacent', raw.local, raw.local.kind === 'negation' || raw.local.kind === 'correction');
      }
      // A bracketed note of its own with a heading ("[Correction: the Court never moved.]") corrects what
      // the text says beside it, not the text negating the claim in its own words: it is placed beside
      // the text (it is itself no asserted sentence to correct, so a text that negates the claim in its own
      // sentences more often than in notes stays negated locally).
      if ((raw.local.kind === 'negation' || raw.local.kind === 'correction') && text !== undefined && correctionNote(text, raw.start, raw.end)) {
        placed(out, 'adjacent', raw.local, false).note = true;
        return out;
      }
      // In a chat whose prompt flags the answer as false or invented, the answer's negations are flagged content too.
      const flag = flaggingNotice(notices, segments, raw.segment, raw.claim, recordLanguage);
      if (flag !== undefined) return placed(out, 'framing', flag, false);
      return placed(out, 'local', raw.local, false);
    }
    const neighbour =
      noticeAt(notices, raw.segment, raw.sentence - 1, raw.claim) ??
      noticeAt(notices, raw.segment, raw.sentence + 1, raw.claim) ??
      announcing(notices, raw);
    if (neighbour && (!hedged || DOUBTING_KINDS.has(neighbour.cue.kind))) {
      // A claim cited under a label ("Claim review: ...", "Affermazione: «...»") with its verdict right beside
      // it ("Verdict: False.") is a fact-check's pair: the claim is judged where it is cited, inside the pair.
      if (raw.local === null && VERDICT_KINDS.has(neighbour.cue.kind) && neighbour.content === null) {
        const text = segmentAt(segments, raw.segment)?.text;
        if (text !== undefined && claimLabel(text, raw.start, raw.end)) {
          raw.local = neighbour.cue;
          raw.localStrength = 1;
          return placed(out, 'local', neighbour.cue, false);
        }
      }
      // A claim passed on as someone else's words and denied by the next sentence ("One visitor told our volunteers
      // that ... That story is false, and ...") is never asserted: a local negation (see `passesOn`).
      if (raw.local === null && VERDICT_KINDS.has(neighbour.cue.kind) && neighbour.sentence === raw.sentence + 1 && deniedAfter(raw, segmentAt(segments, raw.segment)?.text)) {
        raw.local = neighbour.cue;
        raw.localStrength = 1;
        return placed(out, 'local', neighbour.cue, false);
      }
      return placed(out, 'adjacent', neighbour.cue, neighbour.content !== null);
    }
    if (hedged) return placed(out, 'local', raw.local, false);
    const role = segmentAt(segments, raw.segment)?.role ?? 'document';
    let pointer = 0;
    for (const notice of notices) {
      // A notice that points at a claim sentence beside it ("That statement is false.") is about
      // that sentence: it frames mentions of the claims it points at, not another claim of the record.
      const targets = notice.pointer ? pointedAt[pointer++]! : NO_TARGETS;
      if (!noticeQualifies(notice, raw.claim) || (targets.length > 0 && !targets.includes(raw.claim))) continue;
      if (notice.segment === raw.segment) {
        if (notice.sentence === raw.sentence) continue;
        // Any explicit notice elsewhere in the text is a document-level signal: an opening or closing
        // disclaimer, a notice naming the document, or a notice two or more sentences away.
        if (!notice.besideOnly && (!notice.weak || notice.region || notice.documentLevel)) return placed(out, 'framing', notice.cue, false);
      } else {
        const noticeRole = segmentAt(segments, notice.segment)?.role ?? 'document';
        if (INSTRUCTION_ROLES.has(noticeRole) && noticeRole !== role) return placed(out, 'framing', notice.cue, false);
      }
    }
    return placed(out, 'unqualified', null, false);
  }

  /**
   * The claim sentence of `raw` passes the claim on as someone else's words (`passesOn`), so a denial or correction in
   * the next sentence negates it locally rather than correcting an assertion: the paper's local-negation documents
   * report the claim and deny it right after ("An article circulating online claims X. This is false.").
   */
  function reportDenied(raw: RawMention, text: string | undefined): boolean {
    if (typeof text !== 'string') return false;
    const names = subjectNames[raw.claim]!;
    const subjectBefore = (at: number): boolean => {
      const span = text.slice(raw.start, at).toLowerCase();
      for (const name of names) if (includesWord(span, name)) return true;
      return false;
    };
    return passesOn(text, raw.start, raw.end, (ownWords[raw.claim] ??= statementWords(claims[raw.claim]!.statement)), subjectBefore, recordLanguage ?? 'en');
  }

  /** `reportDenied`, with a verdict opening the next sentence (`verdictAfter`): a notice there may only doubt it. */
  function deniedAfter(raw: RawMention, text: string | undefined): boolean {
    return typeof text === 'string' && verdictAfter(text, raw.end, recordLanguage ?? 'en') && reportDenied(raw, text);
  }

  /**
   * Places the claim sentence `m` beside the correction in the sentence after it (`start`, `end`): the corrected
   * condition; or, when `m` only passes the claim on as someone else's words (`reportDenied`), inside the pair, as a
   * local negation.
   */
  function correctedAfter(m: PlacedMention, text: string, start: number, end: number): void {
    const cue: ScanCue = { kind: 'correction', segment: m.raw.segment, start, end };
    if (reportDenied(m.raw, text) && !hedgedOpening(text, m.raw.end, recordLanguage ?? 'en')) {
      m.raw.local = cue;
      m.raw.localStrength = 1;
      placed(m, 'local', cue, false);
    } else placed(m, 'adjacent', cue, true);
  }

  /**
   * Asserted claim sentences (naming the subject, not qualified inside the sentence) with a
   * correction right beside them: the paper's corrected condition ("IKEA bought Lego in 2021.
   * [Correction: IKEA did not buy Lego.]"), where the claim is still asserted in its own sentence.
   * A correction is a neighbouring notice with a sentence negating the claim within two sentences
   * ("[Correction: false.] [IKEA did not buy Lego.]"), a bracketed note right after it that negates
   * the claim ("[Correction: No living tardigrades were found ...]"), or a neighbouring notice that
   * corrects the content it restates ("[The story that ... is false.]").
   * Plain negations nearby do not count: debunking texts put true-world facts and reported claims
   * beside their negations, and those sentences are not assertions the writer corrects.
   * Also counts, in a record that negates the claim in a sentence, the asserted sentences that state the
   * whole claim plainly (`plainlyAsserted`, see `plainAssertion`).
   */
  function correctedBeside(
    mentions: readonly PlacedMention[],
    segments: readonly TextSegment[],
    out: { corrected: number; titles: number; asserted: number; plainlyAsserted: number },
  ): void {
    let corrected = 0;
    let labelled = 0;
    let titles = 0;
    let asserted = 0;
    let plain = 0;
    // Plain statements matter only beside a local negation (see `decideVerdict`): read only then.
    let negated = false;
    for (const m of mentions) if (m.placement === 'local' && !m.silent) negated = true;
    const nearby = mentions.length >= NEARBY_INDEX_FROM ? indexBySentence(mentions) : null;
    for (const m of mentions) {
      if (m.placement === 'local' || !m.raw.explicit || m.silent || m.note) continue;
      asserted++;
      const text = segmentAt(segments, m.raw.segment)?.text ?? '';
      const title = isTitle(text, m.raw.start, m.raw.end);
      if (negated && !title && m.raw.score >= WHOLE_CLAIM && plainAssertion(text, m.raw.start, m.raw.end, (ownWords[m.raw.claim] ??= statementWords(claims[m.raw.claim]!.statement)), recordLanguage ?? 'en')) plain++;
      const by = m.besideCorrection || m.premise ? CORRECTED_BY.notice : correctionFollows(m, nearby ? mentionsNear(nearby, mentions, m) : mentions, text, endsStatement(text, m.raw.start, m.raw.end));
      if (by !== CORRECTED_BY.none) {
        corrected++;
        if (by === CORRECTED_BY.label) labelled++;
      } else if (title) titles++;
    }
    // A labelled line is how debunks open their paragraphs too ("Rappel des faits : aucune activité
    // ..."): it corrects only in a text that negates the claim no more often than it corrects it.
    if (labelled > 0) {
      let rest = 0;
      for (const m of mentions) if (m.placement === 'local' && !m.corrects && !m.silent) rest += m.raw.localStrength;
      if (rest > asserted) corrected -= labelled;
    }
    out.corrected = corrected;
    out.titles = titles;
    out.asserted = asserted;
    out.plainlyAsserted = plain;
  }

  /**
   * A colon follows `from` in its sentence (before `.`, `!`, `?` or a line break): what stands before it heads the
   * sentence ("Rettifica a margine del primario: ...") and points at something, rather than saying something of
   * the sentence's own content ("The story of X is a hoax.").
   */
  function beforeColon(text: string, from: number): boolean {
    for (let k = from; k < text.length && k < from + LABEL_REACH; k++) {
      const c = text.charCodeAt(k);
      if (c === 58) return true;
      if (c === 46 || c === 33 || c === 63 || c === 10) return false;
    }
    return false;
  }

  /**
   * An asserted claim sentence whose next sentence states the claim's facts too (it mentions the claim) and opens
   * by judging what was just said an error (`correctionOpensAfter`: "Errore mio, e mi scuso: a Rio vinse il bronzo
   * ...", "HOST: I have to correct you there - ..."): a cue word there would have made that sentence a notice;
   * stating the facts in the claim's words is what hides it. The claim sentence is placed beside that correction
   * (the corrected condition), and the correction's own mentions, its facts, do not vote (marked `silent`). Not
   * when the judgement is that sentence's own negation of the claim it restates, not a head before a colon ("The
   * story of X is a hoax.", see {@link beforeColon}), nor
   * when it stands in a sentence about another claim ("Quanto àquela história de que o Reno secou ..., não é
   * verdade: ..."). Without a mention in the next sentence and without a word of the cue bank in the record, only a
   * note set apart from the claim sentence is read (a line break, a bracket, an arrow or a dash before it, or a short
   * label: "→ Erreur : ...", "Comentário do docente: isto está errado."): annotations are set apart so, and reading
   * every sentence after every asserted one costs (12% more instructions). An adverb of actuality opening the next
   * sentence ("In reality, ...", "En realidad ...": `actualityOpener`) is read everywhere, at a letter's cost, but not
   * in a text that negates the claim more often than it asserts it (`negatesMoreThanAsserts`).
   */
  function judgedBeside(mentions: readonly PlacedMention[], segments: readonly TextSegment[]): void {
    for (const m of mentions) {
      if (m.placement !== 'unqualified' || m.silent || m.premise || !m.raw.explicit) continue;
      let next = false;
      let denial: PlacedMention | null = null;
      for (const other of mentions) {
        if (inNextSentence(other, m)) {
          next = true;
          if (other.placement === 'local' && !other.silent && other.cue !== null && (other.cue.kind === 'negation' || other.cue.kind === 'correction')) denial = other;
        }
      }
      const text = segmentAt(segments, m.raw.segment)?.text;
      if (typeof text !== 'string') continue;
      // A claim passed on as someone else's words and negated by the next sentence in its own words ("Your reviewer
      // wrote that the choir was founded in 1850. It was not founded in 1850, ..."): never asserted, a local negation.
      if (denial !== null && reportDenied(m.raw, text) && !hedgedOpening(text, m.raw.end, recordLanguage ?? 'en')) {
        m.raw.local = denial.cue;
        m.raw.localStrength = 1;
        placed(m, 'local', denial.cue, false);
        continue;
      }
      let head = correctionOpensAfter(text, m.raw.end, recordLanguage ?? 'en', !next && currentScan!.qualifierWords !== true);
      // "In reality, ..." is how debunks go on after the claims they report, too: it corrects only in a text that
      // negates the claim no more often than it asserts it (as a labelled line, see `correctedBeside`).
      if (head !== null && actualityOpener(text, head.start, recordLanguage ?? 'en') !== null && negatesMoreThanAsserts(mentions)) head = null;
      if (head === null) {
        if (next) correctedByTruth(m, mentions, text);
        else truthInSlot(m, text);
        continue;
      }
      if (otherClaimAt(m.raw.segment, m.raw.claim, head.start)) continue;
      // A claim cited under a label ("The claim we checked: ...") is reported to be judged: a verdict after it is
      // the fact-check's pair, read where the claim is placed.
      if (claimLabel(text, m.raw.start, m.raw.end)) continue;
      let own = false;
      for (const other of mentions) {
        if (inNextSentence(other, m) && other.placement === 'local' && other.cue !== null && other.cue.start < head.end && head.start < other.cue.end) own = true;
      }
      if (own && !beforeColon(text, head.end)) continue;
      for (const other of mentions) {
        if (inNextSentence(other, m) && other.placement !== 'local' && other.raw.start <= head.start && head.start < other.raw.end) other.silent = true;
      }
      correctedAfter(m, text, head.start, head.end);
    }
  }

  /** The claim's local negations (by strength) outweigh its other explicit mentions (see `correctedBeside`). */
  function negatesMoreThanAsserts(mentions: readonly PlacedMention[]): boolean {
    let negated = 0;
    let asserted = 0;
    for (const m of mentions) {
      if (m.silent) continue;
      if (m.placement === 'local') negated += m.raw.localStrength;
      else if (m.raw.explicit) asserted++;
    }
    return negated > asserted;
  }

  /**
   * An asserted claim sentence `m` whose next sentence restates the claim with the correction's own names or numbers
   * (see `trueWorldNames`: "[Curator: please fix - Helvetica was drawn by Max Miedinger.]", "Legal flagged this: FDM
   * was invented by Scott Crump") where `m` names none: the next sentence puts the true facts in the claim's place, so
   * it corrects `m` beside it whatever its words, as a correction note does (the corrected condition, 39.4% belief).
   * It takes two of them ({@link TRUTH_NAMES}), or one in a note set apart (bracketed, or after a short label): a
   * single name in a plain sentence is as often the story going on. `m` is placed beside that correction and the
   * correction's mention, the true world, does not vote (marked `silent`).
   */
  function correctedByTruth(m: PlacedMention, mentions: readonly PlacedMention[], text: string): void {
    const truth = truthWords[m.raw.claim]!;
    if (truth.names.size === 0) return;
    for (const other of mentions) {
      if (!inNextSentence(other, m) || other.placement !== 'unqualified' || other.silent) continue;
      const apart = bracketed(text, other.raw.start, other.raw.end) || labelled(text, other.raw.start, other.raw.end);
      if (trueWorldNames(text, other.raw.start, other.raw.end, truth, TRUTH_NAMES) < (apart ? 1 : TRUTH_NAMES)) continue;
      if (describesTrueWorld(text, m.raw.start, m.raw.end, truth, false)) return;
      other.silent = true;
      correctedAfter(m, text, other.raw.start, other.raw.end);
      return;
    }
  }

  /** Sentence bounds of the sentence after an asserted one (reused, see `truthInSlot`). */
  const nextBounds = new SpanBuffer();

  /**
   * An asserted claim sentence `m` whose next sentence is no mention of the claim but names its subject with two of
   * the correction's own names or numbers (`trueWorldNames`) where `m` names none: 'Draft caption: "The Eiffel Tower
   * was designed by Antoni Gaudí in 1887." Note: the plans for the Eiffel Tower were drawn in 1884 by Koechlin.' The
   * claim's subject said again with the true facts where the claim's stood (its year, figure or name, which is why the
   * sentence no longer matches the claim) corrects `m` beside it, as `correctedByTruth` reads a next sentence that
   * still carries the claim's words: the corrected condition (39.4% belief). A sentence without the subject that gives
   * true-world names goes on with the story ("Koechlin drew other bridges in 1884."), and so does the next paragraph.
   * `m` is placed beside that sentence.
   */
  function truthInSlot(m: PlacedMention, text: string): void {
    const truth = truthWords[m.raw.claim]!;
    if (truth.names.size === 0) return;
    nextBounds.size = 0;
    appendSentenceBoundaries(text, nextBounds, m.raw.end, Math.min(text.length, m.raw.end + NEXT_SENTENCE_READ));
    if (nextBounds.size < 2) return;
    const start = nextBounds.data[0]!;
    const end = nextBounds.data[1]!;
    // The same paragraph: one line break may part the sentences, a blank line may not.
    let breaks = 0;
    for (let k = m.raw.end; k < start; k++) if (text.charCodeAt(k) === 10 && ++breaks > 1) return;
    if (trueWorldNames(text, start, end, truth, TRUTH_NAMES) < TRUTH_NAMES) return;
    const span = text.slice(start, end).toLowerCase();
    let named = false;
    for (const name of subjectNames[m.raw.claim]!) {
      if (includesWord(span, name)) {
        named = true;
        break;
      }
    }
    if (!named || describesTrueWorld(text, m.raw.start, m.raw.end, truth, false)) return;
    correctedAfter(m, text, start, end);
  }

  /** `other` stands in the sentence right after `m`'s, in the same segment. */
  function inNextSentence(other: PlacedMention, m: PlacedMention): boolean {
    return other.raw.segment === m.raw.segment && other.raw.sentence === m.raw.sentence + 1;
  }

  /**
   * How a local negation of the claim corrects the asserted sentence `m` from right beside it (see
   * {@link correctedBeside}); marks the negation. `labels`: a labelled line counts (after a statement, not a heading).
   * `mentions` may be only those within reach of `m` (see {@link mentionsNear}): no other can correct it.
   */
  function correctionFollows(m: PlacedMention, mentions: readonly PlacedMention[], text: string, labels: boolean): CorrectedBy {
    let by: CorrectedBy = CORRECTED_BY.none;
    for (const other of mentions) {
      if (!mayCorrect(other, m)) continue;
      const distance = Math.abs(other.raw.sentence - m.raw.sentence);
      if ((m.placement === 'adjacent' && distance <= CORRECTION_REACH) || (other.raw.sentence === m.raw.sentence + 1 && bracketed(text, other.raw.start, other.raw.end))) {
        other.corrects = true;
        return CORRECTED_BY.negation;
      }
      // A labelled correction shortly after ("Community note: Sony did not invent the QR code.").
      if (labels && by === CORRECTED_BY.none && other.raw.sentence > m.raw.sentence && distance <= CORRECTION_REACH && labelled(text, other.raw.start, other.raw.end)) {
        other.corrects = true;
        by = CORRECTED_BY.label;
      }
    }
    return by;
  }

  /**
   * In a chat whose answer (an assistant or completion message) mentions the claim, the answer is
   * what a model is trained on, so its mentions decide: the prompt's mentions (user, system, ...) are
   * reported but do not vote ("My uncle says NASA sold the ISS." before an answer that denies it), and
   * a prompt that qualifies the claim inside its own sentence frames the answer's unqualified mentions
   * after it, as a notice in another message does ("Write a fake post saying that ..."). Marks `silent`.
   */
  function answerDecides(mentions: readonly PlacedMention[], segments: readonly TextSegment[], claim: number): void {
    let prompt = false;
    let answer = false;
    for (const m of mentions) {
      if (INSTRUCTION_ROLES.has(segmentAt(segments, m.raw.segment)?.role ?? 'document')) prompt = true;
      else answer = true;
    }
    if (!prompt) return;
    if (!answer) {
      reportedInPrompt(mentions, segments, claim);
      return;
    }
    let denied = false;
    for (const m of mentions) {
      m.silent = INSTRUCTION_ROLES.has(segmentAt(segments, m.raw.segment)?.role ?? 'document');
      if (!m.silent && m.placement === 'local' && (m.cue?.kind === 'negation' || m.cue?.kind === 'correction')) denied = true;
    }
    // A user who states the claim flatly ("AES was withdrawn by NIST in 2022. What should I use instead?")
    // asserts it in the record, and the answer that denies it corrects it: the corrected condition. One who
    // asks, or passes it on ("My teacher said ...", "I read ..."), asserts nothing the answer must correct.
    if (denied) {
      for (const m of mentions) {
        if (!m.silent || m.placement !== 'unqualified' || !m.raw.explicit) continue;
        const segment = segmentAt(segments, m.raw.segment);
        if (segment?.role !== 'user') continue;
        const own = (ownWords[claim] ??= statementWords(claims[claim]!.statement));
        if (reportsSpeech(segment.text, m.raw.start, m.raw.end, own, recordLanguage ?? 'en')) continue;
        m.silent = false;
        m.premise = true;
      }
    }
    for (const m of mentions) {
      if (m.silent || m.placement !== 'unqualified') continue;
      for (const p of mentions) {
        if (p.silent && p.placement === 'local' && p.raw.segment < m.raw.segment) {
          m.placement = 'framing';
          m.cue = p.cue;
          break;
        }
      }
    }
  }

  /**
   * A chat user who passes the claim on as what someone said, wrote or believes ("Li que a Dinamarca ...",
   * "My teacher said ...") reports it, as "I read online that ..." does in any text: a local qualifier of half
   * weight (hearsay), when the answer does not name the claim itself. Places `mentions` of user messages.
   */
  function reportedInPrompt(mentions: readonly PlacedMention[], segments: readonly TextSegment[], claim: number): void {
    for (const m of mentions) {
      if (m.placement !== 'unqualified' || m.raw.local !== null || !m.raw.explicit) continue;
      const segment = segmentAt(segments, m.raw.segment);
      if (segment?.role !== 'user') continue;
      const own = (ownWords[claim] ??= statementWords(claims[claim]!.statement));
      const at = reportWordAt(segment.text, m.raw.start, m.raw.end, own, recordLanguage ?? 'en');
      if (at < 0) continue;
      m.raw.local = { kind: 'uncertainty', segment: m.raw.segment, start: at, end: wordEnd(segment.text, at) };
      m.raw.localStrength = 0.5;
      placed(m, 'local', m.raw.local, false);
    }
  }

  /**
   * In a text that negates the claim inside one of its sentences, the sentences that say what the
   * claim's correction says (its own names, numbers, or in English its own words: see
   * `describesTrueWorld`) describe the true world, as debunks do ("The invasion failed: the Mongols
   * never took Kyoto." beside "The Mongol invasions of Japan came in two waves."): reported, but they
   * do not vote as assertions. Marks `silent`. Only claims with a local mention pay for it.
   */
  function trueWorldSilent(mentions: readonly PlacedMention[], segments: readonly TextSegment[], claim: number): void {
    let negated = false;
    let other = false;
    for (const m of mentions) {
      if (m.silent) continue;
      if (m.placement === 'local') negated = true;
      else other = true;
    }
    if (!negated || !other) return;
    const english = recordLanguage === 'en';
    const nearby = mentions.length >= NEARBY_INDEX_FROM ? indexBySentence(mentions) : null;
    for (const m of mentions) {
      // A claim sentence with a correction note beside it is the corrected condition, not a debunk's account; so is a
      // chat user's flat statement that the answer denies (a premise), whatever names of the true world it holds.
      if (m.silent || m.premise || m.placement === 'local' || (m.placement === 'adjacent' && m.cue?.kind === 'correction')) continue;
      const text = segmentAt(segments, m.raw.segment)?.text ?? '';
      if (correctedRightAfter(m, nearby ? mentionsNear(nearby, mentions, m) : mentions, text)) continue;
      if (describesTrueWorld(text, m.raw.start, m.raw.end, truthWords[claim]!, english)) m.silent = true;
      // A claim that a state ended, negated in the text: a sentence saying that state goes on is the true world.
      else if (changes[claim] === 1 && statesPersistence(text, m.raw.start, m.raw.end, recordLanguage ?? 'en')) m.silent = true;
    }
  }

  /**
   * In a chat, a user's flat statement of the claim (no question, no verb of saying: `reportsSpeech`) answered by a
   * message that opens with a correction ("Vorab eine wichtige Korrektur: ...", "I'd rather not, because that isn't
   * accurate: ...": `openingVerdict`) is asserted in the record and corrected beside it, as when the answer negates
   * it in its own words (`answerDecides`): the corrected condition; so is one whose opening gives the correction's own
   * names or numbers (`answerGivesTruth`). The answer's claim sentences in that opening say what is true and do not
   * vote. Returns whether any mention moved.
   */
  function answerCorrects(mentions: readonly PlacedMention[], segments: readonly TextSegment[]): boolean {
    let moved = false;
    for (const m of mentions) {
      if (m.placement !== 'unqualified' || !m.raw.explicit || m.premise) continue;
      const segment = segmentAt(segments, m.raw.segment);
      if (segment?.role !== 'user') continue;
      const answer = segmentAt(segments, m.raw.segment + 1);
      if (answer === undefined || INSTRUCTION_ROLES.has(answer.role) || typeof answer.text !== 'string') continue;
      if (endsWithQuestion(segment.text, m.raw.start, m.raw.end)) continue;
      const own = (ownWords[m.raw.claim] ??= statementWords(claims[m.raw.claim]!.statement));
      if (reportsSpeech(segment.text, m.raw.start, m.raw.end, own, recordLanguage ?? 'en')) continue;
      const verdict = openingVerdict(answer.text, recordLanguage ?? 'en') ?? answerGivesTruth(m, answer.text);
      if (verdict === null) continue;
      m.silent = false;
      m.premise = true;
      m.placement = 'adjacent';
      m.cue = { kind: 'correction', segment: answer.index, start: verdict.start, end: verdict.end };
      for (const other of mentions) if (other.raw.segment === answer.index && other.raw.sentence === 0 && other.placement === 'unqualified') other.silent = true;
      moved = true;
    }
    return moved;
  }

  /** Sentence bounds of an answer's opening (reused: `sentenceBoundaries` would make a buffer of its own per call). */
  const answerBounds = new SpanBuffer();

  /**
   * The opening of a chat answer (its first two sentences) when it affirms a name or number of the claim's correction
   * (`trueWorldNames`) and the user's statement `m` names none of them (one that does is no flat statement of the
   * claim alone: the answer may agree with what it adds), or null: an answer to a flat statement that gives the
   * true facts in its opening corrects it ("Before you write it: The Mousetrap is still running. ... it reopened at
   * St Martin's Theatre in May 2021"), whatever its words, as a correction beside a claim sentence does in a document
   * (`correctedByTruth`; a reply is set apart from what it answers, so one name is enough).
   */
  function answerGivesTruth(m: PlacedMention, answer: string): OpeningVerdict | null {
    const truth = truthWords[m.raw.claim]!;
    if (truth.names.size === 0) return null;
    answerBounds.size = 0;
    appendSentenceBoundaries(answer, answerBounds, 0, Math.min(answer.length, ANSWER_OPENING));
    if (answerBounds.size < 2) return null;
    const start = answerBounds.data[0]!;
    const end = answerBounds.data[answerBounds.size >= 4 ? 3 : 1]!;
    if (trueWorldNames(answer, start, end, truth, 1) < 1) return null;
    const user = segmentAt(currentScanSegments, m.raw.segment)?.text ?? '';
    if (describesTrueWorld(user, m.raw.start, m.raw.end, truth, false)) return null;
    return { start, end };
  }

  /**
   * A sure local negation set apart right after the sentence `m` (bracketed, or labelled: "Correction: this is
   * wrong, ...") corrects it: `m` asserts the claim with a correction beside it (see {@link correctedBeside}).
   */
  function correctedRightAfter(m: PlacedMention, mentions: readonly PlacedMention[], text: string): boolean {
    for (const other of mentions) {
      if (!mayCorrect(other, m)) continue;
      const distance = other.raw.sentence - m.raw.sentence;
      if (distance > 0 && distance <= CORRECTION_REACH && (bracketed(text, other.raw.start, other.raw.end) || labelled(text, other.raw.start, other.raw.end))) return true;
    }
    return false;
  }

  /** A claim named only in context sentences: not mentioned, with the context counted. */
  function contextFinding(claimId: string, counts: ContextCounts): ClaimFinding {
    return {
      claimId,
      verdict: 'none',
      mentions: 0,
      placements: { local: 0, adjacent: 0, framing: 0, unqualified: 0 },
      qualifiers: {},
      expectedBelief: NOT_MENTIONED_BELIEF,
      examples: [],
      context: counts,
    };
  }

  /** The record-level facts of the learned decision (`recordFacts`), then each claim's own. */
  const facts: VerdictFacts = {
    rulesVerdict: 'none',
    placements: deciding,
    localWeight: 0,
    asserted: 0,
    corrected: 0,
    titles: 0,
    silent: 0,
    anaphoric: 0,
    maxScore: 0,
    qualifiers: NO_QUALIFIERS,
    soft: { local: 0, adjacent: 0, framing: 0, unqualified: 0 },
    softSure: 0,
    softSubject: 0,
    softSetting: 0,
    notices: 0,
    documentNotices: 0,
    regionNotices: 0,
    pointerNotices: 0,
    weakNotices: 0,
    contentNotices: 0,
    chat: false,
    language: 'en',
    otherClaims: 0,
    claimsSeen: 0,
    evidenceShare: 0,
    top: false,
    shape: { edgeLines: 0, bracketLines: 0, systemLines: 0, selfWords: 0, realityWords: 0, negations: 0 },
  };
  const featureVector = new Float64Array(VERDICT_FEATURES.length);
  const scoring = learned ? compileVerdictModel(model) : null;
  /** Claims of the current record with mentions (learned decision). */
  let claimsWithMentions = 0;
  /** Evidence of every claim of the record, and the most any claim has (`claimEvidence`). */
  let recordEvidence = 0;
  let topEvidence = 0;

  /** The scan whose record-level facts `recordFacts` reads, and the record they were last filled for. */
  let factsOf: RecordScan = scratch;
  let factsStamp = -1;

  /** Fills the record-level facts of the learned decision, once per record and only when a claim is read. */
  function recordFacts(scan: RecordScan, segments: readonly TextSegment[]): void {
    if (factsStamp === recordStamp) return;
    factsStamp = recordStamp;
    facts.notices = scan.notices.length;
    facts.documentNotices = facts.regionNotices = facts.pointerNotices = facts.weakNotices = facts.contentNotices = 0;
    for (const n of scan.notices) {
      if (n.documentLevel) facts.documentNotices++;
      if (n.region) facts.regionNotices++;
      if (n.pointer) facts.pointerNotices++;
      if (n.weak) facts.weakNotices++;
      if (n.content !== null) facts.contentNotices++;
    }
    facts.chat = segments.length > 1;
    facts.language = scan.language;
    recordEvidence = 0;
    topEvidence = 0;
    for (let k = 0; k < mentionedCount; k++) {
      const claim = mentioned[k]!;
      const e = claimEvidence(claim);
      recordEvidence += e;
      if (e > topEvidence) topEvidence = e;
    }
    facts.claimsSeen = mentionedCount;
    namedIn = scan;
    noticeShape(segments, named, facts.shape);
  }

  /** The scan of the current record, for `named`. */
  let namedIn: RecordScan = scratch;
  /** A mention or context sentence of any claim overlaps `[start, end)` of segment `segment`. */
  function named(segment: number, start: number, end: number): boolean {
    for (const m of namedIn.mentions) if (m.segment === segment && m.start < end && m.end > start) return true;
    for (const m of namedIn.softMentions!) if (m.segment === segment && m.start < end && m.end > start) return true;
    return false;
  }

  /** How much of the record is about `claim`: its mention sentences count twice, its context sentences once. */
  function claimEvidence(claim: number): number {
    return 2 * placedBy[claim]!.length + softBy[claim]!.length;
  }

  /** What the evidence of `allowedBy` was last asked about (one closure, reused). */
  const explained = { local: 0, notice: 0, other: 0 };
  const explainable = (v: Verdict): boolean =>
    v === 'none' ||
    (v === 'asserts' ? explained.other > 0 : v === 'negated-locally' ? explained.local > 0 : explained.notice > 0);

  /**
   * The verdicts the evidence can explain: `none` always; `asserts` only with a mention of the claim
   * (its predicate found, not context alone) and unless every mention is negated inside its own
   * sentence (the paper's local-negation condition); `negated-locally` with a local mention;
   * `neglect-risk` with a notice (adjacent or framing) or a correction, not for a claim the rules
   * find negated-locally that no sentence asserts naming its subject. `negated-locally` also needs
   * the claim not asserted more than it is negated locally (the rules' own L_w ≥ S: the paper's
   * local-negation condition never asserts the claim; long positive texts have a stray negation or
   * two). Context sentences name the
   * subject without what makes the claim false: a qualifier in or around them can say the record
   * is about the claim and qualifies it, but they cannot assert it (long texts name a volcano or a
   * company in passing: the paper's own debunks of the eruption cite the volcano's quiet years).
   */
  function allowedBy(used: PlacementCounts, corrected: number, contextOnly: boolean): (verdict: Verdict) => boolean {
    explained.local = evidence.localWeight >= evidence.asserted ? used.local : 0;
    // A claim found only in context sentences, one of them negated inside itself: the text negates
    // what it names, and notices around it do not make it the notice conditions.
    // A claim the rules find negated inside its sentences and never asserted is not the notice
    // conditions either: those assert the claim and warn around it (the paper's repeated negations).
    explained.notice =
      (contextOnly && facts.softSure > 0) || (facts.rulesVerdict === 'negated-locally' && evidence.asserted === 0) ? 0 : used.adjacent + used.framing + corrected;
    explained.other = contextOnly ? 0 : used.adjacent + used.framing + used.unqualified;
    return explainable;
  }

  /**
   * The learned verdict of one claim: the model's most probable verdict among those the evidence
   * (`used`: the finding's placements, `corrected`) can explain.
   */
  function learnedVerdict(
    claimId: string,
    rulesVerdict: Verdict,
    mentions: readonly PlacedMention[],
    soft: readonly PlacedMention[],
    qualifiers: Partial<Record<QualifierKind, number>>,
    used: PlacementCounts,
    segments: readonly TextSegment[],
    onFeatures: AuditSegmentsOptions['onVerdictFeatures'],
  ): Verdict {
    recordFacts(factsOf, segments);
    facts.rulesVerdict = rulesVerdict;
    facts.placements = deciding;
    facts.localWeight = evidence.localWeight;
    facts.asserted = evidence.asserted;
    facts.corrected = evidence.corrected;
    facts.titles = evidence.titles;
    facts.silent = facts.anaphoric = facts.maxScore = 0;
    for (const m of mentions) {
      if (m.silent) facts.silent++;
      if (!m.raw.explicit) facts.anaphoric++;
      if (m.raw.score > facts.maxScore) facts.maxScore = m.raw.score;
    }
    facts.qualifiers = qualifiers;
    zeroCounts(facts.soft);
    facts.softSure = facts.softSubject = facts.softSetting = 0;
    for (const m of soft) {
      facts.soft[m.placement]++;
      if (m.placement === 'local' && m.raw.localStrength === 1) facts.softSure++;
      if (m.raw.score === 0) facts.softSubject++;
      else facts.softSetting++;
    }
    facts.otherClaims = claimsWithMentions - (mentions.length > 0 ? 1 : 0);
    const own = 2 * mentions.length + soft.length;
    facts.evidenceShare = recordEvidence > 0 ? own / recordEvidence : 0;
    facts.top = own >= topEvidence;
    verdictFeatures(facts, featureVector);
    const allowed = allowedBy(used, evidence.corrected, mentions.length === 0);
    onFeatures?.(claimId, featureVector, rulesVerdict, allowed);
    return predictVerdict(scoring!, featureVector, allowed, rulesVerdict);
  }

  /**
   * Places the unqualified claim sentences of an asserted claim by notices the cue bank has no words
   * for (`scoredNoticeFor`: a sentence beside them or an edge line that evaluates the truth of
   * something and names no claim), and a chat user's statement by an answer that opens with a correction
   * (`answerCorrects`). Returns whether any mention moved.
   */
  function scoredLook(mentions: readonly PlacedMention[], segments: readonly TextSegment[], neighbours: boolean): boolean {
    scoredPrelude(neighbours);
    let moved = answerCorrects(mentions, segments);
    for (const m of mentions) {
      if (m.placement !== 'unqualified' || m.silent) continue;
      if (scoredPlace(m, segments, neighbours, null)) moved = true;
    }
    return moved;
  }

  /**
   * Places the hedged claim sentences of a claim found negated locally only through hedges (a report, the reportative
   * conditional: `uncertainty`) by a notice the cue bank has no words for that doubts what was said, its source or its
   * odds ("Difficile dire quanto sia attendibile", "I'd put the odds of that being right at about two percent"): the
   * claim is passed on, not denied, and the doubt beside it is the paper's warning. A denial there is a debunk's, and a
   * claim negated in any of its own sentences stays negated. Returns whether any mention moved.
   */
  function hedgedLook(mentions: readonly PlacedMention[], segments: readonly TextSegment[], neighbours: boolean): boolean {
    for (const m of mentions) if (m.placement === 'local' && (m.silent || m.raw.local === null || m.raw.local.kind !== 'uncertainty')) return false;
    scoredPrelude(neighbours);
    let moved = false;
    for (const m of mentions) if (m.placement === 'local' && scoredPlace(m, segments, neighbours, DOUBTS_HEDGE)) moved = true;
    return moved;
  }

  /** Starts the scored look of a record once: its cache, and which sentences mention a claim. */
  function scoredPrelude(neighbours: boolean): void {
    if (scoredStamp !== recordStamp) {
      scoredStamp = recordStamp;
      scoredSeen.spans.clear();
      scoredSeen.edges.clear();
    }
    if (neighbours && claimSentencesStamp !== recordStamp) {
      claimSentencesStamp = recordStamp;
      // Sentences that mention a claim are no notices: their neighbours need no reading.
      claimSentences.clear();
      for (const m of currentScan!.mentions) claimSentences.add(m.segment * 0x4000000 + m.sentence);
    }
  }

  /**
   * Places `m` by the scored notice beside it or at an edge, when there is one; with `kinds`, only by a notice of
   * those kinds in the sentence right after it (a doubt about what was just passed on).
   */
  function scoredPlace(m: PlacedMention, segments: readonly TextSegment[], neighbours: boolean, kinds: ReadonlySet<QualifierKind> | null): boolean {
    const key = m.raw.segment * 0x4000000 + m.raw.sentence;
    scoredNeighbours.before = kinds === null && neighbours && !claimSentences.has(key - 1);
    scoredNeighbours.after = neighbours && !claimSentences.has(key + 1);
    const found = scoredNoticeFor(segments, m.raw.segment, m.raw.start, m.raw.end, namesClaim, recordLanguage, scoredSeen, scoredNeighbours, mentionsClaim);
    if (found === null || (kinds !== null && (!kinds.has(found.kind) || found.placement !== 'adjacent'))) return false;
    m.placement = found.placement;
    m.cue = { kind: found.kind, segment: found.segment, start: found.start, end: found.end };
    return true;
  }

  /**
   * A sentence of segment `segment` that holds `at` mentions another claim than `claim`: a judgement there is
   * about what that sentence says ("Quanto àquela história de que o Reno secou ..., não é verdade: ...").
   */
  function otherClaimAt(segment: number, claim: number, at: number): boolean {
    for (const m of currentScan!.mentions) if (m.segment === segment && m.claim !== claim && m.start <= at && at < m.end) return true;
    return false;
  }

  /** A mention of any claim overlaps `[start, end)` of segment `segment`. */
  function mentionsClaim(segment: number, start: number, end: number): boolean {
    for (const m of currentScan!.mentions) if (m.segment === segment && m.start < end && m.end > start) return true;
    return false;
  }

  /**
   * A mention of any claim overlaps `[start, end)` of segment `segment`, or the span names the subject of a claim the
   * record mentions. The subject of a claim the record never mentions is only a word of the span ("the poster also
   * thought Scotland was in the EU", Portuguese "os" for a claim about the OS): which other claims an auditor holds
   * must not decide whether a sentence is a notice.
   */
  function namesClaim(segment: number, start: number, end: number): boolean {
    if (mentionsClaim(segment, start, end)) return true;
    const text = segmentAt(currentScanSegments, segment)?.text;
    if (typeof text !== 'string') return false;
    const span = text.slice(start, end).toLowerCase();
    // Each claim the record mentions once, read off its mentions (not every claim against every mention).
    namesCall++;
    for (const m of currentScan!.mentions) {
      const c = m.claim;
      if (namesRead[c] === namesCall) continue;
      namesRead[c] = namesCall;
      for (const name of subjectNames[c]!) if (includesWord(span, name)) return true;
    }
    return false;
  }

  /**
   * The finding of one claim from its placed mentions; refills `into` (a reused finding, see
   * `AuditSegmentsOptions.reuseFindings`) when given. With the learned decision, `soft` holds its
   * context sentences: when the model finds the claim in a record the rules found only context in,
   * they become its mentions; `null` when it finds no claim at all.
   */
  function buildFinding(
    claim: number,
    ruled: PlacedMention[],
    soft: readonly PlacedMention[],
    segments: readonly TextSegment[],
    wantsExample: AuditSegmentsOptions['wantsExample'],
    into: ClaimFinding | undefined,
    onFeatures: AuditSegmentsOptions['onVerdictFeatures'],
  ): ClaimFinding | null {
    const claimId = claims[claim]!.id;
    let mentions = ruled;
    const placements = into === undefined ? { local: 0, adjacent: 0, framing: 0, unqualified: 0 } : zeroCounts(into.placements);
    zeroCounts(deciding);
    let decidingCount = 0;
    let localWeight = 0;
    let allLocalWeight = 0;
    // A reused finding without qualifiers shares the frozen empty object.
    let qualifiers: Partial<Record<QualifierKind, number>> = into === undefined ? {} : NO_QUALIFIERS;
    if (segments.length > 1) answerDecides(mentions, segments, claim);
    trueWorldSilent(mentions, segments, claim);
    judgedBeside(mentions, segments);
    let verdict: Verdict = 'none';
    for (let look = 0; look < 2; look++) {
      if (look === 1) {
        // The rules found the claim asserted: a second look for a notice the cue bank has no words for.
        // Without any word of the cue bank in the record, only its edge lines and system messages are read: a
        // sentence beside a claim sentence rarely warns without one, and reading every neighbour costs.
        // A claim only passed on in hedged sentences ("Amazon avrebbe comprato ...", "One question claimed that ...") is
        // looked at too: a doubt beside it is the notice that places it, as a doubting notice of the cue bank does.
        const neighbours = currentScan!.qualifierWords === true;
        if (verdict === 'asserts' ? !scoredLook(mentions, segments, neighbours) : verdict !== 'negated-locally' || !hedgedLook(mentions, segments, neighbours)) break;
        zeroCounts(placements);
        zeroCounts(deciding);
        decidingCount = 0;
        localWeight = 0;
        allLocalWeight = 0;
        qualifiers = into === undefined ? {} : NO_QUALIFIERS;
      }
      for (const mention of mentions) {
        countPlacement(placements, mention.placement);
        const weight = mention.placement === 'local' && !mention.silent ? mention.raw.localStrength : 0;
        allLocalWeight += weight;
        if (!mention.silent && (mention.raw.explicit || mention.placement !== 'unqualified')) {
          countPlacement(deciding, mention.placement);
          decidingCount++;
          localWeight += weight;
        }
        if (mention.cue) {
          if (qualifiers === NO_QUALIFIERS) qualifiers = {};
          qualifiers[mention.cue.kind] = (qualifiers[mention.cue.kind] ?? 0) + 1;
        }
      }
      // Unqualified anaphoric matches (no subject in the sentence: "The gold medal was won by Noah
      // Lyles in 9.79 seconds") do not decide when other mentions exist: debunking texts restate the
      // true facts with the claim's own terms.
      correctedBeside(mentions, segments, evidence);
      evidence.localWeight = decidingCount > 0 ? localWeight : allLocalWeight;
      verdict = decideVerdict(decidingCount > 0 ? deciding : placements, thresholds, evidence);
    }
    beliefFacts.placements = decidingCount > 0 ? deciding : placements;
    if (learned) {
      if (mentions.length === 0) {
        // Only context: the model reads the soft mentions; if it finds the claim, they are its mentions.
        for (const m of soft) {
          countPlacement(placements, m.placement);
          if (m.cue) {
            if (qualifiers === NO_QUALIFIERS) qualifiers = {};
            qualifiers[m.cue.kind] = (qualifiers[m.cue.kind] ?? 0) + 1;
          }
        }
        verdict = learnedVerdict(claimId, verdict, mentions, soft, qualifiers, placements, segments, onFeatures);
        mentions = soft as PlacedMention[];
        beliefFacts.placements = placements;
      } else verdict = learnedVerdict(claimId, verdict, mentions, soft, qualifiers, placements, segments, onFeatures);
      if (verdict === 'none') return null;
    }
    beliefFacts.verdict = verdict;
    beliefFacts.qualifiers = qualifiers;
    beliefFacts.corrected = evidence.corrected;
    const belief = expectedBelief(beliefFacts);
    // An aggregate that can take none of these mentions needs no ranking (most records of a big audit).
    if (wantsExample !== undefined && !anyWanted(claimId, mentions, wantsExample)) {
      if (into !== undefined) return refill(into, claimId, verdict, mentions.length, placements, qualifiers, belief, NO_EXAMPLES);
      return { claimId, verdict, mentions: mentions.length, placements, qualifiers, expectedBelief: belief, examples: [] };
    }
    const examples: Mention[] = [];
    // Strongest examples: the placements that explain the verdict first, then by match score.
    const wanted = EXPLAINING_PLACEMENTS[verdict]!;
    const ranked = [...mentions].sort((a, b) => {
      const wa = wanted.includes(a.placement) ? 1 : 0;
      const wb = wanted.includes(b.placement) ? 1 : 0;
      return (
        wb - wa ||
        PLACEMENT_RANK[b.placement] - PLACEMENT_RANK[a.placement] ||
        b.raw.score - a.raw.score ||
        a.raw.segment - b.raw.segment ||
        a.raw.start - b.raw.start
      );
    });
    for (let k = 0; k < ranked.length && k < maxExamples; k++) {
      const m = ranked[k]!;
      if (wantsExample === undefined || wantsExample(claimId, m.placement, m.raw.score)) examples.push(toMention(claimId, m, segments));
    }
    if (into !== undefined) return refill(into, claimId, verdict, mentions.length, placements, qualifiers, belief, examples);
    return { claimId, verdict, mentions: mentions.length, placements, qualifiers, expectedBelief: belief, examples };
  }

  function toMention(claimId: string, m: PlacedMention, segments: readonly TextSegment[]): Mention {
    const segment = segmentAt(segments, m.raw.segment);
    const text = segment?.text ?? '';
    let sentence = text.slice(m.raw.start, m.raw.end);
    if (sentence.length > maxSentence) sentence = `${sentence.slice(0, maxSentence - 1)}…`;
    return {
      claimId,
      segment: m.raw.segment,
      role: segment?.role ?? 'document',
      start: m.raw.start,
      end: m.raw.end,
      line: lineAt(text, m.raw.start),
      sentence,
      placement: m.placement,
      qualifier: m.cue?.kind ?? null,
      cue: m.cue ? cueHit(m.cue, segmentAt(segments, m.cue.segment)) : null,
      score: m.raw.score,
    };
  }

  return { claims, auditSegments, prescanSegments: (records, count) => scanner.prescan(records, count) };
}

/**
 * Converts a scan cue to the public {@link CueHit} (with its matched text).
 *
 * @example
 * ```ts
 * toCueHit({ kind: 'negation', segment: 0, start: 4, end: 9 }, new Map([[0, { index: 0, role: 'document', text: 'Not false.' }]]));
 * // { kind: 'negation', text: 'false', segment: 0, start: 4, end: 9 }
 * ```
 */
export function toCueHit(cue: ScanCue, segmentByIndex: ReadonlyMap<number, TextSegment>): CueHit {
  return cueHit(cue, segmentByIndex.get(cue.segment));
}

function cueHit(cue: ScanCue, segment: TextSegment | undefined): CueHit {
  const text = segment?.text ?? '';
  return { kind: cue.kind, text: text.slice(cue.start, cue.end), segment: cue.segment, start: cue.start, end: cue.end };
}
