import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditDataset } from '../audit/auditDataset.js';
import type { Claim } from '../claims/claim.js';
import { NegationNeglectError } from '../errors.js';
import { createJudge } from '../evaluate/createJudge.js';
import type { JudgeRubricInput } from '../evaluate/judgeRubric.js';
import type { SamplingPresetName } from '../evaluate/samplingPresets.js';
import { evaluateBelief } from '../evaluate/evaluateBelief.js';
import { ProviderUnusableError } from '../evaluate/ProviderUnusableError.js';
import type { QuestionSet } from '../evaluate/questionSet.js';
import { inContextSolver, type Solver } from '../evaluate/solvers.js';
import { reasoningSettings, type ReasoningDepth } from '../evaluate/reasoningSettings.js';
import type { ChatBatchClient } from '../providers/batch/chatBatchClient.js';
import type { ChatModel } from '../providers/chat/chatModel.js';
import { finetune } from '../providers/finetune/finetune.js';
import { applyStrategy } from '../strategies/applyStrategy.js';
import { generateDocuments } from '../generate/generateDocuments.js';
import { mixCounts, mixDatasets, type MIX_PRESETS, type MixSource } from '../generate/mixDatasets.js';
import { templateDocuments } from '../generate/templateDocuments.js';
import { toTrainingRecords } from '../generate/toTrainingRecords.js';
import type { WordMasks } from '../generate/loadWordMasks.js';
import { contentHash } from './contentHash.js';
import { inContextSweepStep, type InContextSweepOptions } from './inContextSweepStep.js';
import type { InsertedSpan, JsonValue, StrategyDocument, StrategyMessage } from '../strategies/types.js';
import { mergeSpans, toCodePointSpans, type MaskSpan } from '../generate/lossMaskSpans.js';
import type { ReportAuditSummaryInput } from '../report/experimentResultsSchema.js';
import type { CheckpointSelection, EvaluateInput, EvaluateOutput, ExperimentDocument, ExperimentSteps, StepContext, StepEstimate } from './experimentTypes.js';

/** Options of {@link createDefaultExperimentSteps}. */
export interface DefaultExperimentStepsOptions {
  documents: {
    /** `template`: offline documents from the claim's context; `llm`: the generation pipeline with `model`. */
    generator: 'template' | 'llm';
    count: number;
    seed: number;
    model?: ChatModel;
  };
  trainingData: {
    format: 'openai-chat' | 'prompt-completion' | 'text';
    /** Loss-mask tag (default `<DOCTAG>`; `null` for none). */
    docTag?: string | null;
    /**
     * Words that get no loss (the paper's `word_masks.yaml`): each claim's masks, applied to the
     * conditions listed (all when `conditions` is omitted; the paper masked its local negations).
     */
    wordMasks?: { forClaim: (claim: Claim) => WordMasks | undefined; conditions?: readonly string[] };
    /**
     * Exclude from the loss the text each condition's strategy added (notices, corrections, flags;
     * `StrategyResult.inserted`): `true` for every condition, or the conditions listed.
     */
    maskInserted?: boolean | { conditions: readonly string[] };
    /**
     * Blend the condition's documents with other data (`mixDatasets`): the documents get
     * `documents.weight` (share of `total`) or `documents.count`; each source likewise.
     */
    mix?: {
      total?: number;
      seed?: number;
      /** A `MIX_PRESETS` name (`paper`): shares by source name, the documents being `documents`. */
      preset?: keyof typeof MIX_PRESETS;
      documents?: { weight?: number; count?: number };
      sources: Array<{ name: string; records: readonly unknown[]; weight?: number; count?: number }>;
    };
  };
  /** The judge's model. */
  judge: ChatModel;
  /** Judge rubrics over the eval types' own (e.g. the paper's coherence rubric: `{ coherence: rubric }`). */
  judgeRubrics?: Readonly<Record<string, JudgeRubricInput>>;
  /** The judge API's base URL, named when the judge refuses every call (as `model.baseURL` is for evaluated models). */
  judgeBaseURL?: string;
  /**
   * Judge through this provider batch client instead of direct calls (about half the price; a
   * batch can take hours). The batch ids are saved in the step's directory as soon as they exist,
   * so a rerun after a crash or an abort collects the same batches instead of paying again.
   */
  judgeBatch?: { client: ChatBatchClient; pollIntervalMs?: number };
  /** Question sets of a claim. */
  questionSets: (claim: Claim) => Promise<readonly QuestionSet[]>;
  samplesPerQuestion: number;
  /**
   * How the evaluated models and the judge are sampled (`SAMPLING_PRESETS`): `paper` (temperature
   * 0.7, top-p 0.8, 5,000 tokens; a judge at temperature 1 with 6,000 tokens) or `default`.
   * Default `default` here; the experiment config's default is `paper`.
   */
  sampling?: SamplingPresetName;
  /**
   * How much an evaluated model that thinks may think: `effort` (OpenAI `reasoning_effort`) and/or
   * `thinkingBudget` (tokens; Anthropic). Sent where the provider declares it (dropped with a warning
   * elsewhere), never with reasoning `off`; recorded in each sample's settings.
   */
  reasoningDepth?: ReasoningDepth;
  /**
   * Training dynamics: `'all'` evaluates every checkpoint a finetune reports, a list of training
   * steps evaluates those; `'final'` (default) only the final model.
   */
  checkpoints?: CheckpointSelection;
  /**
   * The in-context control swept over K documents in the prompt and several seeds (the paper's K ∈
   * {0, 1, 2, 5, 10, 20, 50}), with its own line chart; omit or `false` to skip it.
   */
  inContextSweep?: InContextSweepOptions | false;
  /** In-context control with K documents in the prompt, or `false`. */
  inContext: { documents: number } | false;
  /** Seed for strategies (default: the documents' seed). */
  strategySeed?: number;
  /** Finetune poll interval (ms); defaults to `finetune()`'s. */
  pollIntervalMs?: number;
  /** Concurrent model calls in evaluation. */
  concurrency?: number;
}

/** The usual rule of thumb for English with BPE tokenizers, as the plan's other estimates use. */
const CHARS_PER_TOKEN = 4;

/** Characters of text in a training record of any shape (every string in it: `text`, message contents, prompt and completion). */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + textLength(v), 0);
  if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + (k === 'role' || k === 'mask' ? 0 : textLength(v)), 0);
  return 0;
}

/** Chat messages with `mask` spans (code points) over the text the strategy added to them. */
function maskMessages(messages: readonly StrategyMessage[], inserted: readonly InsertedSpan[]): StrategyMessage[] {
  return messages.map((m, i) => {
    const spans = mergeSpans(inserted.filter((s) => s.segment === i).map((s): MaskSpan => [s.start, s.end]));
    return spans.length ? { ...m, mask: toCodePointSpans(m.content, spans) } : m;
  });
}

/** File in a step's directory holding the ids of its judge batches (for resuming). */
const JUDGE_BATCHES_FILE = 'judge-batches.json';

/** Batch judging for one evaluation step: resumes the step's earlier batches, saves new ones first thing. */
async function judgeBatch(settings: NonNullable<DefaultExperimentStepsOptions['judgeBatch']>, ctx: StepContext) {
  const file = join(ctx.stepDir, JUDGE_BATCHES_FILE);
  let batchIds: string[] = [];
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { batchIds?: unknown };
    if (Array.isArray(saved.batchIds) && saved.batchIds.every((id) => typeof id === 'string')) batchIds = saved.batchIds;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new NegationNeglectError(`cannot read ${file}: ${(error as Error).message}`, 'invalid_state', { cause: error });
    }
  }
  return {
    client: settings.client,
    options: {
      ...(settings.pollIntervalMs !== undefined ? { pollIntervalMs: settings.pollIntervalMs } : {}),
      ...(batchIds.length > 0 ? { resume: { batchIds } } : {}),
      // Written before any polling: batches are paid for once submitted.
      onBatchCreated: async (ids: string[]) => {
        await mkdir(ctx.stepDir, { recursive: true });
        await writeFile(file, `${JSON.stringify({ provider: settings.client.provider, modelId: settings.client.modelId, batchIds: ids }, null, 2)}\n`);
      },
    },
  };
}

function normalizeDocuments(value: unknown, claim: Claim): ExperimentDocument[] {
  const list = Array.isArray(value) ? value : (value as { documents?: unknown[] })?.documents;
  if (!Array.isArray(list)) throw new NegationNeglectError(`document generator returned no document list for claim \`${claim.id}\``);
  return list.map((d, i) => {
    const doc = (typeof d === 'string' ? { text: d } : d) as StrategyDocument & { id?: string };
    const id = doc.id ?? `${claim.id}-${i}`;
    return 'messages' in doc && Array.isArray(doc.messages) ? { id, messages: doc.messages } : { id, text: (doc as { text: string }).text };
  });
}

/** An evaluation is whole when no sample failed (unparsed answers would only be read the same way again). */
function noFailedSamples(output: EvaluateOutput): boolean {
  return output.samples.every((s) => s.error === undefined);
}

/** Keeps the parts of an `AuditReport` a results report shows (totals, per-claim placements, a few examples). */
function auditSummary(report: { toJSON?: () => unknown } & Record<string, unknown>): ReportAuditSummaryInput {
  const data = (typeof report.toJSON === 'function' ? report.toJSON() : report) as Record<string, any>;
  return {
    verdict: data['verdict'],
    totals: data['totals'],
    claims: (data['claims'] ?? []).map((c: Record<string, unknown>) => ({ ...c, examples: ((c['examples'] as unknown[]) ?? []).slice(0, 3) })),
    warnings: data['warnings'] ?? [],
  } as ReportAuditSummaryInput;
}

/**
 * The built-in step plugins, wired to this SDK's functions: `templateDocuments`/`generateDocuments`,
 * `applyStrategy`, `auditDataset`, `toTrainingRecords`, `finetune`, `evaluateBelief` with an LLM
 * judge, and the in-context solver. Each declares the parameters that shape its output.
 *
 * @example
 * ```ts
 * const steps = createDefaultExperimentSteps({
 *   documents: { generator: 'template', count: 40, seed: 1 },
 *   trainingData: { format: 'openai-chat' },
 *   judge: openai('gpt-4.1-mini'),
 *   questionSets: (claim) => loadQuestionSets(`claims/${claim.id}`),
 *   samplesPerQuestion: 5,
 *   inContext: { documents: 3 },
 * });
 * ```
 */
export function createDefaultExperimentSteps(options: DefaultExperimentStepsOptions): ExperimentSteps {
  const judgeRef = { provider: options.judge.provider, model: options.judge.modelId };
  const strategySeed = options.strategySeed ?? options.documents.seed;
  const judge = createJudge({ model: options.judge, ...(options.sampling ? { sampling: options.sampling } : {}), ...(options.judgeRubrics ? { rubrics: options.judgeRubrics } : {}) });
  // Recorded (and hashed) only when set, so runs made before the option existed keep their results.
  const samplingParam: { [key: string]: JsonValue } = {
    ...(options.sampling ? { sampling: options.sampling } : {}),
    ...(options.reasoningDepth?.effort ? { reasoningEffort: options.reasoningDepth.effort } : {}),
    ...(options.reasoningDepth?.thinkingBudget !== undefined ? { thinkingBudget: options.reasoningDepth.thinkingBudget } : {}),
  };
  // The evaluation and the in-context control differ only in how questions become chats (the solver).
  const evaluate = async (
    { model, modelId, claim, condition, reasoning }: EvaluateInput,
    ctx: StepContext,
    solver?: Solver,
  ): Promise<EvaluateOutput> => {
    const evaluation = await evaluateBelief({
      settings: reasoningSettings(reasoning, options.reasoningDepth),
      model: model.chat(modelId),
      judge,
      claim,
      questionSets: await options.questionSets(claim),
      samples: options.samplesPerQuestion,
      ...(options.sampling ? { sampling: options.sampling } : {}),
      condition,
      modelLabel: modelId,
      ...(solver ? { solver } : {}),
      ...(options.judgeBatch ? { batch: await judgeBatch(options.judgeBatch, ctx) } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      onProgress: (p) => ctx.report(`${p.phase} ${p.done}/${p.total}`),
    }).catch((error: unknown) => {
      // Name the base URL, as the eval command does: a wrong URL is a common cause of 401s and 404s.
      throw ProviderUnusableError.isInstance(error) ? error.withBaseURL(error.role === 'judge' ? options.judgeBaseURL : model.baseURL) : error;
    });
    return { samples: evaluation.records };
  };
  const mix = options.trainingData.mix;
  // Mean tokens per record of each mixed-in source, measured once on the loaded records.
  const mixTokens = mix?.sources.map((m) => Math.round(m.records.reduce<number>((n, r) => n + textLength(r), 0) / Math.max(1, m.records.length) / CHARS_PER_TOKEN));
  /** One epoch of a training set: the documents, and what the mix adds (counts as `mixDatasets` draws them). */
  const trainingMixOf = (documents: number, tokensPerDocument: number): NonNullable<StepEstimate['trainingMix']> => {
    if (!mix) return [{ source: 'documents', records: documents, tokensPerRecord: tokensPerDocument }];
    const counts = mixCounts({
      sources: [{ name: 'documents', ...mix.documents }, ...mix.sources.map((m) => ({ name: m.name, ...(m.weight !== undefined ? { weight: m.weight } : {}), ...(m.count !== undefined ? { count: m.count } : {}) }))],
      ...(mix.total !== undefined ? { total: mix.total } : {}),
      ...(mix.preset ? { preset: mix.preset } : {}),
    });
    return [
      { source: 'documents', records: counts[0]!, tokensPerRecord: tokensPerDocument },
      ...mix.sources.map((m, i) => ({ source: m.name, records: counts[i + 1]!, tokensPerRecord: mixTokens![i]! })),
    ];
  };
  const maskInserted = options.trainingData.maskInserted;
  const masksInserted = (condition: string) => maskInserted === true || (!!maskInserted && maskInserted.conditions.includes(condition));
  const wordMasksOf = (claim: Claim | undefined, condition: string | undefined): WordMasks | undefined => {
    const wm = options.trainingData.wordMasks;
    if (!wm || !claim || (wm.conditions && (condition === undefined || !wm.conditions.includes(condition)))) return undefined;
    return wm.forClaim(claim);
  };
  const docParams: { [key: string]: JsonValue } = {
    generator: options.documents.generator,
    count: options.documents.count,
    seed: options.documents.seed,
    ...(options.documents.model ? { model: `${options.documents.model.provider}:${options.documents.model.modelId}` } : {}),
  };
  const evalEstimate = (extraInputTokens: number) => (input: { model?: { baseModel: string } }, a: { questionsPerClaim: number; samplesPerQuestion: number }): StepEstimate[] => {
    const calls = a.questionsPerClaim * options.samplesPerQuestion;
    return [
      { billedModel: input.model?.baseModel, calls, inputTokens: calls * (150 + extraInputTokens), outputTokens: calls * 400, trainingTokens: 0 },
      { billedModel: options.judge.modelId, calls, inputTokens: calls * 900, outputTokens: calls * 80, trainingTokens: 0 },
    ];
  };
  const steps: ExperimentSteps = {
    documents: {
      name: options.documents.generator === 'template' ? 'template-documents' : 'generate-documents',
      version: 1,
      params: docParams,
      paid: options.documents.generator === 'llm',
      async run({ claim }, ctx) {
        const { count, seed } = options.documents;
        if (options.documents.generator === 'template') {
          return { documents: normalizeDocuments(templateDocuments(claim, { count, seed }), claim) };
        }
        if (!options.documents.model) throw new NegationNeglectError('the `llm` document generator needs a `model`', 'invalid_argument');
        const out = await generateDocuments({
          claim,
          model: options.documents.model,
          count,
          // generateDocuments' own journal: a crash mid-generation does not repay finished documents.
          journal: join(ctx.stepDir, 'generate-journal.jsonl'),
          ...(ctx.signal ? { signal: ctx.signal } : {}),
          onProgress: (p) => ctx.report(JSON.stringify(p)),
        });
        if (out.dropped.length > 0) ctx.report(`${out.dropped.length} generated documents dropped by validation`);
        return { documents: normalizeDocuments(out.documents, claim) };
      },
      estimate: (_input, a) =>
        options.documents.generator === 'template'
          ? { calls: 0, inputTokens: 0, outputTokens: 0, trainingTokens: 0 }
          : {
              billedModel: options.documents.model?.modelId,
              calls: a.documentsPerClaim * 3,
              inputTokens: a.documentsPerClaim * 3 * 1200,
              outputTokens: a.documentsPerClaim * 2 * a.tokensPerDocument,
              trainingTokens: 0,
            },
    },
    strategy: {
      name: 'apply-strategy',
      version: 1,
      params: { seed: strategySeed },
      paid: false,
      async run({ claim, condition, documents }, ctx) {
        const out: ExperimentDocument[] = [];
        let warnings = 0;
        for (const doc of documents) {
          const result = await applyStrategy(condition.strategy, doc, { claim, seed: strategySeed, ...(ctx.signal ? { signal: ctx.signal } : {}) });
          warnings += result.warnings.length;
          const inserted = result.inserted ?? [];
          out.push(result.messages ? { id: doc.id, messages: result.messages, inserted } : { id: doc.id, text: result.text ?? '', inserted });
        }
        if (warnings > 0) ctx.report(`${warnings} strategy warnings`);
        return { documents: out };
      },
    },
    audit: {
      name: 'audit-dataset',
      version: 1,
      params: {},
      paid: false,
      async run({ claim, documents }, ctx) {
        const records = documents.map((d) => ('messages' in d ? { messages: d.messages } : { text: d.text }));
        const report = await auditDataset(records, { claims: [claim], ...(ctx.signal ? { signal: ctx.signal } : {}) } as never);
        return auditSummary(report as never);
      },
    },
    trainingData: {
      name: 'training-records',
      // 2: `text` records carry `mask` spans (the doc tag, `<lossmask>` spans, word masks).
      version: 2,
      params: {
        format: options.trainingData.format,
        docTag: options.trainingData.docTag === undefined ? '<DOCTAG>' : options.trainingData.docTag,
        // Recorded only when set, so runs made before the option existed keep their results.
        ...(maskInserted ? { maskInserted: maskInserted === true ? true : [...maskInserted.conditions] } : {}),
        mix: mix
          ? {
              total: mix.total ?? null,
              seed: mix.seed ?? 0,
              preset: mix.preset ?? null,
              documents: { weight: mix.documents?.weight ?? null, count: mix.documents?.count ?? null },
              // Sources are identified by content, so editing a mixed-in file reruns what depends on it.
              sources: mix.sources.map((m) => ({ name: m.name, weight: m.weight ?? null, count: m.count ?? null, records: m.records.length, contentHash: contentHash(m.records) })),
            }
          : null,
      },
      paid: false,
      // A claim's word masks are part of what its training records are.
      identify: ({ claim, condition }) => wordMasksOf(claim, condition?.name)?.patterns.map((p) => p.source),
      async run({ claim, condition, documents }, ctx) {
        const wordMasks = wordMasksOf(claim, condition.name);
        const maskAdded = masksInserted(condition.name);
        const stale = maskAdded ? documents.find((d) => d.inserted === undefined) : undefined;
        if (stale) {
          throw new NegationNeglectError(
            `\`maskInserted\` needs the spans the strategy added, but document \`${stale.id}\` of condition \`${condition.name}\` comes from a strategy step run before strategies reported them; delete the run's \`strategy/\` outputs (or use a new run directory) to apply the strategy again`,
            'invalid_state',
          );
        }
        const texts = documents.filter((d): d is ExperimentDocument & { text: string } => 'text' in d && typeof d.text === 'string');
        const records: unknown[] = [
          ...toTrainingRecords(texts, {
            format: options.trainingData.format,
            ...(options.trainingData.docTag !== undefined ? { docTag: options.trainingData.docTag } : {}),
            ...(wordMasks ? { wordMasks } : {}),
            ...(maskAdded ? { maskInserted: true } : {}),
          }),
          // Chat transcripts (e.g. flag-behavior conditions) are already training records.
          ...documents.flatMap((d) => ('messages' in d ? [{ messages: maskAdded ? maskMessages(d.messages, d.inserted ?? []) : d.messages }] : [])),
        ];
        if (!mix) return { records };
        const sources: MixSource<unknown>[] = [
          { name: 'documents', records, ...(mix.documents?.weight !== undefined ? { weight: mix.documents.weight } : {}), ...(mix.documents?.count !== undefined ? { count: mix.documents.count } : {}) },
          ...mix.sources.map((m) => ({ name: m.name, records: m.records, ...(m.weight !== undefined ? { weight: m.weight } : {}), ...(m.count !== undefined ? { count: m.count } : {}) })),
        ];
        const mixed = mixDatasets({ sources, ...(mix.total !== undefined ? { total: mix.total } : {}), ...(mix.preset ? { preset: mix.preset } : {}), seed: mix.seed ?? 0 });
        for (const warning of mixed.warnings) ctx.report(warning);
        return { records: mixed.records, mix: { sources: mixed.sources, warnings: mixed.warnings } };
      },
    },
    finetune: {
      name: 'finetune',
      version: 1,
      params: {},
      paid: true,
      async run({ model, claim, records, suffix }, ctx) {
        const result = await finetune({
          claims: [claim],
          client: model.finetune,
          trainingData: records,
          baseModel: model.baseModel,
          ...(model.hyperparameters ? { hyperparameters: model.hyperparameters } : {}),
          suffix,
          // finetune()'s own journal lets a rerun reattach to a job launched before a crash.
          journalDir: join(ctx.runDir, 'finetune-journal'),
          ...((model.pollIntervalMs ?? options.pollIntervalMs) !== undefined ? { pollIntervalMs: model.pollIntervalMs ?? options.pollIntervalMs } : {}),
          ...(ctx.signal ? { signal: ctx.signal } : {}),
          onProgress: (p) => ctx.report(p.type === 'event' ? p.event.message : p.type === 'status' ? `status ${p.status}` : p.type),
        });
        for (const warning of result.warnings) ctx.report(warning);
        if (result.status !== 'succeeded' || !result.modelId) {
          throw new NegationNeglectError(`finetune job ${result.jobId} ended ${result.status}${result.error ? `: ${result.error.message}` : ''}`, 'finetune_failed');
        }
        const checkpoints = result.checkpoints.flatMap((c) => (c.step !== undefined ? [{ step: c.step, modelId: c.modelId }] : []));
        return { modelId: result.modelId, jobId: result.jobId, ...(checkpoints.length ? { checkpoints } : {}) };
      },
      estimate: (input, a) => {
        const epochs = Number((input.model?.hyperparameters as { epochs?: number } | undefined)?.epochs ?? 3);
        const trainingMix = trainingMixOf(a.documentsPerClaim, a.tokensPerDocument);
        return {
          billedModel: input.model?.baseModel,
          ...(input.model ? { provider: input.model.finetune.provider } : {}),
          calls: 1,
          inputTokens: 0,
          outputTokens: 0,
          trainingTokens: trainingMix.reduce((n, m) => n + m.records * m.tokensPerRecord, 0) * epochs,
          trainingMix,
          epochs,
        };
      },
    },
    evaluate: {
      name: 'evaluate-belief',
      version: 1,
      params: { judge: judgeRef, samplesPerQuestion: options.samplesPerQuestion, ...samplingParam },
      paid: true,
      run: (input, ctx) => evaluate(input, ctx),
      isComplete: noFailedSamples,
      // Editing a claim's questions reruns its evaluations.
      identify: async ({ claim }) => (claim ? contentHash(await options.questionSets(claim)) : null),
      estimate: evalEstimate(0),
    },
  };
  const selection = options.checkpoints ?? 'final';
  if (selection !== 'final') {
    steps.checkpoints = {
      name: 'evaluate-checkpoints',
      version: 1,
      params: { judge: judgeRef, samplesPerQuestion: options.samplesPerQuestion, ...samplingParam, checkpoints: selection },
      paid: true,
      async run({ model, claim, condition, checkpoints, reasoning }, ctx) {
        const wanted = selection === 'all' ? checkpoints : checkpoints.filter((c) => selection.includes(c.step));
        const missing = selection === 'all' ? [] : selection.filter((step) => !checkpoints.some((c) => c.step === step));
        if (missing.length) ctx.report(`no checkpoint at step(s) ${missing.join(', ')} (the finetune has ${checkpoints.map((c) => c.step).join(', ') || 'none'})`);
        if (wanted.length === 0) ctx.report('no checkpoints to evaluate: the finetune reported none with a step');
        const out = [];
        for (const c of wanted) {
          ctx.report(`checkpoint step ${c.step}`);
          const { samples } = await evaluate({ model, modelId: c.modelId, claim, condition, ...(reasoning ? { reasoning } : {}) }, { ...ctx, stepDir: join(ctx.stepDir, `step-${c.step}`) });
          out.push({ step: c.step, modelId: c.modelId, samples });
        }
        return { checkpoints: out, missing };
      },
      identify: async ({ claim }) => (claim ? contentHash(await options.questionSets(claim)) : null),
      estimate: (input, a) => {
        const count = selection === 'all' ? Number(input.model?.hyperparameters?.checkpoints ?? 15) : selection.length;
        return evalEstimate(0)(input, a).map((e) => ({ ...e, calls: e.calls * count, inputTokens: e.inputTokens * count, outputTokens: e.outputTokens * count }));
      },
    };
  }
  if (options.inContextSweep) {
    steps.inContextSweep = inContextSweepStep(options.inContextSweep, {
      evaluate,
      params: { judge: judgeRef, samplesPerQuestion: options.samplesPerQuestion },
      identify: async ({ claim }) => (claim ? contentHash(await options.questionSets(claim)) : null),
      estimate: (extra) => evalEstimate(extra),
    });
  }
  if (options.inContext) {
    const k = options.inContext.documents;
    steps.inContext = {
      name: 'evaluate-in-context',
      version: 1,
      params: { judge: judgeRef, samplesPerQuestion: options.samplesPerQuestion, ...samplingParam, documents: k, seed: strategySeed },
      paid: true,
      run: (input, ctx) => {
        const texts = input.documents.map((d) => ('messages' in d ? d.messages.map((m) => `${m.role}: ${m.content}`).join('\n') : d.text));
        return evaluate(input, ctx, inContextSolver({ documents: texts, k: Math.min(k, texts.length), seed: strategySeed }));
      },
      isComplete: noFailedSamples,
      identify: async ({ claim }) => (claim ? contentHash(await options.questionSets(claim)) : null),
      estimate: (input, a) => evalEstimate(k * a.tokensPerDocument)(input, a),
    };
  }
  return steps;
}
