import { InvalidArgumentError } from '../../errors.js';
import { throwIfAborted, toAbortError } from '../../util/abort.js';
import type { CallWarning, ChatCallSettings, ChatMessage, ChatModel, DoGenerateResult, Usage } from './chatModel.js';
import { scopedSignal } from './scopedSignal.js';
import { withoutRefusedSettings } from './refusedSettings.js';
import { applyCapabilities, applySystemMessageSupport, validateCallSettings, validateMessages } from './prepareCallSettings.js';

/** Options of {@link generateText}. */
export interface GenerateTextOptions extends ChatCallSettings {
  model: ChatModel;
  messages: ChatMessage[];
  signal?: AbortSignal;
  /** Extra HTTP headers for this call (never cached or logged). */
  headers?: Record<string, string>;
  /** Which sample of this prompt this is; part of the cache key. Default 0. */
  sampleIndex?: number;
}

/** Result of {@link generateText}. */
export interface GenerateTextResult {
  /** The answer, without the model's thinking. */
  text: string;
  /** What the model thought before answering, when it returned its thinking. */
  reasoning?: string;
  finishReason: DoGenerateResult['choices'][number]['finishReason'];
  usage: Usage;
  /** Dropped settings and provider notes; never thrown. */
  warnings: CallWarning[];
  response: { id?: string; modelId?: string };
  /** Provider-specific data; `cached: true` when served from the cache. */
  providerMetadata: Record<string, unknown>;
}

/**
 * Generates one completion for a chat. Settings the model does not support are dropped and
 * reported in `warnings`.
 *
 * @example
 * ```ts
 * const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
 * const { text, usage } = await generateText({
 *   model: openai('gpt-4.1-mini'),
 *   messages: [{ role: 'user', content: 'Is the claim true?' }],
 *   temperature: 0,
 * });
 * ```
 */
export async function generateText(options: GenerateTextOptions): Promise<GenerateTextResult> {
  const { model, messages, signal, headers, sampleIndex = 0, ...settings } = options;
  assertModel(model);
  validateMessages(messages);
  validateCallSettings(settings);
  if (!Number.isInteger(sampleIndex) || sampleIndex < 0) throw new InvalidArgumentError('sampleIndex', 'a non-negative integer', sampleIndex);
  throwIfAborted(signal);
  const prepared = applyCapabilities(settings, model.capabilities, model.provider);
  const system = applySystemMessageSupport(messages, model.capabilities);
  const callSignal = scopedSignal(signal);
  const { result, warnings: refused } = await withoutRefusedSettings(prepared.settings, model.provider, (sent) =>
    withAbortMapping(signal, () =>
      model.doGenerate({
        ...sent,
        messages: system.messages,
        n: 1,
        sampleIndex,
        ...(callSignal ? { signal: callSignal } : {}),
        ...(headers ? { headers } : {}),
      }),
    ),
  );
  const choice = result.choices[0];
  if (!choice) throw new InvalidArgumentError('model.doGenerate() result', 'at least one choice', result.choices);
  return {
    text: choice.text,
    ...(choice.reasoning !== undefined ? { reasoning: choice.reasoning } : {}),
    finishReason: choice.finishReason,
    usage: result.usage,
    warnings: [...prepared.warnings, ...refused, ...system.warnings, ...result.warnings],
    response: result.response ?? {},
    providerMetadata: result.providerMetadata ?? {},
  };
}

/** Throws `InvalidArgumentError` unless `model` looks like a v1 ChatModel. */
export function assertModel(model: unknown): asserts model is ChatModel {
  const m = model as Partial<ChatModel> | null | undefined;
  if (!m || typeof m !== 'object' || m.specificationVersion !== 'v1' || typeof m.doGenerate !== 'function' || !m.capabilities) {
    throw new InvalidArgumentError('model', 'a ChatModel (specificationVersion v1)', model);
  }
}

/** Runs `fn`; once `signal` has fired, whatever it throws is reported as `AbortError`. */
export async function withAbortMapping<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (signal?.aborted) throw toAbortError(signal.reason);
    throw error;
  }
}
