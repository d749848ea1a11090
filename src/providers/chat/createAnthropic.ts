import { z } from 'zod';
import { InvalidArgumentError } from '../../errors.js';
import { fromAnthropicMessage, toAnthropicMessageBody } from './anthropicMessageBody.js';
import { lazyPromise } from '../../util/lazyPromise.js';
import { option, parseOptions } from '../../util/optionSchema.js';
import { loadPeerSdk } from '../shared/loadPeerSdk.js';
import { requireApiKey } from '../shared/requireApiKey.js';
import { capabilitySettingsShape, clientSetting, providerSettingsShape } from './chatSettingsShapes.js';
import { createNodeHttpFetch } from './createNodeHttpFetch.js';
import type { ChatModel, ChatModelCapabilities, DoGenerateOptions, DoGenerateResult, SamplingParameter } from './chatModel.js';
import { mapProviderError } from '../shared/mapProviderError.js';
import { applyCapabilities } from './prepareCallSettings.js';

/** The part of an `@anthropic-ai/sdk` client this adapter uses (a user's `new Anthropic()` fits). */
export interface AnthropicClientLike {
  messages: {
    // `any` so the SDK's overloaded, precisely typed `create` is assignable without a cast.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    create(body: any, options?: any): PromiseLike<unknown>;
  };
}

/** Settings of {@link createAnthropic}. */
export interface AnthropicProviderSettings {
  /** Defaults to `ANTHROPIC_API_KEY`. */
  apiKey?: string;
  /** E.g. a proxy; the SDK appends `/v1/messages`. */
  baseURL?: string;
  /**
   * Your own `@anthropic-ai/sdk` client. Create it with `maxRetries: 0` when you use the
   * `retry` middleware, or failed calls are retried twice over.
   */
  client?: AnthropicClientLike;
  /** Headers sent on every request (never cached). */
  headers?: Record<string, string>;
  /**
   * The `fetch` the created client uses. Default: {@link createNodeHttpFetch} (keep-alive `node:http`,
   * about a third less CPU per request than Node 20's global fetch). Ignored when you pass `client`.
   */
  fetch?: typeof fetch;
  /** Provider id for cache keys and reports; default `anthropic`. */
  providerId?: string;
}

/** Per-model settings. */
export interface AnthropicChatSettings extends Partial<ChatModelCapabilities> {
  /** `max_tokens` is required by the Messages API; used when a call sets none. Default 1024. */
  defaultMaxTokens?: number;
  /**
   * Thinking tokens when a call asks for `reasoning: 'on'` (at least 1,024; default half of
   * `max_tokens`, at least 1,024). `max_tokens` is raised when it would leave no room for the answer.
   */
  thinkingBudget?: number;
}

/** An Anthropic provider: call it with a model id to get a `ChatModel`. */
export interface AnthropicProvider {
  (modelId: string, settings?: AnthropicChatSettings): ChatModel;
  readonly providerId: string;
}

const ProviderSettingsSchema = z.strictObject({
  ...providerSettingsShape,
  client: clientSetting<AnthropicClientLike>('an `@anthropic-ai/sdk` client (with messages.create)', (c) => (c.messages as { create?: unknown } | undefined)?.create),
});

const THINKING_BUDGET = 'an integer of at least 1024';
const ChatSettingsSchema = z.strictObject({
  ...capabilitySettingsShape,
  defaultMaxTokens: option.positiveInt().optional(),
  thinkingBudget: z.number({ error: THINKING_BUDGET }).int({ error: THINKING_BUDGET }).min(1024, { error: THINKING_BUDGET }).optional(),
});

// The 2026-10-21 Messages API (SDK 1.x) rejects temperature and top_p, and has no seed or n.
const DEFAULT_PARAMETERS: readonly SamplingParameter[] = ['maxTokens', 'stop', 'reasoning', 'thinkingBudget'];

/**
 * Creates an Anthropic Messages provider. System messages become the `system` field;
 * `max_tokens` is always sent; `reasoning: 'on'` asks for thinking blocks (returned apart from the
 * answer as `reasoning`, with the call's `thinkingBudget` or the model's). By default only `maxTokens`,
 * `stop`, `reasoning` and `thinkingBudget` are declared supported,
 * so `temperature`/`topP` come back as warnings instead of 400s; declare
 * `samplingParameters` per model if your endpoint accepts more.
 *
 * @example
 * ```ts
 * const anthropic = createAnthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
 * const { text, warnings } = await generateText({
 *   model: anthropic('claude-sonnet-4-5'), messages, temperature: 0, // -> a warning
 * });
 * ```
 */
export function createAnthropic(settings: AnthropicProviderSettings = {}): AnthropicProvider {
  if (settings === null || typeof settings !== 'object') throw new InvalidArgumentError('settings', 'an object', settings);
  parseOptions(ProviderSettingsSchema, settings);
  const providerId = settings.providerId ?? 'anthropic';
  const { client } = settings;
  // Checked now rather than at the first call; a client brings its own key.
  const apiKey = client ? settings.apiKey : requireApiKey(settings.apiKey, 'ANTHROPIC_API_KEY', 'Anthropic');
  const getClient: () => Promise<AnthropicClientLike> = client
    ? () => Promise.resolve(client)
    : lazyPromise(async () => {
      const { Anthropic } = await loadPeerSdk('@anthropic-ai/sdk', 'createAnthropic');
      return new Anthropic({
        apiKey,
        ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
        ...(settings.headers ? { defaultHeaders: settings.headers } : {}),
        fetch: settings.fetch ?? createNodeHttpFetch(),
        maxRetries: 0,
      }) as unknown as AnthropicClientLike;
    });

  const provider = (modelId: string, modelSettings: AnthropicChatSettings = {}): ChatModel => {
    if (typeof modelId !== 'string' || modelId === '') throw new InvalidArgumentError('modelId', 'a non-empty string', modelId);
    parseOptions(ChatSettingsSchema, modelSettings);
    const defaultMaxTokens = modelSettings.defaultMaxTokens ?? 1024;
    const { thinkingBudget } = modelSettings;
    const capabilities: ChatModelCapabilities = {
      samplingParameters: modelSettings.samplingParameters ?? DEFAULT_PARAMETERS,
      maxSamplesPerCall: modelSettings.maxSamplesPerCall ?? 1,
      supportsBatch: modelSettings.supportsBatch ?? true,
      supportsSystemMessage: modelSettings.supportsSystemMessage ?? true,
    };
    // Scrub the key in use from error messages, including the key inside a user-supplied client.
    const clientKey = (settings.client as { apiKey?: unknown } | undefined)?.apiKey;
    const secrets = [apiKey, clientKey].filter((k): k is string => typeof k === 'string' && k.length > 0);
    return {
      specificationVersion: 'v1',
      provider: providerId,
      modelId,
      capabilities,
      async doGenerate(options: DoGenerateOptions): Promise<DoGenerateResult> {
        const { settings: s, warnings } = applyCapabilities(options, capabilities, providerId);
        const body = toAnthropicMessageBody({ model: modelId, messages: options.messages, settings: s, maxTokens: defaultMaxTokens, ...(thinkingBudget !== undefined ? { thinkingBudget } : {}) });
        // The Messages API has no `n`: one request per sample (all run in parallel).
        const calls = Array.from({ length: Math.max(1, options.n) }, async () => {
          try {
            const client = await getClient();
            return await client.messages.create(body, {
              ...(options.signal ? { signal: options.signal } : {}),
              ...(options.headers ? { headers: options.headers } : {}),
            });
          } catch (error) {
            throw mapProviderError(error, { provider: providerId, ...(options.signal ? { signal: options.signal } : {}), secrets });
          }
        });
        const raws = await Promise.all(calls);
        const result: DoGenerateResult = { choices: [], usage: { inputTokens: 0, outputTokens: 0 }, warnings };
        for (const raw of raws) {
          const parts = fromAnthropicMessage(raw);
          if (!parts) throw mapProviderError(new SyntaxError('response has no `content` array'), { provider: providerId });
          result.choices.push(parts.choice);
          result.usage.inputTokens += parts.usage.inputTokens;
          result.usage.outputTokens += parts.usage.outputTokens;
          result.response ??= parts.response;
        }
        return result;
      },
    };
  };
  Object.defineProperty(provider, 'providerId', { value: providerId, enumerable: true });
  return provider as AnthropicProvider;
}
