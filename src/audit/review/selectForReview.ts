import { z } from 'zod';
import type { Claim } from '../../claims/claim.js';
import { InvalidArgumentError } from '../../errors.js';
import { hash32 } from '../../util/random.js';
import { smallestK, type SmallestK } from '../../util/smallestK.js';
import type { AuditedRecord } from '../auditRecords.js';
import { recordSegments, type GetRecordText, type RecordFields } from '../recordSegments.js';
import type { TextSegment, Verdict } from '../types.js';
import { VERDICT_SEVERITY } from '../vocabulary.js';
import { createClaimCueCounter } from './claimCues.js';
import { REVIEW_MIN_RISK, reviewRisk } from './reviewRisk.js';

/**
 * Which records go to the reviewer:
 * - `'related'`: every record the lexical pass could have misread: any verdict but `none`,
 *   and `none` records that still touch a claim: sentences naming its subject or setting (the
 *   report's context counts), or any cue of one claim (`createClaimCueCounter`: its names and numbers;
 *   outside English also its predicate as the other languages write it, and half for each content word
 *   whose stem the text shares), which is how a claim told in other words or another language shows;
 * - `'uncertain'` (default since the sixteenth session): the `'related'` records whose lexical verdict is likely
 *   enough to be wrong, a {@link reviewRisk} of {@link REVIEW_MIN_RISK} or more (twentieth session; before, every
 *   `'related'` record but a `neglect-risk` one resting on a qualifier found beside or around the claim sentence).
 *   About half the records of the evaluation sets, where `'related'` sends nine in ten, with every class at 95% or
 *   more after a reviewer that never errs (docs/accuracy.md, "The model review's selection");
 * - `'flagged'`: only records the lexical pass flags (`neglect-risk` or `asserts`): cheaper, but a
 *   claim the lexical pass did not find, or read as negated, is never reviewed;
 * - `{ perClass: n }`: a seeded random sample of `n` records of each lexical verdict class, to
 *   measure what the lexical pass gets wrong, `none` included;
 * - a predicate over the lexical result.
 * `maxRecords` and `maxShare` cap the total. When more records qualify, `'related'`, `'uncertain'` and
 * `'flagged'` keep the ones whose lexical verdict is most likely wrong ({@link reviewRisk}; a seeded sample among
 * equals); `{ perClass }` and predicates keep a seeded uniform sample.
 */
export type ReviewSelect = 'related' | 'uncertain' | 'flagged' | { perClass: number } | ((record: AuditedRecord) => boolean);

/** The `review.select` option, checked as given. */
export const ReviewSelectSchema = z.union([
  z.enum(['related', 'uncertain', 'flagged']),
  z.object({ perClass: z.number().int().positive() }).strict(),
  z.custom<(record: AuditedRecord) => boolean>((value) => typeof value === 'function'),
]);

/** Steps of the risk in a priority (see `offer`): finer than any two risks the model tells apart in practice. */
const RISK_STEPS = 2 ** 20;

/** A record chosen for review, with its text. */
export interface ReviewCandidate {
  record: AuditedRecord;
  segments: TextSegment[];
}

/** Options of {@link createReviewSelection}. */
export interface ReviewSelectionOptions {
  select?: ReviewSelect;
  /**
   * The audited claims, for `'related'` (their names and numbers); a function is asked once, when first
   * needed (the audit loads its claims after the selection is made). Without claims, `'related'`
   * keeps the records of any verdict but `none` and those with context sentences.
   */
  claims?: readonly Claim[] | (() => readonly Claim[]);
  /** Largest number of records selected (default 1000). */
  maxRecords?: number;
  /**
   * Largest share of the audited records selected, in (0, 1] (default 1: no limit but `maxRecords`): a
   * budget that grows with the dataset. With `maxRecords`, the smaller of the two caps applies.
   */
  maxShare?: number;
  /** Seed of the sampling (default 0): the same seed and data select the same records. */
  seed?: number;
  /** Text extraction for custom record shapes (as in the audit). */
  getText?: GetRecordText;
  /** Where the text is in custom record shapes (as in the audit). */
  fields?: RecordFields;
}

/**
 * A streaming selection: offer every audited record (with its parsed data) in any order; keeps at
 * most `maxRecords` candidates in memory. Sampling is bottom-k on a seeded hash of the record
 * index, so the choice does not depend on the order records arrive in (workers, chunks).
 *
 * @example
 * ```ts
 * const selection = createReviewSelection({ select: { perClass: 20 }, seed: 1 });
 * for await (const r of auditRecords('train.jsonl', { claims, includeData: true })) if (!('error' in r)) selection.offer(r);
 * const { candidates, eligible } = selection.result();
 * ```
 */
export function createReviewSelection(options: ReviewSelectionOptions = {}) {
  const select = options.select ?? 'uncertain';
  const maxRecords = options.maxRecords ?? 1000;
  const seed = options.seed ?? 0;
  const maxShare = options.maxShare ?? 1;
  if (!Number.isInteger(maxRecords) || maxRecords <= 0) throw new InvalidArgumentError('review.maxRecords', 'a positive integer', maxRecords);
  if (typeof maxShare !== 'number' || !(maxShare > 0 && maxShare <= 1)) {
    throw new InvalidArgumentError('review.maxShare', 'a share of the audited records, a number greater than 0 and at most 1', maxShare);
  }
  if (!Number.isInteger(seed)) throw new InvalidArgumentError('review.seed', 'an integer', seed);
  if (!ReviewSelectSchema.safeParse(select).success) {
    throw new InvalidArgumentError('review.select', "'related', 'uncertain', 'flagged', { perClass: <positive integer> } or a function", select);
  }
  const shapeErrors: string[] = [];
  /** The record's text, or undefined (and a problem listed) when it cannot be read. */
  const segmentsOf = (record: AuditedRecord): TextSegment[] | undefined => {
    try {
      return recordSegments(record.data, options.getText, options.fields);
    } catch (error) {
      // The audit read this record, so its shape is known to be fine; `data` may be missing, or `getText` fail now.
      shapeErrors.push(`record ${record.record}: ${(error as Error).message}`);
      return undefined;
    }
  };
  let perClass: number | undefined;
  // Whether a record qualifies; the `'related'` test gives the text it had to read of a `none` record that does, and its cues.
  let accept: (record: AuditedRecord) => boolean | Accepted;
  if (select === 'flagged') accept = (r) => r.verdict === 'neglect-risk' || r.verdict === 'asserts';
  else if (select === 'related') accept = relatedTest(options, segmentsOf);
  // 'uncertain' sets the records of low risk aside (in `offer`) before the related test, which may read the text.
  else if (select === 'uncertain') accept = relatedTest(options, segmentsOf);
  else if (typeof select === 'function') accept = (r) => Boolean(select(r)); // any truthy answer, from JavaScript
  else {
    perClass = select.perClass;
    accept = () => true;
  }

  // One bottom-k heap per verdict class when stratified, one otherwise.
  const lists = new Map<Verdict | 'all', SmallestK<ReviewCandidate>>();
  const eligible: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
  const k = perClass === undefined ? maxRecords : Math.min(perClass, maxRecords);
  // The named policies keep the riskiest records first; the risk leads the seeded hash in the priority.
  const ranked = typeof select === 'string';
  let offered = 0;

  return {
    /** Offers one audited record; its `data` (the parsed record) is read only when it is kept. */
    offer(record: AuditedRecord): void {
      offered++;
      // 'uncertain' reads a non-`none` record's risk before anything else: no text is read for the many it sets aside.
      let risk = select === 'uncertain' && record.verdict !== 'none' ? reviewRisk(record) : -1;
      if (risk >= 0 && risk < REVIEW_MIN_RISK) return;
      const accepted = accept(record);
      if (accepted === false) return;
      if (ranked && risk < 0) risk = reviewRisk(record, accepted === true ? 0 : accepted.cue);
      if (select === 'uncertain' && risk < REVIEW_MIN_RISK) return;
      eligible[record.verdict]++;
      const key = perClass === undefined ? 'all' : record.verdict;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = smallestK(k)));
      const hash = hash32(`${seed}:${record.record}`);
      // The riskiest first, the seeded hash among equals: the risk in steps of 2 ** -20 above the hash's 32 bits stays an exact integer.
      const priority = ranked ? Math.round((1 - risk) * RISK_STEPS) * 2 ** 32 + hash : hash;
      if (!list.admits(priority)) return;
      const segments = accepted === true ? segmentsOf(record) : accepted.segments;
      if (segments === undefined) return;
      const { data: _data, ...lean } = record;
      list.add(priority, { record: lean, segments });
    },
    /** The selected candidates in input order, and how many records qualified per lexical class. */
    result(): { candidates: ReviewCandidate[]; eligible: Record<Verdict, number>; problems: string[] } {
      let slots = [...lists.values()].flatMap((list) => list.sorted());
      // The small slack keeps a share such as 0.29 of 100 records at 29 despite binary rounding.
      const cap = Math.min(maxRecords, Math.floor(maxShare * offered + 1e-9));
      if (slots.length > cap) slots = slots.sort((a, b) => a.priority - b.priority).slice(0, cap);
      const candidates = slots.map((s) => s.value).sort((a, b) => a.record.record - b.record.record);
      return { candidates, eligible: { ...eligible }, problems: shapeErrors };
    },
  };
}

/** The selection returned by {@link createReviewSelection}. */
export type ReviewSelection = ReturnType<typeof createReviewSelection>;

/** A `none` record the `'related'` test keeps: the text it read, and the weight of the best claim's cues in it. */
interface Accepted {
  segments: TextSegment[];
  cue: number;
}

/**
 * The `'related'` test (see {@link ReviewSelect}): a `none` record found related gives the text read for the test,
 * for the selection to keep, and its cue weight (`createClaimCueCounter`), which its risk reads.
 */
function relatedTest(options: ReviewSelectionOptions, segmentsOf: (record: AuditedRecord) => TextSegment[] | undefined): (record: AuditedRecord) => boolean | Accepted {
  let cueScore: ReturnType<typeof createClaimCueCounter> | undefined;
  return (record) => {
    if (record.verdict !== 'none') return true;
    const context = record.claims.some((finding) => finding.context !== undefined && finding.context.subject + finding.context.setting > 0);
    // Without its text (no `data`) a record cannot be shown to touch a claim but by its context sentences.
    if (record.data === undefined) return context;
    const segments = segmentsOf(record);
    if (segments === undefined) return false;
    cueScore ??= createClaimCueCounter((typeof options.claims === 'function' ? options.claims() : options.claims) ?? []);
    let text = '';
    for (const segment of segments) text += `${segment.text}\n`;
    // Any cue counts: of the `none` records the lexical pass got wrong and no other test sent, most share one name,
    // number, predicate form or content stem with their claim (sets A-AE, docs/accuracy.md "The model review's
    // selection"); how much they share weighs in the record's risk.
    const weight = cueScore(text, record.language);
    return context || weight > 0 ? { segments, cue: weight } : false;
  };
}

/** A short description of a selection for the report (functions are recorded as `predicate`). */
export function describeSelect(select: ReviewSelect | undefined): string {
  if (select === undefined) return 'uncertain';
  if (select === 'related' || select === 'flagged' || select === 'uncertain') return select;
  if (typeof select === 'function') return 'predicate';
  return `stratified: ${select.perClass} per class (${VERDICT_SEVERITY.join(', ')})`;
}
