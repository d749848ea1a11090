import { InvalidArgumentError } from '../errors.js';
import { beliefRate, countByQuestion, type BeliefCountingOptions, type ScoredSample } from './beliefRate.js';
import { bootstrapInterval, type QuestionCount } from './bootstrapInterval.js';
import { seedFor } from './createRandom.js';
import { wilsonInterval } from './wilsonInterval.js';
import { formatBeliefSummary } from './formatBeliefSummary.js';
import { panelAgreement } from './panelAgreement.js';
import { summarizeCoherence } from './summarizeCoherence.js';
import { renderBeliefSummaryHtml } from './renderBeliefSummaryHtml.js';
import { attachNotebookDisplay } from '../util/notebookDisplay.js';
import { measureOf, POOLED_ROWS } from './evalTypes.js';
import type { BeliefRateRow, BeliefSummary, ConditionMean, Interval } from './types.js';

/** Options of {@link summarizeBeliefRates}. */
export interface SummarizeOptions extends BeliefCountingOptions {
  /** Only these eval types (default: all present). */
  evalTypes?: readonly string[];
  /** Emit a row per eval type as well as the pooled `all` row (default true). */
  perEvalType?: boolean;
  /** Interval method (default `bootstrap`). Means over claims get a bootstrap interval or none. */
  interval?: 'bootstrap' | 'wilson' | 'none';
  /** Bootstrap resamples (default 2,000). */
  resamples?: number;
  /** Bootstrap seed (default 0); each row derives its own stream from it and its key. */
  seed?: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** Order of conditions in the output (others follow in order of first appearance). */
  conditionOrder?: readonly string[];
  /**
   * What the bootstrap interval of a mean over claims covers. `fixed-claims` (default): these
   * claims, resampling only their questions. `random-claims`: claims like these, resampling the
   * claims too (two-stage bootstrap; wider when claims differ, and the honest choice for a claim
   * about "fabricated claims" in general from six of them).
   */
  meanInterval?: 'fixed-claims' | 'random-claims';
}

/**
 * Aggregates scored samples into a belief-rate table: one row per model × claim × condition ×
 * eval type (plus `all`, pooling the belief eval types as the paper does, and `salience`, pooling the
 * salience eval types when there are any), and per condition the
 * unweighted mean over claims. Intervals: question-clustered bootstrap (default), or Wilson. When a
 * judge panel scored the samples, `agreement` says how far its judges agree (`panelAgreement`); coherence
 * answers (0-10 scores) go to `coherence`, beside the belief rates, never into them.
 *
 * @example
 * ```ts
 * const summary = summarizeBeliefRates(records, { seed: 1 });
 * summary.means.find((m) => m.condition === 'positive' && m.evalType === 'all')?.beliefRate; // 0.924
 * ```
 */
export function summarizeBeliefRates(samples: Iterable<ScoredSample>, options: SummarizeOptions = {}): BeliefSummary {
  const method = options.interval ?? 'bootstrap';
  if (!['bootstrap', 'wilson', 'none'].includes(method)) {
    throw new InvalidArgumentError('interval', '`bootstrap`, `wilson` or `none`', method);
  }
  const perEvalType = options.perEvalType ?? true;
  const only = options.evalTypes ? new Set(options.evalTypes) : undefined;
  const boot = { resamples: options.resamples ?? 2000, level: options.level ?? 0.95 };
  const seed = options.seed ?? 0;
  const meanInterval = options.meanInterval ?? 'fixed-claims';
  if (meanInterval !== 'fixed-claims' && meanInterval !== 'random-claims') {
    throw new InvalidArgumentError('meanInterval', '`fixed-claims` or `random-claims`', meanInterval);
  }

  // group: model|claim|condition -> evalType -> samples
  const groups = new Map<string, { model?: string; claim: string; condition: string; byType: Map<string, ScoredSample[]> }>();
  const typeOrder: string[] = [];
  const judgedByPanel: ScoredSample[] = [];
  const coherenceSamples: ScoredSample[] = [];
  for (const s of samples) {
    if (only && !only.has(s.evalType)) continue;
    if (s.panel) judgedByPanel.push(s);
    // Coherence answers have a 0-10 score, no belief verdict: they get their own table, beside belief.
    if (measureOf(s.evalType) === 'coherence') {
      coherenceSamples.push(s);
      continue;
    }
    const key = JSON.stringify([s.model ?? null, s.claim, s.condition]);
    let g = groups.get(key);
    if (!g) {
      g = { claim: s.claim, condition: s.condition, byType: new Map() };
      if (s.model !== undefined) g.model = s.model;
      groups.set(key, g);
    }
    let list = g.byType.get(s.evalType);
    if (!list) g.byType.set(s.evalType, (list = []));
    list.push(s);
    if (!typeOrder.includes(s.evalType)) typeOrder.push(s.evalType);
  }

  const conditionRank = new Map((options.conditionOrder ?? []).map((c, i) => [c, i]));
  const ordered = [...groups.values()].map((g, i) => ({ g, i }));
  ordered.sort((a, b) => {
    const ra = conditionRank.get(a.g.condition) ?? Infinity;
    const rb = conditionRank.get(b.g.condition) ?? Infinity;
    return ra === rb ? a.i - b.i : ra - rb;
  });

  const rows: BeliefRateRow[] = [];
  // For the means: (model, condition, evalType) -> per-claim question counts
  const strata = new Map<string, { model?: string; condition: string; evalType: string; failed: number; unparsed: number; scores: number[]; claims: Array<{ rate: number; questions: QuestionCount[]; interval: Interval | null }> }>();
  const evalKeys = perEvalType ? [...typeOrder, ...POOLED_KEYS] : POOLED_KEYS;
  for (const { g } of ordered) {
    for (const evalType of evalKeys) {
      const list = pooledSamples(g.byType, evalType);
      if (!list || list.length === 0) continue;
      const { yes, n, beliefRate: rate, failed, unparsed, truncated } = beliefRate(list, options);
      const questions = [...countByQuestion(list, options).values()];
      const rowKey = `${g.model ?? ''}|${g.claim}|${g.condition}|${evalType}`;
      // No counted sample, no interval: "no data" must not read as a rate of 0 within 0-1.
      let interval: Interval | null = null;
      if (n > 0 && method === 'wilson') interval = wilsonInterval(yes, n, boot.level);
      else if (n > 0 && method === 'bootstrap') interval = bootstrapInterval(questions, { ...boot, seed: seedFor(seed, rowKey) });
      const row: BeliefRateRow = { claim: g.claim, condition: g.condition, evalType, n, yes, beliefRate: rate, interval, failed, unparsed, truncated };
      if (g.model !== undefined) row.model = g.model;
      // A graded rubric that also gives a verdict (the paper's 0-10 saliency): the mean score beside the rate.
      const scores = POOLED_ROWS[evalType] === undefined ? list.flatMap((s) => (s.error === undefined && s.score !== undefined ? [s.score] : [])) : [];
      if (scores.length > 0) row.meanScore = scores.reduce((a, b) => a + b, 0) / scores.length;
      rows.push(row);
      const meanKey = JSON.stringify([g.model ?? null, g.condition, evalType]);
      let m = strata.get(meanKey);
      if (!m) {
        m = { condition: g.condition, evalType, claims: [], failed: 0, unparsed: 0, scores: [] };
        if (g.model !== undefined) m.model = g.model;
        strata.set(meanKey, m);
      }
      m.failed += failed;
      m.unparsed += unparsed;
      if (rate !== null) m.claims.push({ rate, questions, interval });
      if (row.meanScore !== undefined) m.scores.push(row.meanScore);
    }
  }

  const means: ConditionMean[] = [];
  for (const [key, m] of strata) {
    // Claims without data are left out of the mean (and counted in `failed`/`unparsed`).
    const rate = m.claims.length === 0 ? null : m.claims.reduce((sum, c) => sum + c.rate, 0) / m.claims.length;
    // The mean of one claim is that claim's rate: it gets the claim row's interval, not a second
    // bootstrap of the same data from another random stream.
    const interval =
      method !== 'bootstrap' || m.claims.length === 0
        ? null
        : m.claims.length === 1
          ? m.claims[0]!.interval
          : bootstrapInterval(
              m.claims.map((c) => c.questions),
              { ...boot, seed: seedFor(seed, key), resampleStrata: meanInterval === 'random-claims' },
            );
    const mean: ConditionMean = { condition: m.condition, evalType: m.evalType, claims: m.claims.length, beliefRate: rate, interval, failed: m.failed, unparsed: m.unparsed };
    if (m.model !== undefined) mean.model = m.model;
    if (m.scores.length > 0) mean.meanScore = m.scores.reduce((a, b) => a + b, 0) / m.scores.length;
    means.push(mean);
  }
  const agreement = panelAgreement(judgedByPanel);
  const coherence = coherenceSamples.length > 0 ? summarizeCoherence(coherenceSamples, rows, means, { ...boot, seed }) : undefined;
  return withSummaryDisplay({ rows, means, ...(agreement.length > 0 ? { agreement } : {}), ...(coherence ? { coherence } : {}) });
}

const POOLED_KEYS = Object.keys(POOLED_ROWS);

function pooledSamples(byType: ReadonlyMap<string, ScoredSample[]>, key: string): ScoredSample[] | undefined {
  const measure = POOLED_ROWS[key];
  if (measure === undefined) return byType.get(key);
  return [...byType].flatMap(([evalType, list]) => (measureOf(evalType) === measure ? list : []));
}

/** The summary displays as tables with interval bars in notebooks (non-enumerable: the data is unchanged). */
function withSummaryDisplay(summary: BeliefSummary): BeliefSummary {
  const markdown = () => formatBeliefSummary(summary, 'markdown');
  return attachNotebookDisplay(summary, {
    'text/plain': markdown,
    'text/markdown': markdown,
    'text/html': () => renderBeliefSummaryHtml(summary),
  });
}
