import type { ScoredSample } from '../evaluate/beliefRate.js';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import type { LineChartSeries } from './lineChartSchema.js';

/** Options of {@link beliefCurveSeries}. */
export interface BeliefCurveOptions {
  /** Series id (a condition name). */
  name: string;
  label?: string;
  /** The samples judged at each `x` (a training step, a number of in-context documents). */
  points: ReadonlyArray<{ x: number; samples: readonly ScoredSample[] }>;
  /** Bootstrap seed (default 0). */
  seed?: number;
}

/**
 * A belief curve from judged samples: at each `x`, the unweighted mean belief rate over claims with
 * its question-clustered bootstrap interval (`summarizeBeliefRates`), as the paper's headline numbers.
 * An `x` without samples is left out.
 *
 * @example
 * ```ts
 * beliefCurveSeries({ name: 'negated', points: checkpoints.map((c) => ({ x: c.step, samples: c.samples })) });
 * ```
 */
export function beliefCurveSeries(options: BeliefCurveOptions): LineChartSeries {
  const points: LineChartSeries['points'] = [];
  for (const { x, samples } of [...options.points].sort((a, b) => a.x - b.x)) {
    if (samples.length === 0) continue;
    // One condition label, so the summary's single mean is this x's mean over claims.
    const summary = summarizeBeliefRates(samples.map((s) => ({ ...s, condition: options.name, model: undefined })), { seed: options.seed ?? 0 });
    const mean = summary.means.find((m) => m.evalType === 'all') ?? summary.means[0];
    // A checkpoint whose every sample failed has no rate: no point, rather than a point at 0.
    if (!mean || mean.beliefRate === null) continue;
    points.push({ x, rate: mean.beliefRate, interval: mean.interval, n: samples.length });
  }
  return { name: options.name, ...(options.label ? { label: options.label } : {}), points };
}
