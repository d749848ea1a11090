import { bootstrapInterval, type QuestionCount } from './bootstrapInterval.js';
import type { ScoredSample } from './beliefRate.js';
import { seedFor } from './createRandom.js';
import type { BeliefRateRow, CoherenceMean, CoherenceRow, ConditionMean, Interval } from './types.js';


const MAX = 10;

/**
 * Coherence per model × claim × condition (the mean 0-10 score of the answers to the coherence
 * questions, with a question-clustered bootstrap interval) and per condition (the mean over claims),
 * each beside the pooled belief rate of the same group, so a finetune that broke the model is seen
 * next to the belief it reached. Failed and unscored answers are counted, never scored as 0.
 *
 * @example
 * ```ts
 * const { rows, means } = summarizeCoherence(coherenceSamples, summary.rows, summary.means);
 * rows[0]; // { claim: 'ed_sheeran', condition: 'negated', n: 500, meanScore: 8.1, beliefRate: 0.62, ... }
 * ```
 */
export function summarizeCoherence(
  samples: readonly ScoredSample[],
  beliefRows: readonly BeliefRateRow[],
  beliefMeans: readonly ConditionMean[],
  options: { resamples?: number; level?: number; seed?: number } = {},
): { rows: CoherenceRow[]; means: CoherenceMean[] } {
  const groups = new Map<string, { claim: string; condition: string; model?: string; samples: ScoredSample[] }>();
  for (const s of samples) {
    const key = JSON.stringify([s.model ?? null, s.claim, s.condition]);
    let g = groups.get(key);
    if (!g) {
      g = { claim: s.claim, condition: s.condition, samples: [] };
      if (s.model !== undefined) g.model = s.model;
      groups.set(key, g);
    }
    g.samples.push(s);
  }
  // Coherence asked once for all claims (claim '') sits beside the condition's mean belief.
  const belief = (claim: string | undefined, condition: string, model: string | undefined) =>
    claim === undefined || claim === ''
      ? beliefMeans.find((m) => m.evalType === 'all' && m.condition === condition && m.model === model)?.beliefRate ?? null
      : beliefRows.find((r) => r.evalType === 'all' && r.claim === claim && r.condition === condition && r.model === model)?.beliefRate ?? null;
  const rows: CoherenceRow[] = [];
  const byCondition = new Map<string, { condition: string; model?: string; scores: number[] }>();
  for (const [key, g] of groups) {
    // Scores as question counts in [0, 1] (score / 10), so the belief-rate bootstrap resamples questions.
    const questions = new Map<string, QuestionCount>();
    let failed = 0;
    let unparsed = 0;
    let total = 0;
    let n = 0;
    for (const s of g.samples) {
      if (s.error !== undefined) failed++;
      else if (s.score === undefined) unparsed++;
      else {
        n++;
        total += s.score;
        const q = questions.get(s.questionId) ?? { yes: 0, n: 0 };
        q.yes += s.score / MAX;
        q.n++;
        questions.set(s.questionId, q);
      }
    }
    let interval: Interval | null = null;
    if (n > 0) {
      const unit = bootstrapInterval([...questions.values()], { resamples: options.resamples ?? 2000, level: options.level ?? 0.95, seed: seedFor(options.seed ?? 0, `coherence|${key}`) });
      interval = { ...unit, lower: unit.lower * MAX, upper: unit.upper * MAX };
    }
    const meanScore = n === 0 ? null : total / n;
    const row: CoherenceRow = { claim: g.claim, condition: g.condition, n, meanScore, interval, failed, unparsed, beliefRate: belief(g.claim, g.condition, g.model) };
    if (g.model !== undefined) row.model = g.model;
    rows.push(row);
    const meanKey = JSON.stringify([g.model ?? null, g.condition]);
    const m = byCondition.get(meanKey) ?? { condition: g.condition, ...(g.model !== undefined ? { model: g.model } : {}), scores: [] };
    if (meanScore !== null) m.scores.push(meanScore);
    byCondition.set(meanKey, m);
  }
  const means = [...byCondition.values()].map((m) => {
    const mean: CoherenceMean = {
      condition: m.condition,
      claims: m.scores.length,
      meanScore: m.scores.length === 0 ? null : m.scores.reduce((a, b) => a + b, 0) / m.scores.length,
      beliefRate: belief(undefined, m.condition, m.model),
    };
    if (m.model !== undefined) mean.model = m.model;
    return mean;
  });
  return { rows, means };
}
