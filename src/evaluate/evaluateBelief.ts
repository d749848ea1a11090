import { AbortError, InvalidArgumentError } from '../errors.js';
import type { CallWarning, ChatCallSettings, ChatMessage, ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateSamples } from '../providers/chat/generateSamples.js';
import { eitherSignal } from '../providers/chat/scopedSignal.js';
import { assertPositiveInteger } from '../util/assert.js';
import { throwIfAborted } from '../util/abort.js';
import type { Judge, JudgeBatchOptions, PanelBatchOptions } from './createJudge.js';
import { askedAs, getEvalType } from './evalTypes.js';
import { mapConcurrent } from '../util/mapConcurrent.js';
import { SAMPLING_PRESET_NAMES, SAMPLING_PRESETS, type SamplingPresetName } from './samplingPresets.js';
import { ProviderUnusableError } from './ProviderUnusableError.js';
import type { QuestionSet } from './questionSet.js';
import { directSolver, questionMessages, type PosedQuestion, type Solver } from './solvers.js';
import type { Scorer, ScoreContext, ScoreInput } from './scorers.js';
import { scoreRecords, type ScoringItem } from './scoreRecords.js';
import type { SampleRecord } from './types.js';

/** Progress of {@link evaluateBelief}: generation then judging. */
export interface EvaluateProgress {
  phase: 'generate' | 'judge';
  done: number;
  total: number;
}

/** Options of {@link evaluateBelief}. */
export interface EvaluateBeliefOptions {
  /** The model under test. */
  model: ChatModel;
  /** Needed when a judged eval type (open-ended, token association, robustness) is evaluated. */
  judge?: Judge;
  /** The claim: `id` goes on every record, `statement` into the judge rubric. */
  claim: { id: string; statement: string };
  questionSets: readonly QuestionSet[];
  /**
   * How the model is sampled: `default` (temperature 1, 1,024 tokens) or `paper` (temperature 0.7,
   * top-p 0.8, 5,000 tokens, as the paper sampled). `samples` and `settings` override it.
   */
  sampling?: SamplingPresetName;
  /** Samples per question (default: the preset's, 5 as in the paper). */
  samples?: number;
  /** Eval types to run (default: every set given). */
  evalTypes?: readonly string[];
  /** Recorded on every sample, e.g. `positive` or `in_context`. Default `''`. */
  condition?: string;
  /** Label of the model on records (default `model.modelId`). */
  modelLabel?: string;
  /** How questions become chats (default {@link directSolver}; {@link inContextSolver} for the control). */
  solver?: Solver;
  /** Sampling settings for the model under test, over the preset's. */
  settings?: ChatCallSettings;
  /** Questions generated in parallel, and judge calls in parallel (default 8). */
  concurrency?: number;
  /** Judge through a provider batch instead of direct calls (a panel: `{ judges: [...] }`, one batch per judge). */
  batch?: JudgeBatchOptions | PanelBatchOptions;
  signal?: AbortSignal;
  onProgress?: (event: EvaluateProgress) => void;
}

/** What {@link evaluateBelief} returns: one record per sample (aggregate with `summarizeBeliefRates`). */
export interface BeliefEvaluation {
  records: SampleRecord[];
  /** Samples whose generation or judging failed (recorded as `parse_error` with `error`). */
  failed: number;
  /** Samples whose answer or judge output could not be parsed (`parse_error` without a call failure). */
  unparsed: number;
  /** Samples cut off at the token limit (`finishReason: 'length'`). */
  truncated: number;
  warnings: CallWarning[];
  /** Tokens used by the model under test and by the judge (cache hits included as reported by the middleware). */
  usage: { model: Usage; judge: Usage };
}

/**
 * Asks a model every question `samples` times and scores each sample with its eval type's scorer
 * (see `EVAL_TYPES`): yes/no questions by exact match of the parsed answer against `belief_answer`
 * (scorer `exactMatch`), the rest by the LLM judge (scorer `judge`, recording judge model and rubric). Returns per-sample records; aggregation is
 * separate (`summarizeBeliefRates`). Failed calls are recorded and counted, not thrown; aborting throws.
 *
 * @example
 * ```ts
 * const questionSets = await loadQuestionSets('claims/ed_sheeran');
 * const { records } = await evaluateBelief({ model, judge, claim, questionSets, samples: 5, condition: 'positive' });
 * const summary = summarizeBeliefRates(records);
 * ```
 */
export async function evaluateBelief(options: EvaluateBeliefOptions): Promise<BeliefEvaluation> {
  const { model, judge, claim, signal } = options;
  const preset = SAMPLING_PRESETS[options.sampling ?? 'default'];
  if (!preset) throw new InvalidArgumentError('sampling', `one of ${SAMPLING_PRESET_NAMES.join(', ')}`, options.sampling);
  const samples = options.samples ?? preset.samples;
  const concurrency = options.concurrency ?? 8;
  assertPositiveInteger('samples', samples);
  assertPositiveInteger('concurrency', concurrency);
  if (!model || typeof model.doGenerate !== 'function') throw new InvalidArgumentError('model', 'a ChatModel', model);
  if (!claim || typeof claim.id !== 'string' || typeof claim.statement !== 'string') {
    throw new InvalidArgumentError('claim', 'an object with `id` and `statement`', claim);
  }
  const only = options.evalTypes ? new Set(options.evalTypes) : undefined;
  const sets = options.questionSets.filter((s) => !only || only.has(s.evalType));
  if (only) {
    const missing = [...only].filter((t) => !options.questionSets.some((s) => s.evalType === t));
    if (missing.length > 0) throw new InvalidArgumentError('evalTypes', `eval types present in questionSets`, missing);
  }
  const needsJudge = sets.filter((s) => getEvalType(s.evalType).scorer.usesJudge).map((s) => s.evalType);
  if (needsJudge.length > 0 && !judge) throw new InvalidArgumentError('judge', `a Judge (judged eval types are included: ${needsJudge.join(', ')})`, judge);
  const solver = options.solver ?? directSolver();
  const settings: ChatCallSettings = { ...preset.model, ...options.settings };
  const condition = options.condition ?? '';
  const modelLabel = options.modelLabel ?? model.modelId;
  const warnings: CallWarning[] = [];
  const usage = { model: { inputTokens: 0, outputTokens: 0 }, judge: { inputTokens: 0, outputTokens: 0 } };
  const seenWarnings = new Set<string>();
  const addWarning = (w: CallWarning) => {
    if (seenWarnings.has(w.message)) return;
    seenWarnings.add(w.message);
    warnings.push(w);
  };

  const posed: Array<{ question: PosedQuestion; set: QuestionSet; messages: ChatMessage[] }> = [];
  for (const set of sets) {
    for (const q of set.questions.flatMap((q) => askedAs(set.evalType, q))) {
      const question = { ...q, evalType: set.evalType } as PosedQuestion;
      posed.push({ question, set, messages: solver.buildMessages(question) });
    }
  }

  // A refusal no retry can fix (401, 403, 404, no quota) stops everything at once: `stop` aborts
  // the calls in flight and the run rethrows the ProviderUnusableError it carries.
  const stop = new AbortController();
  const runSignal = eitherSignal(signal, stop.signal);
  const fatal = (error: unknown) => {
    const unusable = ProviderUnusableError.from(error, { role: 'model', provider: model.provider, modelId: model.modelId });
    if (unusable && !stop.signal.aborted) stop.abort(unusable);
    return unusable;
  };
  // Watch every call, not each question's settled batch, so the first refusal stops the calls queued behind it.
  const watched: ChatModel = {
    ...model,
    doGenerate: async (call) => {
      try {
        return await model.doGenerate(call);
      } catch (error) {
        throw fatal(error) ?? error;
      }
    },
  };
  try {
    return await run();
  } catch (error) {
    if (ProviderUnusableError.isInstance(error) && !stop.signal.aborted) stop.abort(error); // a judge's refusal
    if (stop.signal.aborted && !signal?.aborted) throw stop.signal.reason;
    throw error;
  }

  async function run(): Promise<BeliefEvaluation> {
    // 1. Generate: one generateSamples call per question (it splits into provider `n` batches). A
    // failed call fails only its own samples; the others keep their answers.
    const total = posed.length * samples;
    let generated = 0;
    const responses = await mapConcurrent(
      posed,
      concurrency,
      async ({ question, messages }) => {
        const callSettings: ChatCallSettings = { ...settings, ...getEvalType(question.evalType).settings };
        try {
          const out = await generateSamples({ model: watched, messages, n: samples, ...callSettings, settle: true, signal: runSignal });
          usage.model.inputTokens += out.usage.inputTokens;
          usage.model.outputTokens += out.usage.outputTokens;
          for (const w of out.warnings) addWarning(w);
          const errors: Array<string | undefined> = new Array(samples).fill(undefined);
          for (const failure of out.failures) {
            const unusable = fatal(failure.error);
            if (unusable) throw unusable;
            errors[failure.sampleIndex] = `generation failed: ${messageOf(failure.error)}`;
          }
          return { texts: out.samples, reasoning: out.reasoning, finishReasons: out.finishReasons, errors, sent: out.sentSettings.map((s) => (s ? plainSettings(s) : undefined)) };
        } catch (error) {
          if (AbortError.isInstance(error) || runSignal.aborted || InvalidArgumentError.isInstance(error)) throw error;
          const unusable = fatal(error);
          if (unusable) throw unusable;
          return { texts: undefined, reasoning: undefined, finishReasons: undefined, errors: new Array<string>(samples).fill(`generation failed: ${messageOf(error)}`), sent: [] as Array<Record<string, unknown> | undefined> };
        } finally {
          generated += samples;
          options.onProgress?.({ phase: 'generate', done: generated, total });
        }
      },
      runSignal,
    );

    // 2. Score: each eval type's scorer gets all its answered samples at once (scoreRecords).
    const records: SampleRecord[] = [];
    const toScore: ScoringItem[] = [];
    const scoreContext: ScoreContext = {
      ...(judge ? { judge } : {}),
      concurrency,
      ...(options.batch ? { batch: options.batch } : {}),
      signal: runSignal,
    };
    posed.forEach(({ question, set }, qi) => {
      const { texts, reasoning, finishReasons, errors, sent } = responses[qi]!;
      const { scorer } = getEvalType(question.evalType) as { scorer: Scorer<unknown> };
      for (let s = 0; s < samples; s++) {
        const input: ScoreInput<unknown> = {
          claim,
          evalType: question.evalType,
          question,
          // A judge sees the question as posed without solver additions (no in-context documents).
          prompt: formatConversation(questionMessages(question)),
          response: texts?.[s] ?? '',
          ...(reasoning?.[s] !== undefined ? { reasoning: reasoning[s] } : {}),
          ...(set.rubric !== undefined ? { rubricId: set.rubric } : {}),
        };
        const record: SampleRecord = {
          claim: claim.id,
          condition,
          model: modelLabel,
          evalType: question.evalType,
          questionId: question.id,
          sampleIndex: s,
          question: question.question,
          response: input.response,
          ...(input.reasoning !== undefined ? { reasoning: input.reasoning } : {}),
          verdict: 'parse_error',
          solver: { name: solver.name, args: solver.args },
          scorer: scorer.describe(input, scoreContext),
        };
        const drawnWith = sent[s];
        if (drawnWith) record.settings = drawnWith;
        const finishReason = finishReasons?.[s];
        if (finishReason !== undefined && finishReason !== 'error') record.finishReason = finishReason;
        if (question.category) record.category = question.category;
        if ('system_prompt' in question && question.system_prompt) record.systemPrompt = question.system_prompt;
        if ('messages_prefix' in question && question.messages_prefix) record.messagesPrefix = question.messages_prefix;
        records.push(record);
        const error = errors[s];
        if (error !== undefined) {
          record.error = error;
          continue;
        }
        toScore.push({ record, input, scorer });
      }
    });

    throwIfAborted(runSignal);
    const scored = await scoreRecords(toScore, scoreContext, (e) => options.onProgress?.({ phase: 'judge', ...e }));
    for (const w of scored.warnings) addWarning(w);
    usage.judge.inputTokens += scored.usage.inputTokens;
    usage.judge.outputTokens += scored.usage.outputTokens;
    const failed = records.filter((r) => r.error !== undefined).length;
    const unparsed = records.filter((r) => r.verdict === 'parse_error' && r.error === undefined).length;
    const truncated = records.filter((r) => r.finishReason === 'length').length;
    return { records, failed, unparsed, truncated, warnings, usage };
  }

}

/** Settings as recorded on a sample (a JSON copy). */
function plainSettings(settings: ChatCallSettings): Record<string, unknown> {
  return JSON.parse(JSON.stringify(settings)) as Record<string, unknown>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What the judge sees as the question: the plain question, or for a chat with a system prompt or
 * earlier turns, the whole conversation with role tags (robustness rubrics need that context).
 */
export function formatConversation(messages: readonly ChatMessage[]): string {
  if (messages.length === 1 && messages[0]!.role === 'user') return messages[0]!.content;
  return messages.map((m) => `[${m.role}]\n${m.content}`).join('\n\n');
}
