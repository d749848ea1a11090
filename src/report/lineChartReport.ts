import { firstCrossing, type ReportLineChart } from './lineChartSchema.js';
import { formatRate, type ReportTable } from './reportTables.js';

/**
 * A line chart as a table: one row per `x`, one column per series.
 *
 * @example
 * ```ts
 * lineChartTable(chart); // { headers: ['training step', 'positive', 'negated'], rows: [['1', '2.0%', ...], ...] }
 * ```
 */
export function lineChartTable(chart: ReportLineChart): ReportTable {
  const xs = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return {
    headers: [chart.xLabel, ...chart.series.map((s) => s.label ?? s.name)],
    rows: xs.map((x) => [String(x), ...chart.series.map((s) => {
      const p = s.points.find((q) => q.x === x);
      return p ? formatRate(p.rate, p.interval) : '–';
    })]),
  };
}

/**
 * One sentence per series saying where belief first reaches 50% (between which evaluated `x`s), or
 * that it never does.
 *
 * @example
 * ```ts
 * crossingSentences(chart); // ['negated: belief first reaches 50% at training step 40 (after 27).', ...]
 * ```
 */
export function crossingSentences(chart: ReportLineChart, threshold = 0.5): string[] {
  return chart.series.map((s) => {
    const label = s.label ?? s.name;
    const c = firstCrossing(s, threshold);
    const at = `${threshold * 100}%`;
    if (!c) return `${label}: belief stays below ${at} at every ${chart.xLabel} evaluated.`;
    return c.previousX === null
      ? `${label}: belief is already at or above ${at} at the first ${chart.xLabel} evaluated (${c.x}).`
      : `${label}: belief first reaches ${at} at ${chart.xLabel} ${c.x} (below it at ${c.previousX}).`;
  });
}
