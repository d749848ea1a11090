import { AbortError, APICallError, InvalidArgumentError } from '../../errors.js';
import { throwIfAborted } from '../../util/abort.js';
import type { CallWarning, ChatCallSettings, ChatMessage, ChatModel, Usage } from './chatModel.js';
import { assertModel, withAbortMapping } from './generateText.js';
import { scopedSignal } from './scopedSignal.js';
import { withoutRefusedSettings } from './refusedSettings.js';
import { applyCapabilities, applySystemMessageSupport, validateCallSettings, validateMessages } from './prepareCallSettings.js';

/** Options of {@link generateSamples}. */
export interface GenerateSamplesOptions extends ChatCallSettings {
  model: ChatModel;
  messages: ChatMessage[];
  /** How many samples to draw. */
  n: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /**
   * Keep the samples of calls that succeeded when another call of the request fails (default
   * false: the first failure is thrown). Failed samples are listed in `failures`; their `samples`
   * entries are `''` and their `finishReasons` entries `'error'`. Aborts are still thrown.
   */
  settle?: boolean;
}

/** A sample whose call failed (with `settle: true`). */
export interface SampleFailure {
  sampleIndex: number;
  error: unknown;
}

/** Result of {@link generateSamples}. */
export interface GenerateSamplesResult {
  /** `samples[i]` is sample index `i` (stable across runs, so it is cacheable). */
  samples: string[];
  /** `reasoning[i]`: the thinking behind sample `i`, when the model returned it (thinking is never in `samples`). */
  reasoning: Array<string | undefined>;
  finishReasons: string[];
  usage: Usage;
  warnings: CallWarning[];
  /** How many samples came from the cache. */
  cachedSamples: number;
  /** Samples whose call failed (only with `settle: true`; empty otherwise). */
  failures: SampleFailure[];
  /**
   * The settings each sample was drawn with, as sent: the requested ones less those the model does
   * not accept or refused (`undefined` for a failed sample).
   */
  sentSettings: Array<ChatCallSettings | undefined>;
}

/**
 * Draws `n` samples for one chat. Requests are split into calls of at most
 * `model.capabilities.maxSamplesPerCall` samples (OpenAI's `n`); each sample keeps its index,
 * which goes into the cache key. The calls run concurrently (bound them with a
 * `concurrencyLimit` middleware on the model).
 *
 * @example
 * ```ts
 * const { samples } = await generateSamples({
 *   model, messages: [{ role: 'user', content: 'Name a city.' }], n: 10, temperature: 1,
 * });
 * ```
 */
export async function generateSamples(options: GenerateSamplesOptions): Promise<GenerateSamplesResult> {
  const { model, messages, n, signal, headers, settle, ...settings } = options;
  assertModel(model);
  validateMessages(messages);
  validateCallSettings(settings);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('n', 'a positive integer', n);
  const perCall = Math.max(1, Math.floor(model.capabilities.maxSamplesPerCall));
  const prepared = applyCapabilities(settings, model.capabilities, model.provider);
  const system = applySystemMessageSupport(messages, model.capabilities);
  const samples: string[] = [];
  const reasoning: Array<string | undefined> = [];
  const finishReasons: string[] = [];
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  const warnings: CallWarning[] = [...prepared.warnings, ...system.warnings];
  const seen = new Set(warnings.map((w) => w.message));
  let cachedSamples = 0;
  const callSignal = scopedSignal(signal);
  throwIfAborted(signal);
  // Chunks run concurrently; a concurrencyLimit middleware on the model bounds them.
  const starts = Array.from({ length: Math.ceil(n / perCall) }, (_, i) => i * perCall);
  const calls = starts.map(async (start) => {
    const count = Math.min(perCall, n - start);
    const { result: raw, warnings: refused, settings: sent } = await withoutRefusedSettings(prepared.settings, model.provider, (settings) =>
      withAbortMapping(signal, () =>
        model.doGenerate({
          ...settings,
          messages: system.messages,
          n: count,
          sampleIndex: start,
          ...(callSignal ? { signal: callSignal } : {}),
          ...(headers ? { headers } : {}),
        }),
      ),
    );
    const result = { ...raw, warnings: [...refused, ...raw.warnings] };
    if (result.choices.length !== count) {
      throw new APICallError(
        `${model.provider} returned ${result.choices.length} choices for n=${count}; if the endpoint ignores \`n\`, declare maxSamplesPerCall: 1 for this model`,
        { provider: model.provider, isRetryable: false },
      );
    }
    return { result, count, sent };
  });
  const failures: SampleFailure[] = [];
  const sentSettings: Array<ChatCallSettings | undefined> = [];
  const settled = settle ? await Promise.allSettled(calls) : (await Promise.all(calls)).map((value) => ({ status: 'fulfilled' as const, value }));
  for (const [i, outcome] of settled.entries()) {
    const start = starts[i]!;
    if (outcome.status === 'rejected') {
      if (signal?.aborted || AbortError.isInstance(outcome.reason)) throw outcome.reason;
      for (let k = start; k < Math.min(n, start + perCall); k++) {
        samples.push('');
        reasoning.push(undefined);
        finishReasons.push('error');
        sentSettings.push(undefined);
        failures.push({ sampleIndex: k, error: outcome.reason });
      }
      continue;
    }
    const { result, count, sent } = outcome.value;
    for (const choice of result.choices) {
      samples.push(choice.text);
      reasoning.push(choice.reasoning);
      finishReasons.push(choice.finishReason);
      sentSettings.push(sent);
    }
    usage.inputTokens += result.usage.inputTokens;
    usage.outputTokens += result.usage.outputTokens;
    const meta = result.providerMetadata ?? {};
    if (meta.cached === true) cachedSamples += count;
    else if (typeof meta.cachedSamples === 'number') cachedSamples += meta.cachedSamples;
    for (const w of result.warnings) {
      if (!seen.has(w.message)) {
        seen.add(w.message);
        warnings.push(w);
      }
    }
  }
  return { samples, reasoning, finishReasons, usage, warnings, cachedSamples, failures, sentSettings };
}
