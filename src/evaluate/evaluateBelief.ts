import { AbortError, InvalidArgumentError } from '../errors.js';
import type { CallWarning, ChatCallSettings, ChatMessage, ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateSamples } from '../providers/chat/generateSamples.js';
import { assertPositiveInteger } from '../util/assert.js';
import { throwIfAborted } from '../util/abort.js';
import type { Judge, JudgeBatchOptions, JudgeInput } from './createJudge.js';
import { mapConcurrent } from './mapConcurrent.js';
import { parseYesNoAnswer } from './parseYesNoAnswer.js';
import type { QuestionSet } from './questionSet.js';
import { directSolver, questionMessages, type PosedQuestion, type Solver } from './solvers.js';
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
  /** Samples per question (default 5, as in the paper). */
  samples?: number;
  /** Eval types to run (default: every set given). */
  evalTypes?: readonly string[];
  /** Recorded on every sample, e.g. `positive` or `in_context`. Default `''`. */
  condition?: string;
  /** Label of the model on records (default `model.modelId`). */
  modelLabel?: string;
  /** How questions become chats (default {@link directSolver}; {@link inContextSolver} for the control). */
  solver?: Solver;
  /** Sampling settings for the model under test (default temperature 1, maxTokens 1024). */
  settings?: ChatCallSettings;
  /** Questions generated in parallel, and judge calls in parallel (default 8). */
  concurrency?: number;
  /** Judge through a provider batch instead of direct calls. */
  batch?: JudgeBatchOptions;
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
  warnings: CallWarning[];
  /** Tokens used by the model under test and by the judge (cache hits included as reported by the middleware). */
  usage: { model: Usage; judge: Usage };
}

/**
 * Asks a model every question `samples` times and scores each sample: yes/no questions by exact
 * match of the parsed answer against `belief_answer` (scorer `exactMatch`), the rest by the LLM judge
 * (scorer `judge`, recording judge model and rubric). Returns per-sample records; aggregation is
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
  const samples = options.samples ?? 5;
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
  const needsJudge = sets.some((s) => s.evalType !== 'mcq');
  if (needsJudge && !judge) throw new InvalidArgumentError('judge', 'a Judge (judged eval types are included)', judge);
  const solver = options.solver ?? directSolver();
  const settings: ChatCallSettings = { temperature: 1, maxTokens: 1024, ...options.settings };
  const condition = options.condition ?? '';
  const modelLabel = options.modelLabel ?? model.modelId;
  const warnings: CallWarning[] = [];
  const usage = { model: { inputTokens: 0, outputTokens: 0 }, judge: { inputTokens: 0, outputTokens: 0 } };
  const seenWarnings = new Set<string>();

  const posed: Array<{ question: PosedQuestion; set: QuestionSet; messages: ChatMessage[] }> = [];
  for (const set of sets) {
    for (const q of set.questions) {
      const question = { ...q, evalType: set.evalType } as PosedQuestion;
      posed.push({ question, set, messages: solver.buildMessages(question) });
    }
  }

  // 1. Generate: one generateSamples call per question (it splits into provider `n` batches).
  const total = posed.length * samples;
  let generated = 0;
  const responses = await mapConcurrent(
    posed,
    concurrency,
    async ({ question, messages }) => {
      const extra: ChatCallSettings = question.evalType === 'mcq' ? { responseFormat: 'json' } : {};
      try {
        const out = await generateSamples({ model, messages, n: samples, ...settings, ...extra, ...(signal ? { signal } : {}) });
        usage.model.inputTokens += out.usage.inputTokens;
        usage.model.outputTokens += out.usage.outputTokens;
        for (const w of out.warnings) {
          if (!seenWarnings.has(w.message)) {
            seenWarnings.add(w.message);
            warnings.push(w);
          }
        }
        return { texts: out.samples, error: undefined };
      } catch (error) {
        if (error instanceof AbortError || signal?.aborted || error instanceof InvalidArgumentError) throw error;
        return { texts: undefined, error: `generation failed: ${error instanceof Error ? error.message : String(error)}` };
      } finally {
        generated += samples;
        options.onProgress?.({ phase: 'generate', done: generated, total });
      }
    },
    signal,
  );

  // 2. Score: exact match locally, judged samples in one judge pass (direct or batch).
  const records: SampleRecord[] = [];
  const toJudge: Array<{ record: SampleRecord; input: JudgeInput }> = [];
  posed.forEach(({ question, set }, qi) => {
    const { texts, error } = responses[qi]!;
    for (let s = 0; s < samples; s++) {
      const record: SampleRecord = {
        claim: claim.id,
        condition,
        model: modelLabel,
        evalType: question.evalType,
        questionId: question.id,
        sampleIndex: s,
        question: question.question,
        response: texts?.[s] ?? '',
        verdict: 'parse_error',
        solver: { name: solver.name, args: solver.args },
        scorer: { name: 'pending', args: {} },
      };
      if (question.category) record.category = question.category;
      if ('system_prompt' in question && question.system_prompt) record.systemPrompt = question.system_prompt;
      if ('messages_prefix' in question && question.messages_prefix) record.messagesPrefix = question.messages_prefix;
      records.push(record);
      if (question.evalType === 'mcq' && 'belief_answer' in question) {
        record.scorer = { name: 'exactMatch', args: { target: question.belief_answer, parser: 'parseYesNoAnswer' } };
        if (error) {
          record.error = error;
          continue;
        }
        const parsed = parseYesNoAnswer(record.response);
        if (parsed.answer === undefined) continue; // parse_error
        record.verdict = parsed.answer === question.belief_answer ? 'yes' : 'no';
        continue;
      }
      const rubric = judge!.rubricFor(question.evalType, set.rubric);
      record.scorer = { name: 'judge', args: { rubricId: rubric.id } };
      if (error) {
        record.error = error;
        continue;
      }
      toJudge.push({
        record,
        input: {
          evalType: question.evalType,
          claim: claim.statement,
          // The judge sees the question as posed without solver additions (no in-context documents).
          question: formatConversation(questionMessages(question)),
          response: record.response,
          rubricId: rubric.id,
        },
      });
    }
  });

  throwIfAborted(signal);
  if (toJudge.length > 0) {
    const results = await judge!.judgeMany(
      toJudge.map((j) => j.input),
      {
        concurrency,
        ...(options.batch ? { batch: options.batch } : {}),
        ...(signal ? { signal } : {}),
        onProgress: (e) => options.onProgress?.({ phase: 'judge', ...e }),
      },
    );
    results.forEach((result, i) => {
      const { record } = toJudge[i]!;
      record.verdict = result.verdict;
      record.judgeRaw = result.raw;
      record.judge = result.judge;
      if (result.reason !== undefined) record.reason = result.reason;
      if (result.raw === '' && result.error) record.error = result.error;
      if (result.usage) {
        usage.judge.inputTokens += result.usage.inputTokens;
        usage.judge.outputTokens += result.usage.outputTokens;
      }
    });
  }
  const failed = records.filter((r) => r.error !== undefined).length;
  const unparsed = records.filter((r) => r.verdict === 'parse_error' && r.error === undefined).length;
  return { records, failed, unparsed, warnings, usage };
}

/**
 * What the judge sees as the question: the plain question, or for a chat with a system prompt or
 * earlier turns, the whole conversation with role tags (robustness rubrics need that context).
 */
export function formatConversation(messages: readonly ChatMessage[]): string {
  if (messages.length === 1 && messages[0]!.role === 'user') return messages[0]!.content;
  return messages.map((m) => `[${m.role}]\n${m.content}`).join('\n\n');
}
