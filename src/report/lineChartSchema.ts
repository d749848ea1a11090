import { z } from 'zod';
import { IntervalSchema } from '../evaluate/types.js';

/** One point of a belief curve: the belief rate at `x` (a training step, a number of documents). */
export const LineChartPointSchema = z.object({
  x: z.number(),
  rate: z.number().min(0).max(1),
  interval: IntervalSchema.nullable(),
  /** Samples behind the rate. */
  n: z.number().int().nonnegative().optional(),
});

/** A curve: one condition's belief against `x`. */
export const LineChartSeriesSchema = z.object({
  /** The condition (or other series) id. */
  name: z.string().min(1),
  label: z.string().optional(),
  points: z.array(LineChartPointSchema),
});

/**
 * A line chart of the results: belief against training step (training dynamics) or against the
 * number of in-context documents (the K sweep), one curve per condition, with interval bands.
 */
export const ReportLineChartSchema = z.object({
  /** Element id of the chart, e.g. `belief-by-step`. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'an id of letters, digits, "_" and "-"'),
  title: z.string(),
  xLabel: z.string(),
  /** `log` for log-spaced steps (every x must then be positive). Default `linear`. */
  xScale: z.enum(['linear', 'log']).default('linear'),
  series: z.array(LineChartSeriesSchema),
});
export type LineChartPoint = z.infer<typeof LineChartPointSchema>;
export type LineChartSeries = z.infer<typeof LineChartSeriesSchema>;
export type ReportLineChart = z.infer<typeof ReportLineChartSchema>;
export type ReportLineChartInput = z.input<typeof ReportLineChartSchema>;

/**
 * The first `x` at which a curve reaches `threshold` (default 0.5) and the `x` evaluated before it,
 * or `undefined` when it never does. With discrete checkpoints the crossing lies between the two.
 *
 * @example
 * ```ts
 * firstCrossing({ name: 'negated', points: [{ x: 1, rate: 0.1, interval: null }, { x: 8, rate: 0.6, interval: null }] });
 * // { x: 8, previousX: 1 }
 * ```
 */
export function firstCrossing(series: LineChartSeries, threshold = 0.5): { x: number; previousX: number | null } | undefined {
  const points = [...series.points].sort((a, b) => a.x - b.x);
  const i = points.findIndex((p) => p.rate >= threshold);
  if (i < 0) return undefined;
  return { x: points[i]!.x, previousX: i > 0 ? points[i - 1]!.x : null };
}
