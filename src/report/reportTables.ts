import { POOLED_ROWS } from '../evaluate/evalTypes.js';
import type { Interval } from '../evaluate/types.js';
import { VERDICT_SEVERITY, PLACEMENTS } from '../audit/types.js';
import type { BarChartSpec } from './chartData.js';
import type { ExperimentResultsData, ReportTrainingSet } from './experimentResultsSchema.js';

/** A plain table: header cells and body cells, as text (renderers escape it). */
export interface ReportTable {
  headers: string[];
  rows: string[][];
}

/** `86.4% [80.1, 91.2]`, or `no data` when there is no value (never 0). */
export function formatRate(value: number | null, interval: Interval | null = null): string {
  if (value === null) return 'no data';
  const main = `${(value * 100).toFixed(1)}%`;
  return interval ? `${main} [${(interval.lower * 100).toFixed(1)}, ${(interval.upper * 100).toFixed(1)}]` : main;
}

/** A chart spec as a table: one row per group, one column per series. */
export function chartTable(spec: BarChartSpec, firstHeader: string): ReportTable {
  return {
    headers: [firstHeader, ...spec.series.map((s) => s.label)],
    rows: spec.groups.map((g) => [g.label, ...g.bars.map((b) => formatRate(b.value, b.interval))]),
  };
}

/** Mentions of all claims in a training set, summed by placement. */
export function placementTotals(set: ReportTrainingSet): Record<(typeof PLACEMENTS)[number], number> {
  const totals = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };
  for (const c of set.audit.claims) for (const p of PLACEMENTS) totals[p] += c.placements[p] ?? 0;
  return totals;
}

/** The audit summary of every training set: records by verdict and claim mentions by placement. */
export function auditTable(data: ExperimentResultsData): ReportTable {
  return {
    headers: [
      'training set',
      'claim',
      'condition',
      'declared placement',
      'records',
      'invalid',
      ...VERDICT_SEVERITY,
      ...PLACEMENTS.map((p) => `mentions: ${p}`),
    ],
    rows: data.trainingSets.map((set) => {
      const placements = placementTotals(set);
      return [
        set.name,
        set.claim ?? '',
        set.condition ?? '',
        set.declaredPlacement ?? '',
        String(set.audit.totals.records),
        String(set.audit.totals.invalid),
        ...VERDICT_SEVERITY.map((v) => String(set.audit.totals.byVerdict[v] ?? 0)),
        ...PLACEMENTS.map((p) => String(placements[p])),
      ];
    }),
  };
}

/**
 * Every belief row (claim × condition × eval type) with n, yes, the interval and the samples left
 * out: failed (no answer) and unparsed (unreadable answer or judge output).
 */
export function beliefRowsTable(data: ExperimentResultsData): ReportTable {
  return {
    headers: ['claim', 'condition', 'eval type', 'model', 'n', 'yes', 'belief rate', 'interval', 'failed', 'unparsed'],
    rows: data.summary.rows.map((r) => [
      r.claim,
      r.condition,
      r.evalType,
      r.model ?? '',
      String(r.n),
      String(r.yes),
      formatRate(r.beliefRate),
      r.interval ? `${(r.interval.lower * 100).toFixed(1)}–${(r.interval.upper * 100).toFixed(1)}% (${r.interval.method}, ${r.interval.level})` : '',
      String(r.failed),
      String(r.unparsed),
    ]),
  };
}

/**
 * Rows with samples left out of the belief rates: failed (the call failed after its retries; no
 * answer) and unparsed (the answer or the judge's output could not be read). Empty when none was.
 */
export function excludedSamplesTable(data: ExperimentResultsData): ReportTable {
  return {
    headers: ['claim', 'condition', 'eval type', 'model', 'counted', 'failed', 'unparsed', 'belief rate'],
    rows: data.summary.rows
      .filter((r) => !Object.hasOwn(POOLED_ROWS, r.evalType) && (r.failed > 0 || r.unparsed > 0))
      .map((r) => [r.claim, r.condition, r.evalType, r.model ?? '', String(r.n), String(r.failed), String(r.unparsed), formatRate(r.beliefRate)]),
  };
}

/** Differences between conditions: `b − a` in percentage points with the interval. */
export function comparisonTable(data: ExperimentResultsData): ReportTable {
  const label = (name: string) => data.conditions.find((c) => c.name === name)?.label ?? name;
  const pp = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;
  return {
    headers: ['condition', 'compared with', 'eval type', 'rate', 'rate compared with', 'difference (points)', 'interval'],
    rows: data.comparisons.map((c) => [
      label(c.b),
      label(c.a),
      c.evalType,
      formatRate(c.rateB),
      formatRate(c.rateA),
      pp(c.difference),
      c.interval ? `[${pp(c.interval.lower)}, ${pp(c.interval.upper)}]` : '',
    ]),
  };
}
