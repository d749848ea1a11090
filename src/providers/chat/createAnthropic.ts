import { InvalidArgumentError, NegationNeglectError } from '../../errors.js';
import { fromAnthropicMessage, toAnthropicMessageBody } from './anthropicMessageBody.js';
import { lazyPromise } from '../../util/lazyPromise.js';
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
  const providerId = settings.providerId ?? 'anthropic';
  const apiKey = settings.apiKey ?? (settings.client ? undefined : process.env.ANTHROPIC_API_KEY);
  const { client } = settings;
  const getClient: () => Promise<AnthropicClientLike> = client
    ? () => Promise.resolve(client)
    : lazyPromise(() =>
      import('@anthropic-ai/sdk').catch((error: unknown) => {
        throw new NegationNeglectError(
          `createAnthropic needs the \`@anthropic-ai/sdk\` package (a peer dependency): npm install @anthropic-ai/sdk, or pass your own \`client\`.`,
          'missing_dependency',
          { cause: error },
        );
      }).then((mod) => {
        if (!apiKey) throw new InvalidArgumentError('apiKey', 'an Anthropic API key (or set ANTHROPIC_API_KEY)', apiKey);
        return new mod.Anthropic({
          apiKey,
          ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
          ...(settings.headers ? { defaultHeaders: settings.headers } : {}),
          fetch: settings.fetch ?? createNodeHttpFetch(),
          maxRetries: 0,
        }) as unknown as AnthropicClientLike;
      }),
    );

  const provider = (modelId: string, modelSettings: AnthropicChatSettings = {}): ChatModel => {
    if (typeof modelId !== 'string' || modelId === '') throw new InvalidArgumentError('modelId', 'a non-empty string', modelId);
    const defaultMaxTokens = modelSettings.defaultMaxTokens ?? 1024;
    if (!Number.isInteger(defaultMaxTokens) || defaultMaxTokens <= 0) {
      throw new InvalidArgumentError('defaultMaxTokens', 'a positive integer', defaultMaxTokens);
    }
    const { thinkingBudget } = modelSettings;
    if (thinkingBudget !== undefined && (!Number.isInteger(thinkingBudget) || thinkingBudget < 1024)) {
      throw new InvalidArgumentError('thinkingBudget', 'an integer of at least 1024', thinkingBudget);
    }
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
