import { InvalidArgumentError } from '../errors.js';
import { assertPositiveInteger } from '../util/assert.js';
import { countByQuestion, type BeliefCountingOptions, type ScoredSample } from './beliefRate.js';
import { quantile, type QuestionCount } from './bootstrapInterval.js';
import { createRandom } from './createRandom.js';
import type { Interval } from './types.js';

/** Options of {@link compareConditions}. */
export interface CompareConditionsOptions extends BeliefCountingOptions {
  /** Baseline condition. */
  a: string;
  /** Condition compared against `a`; the difference is `b − a`. */
  b: string;
  /** Restrict to one eval type (default: all pooled). */
  evalType?: string;
  /** Restrict to one model (when samples hold several). */
  model?: string;
  resamples?: number;
  seed?: number;
  level?: number;
}

/** The difference in mean belief rate (over claims present in both conditions) with its interval. */
export interface ConditionComparison {
  a: string;
  b: string;
  evalType: string;
  claims: string[];
  rateA: number;
  rateB: number;
  /** `rateB − rateA`, in [-1, 1]. */
  difference: number;
  interval: Interval;
}

/**
 * Difference of two conditions' mean belief rates over claims, with a paired, question-clustered
 * bootstrap interval: within each claim the same question ids are resampled for both conditions
 * (they were asked the same questions), so question difficulty cancels out.
 *
 * @example
 * ```ts
 * const d = compareConditions(records, { a: 'positive', b: 'llm_negations', seed: 1 });
 * console.log(d.difference, d.interval.lower, d.interval.upper); // paper data: -0.038 -0.059 -0.019
 * ```
 */
export function compareConditions(samples: Iterable<ScoredSample>, options: CompareConditionsOptions): ConditionComparison {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  assertPositiveInteger('resamples', resamples);
  if (options.a === options.b) throw new InvalidArgumentError('b', 'a condition different from `a`', options.b);
  const byClaim = new Map<string, { a: ScoredSample[]; b: ScoredSample[] }>();
  for (const s of samples) {
    if (options.evalType !== undefined && options.evalType !== 'all' && s.evalType !== options.evalType) continue;
    if (options.model !== undefined && s.model !== options.model) continue;
    const side = s.condition === options.a ? 'a' : s.condition === options.b ? 'b' : undefined;
    if (!side) continue;
    let entry = byClaim.get(s.claim);
    if (!entry) byClaim.set(s.claim, (entry = { a: [], b: [] }));
    entry[side].push(s);
  }
  const strata: Array<{ keys: string[]; a: Map<string, QuestionCount>; b: Map<string, QuestionCount> }> = [];
  const claims: string[] = [];
  for (const [claim, entry] of byClaim) {
    if (entry.a.length === 0 || entry.b.length === 0) continue;
    const a = countByQuestion(entry.a, options);
    const b = countByQuestion(entry.b, options);
    strata.push({ keys: [...new Set([...a.keys(), ...b.keys()])], a, b });
    claims.push(claim);
  }
  if (strata.length === 0) {
    throw new InvalidArgumentError('samples', `samples of both conditions \`${options.a}\` and \`${options.b}\` for at least one claim`, '(none)');
  }
  const rateOf = (counts: Map<string, QuestionCount>, keys: readonly string[]) => {
    let yes = 0;
    let n = 0;
    for (const k of keys) {
      const c = counts.get(k);
      if (c) {
        yes += c.yes;
        n += c.n;
      }
    }
    return n === 0 ? 0 : yes / n;
  };
  const meanOver = (pick: (s: (typeof strata)[number]) => number) => strata.reduce((sum, s) => sum + pick(s), 0) / strata.length;
  const rateA = meanOver((s) => rateOf(s.a, s.keys));
  const rateB = meanOver((s) => rateOf(s.b, s.keys));
  const random = createRandom(options.seed ?? 0);
  const stats = new Float64Array(resamples);
  const picked: string[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (const s of strata) {
      picked.length = 0;
      for (let i = 0; i < s.keys.length; i++) picked.push(s.keys[Math.floor(random() * s.keys.length)]!);
      sum += rateOf(s.b, picked) - rateOf(s.a, picked);
    }
    stats[r] = sum / strata.length;
  }
  stats.sort();
  const alpha = (1 - level) / 2;
  return {
    a: options.a,
    b: options.b,
    evalType: options.evalType ?? 'all',
    claims,
    rateA,
    rateB,
    difference: rateB - rateA,
    interval: { lower: quantile(stats, alpha), upper: quantile(stats, 1 - alpha), level, method: 'bootstrap' },
  };
}
