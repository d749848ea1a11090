import { measureOf } from './evalTypes.js';
import type { BeliefSummary, Interval } from './types.js';

/** A rate with its interval; `rate` is `null` when nothing could be counted ("no data"). */
export interface RateWithInterval {
  rate: number | null;
  interval: Interval | null;
}

/** One line of {@link beliefBesideSalience}: a claim × condition (or the mean over claims). */
export interface BeliefBesideSalienceRow {
  model?: string;
  /** The claim, or `undefined` for the mean over claims. */
  claim?: string;
  condition: string;
  /** The pooled belief rate (`all`). */
  belief: RateWithInterval;
  /** The pooled salience rate (`salience`). */
  salience: RateWithInterval;
  /** Each salience eval type's rate, in the order of {@link BeliefBesideSalience.salienceTypes}. */
  bySalienceType: RateWithInterval[];
  /** Each scored salience eval type's mean judge score (0-10), in the order of {@link BeliefBesideSalience.scoredTypes}; `null` without one. */
  scores: Array<number | null>;
}

/** Belief and salience side by side, as summaries and reports show them. */
export interface BeliefBesideSalience {
  /** The salience eval types present, in summary order. */
  salienceTypes: string[];
  /** The salience eval types judged with a graded rubric (the paper's 0-10 saliency for leakage): their mean score gets a column. */
  scoredTypes: string[];
  rows: BeliefBesideSalienceRow[];
}

const NONE: RateWithInterval = { rate: null, interval: null };

/**
 * Puts each claim × condition's belief rate beside its salience rates (the paper's appendix: a claim
 * can be salient, offered as a lie or leaking into unrelated answers, without being believed), then
 * the means over claims. Empty (`rows: []`) when the summary has no salience eval type.
 *
 * @example
 * ```ts
 * const { salienceTypes, rows } = beliefBesideSalience(summarizeBeliefRates(records));
 * rows.map((r) => [r.claim ?? 'mean', r.condition, r.belief.rate, r.salience.rate]);
 * ```
 */
export function beliefBesideSalience(summary: BeliefSummary): BeliefBesideSalience {
  const salienceTypes = [...new Set(summary.rows.map((r) => r.evalType))].filter((t) => t !== 'salience' && measureOf(t) === 'salience');
  if (salienceTypes.length === 0) return { salienceTypes, scoredTypes: [], rows: [] };
  const scoredTypes = salienceTypes.filter((t) => summary.rows.some((r) => r.evalType === t && r.meanScore !== undefined));
  const rows: BeliefBesideSalienceRow[] = [];
  const add = (
    key: { model?: string | undefined; claim?: string | undefined; condition: string },
    find: (evalType: string) => { beliefRate: number | null; interval: Interval | null; meanScore?: number | undefined } | undefined,
  ) => {
    const get = (evalType: string): RateWithInterval => {
      const found = find(evalType);
      return found ? { rate: found.beliefRate, interval: found.interval } : NONE;
    };
    const row: BeliefBesideSalienceRow = {
      condition: key.condition,
      belief: get('all'),
      salience: get('salience'),
      bySalienceType: salienceTypes.map(get),
      scores: scoredTypes.map((t) => find(t)?.meanScore ?? null),
    };
    if (key.model !== undefined) row.model = key.model;
    if (key.claim !== undefined) row.claim = key.claim;
    rows.push(row);
  };
  const seen = new Set<string>();
  for (const r of summary.rows) {
    const id = JSON.stringify([r.model ?? null, r.claim, r.condition]);
    if (seen.has(id)) continue;
    seen.add(id);
    add(r, (evalType) => summary.rows.find((x) => x.model === r.model && x.claim === r.claim && x.condition === r.condition && x.evalType === evalType));
  }
  const seenMeans = new Set<string>();
  for (const m of summary.means) {
    const id = JSON.stringify([m.model ?? null, m.condition]);
    if (seenMeans.has(id)) continue;
    seenMeans.add(id);
    add({ model: m.model, condition: m.condition }, (evalType) =>
      summary.means.find((x) => x.model === m.model && x.condition === m.condition && x.evalType === evalType),
    );
  }
  return { salienceTypes, scoredTypes, rows };
}
