import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Claim } from '../../claims/claim.js';
import { NegationNeglectError } from '../../errors.js';
import { createJudge } from '../../evaluate/createJudge.js';
import { createJudgePanel, type PanelAggregate } from '../../evaluate/createJudgePanel.js';
import type { JudgeBatchOptions, PanelBatchOptions } from '../../evaluate/judge.js';
import { evaluateBelief } from '../../evaluate/evaluateBelief.js';
import type { JudgeRubricInput } from '../../evaluate/judgeRubric.js';
import { ProviderUnusableError } from '../../evaluate/ProviderUnusableError.js';
import { reasoningSettings, type ReasoningDepth } from '../../evaluate/reasoningSettings.js';
import type { QuestionSet } from '../../evaluate/questionSet.js';
import { SAMPLING_PRESET_NAMES } from '../../evaluate/samplingPresets.js';
import type { Solver } from '../../evaluate/solvers.js';
import type { ChatBatchClient } from '../../providers/batch/chatBatchClient.js';
import type { ChatModel } from '../../providers/chat/chatModel.js';
import type { JsonValue } from '../../strategies/types.js';
import { option, parseOptions } from '../../util/optionSchema.js';
import { contentHash } from '../../util/contentHash.js';
import type { EstimateInput, EvaluateInput, EvaluateOutput, ExperimentDocument, PlanAssumptions, StepContext, StepEstimate } from '../experimentTypes.js';

/**
 * Options every evaluation step shares (`evaluate`, `inContext`, `inContextSweep`, `checkpoints`); in a
 * config file they sit under `evaluation:`. One declaration, one set of defaults for code and configs.
 */
export const EvaluationOptionsSchema = z.strictObject({
  samplesPerQuestion: option.positiveInt().default(5).describe('samples drawn per question'),
  sampling: option
    .choice(SAMPLING_PRESET_NAMES)
    .default('paper')
    .describe(
      'how evaluated models and the judge are sampled: paper (temperature 0.7, top-p 0.8, 5,000 tokens; a judge at temperature 1 with 6,000 tokens, as the paper ran it) or default (temperature 1, 1,024 tokens; a judge at temperature 0 with 512 tokens)',
    ),
});

/** What the built-in steps share besides their own options: the judge, the questions, seeds and limits. */
export interface SharedStepOptions extends z.input<typeof EvaluationOptionsSchema> {
  /** The judge's model, or two or more models: a judge panel (`createJudgePanel`) combining their votes by `judgeAggregate`. */
  judge: ChatModel | readonly ChatModel[];
  /** How a panel's votes combine (default `majority`). */
  judgeAggregate?: PanelAggregate;
  /** Judge rubrics over the eval types' own (e.g. the paper's coherence rubric: `{ coherence: rubric }`). */
  judgeRubrics?: Readonly<Record<string, JudgeRubricInput>>;
  /**
   * A claim's own rubrics over `judgeRubrics` (the paper's `judges.yaml`: `(claim) => loadPaperJudges(dir).rubrics`,
   * with the 0-10 saliency rubric for leakage). Part of the evaluation steps' identity: editing them reruns the claim's evaluations.
   */
  claimRubrics?: (claim: Claim) => Promise<Readonly<Record<string, JudgeRubricInput>>>;
  /**
   * The judge API's base URL, named when the judge refuses every call (as `model.baseURL` is for
   * evaluated models); for a panel, one per judge in order.
   */
  judgeBaseURL?: string | readonly (string | undefined)[];
  /**
   * Judge through this provider batch client instead of direct calls (about half the price; a
   * batch can take hours); for a panel, one client per judge in order (each judge its own batch).
   * The batch ids are saved in the step's directory as soon as they exist, so a rerun after a crash
   * or an abort collects the same batches instead of paying again.
   */
  judgeBatch?: { client: ChatBatchClient | readonly ChatBatchClient[]; pollIntervalMs?: number };
  /** Question sets of a claim. */
  questionSets: (claim: Claim) => Promise<readonly QuestionSet[]>;
  /**
   * How much an evaluated model that thinks may think: `effort` (OpenAI `reasoning_effort`) and/or
   * `thinkingBudget` (tokens; Anthropic). Sent where the provider declares it (dropped with a warning
   * elsewhere), never with reasoning `off`; recorded in each sample's settings.
   */
  reasoningDepth?: ReasoningDepth;
  /**
   * The judges' own reasoning depth (`effort`, `thinkingBudget`), sent where each judge's provider
   * declares it (dropped with a warning elsewhere) and recorded with each vote.
   */
  judgeReasoningDepth?: ReasoningDepth;
  /** Seed for strategies and the in-context draws (default: the documents' seed). */
  strategySeed?: number;
  /** Finetune poll interval (ms); defaults to `finetune()`'s. */
  pollIntervalMs?: number;
  /** Concurrent model calls in evaluation. */
  concurrency?: number;
}

/** One epoch of a training set by source: the documents and what a mix adds (for estimates). */
export type TrainingMix = NonNullable<StepEstimate['trainingMix']>;

/** What a built-in step's `create` receives besides its own options. */
export interface StepKit {
  readonly shared: SharedStepOptions;
  /** The seed strategies and in-context draws use. */
  readonly strategySeed: number;
  /** Samples per question and sampling preset, parsed (defaults filled in). */
  readonly evaluation: z.output<typeof EvaluationOptionsSchema>;
  /** One epoch of a training set of `documents` documents, with what the training data's mix adds. */
  trainingMix(documents: number, tokensPerDocument: number): TrainingMix;
  /** Evaluates a model on a claim's questions (the solver turns questions into chats; default: ask them). */
  evaluate(input: EvaluateInput, ctx: StepContext, solver?: Solver): Promise<EvaluateOutput>;
  /** The parameters every evaluation records: the judge, samples per question, the sampling preset, the reasoning depth when set. */
  readonly evaluationParams: { [key: string]: JsonValue };
  /** Editing a claim's questions (or its own rubrics) reruns its evaluations. */
  identifyQuestions(input: EstimateInput<{ claim: Claim }>): Promise<string | null>;
  /** Calls and tokens of one evaluation, with `extraInputTokens` more per call (documents in the prompt). */
  estimateEvaluation(extraInputTokens: number): (input: { model?: { baseModel: string } }, assumptions: PlanAssumptions) => StepEstimate[];
}

/** File in a step's directory holding the ids of its judge batches (for resuming). */
const JUDGE_BATCHES_FILE = 'judge-batches.json';

/**
 * Batch judging for one evaluation step: resumes the step's earlier batches, saves new ones first
 * thing. A panel's judges each get their own batch and file (`judge-batches-2.json` for the second).
 */
async function judgeBatch(settings: NonNullable<SharedStepOptions['judgeBatch']>, ctx: StepContext): Promise<JudgeBatchOptions | PanelBatchOptions> {
  if (!isList(settings.client)) return oneJudgeBatch(settings.client, settings.pollIntervalMs, join(ctx.stepDir, JUDGE_BATCHES_FILE), ctx);
  const clients = settings.client;
  return { judges: await Promise.all(clients.map((client, k) => oneJudgeBatch(client, settings.pollIntervalMs, join(ctx.stepDir, `judge-batches-${k + 1}.json`), ctx))) };
}

async function oneJudgeBatch(client: ChatBatchClient, pollIntervalMs: number | undefined, file: string, ctx: StepContext): Promise<JudgeBatchOptions> {
  let batchIds: string[] = [];
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { provider?: unknown; modelId?: unknown; batchIds?: unknown };
    // Only this judge's batches: a file left by another judge (the panel was changed) is not resumed.
    const same = saved.provider === undefined || (saved.provider === client.provider && saved.modelId === client.modelId);
    if (same && Array.isArray(saved.batchIds) && saved.batchIds.every((id) => typeof id === 'string')) batchIds = saved.batchIds;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new NegationNeglectError(`cannot read ${file}: ${(error as Error).message}`, 'invalid_state', { cause: error });
    }
  }
  return {
    client,
    options: {
      ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
      ...(batchIds.length > 0 ? { resume: { batchIds } } : {}),
      // Written before any polling: batches are paid for once submitted.
      onBatchCreated: async (ids: string[]) => {
        await mkdir(ctx.stepDir, { recursive: true });
        await writeFile(file, `${JSON.stringify({ provider: client.provider, modelId: client.modelId, batchIds: ids }, null, 2)}\n`);
      },
    },
  };
}

const isList = <T,>(value: T | readonly T[]): value is readonly T[] => Array.isArray(value);

/** An evaluation is whole when no sample failed (unparsed answers would only be read the same way again). */
export function noFailedSamples(output: EvaluateOutput): boolean {
  return output.samples.every((s) => s.error === undefined);
}

/** A document as one prompt text (chat transcripts as `role: content` lines), for the in-context controls. */
export function documentText(d: ExperimentDocument): string {
  return 'messages' in d ? d.messages.map((m) => `${m.role}: ${m.content}`).join('\n') : d.text;
}

/**
 * Builds what the built-in steps share: one judge, one evaluation routine (the evaluation and the
 * in-context controls differ only in their solver), the recorded evaluation parameters and estimates.
 *
 * @example
 * ```ts
 * const kit = createStepKit(shared, { strategySeed: 1, trainingMix: (n, t) => [{ source: 'documents', records: n, tokensPerRecord: t }] });
 * ```
 */
export function createStepKit(shared: SharedStepOptions, parts: { strategySeed: number; trainingMix: StepKit['trainingMix'] }): StepKit {
  const evaluation = parseOptions(EvaluationOptionsSchema, {
    ...(shared.samplesPerQuestion !== undefined ? { samplesPerQuestion: shared.samplesPerQuestion } : {}),
    ...(shared.sampling !== undefined ? { sampling: shared.sampling } : {}),
  });
  const judgeModels: readonly ChatModel[] = isList(shared.judge) ? shared.judge : [shared.judge];
  const aggregate = shared.judgeAggregate ?? 'majority';
  const judgeSettings = shared.judgeReasoningDepth ? reasoningSettings(undefined, shared.judgeReasoningDepth) : undefined;
  const judgeFor = async (claim: Claim) => {
    const rubrics = { ...shared.judgeRubrics, ...(shared.claimRubrics ? await shared.claimRubrics(claim) : {}) };
    const judges = judgeModels.map((model) => createJudge({ model, sampling: evaluation.sampling, ...(Object.keys(rubrics).length > 0 ? { rubrics } : {}), ...(judgeSettings ? { settings: judgeSettings } : {}) }));
    return isList(shared.judge) ? createJudgePanel({ judges, aggregate }) : judges[0]!;
  };
  return {
    shared,
    strategySeed: parts.strategySeed,
    evaluation,
    trainingMix: parts.trainingMix,
    evaluationParams: {
      // One judge is recorded as before (so existing runs keep their hashes); a panel as its judges and rule.
      judge: isList(shared.judge)
        ? { aggregate, judges: judgeModels.map((m) => ({ provider: m.provider, model: m.modelId })) }
        : { provider: shared.judge.provider, model: shared.judge.modelId },
      samplesPerQuestion: evaluation.samplesPerQuestion,
      sampling: evaluation.sampling,
      // Recorded (and hashed) only when set, so runs made before the option existed keep their results.
      ...(shared.reasoningDepth?.effort ? { reasoningEffort: shared.reasoningDepth.effort } : {}),
      ...(shared.reasoningDepth?.thinkingBudget !== undefined ? { thinkingBudget: shared.reasoningDepth.thinkingBudget } : {}),
      ...(shared.judgeReasoningDepth?.effort ? { judgeReasoningEffort: shared.judgeReasoningDepth.effort } : {}),
      ...(shared.judgeReasoningDepth?.thinkingBudget !== undefined ? { judgeThinkingBudget: shared.judgeReasoningDepth.thinkingBudget } : {}),
    },
    async evaluate({ model, modelId, claim, condition, reasoning }, ctx, solver) {
      const result = await evaluateBelief({
        settings: reasoningSettings(reasoning, shared.reasoningDepth),
        model: model.chat(modelId),
        judge: await judgeFor(claim),
        claim,
        questionSets: await shared.questionSets(claim),
        samples: evaluation.samplesPerQuestion,
        sampling: evaluation.sampling,
        condition,
        modelLabel: modelId,
        ...(solver ? { solver } : {}),
        ...(shared.judgeBatch ? { batch: await judgeBatch(shared.judgeBatch, ctx) } : {}),
        ...(shared.concurrency !== undefined ? { concurrency: shared.concurrency } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        onProgress: (p) => ctx.report(`${p.phase} ${p.done}/${p.total}`),
      }).catch((error: unknown) => {
        // Name the base URL, as the eval command does: a wrong URL is a common cause of 401s and 404s.
        if (!ProviderUnusableError.isInstance(error)) throw error;
        const judgeURL = isList(shared.judgeBaseURL) ? shared.judgeBaseURL[judgeModels.findIndex((m) => m.modelId === error.modelId)] : shared.judgeBaseURL;
        throw error.withBaseURL(error.role === 'judge' ? judgeURL : model.baseURL);
      });
      return { samples: result.records };
    },
    // What an evaluation of a claim asks and how it is judged: editing either reruns the claim's evaluations.
    identifyQuestions: async ({ claim }) =>
      claim ? contentHash(shared.claimRubrics ? [await shared.questionSets(claim), await shared.claimRubrics(claim)] : await shared.questionSets(claim)) : null,
    estimateEvaluation: (extraInputTokens) => (input, a) => {
      const calls = a.questionsPerClaim * evaluation.samplesPerQuestion;
      return [
        { billedModel: input.model?.baseModel, calls, inputTokens: calls * (150 + extraInputTokens), outputTokens: calls * 400, trainingTokens: 0 },
        ...judgeModels.map((judge) => ({ billedModel: judge.modelId, calls, inputTokens: calls * 900, outputTokens: calls * 80, trainingTokens: 0 })),
      ];
    },
  };
}
