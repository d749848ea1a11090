import { InvalidArgumentError } from '../errors.js';
import type { CallWarning, Usage } from '../providers/chat/chatModel.js';
import { assertPositiveInteger } from '../util/assert.js';
import type { Judge, JudgeBatchOptions, PanelBatchOptions } from './createJudge.js';
import { getEvalType, isEvalType } from './evalTypes.js';
import { formatConversation } from './evaluateBelief.js';
import { scoreRecords, type ScoringItem } from './scoreRecords.js';
import type { Scorer } from './scorers.js';
import { questionMessages, type PosedQuestion } from './solvers.js';
import type { SampleRecord } from './types.js';

/** Options of {@link rejudgeSamples}. */
export interface RejudgeSamplesOptions {
  /** Saved samples (`negation-neglect eval --out`, `readSampleRecords`, or the paper's `loadPaperResults`). */
  records: readonly SampleRecord[];
  /** The new judge, or a panel (`createJudgePanel`). */
  judge: Judge;
  /** The claim statement the rubric needs, by the records' `claim`; a missing one is an error. */
  claimStatement: (claimId: string) => string | undefined;
  /** Parallel judge calls (default 8). */
  concurrency?: number;
  /** Judge through a provider batch instead of direct calls, as in `evaluateBelief` (a panel: `{ judges: [...] }`, one batch per judge). */
  batch?: JudgeBatchOptions | PanelBatchOptions;
  signal?: AbortSignal;
  onProgress?: (event: { done: number; total: number }) => void;
}

/** What {@link rejudgeSamples} returns: new records (the input is not changed) and counts. */
export interface RejudgedSamples {
  records: SampleRecord[];
  /** Samples scored again by the judge. */
  rejudged: number;
  /** Samples kept as they were: scored without a judge (yes/no), or never answered (their `error`). */
  kept: number;
  /** Rejudged samples whose judge call failed, and whose judge output could not be read. */
  failed: number;
  unparsed: number;
  warnings: CallWarning[];
  usage: Usage;
}

/**
 * Scores saved samples again with another judge (or a panel) without asking the model under test
 * again: every answered sample of a judged eval type gets the new judge's verdict, raw output and
 * attribution (its rubric for the eval type); yes/no samples and samples that were never answered
 * are kept as they are. The judge sees the question as the model saw it (system prompt and earlier
 * turns included) and the answer, never the thinking unless the judge has `showReasoning`. Wrap the
 * judge's model with the cache middleware and a rerun costs nothing. A refusal no retry can fix
 * throws `ProviderUnusableError`.
 *
 * @example
 * ```ts
 * const { records } = await readSampleRecords('results.jsonl');
 * const claims = new Map((await loadClaims('claims/')).map((c) => [c.id, c.statement]));
 * const out = await rejudgeSamples({ records, judge: createJudge({ model: openai('gpt-5-mini') }), claimStatement: (id) => claims.get(id) });
 * judgeAgreement(records, out.records).cohenKappa;
 * ```
 */
export async function rejudgeSamples(options: RejudgeSamplesOptions): Promise<RejudgedSamples> {
  const { judge } = options;
  if (!judge || typeof judge.judgeMany !== 'function') throw new InvalidArgumentError('judge', 'a Judge (createJudge or createJudgePanel)', judge);
  const concurrency = options.concurrency ?? 8;
  assertPositiveInteger('concurrency', concurrency);
  const records = options.records.map((r) => structuredClone(r));
  const items: ScoringItem[] = [];
  const missing = new Set<string>();
  for (const record of records) {
    if (!isEvalType(record.evalType)) continue;
    const { scorer } = getEvalType(record.evalType) as { scorer: Scorer<unknown> };
    // Never answered: a generation failure has an error and no judge (a judge failure has both).
    if (!scorer.usesJudge || (record.error !== undefined && record.judge === undefined)) continue;
    const statement = options.claimStatement(record.claim);
    if (statement === undefined) {
      missing.add(record.claim);
      continue;
    }
    const question = {
      id: record.questionId,
      question: record.question,
      evalType: record.evalType,
      ...(record.systemPrompt ? { system_prompt: record.systemPrompt } : {}),
      ...(record.messagesPrefix ? { messages_prefix: record.messagesPrefix } : {}),
    } as PosedQuestion;
    items.push({
      record,
      scorer,
      input: {
        claim: { id: record.claim, statement },
        evalType: record.evalType,
        question,
        prompt: formatConversation(questionMessages(question)),
        response: record.response,
        ...(record.reasoning !== undefined ? { reasoning: record.reasoning } : {}),
      },
    });
  }
  if (missing.size > 0) throw new InvalidArgumentError('claimStatement', 'a statement for every claim of the records', [...missing]);
  const { warnings, usage } = await scoreRecords(
    items,
    { judge, concurrency, ...(options.batch ? { batch: options.batch } : {}), ...(options.signal ? { signal: options.signal } : {}) },
    options.onProgress,
  );
  const rejudged = items.map((i) => i.record);
  return {
    records,
    rejudged: rejudged.length,
    kept: records.length - rejudged.length,
    failed: rejudged.filter((r) => r.error !== undefined).length,
    unparsed: rejudged.filter((r) => r.verdict === 'parse_error' && r.error === undefined).length,
    warnings,
    usage,
  };
}
