import { InvalidArgumentError } from '../errors.js';
import { assertPositiveInteger } from '../util/assert.js';
import { createRandom } from './createRandom.js';
import type { Interval } from './types.js';

/** Belief counts of one question (the resampling unit: samples of a question are correlated). */
export interface QuestionCount {
  yes: number;
  n: number;
}

/** Options of {@link bootstrapInterval}. */
export interface BootstrapOptions {
  /** Number of resamples (default 2,000). */
  resamples?: number;
  /** PRNG seed (default 0). Same seed, same interval. */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /**
   * With strata (claims): also resample the strata themselves, with replacement, before resampling
   * each chosen stratum's questions (a two-stage bootstrap). The interval then covers the mean over
   * claims like these, not only over these exact claims, and is wider when claims differ. Default
   * false: the claims are fixed and only their questions vary.
   */
  resampleStrata?: boolean;
}

/**
 * Percentile bootstrap interval for a belief rate, resampling whole questions with replacement
 * (cluster bootstrap: the samples of one question are not independent).
 *
 * Pass one list of question counts for a single rate (pooled `Σyes / Σn`), or a list of strata
 * (one per claim) for the unweighted mean of per-stratum rates; each stratum is resampled on its own,
 * so every resample still has every claim.
 *
 * @example
 * ```ts
 * const questions = [{ yes: 5, n: 5 }, { yes: 0, n: 5 }, { yes: 4, n: 5 }];
 * bootstrapInterval(questions, { seed: 1 }); // { lower: 0, upper: 1, ... }: three questions say little
 * bootstrapInterval([claimA, claimB]);       // interval of the mean over two claims
 * bootstrapInterval([claimA, claimB], { resampleStrata: true }); // ... over claims like these two
 * ```
 */
export function bootstrapInterval(
  data: readonly QuestionCount[] | ReadonlyArray<readonly QuestionCount[]>,
  options: BootstrapOptions = {},
): Interval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  assertPositiveInteger('resamples', resamples);
  if (!(level > 0 && level < 1)) throw new InvalidArgumentError('level', 'a number between 0 and 1 (exclusive)', level);
  const strata = (data.length > 0 && Array.isArray(data[0]) ? data : [data]) as ReadonlyArray<readonly QuestionCount[]>;
  const nonEmpty = strata.filter((s) => s.some((q) => q.n > 0));
  if (nonEmpty.length === 0) return { lower: 0, upper: 1, level, method: 'bootstrap' };
  const random = createRandom(options.seed ?? 0);
  const stats = new Float64Array(resamples);
  const resampleStrata = options.resampleStrata === true;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let k = 0; k < nonEmpty.length; k++) {
      const stratum = resampleStrata ? nonEmpty[Math.floor(random() * nonEmpty.length)]! : nonEmpty[k]!;
      let yes = 0;
      let n = 0;
      for (let i = 0; i < stratum.length; i++) {
        const q = stratum[Math.floor(random() * stratum.length)]!;
        yes += q.yes;
        n += q.n;
      }
      // A resample of only empty questions is impossible here unless the stratum has some; count as 0.
      sum += n === 0 ? 0 : yes / n;
    }
    stats[r] = sum / nonEmpty.length;
  }
  stats.sort();
  const alpha = (1 - level) / 2;
  return { lower: quantile(stats, alpha), upper: quantile(stats, 1 - alpha), level, method: 'bootstrap' };
}

/** Linear-interpolation quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
