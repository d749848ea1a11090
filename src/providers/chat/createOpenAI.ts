import { z } from 'zod';
import { InvalidArgumentError } from '../../errors.js';
import { fromOpenAIChatBody, OPENAI_REASONING_CONTROLS, toOpenAIChatBody, type OpenAIReasoningControl } from './openaiChatBody.js';
import { lazyPromise } from '../../util/lazyPromise.js';
import { option, parseOptions } from '../../util/optionSchema.js';
import { loadPeerSdk } from '../shared/loadPeerSdk.js';
import { requireApiKey } from '../shared/requireApiKey.js';
import { capabilitySettingsShape, clientSetting, providerSettingsShape } from './chatSettingsShapes.js';
import { createNodeHttpFetch } from './createNodeHttpFetch.js';
import type { ChatModel, ChatModelCapabilities, DoGenerateOptions, DoGenerateResult, SamplingParameter } from './chatModel.js';
import { mapProviderError } from '../shared/mapProviderError.js';
import { applyCapabilities } from './prepareCallSettings.js';

/** The part of an `openai` client instance this adapter uses (so a user's `new OpenAI()` fits). */
export interface OpenAIClientLike {
  chat: {
    completions: {
      // `any` so the SDK's overloaded, precisely typed `create` is assignable without a cast.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      create(body: any, options?: any): PromiseLike<unknown>;
    };
  };
}

/** Settings of {@link createOpenAI}. */
export interface OpenAIProviderSettings {
  /** Defaults to `OPENAI_API_KEY`. Not needed for a keyless local server. */
  apiKey?: string;
  /** E.g. `http://localhost:8000/v1` for vLLM, `https://openrouter.ai/api/v1`. */
  baseURL?: string;
  /**
   * Your own `openai` client. Its own retries are yours to configure: create it with
   * `maxRetries: 0` when you use the `retry` middleware, or failed calls are retried twice over.
   */
  client?: OpenAIClientLike;
  organization?: string;
  /** Headers sent on every request (never cached). */
  headers?: Record<string, string>;
  /**
   * The `fetch` the created client uses. Default: {@link createNodeHttpFetch} (keep-alive `node:http`,
   * about a third less CPU per request than Node 20's global fetch). Ignored when you pass `client`.
   */
  fetch?: typeof fetch;
  /**
   * `strict` (default without `baseURL`): OpenAI itself; sends `max_completion_tokens`, batch API
   * available. `compatible` (default with `baseURL`): OpenAI-compatible servers; sends `max_tokens`.
   */
  compatibility?: 'strict' | 'compatible';
  /** Provider id used in cache keys and reports; default `openai` or `openai-compatible`. */
  providerId?: string;
}

/** Per-model settings; declare what the endpoint accepts instead of relying on model names. */
export interface OpenAIChatSettings extends Partial<ChatModelCapabilities> {
  /** Role used for system messages; some reasoning models want `developer`. Default `system`. */
  systemRole?: 'system' | 'developer';
  /**
   * How `reasoning: 'on' | 'off'` is sent: `reasoning_effort` (`medium` / `minimal`, or the call's
   * `reasoningEffort`; default for OpenAI itself) or `chat_template_kwargs` (`{ enable_thinking }`,
   * as vLLM and SGLang serve Qwen3 and similar models; default with `baseURL`; no effort levels, so
   * `reasoningEffort` is dropped with a warning). A server that refuses the field gets the call
   * without it, and a warning.
   */
  reasoningControl?: OpenAIReasoningControl;
}

/** An OpenAI provider: call it with a model id to get a `ChatModel`. */
export interface OpenAIProvider {
  (modelId: string, settings?: OpenAIChatSettings): ChatModel;
  readonly providerId: string;
}

const ProviderSettingsSchema = z.strictObject({
  ...providerSettingsShape,
  client: clientSetting<OpenAIClientLike>('an `openai` client (with chat.completions.create)', (c) => (c.chat as { completions?: { create?: unknown } } | undefined)?.completions?.create),
  organization: option.string().optional(),
  compatibility: option.choice(['strict', 'compatible']).optional(),
});

const ChatSettingsSchema = z.strictObject({
  ...capabilitySettingsShape,
  systemRole: option.choice(['system', 'developer']).optional(),
  reasoningControl: option.choice(Object.keys(OPENAI_REASONING_CONTROLS) as OpenAIReasoningControl[]).optional(),
});

// Besides these, the reasoning settings the model's reasoning control can carry (OPENAI_REASONING_CONTROLS).
const SAMPLING: readonly SamplingParameter[] = ['maxTokens', 'temperature', 'topP', 'seed', 'stop', 'responseFormat'];

/**
 * Creates an OpenAI Chat Completions provider. With `baseURL` it serves any OpenAI-compatible
 * endpoint (vLLM, Ollama, llama.cpp server, Together, OpenRouter, Fireworks, Tinker's sampler
 * for `tinker://` checkpoints). The `openai` package is loaded on first use; the client is
 * created with `maxRetries: 0` because retries belong to the `retry` middleware.
 *
 * @example
 * ```ts
 * const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
 * const model = openai('gpt-4.1-mini');
 * const vllm = createOpenAI({ baseURL: 'http://localhost:8000/v1', providerId: 'vllm' });
 * const qwen = vllm('Qwen/Qwen3-8B', { maxSamplesPerCall: 16 });
 * ```
 */
export function createOpenAI(settings: OpenAIProviderSettings = {}): OpenAIProvider {
  if (settings === null || typeof settings !== 'object') throw new InvalidArgumentError('settings', 'an object', settings);
  parseOptions(ProviderSettingsSchema, settings);
  const compatibility = settings.compatibility ?? (settings.baseURL ? 'compatible' : 'strict');
  const providerId = settings.providerId ?? (compatibility === 'strict' ? 'openai' : 'openai-compatible');
  const { client } = settings;
  // OpenAI itself needs a key, checked now rather than at the first call; a server at a base URL may
  // not, and a client brings its own.
  const apiKey = client ? settings.apiKey : settings.baseURL ? (settings.apiKey ?? process.env.OPENAI_API_KEY) : requireApiKey(settings.apiKey, 'OPENAI_API_KEY', 'OpenAI');
  const getClient: () => Promise<OpenAIClientLike> = client
    ? () => Promise.resolve(client)
    : lazyPromise(async () => {
      const { OpenAI } = await loadPeerSdk('openai', 'createOpenAI');
      return new OpenAI({
        // Local OpenAI-compatible servers usually ignore auth but the SDK insists on a key.
        apiKey: apiKey || 'not-needed',
        ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
        ...(settings.organization ? { organization: settings.organization } : {}),
        ...(settings.headers ? { defaultHeaders: settings.headers } : {}),
        fetch: settings.fetch ?? createNodeHttpFetch(),
        maxRetries: 0,
      }) as unknown as OpenAIClientLike;
    });

  const provider = (modelId: string, modelSettings: OpenAIChatSettings = {}): ChatModel => {
    if (typeof modelId !== 'string' || modelId === '') throw new InvalidArgumentError('modelId', 'a non-empty string', modelId);
    parseOptions(ChatSettingsSchema, modelSettings);
    const reasoningControl = modelSettings.reasoningControl ?? (compatibility === 'strict' ? 'reasoning_effort' : 'chat_template_kwargs');
    const capabilities: ChatModelCapabilities = {
      samplingParameters: modelSettings.samplingParameters ?? [...SAMPLING, ...OPENAI_REASONING_CONTROLS[reasoningControl].parameters],
      maxSamplesPerCall: modelSettings.maxSamplesPerCall ?? (compatibility === 'strict' ? 128 : 1),
      supportsBatch: modelSettings.supportsBatch ?? compatibility === 'strict',
      supportsSystemMessage: modelSettings.supportsSystemMessage ?? true,
    };
    const systemRole = modelSettings.systemRole ?? 'system';
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
        const body = toOpenAIChatBody({
          model: modelId,
          messages: options.messages,
          settings: s,
          n: options.n,
          maxTokensField: compatibility === 'strict' ? 'max_completion_tokens' : 'max_tokens',
          systemRole,
          reasoningControl,
        });
        let raw: unknown;
        try {
          const client = await getClient();
          raw = await client.chat.completions.create(body, {
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.headers ? { headers: options.headers } : {}),
          });
        } catch (error) {
          throw mapProviderError(error, { provider: providerId, ...(options.signal ? { signal: options.signal } : {}), secrets });
        }
        return parseCompletion(raw, providerId, options.n, warnings);
      },
    };
  };
  Object.defineProperty(provider, 'providerId', { value: providerId, enumerable: true });
  return provider as OpenAIProvider;
}

function parseCompletion(raw: unknown, provider: string, n: number, warnings: DoGenerateResult['warnings']): DoGenerateResult {
  const result = fromOpenAIChatBody(raw);
  if (!result) throw mapProviderError(new SyntaxError('response has no `choices` array'), { provider });
  const extra = result.choices.length !== n ? [{ type: 'other' as const, message: `${provider} returned ${result.choices.length} choices, ${n} requested.` }] : [];
  return { ...result, warnings: [...warnings, ...extra] };
}
