import { InvalidArgumentError } from '../../errors.js';
import { hash32 } from '../../util/random.js';
import type { AuditedRecord } from '../auditRecords.js';
import { recordSegments, type GetRecordText, type RecordFields } from '../recordSegments.js';
import type { TextSegment, Verdict } from '../types.js';
import { VERDICT_SEVERITY } from '../vocabulary.js';

/**
 * Which records go to the reviewer:
 * - `'flagged'` (default): every record the lexical pass flags (`neglect-risk` or `asserts`);
 * - `{ perClass: n }`: a seeded random sample of `n` records of each lexical verdict class, to
 *   measure what the lexical pass gets wrong, `none` included;
 * - a predicate over the lexical result.
 * `maxRecords` caps the total; when more records qualify, a seeded uniform sample of them is kept.
 */
export type ReviewSelect = 'flagged' | { perClass: number } | ((record: AuditedRecord) => boolean);

/** A record chosen for review, with its text. */
export interface ReviewCandidate {
  record: AuditedRecord;
  segments: TextSegment[];
}

/** Options of {@link createReviewSelection}. */
export interface ReviewSelectionOptions {
  select?: ReviewSelect;
  /** Largest number of records selected (default 1000). */
  maxRecords?: number;
  /** Seed of the sampling (default 0): the same seed and data select the same records. */
  seed?: number;
  /** Text extraction for custom record shapes (as in the audit). */
  getText?: GetRecordText;
  /** Where the text is in custom record shapes (as in the audit). */
  fields?: RecordFields;
}

interface Slot {
  priority: number;
  candidate: ReviewCandidate;
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
  const select = options.select ?? 'flagged';
  const maxRecords = options.maxRecords ?? 1000;
  const seed = options.seed ?? 0;
  if (!Number.isInteger(maxRecords) || maxRecords <= 0) throw new InvalidArgumentError('review.maxRecords', 'a positive integer', maxRecords);
  if (!Number.isInteger(seed)) throw new InvalidArgumentError('review.seed', 'an integer', seed);
  let perClass: number | undefined;
  let accept: (record: AuditedRecord) => boolean;
  if (select === 'flagged') accept = (r) => r.verdict === 'neglect-risk' || r.verdict === 'asserts';
  else if (typeof select === 'function') accept = select;
  else if (select && typeof select === 'object' && Number.isInteger(select.perClass) && select.perClass > 0) {
    perClass = select.perClass;
    accept = () => true;
  } else throw new InvalidArgumentError('review.select', "'flagged', { perClass: <positive integer> } or a function", select);

  // One bottom-k list per verdict class when stratified, one list otherwise; each sorted by priority.
  const lists = new Map<Verdict | 'all', Slot[]>();
  const eligible: Record<Verdict, number> = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
  const shapeErrors: string[] = [];
  const k = perClass === undefined ? maxRecords : Math.min(perClass, maxRecords);

  return {
    /** Offers one audited record; its `data` (the parsed record) is read only when it is kept. */
    offer(record: AuditedRecord): void {
      if (!accept(record)) return;
      eligible[record.verdict]++;
      const key = perClass === undefined ? 'all' : record.verdict;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      const priority = hash32(`${seed}:${record.record}`);
      if (list.length >= k && list[list.length - 1]!.priority <= priority) return;
      let segments: TextSegment[];
      try {
        segments = recordSegments(record.data, options.getText, options.fields);
      } catch (error) {
        // The audit read this record, so its shape is known to be fine; only `data` can be missing.
        shapeErrors.push(`record ${record.record}: ${(error as Error).message}`);
        return;
      }
      const { data: _data, ...lean } = record;
      let at = list.length;
      while (at > 0 && list[at - 1]!.priority > priority) at--;
      list.splice(at, 0, { priority, candidate: { record: lean, segments } });
      if (list.length > k) list.pop();
    },
    /** The selected candidates in input order, and how many records qualified per lexical class. */
    result(): { candidates: ReviewCandidate[]; eligible: Record<Verdict, number>; problems: string[] } {
      let slots = [...lists.values()].flat();
      if (slots.length > maxRecords) slots = slots.sort((a, b) => a.priority - b.priority).slice(0, maxRecords);
      const candidates = slots.map((s) => s.candidate).sort((a, b) => a.record.record - b.record.record);
      return { candidates, eligible: { ...eligible }, problems: shapeErrors };
    },
  };
}

/** The selection returned by {@link createReviewSelection}. */
export type ReviewSelection = ReturnType<typeof createReviewSelection>;

/** A short description of a selection for the report (functions are recorded as `predicate`). */
export function describeSelect(select: ReviewSelect | undefined): string {
  if (select === undefined || select === 'flagged') return 'flagged';
  if (typeof select === 'function') return 'predicate';
  return `stratified: ${select.perClass} per class (${VERDICT_SEVERITY.join(', ')})`;
}
