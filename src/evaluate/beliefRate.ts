import { InvalidArgumentError } from '../errors.js';
import type { QuestionCount } from './bootstrapInterval.js';
import type { VerdictLabel } from './types.js';

/** The fields aggregation needs from a sample (a `SampleRecord` or an imported paper row). */
export interface ScoredSample {
  claim: string;
  condition: string;
  evalType: string;
  questionId: string;
  verdict: VerdictLabel;
  model?: string | undefined;
}

/** How verdicts count. Defaults follow the paper: only `yes` is belief, every sample is in the denominator. */
export interface BeliefCountingOptions {
  /** Verdicts that count as belief (default `['yes']`). */
  beliefVerdicts?: readonly VerdictLabel[];
  /** Verdicts left out of the denominator entirely (default none; e.g. `['parse_error']`). */
  excludeVerdicts?: readonly VerdictLabel[];
}

/**
 * Belief rate of samples: belief verdicts ÷ counted samples (with `n` and `yes`).
 *
 * @example
 * ```ts
 * beliefRate([{ verdict: 'yes' }, { verdict: 'neutral' }, { verdict: 'parse_error' }]);
 * // { yes: 1, n: 3, beliefRate: 0.333... }
 * beliefRate(samples, { excludeVerdicts: ['parse_error'] }); // { yes: 1, n: 2, beliefRate: 0.5 }
 * ```
 */
export function beliefRate(
  samples: Iterable<{ verdict: VerdictLabel }>,
  options: BeliefCountingOptions = {},
): { yes: number; n: number; beliefRate: number } {
  const { isBelief, isCounted } = verdictCounting(options);
  let yes = 0;
  let n = 0;
  for (const s of samples) {
    if (!isCounted(s.verdict)) continue;
    n++;
    if (isBelief(s.verdict)) yes++;
  }
  return { yes, n, beliefRate: n === 0 ? 0 : yes / n };
}

/** Predicates for the counting options (validated once). */
export function verdictCounting(options: BeliefCountingOptions): {
  isBelief: (v: VerdictLabel) => boolean;
  isCounted: (v: VerdictLabel) => boolean;
} {
  const belief = new Set<VerdictLabel>(options.beliefVerdicts ?? ['yes']);
  const excluded = new Set<VerdictLabel>(options.excludeVerdicts ?? []);
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
    if (!isCounted(s.verdict)) continue;
    const key = `${s.evalType}/${s.questionId}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { yes: 0, n: 0 }));
    c.n++;
    if (isBelief(s.verdict)) c.yes++;
  }
  return counts;
}
