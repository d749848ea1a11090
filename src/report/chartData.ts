import { measureOf, POOLED_ROWS } from '../evaluate/evalTypes.js';
import type { BeliefRateRow, Interval } from '../evaluate/types.js';
import type { ExperimentResultsData } from './experimentResultsSchema.js';

/** One bar: a condition's belief rate within a group (a claim, the mean, or an eval type). */
export interface ChartBar {
  condition: string;
  /** Belief rate in [0, 1], or null when the group has no data for this condition. */
  value: number | null;
  interval: Interval | null;
  n?: number;
}

/** A group of bars on the x axis. */
export interface ChartGroup {
  key: string;
  label: string;
  /** The mean-over-claims group is drawn apart from the claims. */
  summary: boolean;
  bars: ChartBar[];
}

/** One series (condition) of a grouped bar chart. */
export interface ChartSeries {
  condition: string;
  label: string;
  color: string;
}

/** What a grouped bar chart draws. */
export interface BarChartSpec {
  id: string;
  title: string;
  series: ChartSeries[];
  groups: ChartGroup[];
}

// Colour-blind-friendly palettes in series order: Okabe–Ito, then Tol's muted colours for more series.
const PALETTE = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000',
  '#882255', '#44AA99', '#999933', '#AA4499', '#332288', '#DDCC77', '#661100', '#888888',
];

/** The colour of the i-th series. */
export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** Conditions in report order: declared conditions first, then any others in order of appearance. */
export function orderedConditions(data: ExperimentResultsData): ChartSeries[] {
  const names: string[] = data.conditions.map((c) => c.name);
  for (const row of data.summary.rows) if (!names.includes(row.condition)) names.push(row.condition);
  for (const mean of data.summary.means) if (!names.includes(mean.condition)) names.push(mean.condition);
  return names.map((condition, i) => ({
    condition,
    label: data.conditions.find((c) => c.name === condition)?.label ?? condition,
    color: seriesColor(i),
  }));
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * Pooled rows per claim × condition: the `all` rows when present, otherwise yes/n summed over the
 * belief eval types (without an interval, since the summary did not provide one).
 */
export function pooledRows(data: ExperimentResultsData): BeliefRateRow[] {
  const all = data.summary.rows.filter((r) => r.evalType === 'all');
  const pooled = [...all];
  const have = new Set(all.map((r) => `${r.claim}\u0000${r.condition}`));
  const sums = new Map<string, BeliefRateRow>();
  for (const r of data.summary.rows) {
    const key = `${r.claim}\u0000${r.condition}`;
    // Only the belief eval types pool into belief (not the salience or coherence ones, nor pooled rows).
    if (Object.hasOwn(POOLED_ROWS, r.evalType) || measureOf(r.evalType) !== 'belief' || have.has(key)) continue;
    const acc: BeliefRateRow = sums.get(key) ?? { claim: r.claim, condition: r.condition, evalType: 'all', n: 0, yes: 0, beliefRate: null, interval: null, failed: 0, unparsed: 0, truncated: 0 };
    acc.n += r.n;
    acc.yes += r.yes;
    acc.failed += r.failed;
    acc.unparsed += r.unparsed;
    acc.truncated += r.truncated;
    acc.beliefRate = acc.n > 0 ? acc.yes / acc.n : null;
    sums.set(key, acc);
  }
  return [...pooled, ...sums.values()];
}

/** Mean of the rates that exist ("no data" rates are left out); null when none does. */
function meanOf(rates: Array<number | null>): number | null {
  const values = rates.filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The paper's main figure: one group per claim, one bar per condition, plus the unweighted mean over
 * claims (from `summary.means` with eval type `all` when given, computed from the rows otherwise).
 *
 * @example
 * ```ts
 * const svg = renderBarChartSvg(beliefChartSpec(results.data));
 * ```
 */
export function beliefChartSpec(data: ExperimentResultsData): BarChartSpec {
  const series = orderedConditions(data);
  const rows = pooledRows(data);
  const present = new Set(rows.map((r) => r.claim));
  const claims = unique([...data.claims.map((c) => c.name).filter((c) => present.has(c)), ...rows.map((r) => r.claim)]);
  const groups: ChartGroup[] = claims.map((claim) => ({
    key: claim,
    label: data.claims.find((c) => c.name === claim)?.label ?? claim,
    summary: false,
    bars: series.map(({ condition }) => {
      const row = rows.find((r) => r.claim === claim && r.condition === condition);
      return row
        ? { condition, value: row.beliefRate, interval: row.interval, n: row.n }
        : { condition, value: null, interval: null };
    }),
  }));
  const meanBars: ChartBar[] = series.map(({ condition }) => {
    const given = data.summary.means.find((m) => m.condition === condition && m.evalType === 'all');
    if (given) return { condition, value: given.beliefRate, interval: given.interval };
    return { condition, value: meanOf(rows.filter((r) => r.condition === condition).map((r) => r.beliefRate)), interval: null };
  });
  if (claims.length > 0) groups.push({ key: '__mean__', label: 'Mean over claims', summary: true, bars: meanBars });
  return { id: 'belief-by-claim', title: 'Belief rate by claim and condition', series, groups };
}

/**
 * Belief rate per eval type (mean over claims), one group per eval type, one bar per condition.
 *
 * @example
 * ```ts
 * const svg = renderBarChartSvg(evalTypeChartSpec(results.data));
 * ```
 */
export function evalTypeChartSpec(data: ExperimentResultsData): BarChartSpec {
  const series = orderedConditions(data);
  const evalTypes = unique([
    ...data.summary.rows.map((r) => r.evalType),
    ...data.summary.means.map((m) => m.evalType),
  ]).filter((t) => !Object.hasOwn(POOLED_ROWS, t));
  const groups: ChartGroup[] = evalTypes.map((evalType) => ({
    key: evalType,
    label: evalType,
    summary: false,
    bars: series.map(({ condition }) => {
      const given = data.summary.means.find((m) => m.condition === condition && m.evalType === evalType);
      if (given) return { condition, value: given.beliefRate, interval: given.interval };
      const rates = data.summary.rows.filter((r) => r.condition === condition && r.evalType === evalType).map((r) => r.beliefRate);
      return { condition, value: meanOf(rates), interval: null };
    }),
  }));
  return { id: 'belief-by-eval-type', title: 'Belief rate by eval type (mean over claims)', series, groups };
}
