import { InvalidArgumentError } from '../errors.js';
import type { ChatMessage, Usage } from '../providers/chat/chatModel.js';
import type { Judge, JudgeInput, JudgeManyOptions, JudgeResult } from './createJudge.js';
import type { JudgeRubric } from './judgeRubric.js';
import type { JudgeVerdict } from './parseJudgeVerdict.js';
import type { PanelVote, VerdictLabel } from './types.js';

/**
 * How a panel's verdicts become one: `majority` (a label more than half the readable votes gave;
 * an undecided panel is `neutral`), `unanimous` (`yes` or `no` only when every judge that answered
 * agrees, else `neutral`: belief needs every judge), `mean` (the share of judges saying `yes`,
 * recorded as the sample's `panelMean`; `yes` from one half up, else the most common other label).
 * Under a graded rubric (coherence) the panel's score is always the mean of its judges' scores.
 */
export type PanelAggregate = 'majority' | 'unanimous' | 'mean';

/** The aggregates, for CLI choices and config schemas. */
export const PANEL_AGGREGATES: readonly PanelAggregate[] = ['majority', 'unanimous', 'mean'];

/** Settings of {@link createJudgePanel}. */
export interface JudgePanelSettings {
  /** Two or more judges (`createJudge`), each over its own model. */
  judges: readonly Judge[];
  /** How their verdicts combine (default `majority`). */
  aggregate?: PanelAggregate;
}

/** A judge made of several judges: it is a `Judge`, so `evaluateBelief` and `rejudge` take it as one. */
export interface JudgePanel extends Judge {
  readonly judges: readonly Judge[];
  readonly aggregate: PanelAggregate;
}

/**
 * Combines votes into one verdict (see {@link PanelAggregate}). Votes that could not be read
 * (`parse_error`) do not vote; with no readable vote the verdict is `parse_error`.
 *
 * @example
 * ```ts
 * aggregateVerdicts(['yes', 'yes', 'no'], 'majority'); // { verdict: 'yes' }
 * aggregateVerdicts(['yes', 'yes', 'no'], 'unanimous'); // { verdict: 'neutral' }
 * aggregateVerdicts(['yes', 'no'], 'mean'); // { verdict: 'yes', mean: 0.5 }
 * ```
 */
export function aggregateVerdicts(votes: readonly VerdictLabel[], aggregate: PanelAggregate): { verdict: VerdictLabel; mean?: number } {
  const readable = votes.filter((v) => v !== 'parse_error');
  if (readable.length === 0) return { verdict: 'parse_error' };
  const counts = new Map<VerdictLabel, number>();
  for (const v of readable) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  switch (aggregate) {
    case 'majority':
      return { verdict: ranked[0]![1] * 2 > readable.length ? ranked[0]![0] : 'neutral' };
    case 'unanimous':
      return { verdict: counts.size === 1 && ranked[0]![0] !== 'neutral' ? ranked[0]![0] : 'neutral' };
    case 'mean': {
      const mean = (counts.get('yes') ?? 0) / readable.length;
      const other = ranked.find(([label]) => label !== 'yes')?.[0] ?? 'neutral';
      return { verdict: mean >= 0.5 ? 'yes' : other, mean };
    }
    default:
      throw new InvalidArgumentError('aggregate', PANEL_AGGREGATES.join(', '), aggregate);
  }
}

/**
 * A judge panel: several judges (different models, ideally from different providers) score every
 * sample; their verdicts are combined by `aggregate` and every judge's vote is kept on the result
 * (`panel`), so samples record who said what and summaries report how far the judges agree
 * (Cohen's κ per pair, Fleiss' κ, Krippendorff's α). Its rubrics, messages and `showReasoning` are
 * those of the first judge; each judge keeps its own model and sampling. A judge's failed call is a
 * `parse_error` vote that does not count; a refusal no retry can fix stops the pass. In batch mode
 * each judge sends its own batch (`batch: { judges: [...] }`, one per judge, in order) and the votes
 * are combined when every batch is back.
 *
 * @example
 * ```ts
 * const panel = createJudgePanel({
 *   judges: [createJudge({ model: openai('gpt-5-mini') }), createJudge({ model: anthropic('claude-sonnet-4-5') })],
 *   aggregate: 'unanimous',
 * });
 * const { records } = await evaluateBelief({ model, judge: panel, claim, questionSets });
 * ```
 */
export function createJudgePanel(settings: JudgePanelSettings): JudgePanel {
  const judges = settings?.judges;
  if (!Array.isArray(judges) || judges.length < 2) throw new InvalidArgumentError('judges', 'at least two judges', judges);
  judges.forEach((j: Judge, i) => {
    if (!j || typeof j.judgeMany !== 'function') throw new InvalidArgumentError(`judges[${i}]`, 'a Judge (createJudge)', j);
  });
  const aggregate = settings.aggregate ?? 'majority';
  if (!PANEL_AGGREGATES.includes(aggregate)) throw new InvalidArgumentError('aggregate', PANEL_AGGREGATES.join(', '), aggregate);
  const lead = judges[0]!;
  const names = judges.map((j) => `${j.model.provider}:${j.model.modelId}`);

  const combine = (results: readonly JudgeResult[], rubric: JudgeRubric): JudgeResult => {
    const panel: PanelVote[] = results.map((r) => {
      const vote: PanelVote = { judge: r.judge, verdict: r.verdict };
      if (r.raw !== '') vote.judgeRaw = r.raw;
      if (r.reason !== undefined) vote.reason = r.reason;
      if (r.score !== undefined) vote.score = r.score;
      if (r.error !== undefined) vote.error = r.error;
      return vote;
    });
    const { verdict, mean } = aggregateVerdicts(results.map((r) => r.verdict), aggregate);
    const usage: Usage = { inputTokens: 0, outputTokens: 0 };
    for (const r of results) {
      usage.inputTokens += r.usage?.inputTokens ?? 0;
      usage.outputTokens += r.usage?.outputTokens ?? 0;
    }
    const errors = results.filter((r) => r.error !== undefined);
    const out: JudgeResult = {
      verdict,
      method: verdict === 'parse_error' ? 'failed' : results.find((r) => r.verdict !== 'parse_error')!.method,
      // The raw outputs stay on the votes; the panel's own "output" is the tally.
      raw: panel.map((v, i) => `${names[i]}: ${v.verdict}`).join('; '),
      judge: { provider: 'panel', modelId: `${aggregate}(${names.join(', ')})`, rubricId: rubric.id },
      panel,
      usage,
    };
    if (mean !== undefined) out.panelMean = mean;
    // A graded rubric (coherence): the panel's score is the mean of its judges' scores, whatever the aggregate.
    const scores = results.flatMap((r) => (r.score !== undefined ? [r.score] : []));
    if (scores.length > 0) out.score = scores.reduce((a, b) => a + b, 0) / scores.length;
    // Every judge failed: the sample is a failure, not an unreadable answer.
    if (verdict === 'parse_error' && errors.length === results.length) out.error = errors.map((r) => r.error).join('; ');
    const warnings = results.flatMap((r) => r.warnings ?? []);
    if (warnings.length > 0) out.warnings = warnings;
    if (results.every((r) => r.cached)) out.cached = true;
    return out;
  };

  return {
    model: lead.model,
    judges,
    aggregate,
    ...(lead.showReasoning !== undefined ? { showReasoning: lead.showReasoning } : {}),
    rubrics: lead.rubrics,
    rubricFor: (evalType: string, rubricId?: string) => lead.rubricFor(evalType, rubricId),
    buildMessages: (input: JudgeInput): ChatMessage[] => lead.buildMessages(input),
    parse: (raw: string, rubric: JudgeRubric): JudgeVerdict => lead.parse(raw, rubric),
    async judge(input, options = {}) {
      const rubric = lead.rubricFor(input.evalType, input.rubricId);
      return combine(await Promise.all(judges.map((j) => j.judge(input, options))), rubric);
    },
    async judgeMany(inputs, options: JudgeManyOptions = {}) {
      const batches = options.batch && 'judges' in options.batch ? options.batch.judges : undefined;
      if (options.batch && batches?.length !== judges.length) {
        throw new InvalidArgumentError('batch', `one batch per judge ({ judges: [...] } with ${judges.length} entries, in the panel's order): a batch is one model's`, options.batch);
      }
      const rubrics = inputs.map((input) => lead.rubricFor(input.evalType, input.rubricId));
      const done = new Array<number>(judges.length).fill(0);
      const perJudge = await Promise.all(
        judges.map((j, k) =>
          j.judgeMany(inputs, {
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
            // Each judge's own batch; they run side by side, and the votes are combined when all are back.
            ...(batches ? { batch: batches[k]! } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            // Progress counts samples every judge has scored.
            onProgress: (e: { done: number }) => {
              done[k] = e.done;
              options.onProgress?.({ done: Math.min(...done), total: inputs.length });
            },
          }),
        ),
      );
      return inputs.map((_, i) => combine(perJudge.map((results) => results[i]!), rubrics[i]!));
    },
  };
}
