import type { CallWarning, Usage } from '../providers/chat/chatModel.js';
import type { Scorer, ScoreContext, ScoreInput } from './scorers.js';
import type { SampleRecord } from './types.js';

/** A record to score, the input its scorer reads, and that scorer. */
export interface ScoringItem {
  record: SampleRecord;
  input: ScoreInput<unknown>;
  scorer: Scorer<unknown>;
}

/**
 * Internal: scores records with their eval type's scorer, each scorer getting all its samples at
 * once (a judge runs them concurrently or as one batch), and writes the verdicts onto the records,
 * replacing whatever an earlier judging left there. Shared by `evaluateBelief` and `rejudgeSamples`,
 * so a rejudged record reads exactly like a fresh one. Progress counts judged samples only.
 *
 * @example
 * ```ts
 * const { usage } = await scoreRecords(items, { judge, concurrency: 8 });
 * ```
 */
export async function scoreRecords(
  items: readonly ScoringItem[],
  context: ScoreContext,
  onProgress?: (event: { done: number; total: number }) => void,
): Promise<{ warnings: CallWarning[]; usage: Usage }> {
  const byScorer = new Map<Scorer<unknown>, ScoringItem[]>();
  for (const item of items) {
    let list = byScorer.get(item.scorer);
    if (!list) byScorer.set(item.scorer, (list = []));
    list.push(item);
  }
  const warnings: CallWarning[] = [];
  const seen = new Set<string>();
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  const total = [...byScorer].reduce((n, [scorer, list]) => n + (scorer.usesJudge ? list.length : 0), 0);
  let judged = 0;
  for (const [scorer, list] of byScorer) {
    const before = judged;
    const scores = await scorer.score(
      list.map((item) => item.input),
      { ...context, onProgress: (e) => onProgress?.({ done: before + e.done, total }) },
    );
    if (scorer.usesJudge) judged += list.length;
    scores.forEach((score, i) => {
      const record = list[i]!.record;
      for (const key of ['judgeRaw', 'judge', 'panel', 'panelMean', 'score', 'reason', 'error'] as const) delete record[key];
      record.verdict = score.verdict;
      record.scorer = score.scorer;
      if (score.judgeRaw !== undefined) record.judgeRaw = score.judgeRaw;
      if (score.judge) record.judge = score.judge;
      if (score.panel) record.panel = score.panel;
      if (score.panelMean !== undefined) record.panelMean = score.panelMean;
      if (score.value !== undefined) record.score = score.value;
      if (score.reason !== undefined) record.reason = score.reason;
      if (score.error !== undefined) record.error = score.error;
      for (const w of score.warnings ?? []) {
        if (seen.has(w.message)) continue;
        seen.add(w.message);
        warnings.push(w);
      }
      if (score.usage) {
        usage.inputTokens += score.usage.inputTokens;
        usage.outputTokens += score.usage.outputTokens;
      }
    });
  }
  return { warnings, usage };
}
