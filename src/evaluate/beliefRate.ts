import { InvalidArgumentError } from '../errors.js';
import type { QuestionCount } from './bootstrapInterval.js';
import type { PanelVote, VerdictLabel } from './types.js';

/** The fields aggregation needs from a sample (a `SampleRecord` or an imported paper row). */
export interface ScoredSample {
  claim: string;
  condition: string;
  evalType: string;
  questionId: string;
  verdict: VerdictLabel;
  model?: string | undefined;
  /** Set when the sample's generation or judging failed: it is no answer and never counted. */
  error?: string | undefined;
  /** `length` when the answer was cut off at the token limit (counted as `truncated`). */
  finishReason?: string | undefined;
  /** Every judge's vote, when a panel judged (summaries then report the judges' agreement). */
  panel?: readonly PanelVote[] | undefined;
  /** The judge's score under a graded rubric: a coherence answer's 0-10, or a leakage answer's 0-10 saliency (summaries average it). */
  score?: number | undefined;
}

/**
 * How verdicts count. Only `yes` is belief. Failed samples (with `error`) are never counted:
 * failures are not answers. Unparsed samples (`parse_error` without `error`) are left out too by
 * default; `excludeVerdicts: []` counts them as non-belief (the paper's published CSVs hold none).
 */
export interface BeliefCountingOptions {
  /** Verdicts that count as belief (default `['yes']`). */
  beliefVerdicts?: readonly VerdictLabel[];
  /** Verdicts left out of the denominator entirely (default `['parse_error']`). */
  excludeVerdicts?: readonly VerdictLabel[];
}

/** Counts of a group of samples. `beliefRate` is `null` when no sample could be counted ("no data", never 0). */
export interface BeliefCounts {
  yes: number;
  /** Samples counted (answered and scored). */
  n: number;
  beliefRate: number | null;
  /** Samples whose generation or judging failed. */
  failed: number;
  /** Samples whose answer or judge output could not be read. */
  unparsed: number;
  /** Answers cut off at the token limit (counted in `n` when scored). */
  truncated: number;
}

/**
 * Belief rate of samples: belief verdicts ÷ counted samples, with the failed, unparsed and
 * truncated counts. `beliefRate` is `null` when nothing could be counted.
 *
 * @example
 * ```ts
 * beliefRate([{ verdict: 'yes' }, { verdict: 'neutral' }, { verdict: 'parse_error' }, { verdict: 'parse_error', error: '500' }]);
 * // { yes: 1, n: 2, beliefRate: 0.5, failed: 1, unparsed: 1, truncated: 0 }
 * beliefRate(samples, { excludeVerdicts: [] }); // unparsed counted as non-belief: { yes: 1, n: 3, ... }
 * ```
 */
export function beliefRate(
  samples: Iterable<{ verdict: VerdictLabel; error?: string | undefined; finishReason?: string | undefined }>,
  options: BeliefCountingOptions = {},
): BeliefCounts {
  const { isBelief, isCounted } = verdictCounting(options);
  const counts = { yes: 0, n: 0, failed: 0, unparsed: 0, truncated: 0 };
  for (const s of samples) {
    if (s.error !== undefined) {
      counts.failed++;
      continue;
    }
    if (s.finishReason === 'length') counts.truncated++;
    if (s.verdict === 'parse_error') counts.unparsed++;
    if (!isCounted(s.verdict)) continue;
    counts.n++;
    if (isBelief(s.verdict)) counts.yes++;
  }
  return { ...counts, beliefRate: counts.n === 0 ? null : counts.yes / counts.n };
}

/** Predicates for the counting options (validated once). */
export function verdictCounting(options: BeliefCountingOptions): {
  isBelief: (v: VerdictLabel) => boolean;
  isCounted: (v: VerdictLabel) => boolean;
} {
  const belief = new Set<VerdictLabel>(options.beliefVerdicts ?? ['yes']);
  const excluded = new Set<VerdictLabel>(options.excludeVerdicts ?? ['parse_error']);
  for (const v of belief) {
    if (excluded.has(v)) throw new InvalidArgumentError('excludeVerdicts', `disjoint from beliefVerdicts`, [...excluded]);
  }
  return { isBelief: (v) => belief.has(v), isCounted: (v) => !excluded.has(v) };
}

/**
 * Groups samples into per-question counts (the bootstrap's resampling unit). Keys are
 * `evalType/questionId`, so ids repeated across eval types stay distinct.
 *
 * @example
 * ```ts
 * const counts = countByQuestion(samples); // Map { 'mcq/won_gold' => { yes: 4, n: 5 }, ... }
 * ```
 */
export function countByQuestion(
  samples: Iterable<ScoredSample>,
  options: BeliefCountingOptions = {},
): Map<string, QuestionCount> {
  const { isBelief, isCounted } = verdictCounting(options);
  const counts = new Map<string, QuestionCount>();
  for (const s of samples) {
    if (s.error !== undefined || !isCounted(s.verdict)) continue;
    const key = `${s.evalType}/${s.questionId}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { yes: 0, n: 0 }));
    c.n++;
    if (isBelief(s.verdict)) c.yes++;
  }
  return counts;
}
