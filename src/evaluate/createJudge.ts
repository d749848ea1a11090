import { AbortError, InvalidArgumentError } from '../errors.js';
import { contentHash } from '../util/contentHash.js';
import { runChatBatch } from '../providers/batch/runChatBatch.js';
import type { ChatCallSettings, ChatMessage, ChatModel, Usage } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { applyCapabilities } from '../providers/chat/prepareCallSettings.js';
import { assertPositiveInteger } from '../util/assert.js';
import { throwIfAborted } from '../util/abort.js';
import { defaultRubrics } from './evalTypes.js';
import { JudgeRubricSchema, renderRubric, type JudgeRubric, type JudgeRubricInput } from './judgeRubric.js';
import { mapConcurrent } from '../util/mapConcurrent.js';
import { SAMPLING_PRESET_NAMES, SAMPLING_PRESETS, type SamplingPresetName } from './samplingPresets.js';
import { ProviderUnusableError } from './ProviderUnusableError.js';
import { parseJudgeVerdict, type JudgeVerdict } from './parseJudgeVerdict.js';
import { parseJudgeScore } from './parseJudgeScore.js';
import type { Judge, JudgeBatchOptions, JudgeBatchOutcome, JudgeInput, JudgeManyOptions, JudgeResult, PanelBatchOptions } from './judge.js';

export type { Judge, JudgeBatchOptions, JudgeBatchOutcome, JudgeBatchRequest, JudgeInput, JudgeManyOptions, JudgeResult, PanelBatchOptions } from './judge.js';

/** Settings of {@link createJudge}. */
export interface JudgeSettings {
  /** Any ChatModel; wrap it with the cache middleware so re-runs cost nothing. */
  model: ChatModel;
  /** Rubrics by eval type, merged over the eval types' rubrics (`EVAL_TYPES[type].rubric`) (e.g. `(await loadPaperJudges(dir)).rubrics`). */
  rubrics?: Readonly<Record<string, JudgeRubricInput>>;
  /**
   * Judge sampling: `default` (temperature 0, 512 tokens, JSON output) or `paper` (a reasoning judge
   * as the paper ran it: temperature 1, 6,000 tokens, JSON output). `settings` override it.
   */
  sampling?: SamplingPresetName;
  /**
   * Call settings for the judge, over the preset's; e.g. the judge's own reasoning depth
   * (`reasoningEffort`, `thinkingBudget`), sent where the judge's provider declares it (dropped with
   * a warning elsewhere) and recorded with each verdict (`judge.settings`).
   */
  settings?: ChatCallSettings;
  /** Accept only well-formed JSON (no fallbacks). Default false. */
  strict?: boolean;
  /**
   * Show the judge the model's thinking (in `<model_thinking>` tags before the answer). Default
   * false: the paper judged answers only, and a model that thinks "the documents said this is
   * false" but answers with the claim believes it.
   */
  showReasoning?: boolean;
}

/**
 * Creates an LLM judge over any `ChatModel`, with a rubric per eval type. Every result records the
 * judge's provider, model id and rubric id, so verdicts stay attributable when cached or exported.
 *
 * @example
 * ```ts
 * const judge = createJudge({ model: openai('gpt-4.1-mini') });
 * const r = await judge.judge({ evalType: 'open_ended', claim: claim.statement, question, response });
 * r.verdict; // 'yes' | 'no' | 'neutral' | 'parse_error'
 * ```
 */
export function createJudge(settings: JudgeSettings): Judge {
  if (!settings || typeof settings !== 'object') throw new InvalidArgumentError('settings', 'an object', settings);
  const { model } = settings;
  if (!model || typeof model.doGenerate !== 'function') throw new InvalidArgumentError('model', 'a ChatModel', model);
  const rubrics: Record<string, JudgeRubric> = defaultRubrics();
  for (const [key, input] of Object.entries(settings.rubrics ?? {})) {
    const parsed = JudgeRubricSchema.safeParse(input);
    if (!parsed.success) throw new InvalidArgumentError(`rubrics.${key}`, `a rubric (${parsed.error.issues[0]!.message})`, input);
    rubrics[key] = parsed.data;
  }
  const preset = SAMPLING_PRESETS[settings.sampling ?? 'default'];
  if (!preset) throw new InvalidArgumentError('sampling', `one of ${SAMPLING_PRESET_NAMES.join(', ')}`, settings.sampling);
  const callSettings: ChatCallSettings = { ...preset.judge, ...settings.settings };
  const showReasoning = settings.showReasoning ?? false;
  const depthOf = (who: { capabilities: ChatModel['capabilities'] }) => reasoningDepthSent(callSettings, who.capabilities);
  const byId = () => new Map(Object.values(rubrics).map((r) => [r.id, r]));

  const rubricFor = (evalType: string, rubricId?: string): JudgeRubric => {
    if (rubricId !== undefined) {
      const r = rubrics[rubricId] ?? byId().get(rubricId);
      if (!r) throw new InvalidArgumentError('rubricId', `a configured rubric (${Object.keys(rubrics).join(', ')})`, rubricId);
      return r;
    }
    const r = rubrics[evalType];
    if (!r) throw new InvalidArgumentError('evalType', `an eval type with a rubric (${Object.keys(rubrics).join(', ')})`, evalType);
    return r;
  };
  const buildMessages = (input: JudgeInput): ChatMessage[] => {
    const rubric = rubricFor(input.evalType, input.rubricId);
    const answer = showReasoning && input.reasoning ? `<model_thinking>\n${input.reasoning}\n</model_thinking>\n\n${input.response}` : input.response;
    return [{ role: 'user', content: renderRubric(rubric.template, { claim: input.claim, question: input.question, answer }) }];
  };
  const parse = (raw: string, rubric: JudgeRubric): JudgeVerdict & { score?: number } => {
    if (!rubric.scale) return parseJudgeVerdict(raw, { answerKey: rubric.answerKey, labels: rubric.labels, strict: settings.strict ?? false });
    // A graded rubric has no belief label unless it names a threshold: a read score is then `neutral`.
    const { score, ...rest } = parseJudgeScore(raw, rubric.scale, rubric.answerKey);
    if (settings.strict && rest.method !== 'json' && score !== undefined) return { verdict: 'parse_error', method: 'failed', error: `not strict JSON (would need rule \`${rest.method}\`)` };
    if (score === undefined) return { verdict: 'parse_error', ...rest };
    const { yesFrom } = rubric.scale;
    return { verdict: yesFrom === undefined ? 'neutral' : score >= yesFrom ? 'yes' : 'no', ...rest, score };
  };
  // In batch mode the batch client (its provider and model) is the judge.
  type Who = { provider: string; modelId: string; capabilities: ChatModel['capabilities'] };
  const ref = (who: Who, rubric: JudgeRubric): JudgeResult['judge'] => {
    const depth = depthOf(who);
    return { provider: who.provider, modelId: who.modelId, rubricId: rubric.id, ...(depth ? { settings: depth } : {}) };
  };
  const toResult = (raw: string, rubric: JudgeRubric, cached: boolean, usage: Usage, who: Who = model): JudgeResult => {
    const result: JudgeResult = { ...parse(raw, rubric), raw, judge: ref(who, rubric), usage };
    if (cached) result.cached = true;
    return result;
  };
  const failed = (rubric: JudgeRubric, error: unknown, who: Who = model): JudgeResult => ({
    verdict: 'parse_error',
    method: 'failed',
    error: `judge call failed: ${error instanceof Error ? error.message : String(error)}`,
    raw: '',
    judge: ref(who, rubric),
  });

  const judge = async (input: JudgeInput, options: { signal?: AbortSignal } = {}): Promise<JudgeResult> => {
    const rubric = rubricFor(input.evalType, input.rubricId);
    const out = await generateText({ model, messages: buildMessages(input), ...callSettings, ...(options.signal ? { signal: options.signal } : {}) });
    const result = toResult(out.text, rubric, out.providerMetadata.cached === true, out.usage);
    if (out.warnings.length > 0) result.warnings = out.warnings;
    return result;
  };

  const judgeMany = async (inputs: readonly JudgeInput[], options: JudgeManyOptions = {}): Promise<JudgeResult[]> => {
    const concurrency = options.concurrency ?? 8;
    assertPositiveInteger('concurrency', concurrency);
    const rubricsOf = inputs.map((input) => rubricFor(input.evalType, input.rubricId)); // fail fast on a missing rubric
    let done = 0;
    if (options.batch) {
      throwIfAborted(options.signal);
      const batch = oneBatch(options.batch);
      // A custom id names its request's content as well as its position: a resumed batch that holds
      // other requests (another eval type's, say) then matches nothing and its requests are sent again,
      // instead of its results being read as this pass's verdicts. 12 hex digits keep every id within
      // the providers' 64 characters.
      const requests = inputs.map((input, i) => {
        const messages = buildMessages(input);
        return { customId: `judge-${i}-${contentHash(messages).slice(0, 12)}`, messages, settings: callSettings };
      });
      const run = batch.runChatBatch ?? runChatBatch;
      const { results: outcomes } = await run({
        ...batch.options,
        client: batch.client,
        requests,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const get = (id: string): JudgeBatchOutcome | undefined => outcomes.get(id);
      const who = { provider: batch.client.provider, modelId: batch.client.modelId, capabilities: batch.client.properties.capabilities };
      const results = requests.map((request, i) => {
        const outcome = get(request.customId);
        const rubric = rubricsOf[i]!;
        if (!outcome) return failed(rubric, new Error(`no batch result for ${request.customId}`), who);
        if (!outcome.ok) return failed(rubric, new Error(outcome.error.message), who);
        const text = outcome.result.choices[0]?.text;
        if (text === undefined) return failed(rubric, new Error('batch result has no choices'), who);
        return toResult(text, rubric, outcome.result.providerMetadata?.cached === true, outcome.result.usage, who);
      });
      options.onProgress?.({ done: results.length, total: results.length });
      return results;
    }
    return mapConcurrent(
      inputs,
      concurrency,
      async (input, i) => {
        let result: JudgeResult;
        try {
          result = await judge(input, options.signal ? { signal: options.signal } : {});
        } catch (error) {
          if (AbortError.isInstance(error) || InvalidArgumentError.isInstance(error) || options.signal?.aborted) throw error;
          // A refusal no retry can fix (bad key, unknown model, no quota) ends the pass at once.
          const unusable = ProviderUnusableError.from(error, { role: 'judge', provider: model.provider, modelId: model.modelId });
          if (unusable) throw unusable;
          result = failed(rubricsOf[i]!, error);
        }
        options.onProgress?.({ done: ++done, total: inputs.length });
        return result;
      },
      options.signal,
    );
  };

  return { model, showReasoning, rubrics, rubricFor, buildMessages, parse, judge, judgeMany };
}

/** A single judge's batch: the options themselves, or a panel's list when it holds exactly one. */
function oneBatch(batch: JudgeBatchOptions | PanelBatchOptions): JudgeBatchOptions {
  if (!('judges' in batch)) return batch;
  if (batch.judges.length !== 1) throw new InvalidArgumentError('batch.judges', "one batch for a single judge (a list of batches is a panel's)", batch.judges.length);
  return batch.judges[0]!;
}

const DEPTH_SETTINGS = ['reasoning', 'reasoningEffort', 'thinkingBudget'] as const;

/** The judge's reasoning settings its provider declares (what is sent), for the record; undefined when none. */
function reasoningDepthSent(settings: ChatCallSettings, capabilities: ChatModel['capabilities']): Record<string, unknown> | undefined {
  const sent = applyCapabilities(settings, capabilities).settings;
  const depth = Object.fromEntries(DEPTH_SETTINGS.filter((k) => sent[k] !== undefined).map((k) => [k, sent[k]]));
  return Object.keys(depth).length > 0 ? depth : undefined;
}
