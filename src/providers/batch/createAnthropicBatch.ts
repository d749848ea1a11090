import type Anthropic from '@anthropic-ai/sdk';
import { fromAnthropicMessage, toAnthropicMessageBody } from '../chat/anthropicMessageBody.js';
import { lazyPromise } from '../../util/lazyPromise.js';
import { requireApiKey } from '../shared/requireApiKey.js';
import { sdkCall, sdkStream } from '../shared/sdkCall.js';
import { InvalidArgumentError } from '../../errors.js';
import { loadPeerSdk } from '../shared/loadPeerSdk.js';
import type { ChatModelCapabilities } from '../chat/chatModel.js';
import type { ChatBatchClient, ChatBatchRequest, ChatBatchResultItem } from './chatBatchClient.js';

/** Settings of {@link createAnthropicBatch}. */
export interface AnthropicBatchSettings {
  model: string;
  /** Your own `@anthropic-ai/sdk` client; its own retries are turned off (a `withOptions` copy). */
  client?: Anthropic;
  apiKey?: string;
  baseURL?: string;
  /** `max_tokens` when a request sets none (Anthropic requires one; default 1024). */
  defaultMaxTokens?: number;
  /** Override the declared capabilities. */
  capabilities?: Partial<ChatModelCapabilities>;
  /** Per-request timeout in ms (default 60_000). */
  timeoutMs?: number;
}

/** Anthropic error types after which resubmitting may succeed. */
const RETRYABLE_TYPES = new Set(['api_error', 'overloaded_error', 'rate_limit_error', 'timeout_error']);

/**
 * A `ChatBatchClient` for Anthropic Message Batches. System messages become the `system`
 * parameter; `temperature`/`topP`/`seed` are not declared (the 2026-10-21 API rejects sampling
 * parameters), so `runChatBatch()` drops them with a warning instead of failing the batch.
 *
 * @example
 * ```ts
 * const client = createAnthropicBatch({ apiKey: process.env.ANTHROPIC_API_KEY, model: 'claude-sonnet-4-5' });
 * const { results } = await runChatBatch({ client, requests });
 * ```
 */
export function createAnthropicBatch(settings: AnthropicBatchSettings): ChatBatchClient {
  if (!settings || typeof settings.model !== 'string' || settings.model === '') {
    throw new InvalidArgumentError('model', 'a non-empty string', settings?.model);
  }
  const model = settings.model;
  // A missing key fails now, when the adapter is created, not as an error on its first request (as createAnthropic).
  if (!settings.client) requireApiKey(settings.apiKey, 'ANTHROPIC_API_KEY', 'Anthropic');
  const getClient = lazyPromise(async (): Promise<Anthropic> => {
    if (settings.client) return settings.client.withOptions({ maxRetries: 0 });
    const { default: AnthropicClass } = await loadPeerSdk('@anthropic-ai/sdk', 'createAnthropicBatch');
    try {
      return new AnthropicClass({
        ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
        ...(settings.baseURL !== undefined ? { baseURL: settings.baseURL } : {}),
        maxRetries: 0,
        timeout: settings.timeoutMs ?? 60_000,
      });
    } catch (error) {
      throw new InvalidArgumentError('apiKey', 'an Anthropic API key (or set ANTHROPIC_API_KEY)', settings.apiKey === undefined ? undefined : '[REDACTED]', {
        cause: error,
      });
    }
  });
  const reqOpts = (signal?: AbortSignal) => (signal ? { signal } : {});
  const toParams = (r: ChatBatchRequest) =>
    toAnthropicMessageBody({ model, messages: r.messages, settings: r.settings ?? {}, maxTokens: settings.defaultMaxTokens ?? 1024 });
  return {
    specificationVersion: 'v1',
    provider: 'anthropic',
    modelId: model,
    properties: {
      maxRequestsPerBatch: 100_000,
      maxBytesPerBatch: 256 * 1024 * 1024,
      customIdPattern: /^[a-zA-Z0-9_-]{1,64}$/,
      capabilities: {
        samplingParameters: ['maxTokens', 'stop'],
        maxSamplesPerCall: 1,
        supportsBatch: true,
        supportsSystemMessage: true,
        ...settings.capabilities,
      },
    },
    // Errors are mapped here, where the key is known, so none can carry it out (runChatBatch maps again: a no-op).
    async doSubmit(requests, options) {
      const batch = await sdkCall('anthropic', await getClient(), options?.signal, (client) =>
        client.messages.batches.create(
          { requests: requests.map((r) => ({ custom_id: r.customId, params: toParams(r) as never })) },
          reqOpts(options?.signal),
        ),
      );
      return { batchId: batch.id };
    },
    async doRetrieve(batchId, options) {
      const batch = await sdkCall('anthropic', await getClient(), options?.signal, (client) =>
        client.messages.batches.retrieve(batchId, {}, reqOpts(options?.signal)),
      );
      const c = batch.request_counts;
      const total = c.processing + c.succeeded + c.errored + c.canceled + c.expired;
      const ended = batch.processing_status === 'ended';
      return {
        batchId,
        status: !ended
          ? 'in_progress'
          : batch.cancel_initiated_at
            ? 'cancelled'
            : total > 0 && c.expired === total
              ? 'expired'
              : 'completed',
        counts: { total, succeeded: c.succeeded, failed: c.errored + c.canceled + c.expired, processing: c.processing },
      };
    },
    async *doResults(batchId, options) {
      yield* sdkStream('anthropic', await getClient(), options?.signal, async function* (client) {
        const stream = await client.messages.batches.results(batchId, {}, reqOpts(options?.signal));
        for await (const item of stream) yield toItem(item);
      });
    },
    async doCancel(batchId, options) {
      await sdkCall('anthropic', await getClient(), options?.signal, (client) => client.messages.batches.cancel(batchId, {}, reqOpts(options?.signal)));
    },
  };
}

function toItem(item: Anthropic.Messages.Batches.MessageBatchIndividualResponse): ChatBatchResultItem {
  const customId = item.custom_id;
  const r = item.result;
  switch (r.type) {
    case 'succeeded': {
      const parts = fromAnthropicMessage(r.message);
      if (!parts) return { customId, ok: false, error: { message: 'The result has no `content` array', code: 'malformed_result', retryable: true } };
      return {
        customId,
        ok: true,
        result: { choices: [parts.choice], usage: parts.usage, warnings: [], response: parts.response },
      };
    }
    case 'errored': {
      const type = r.error.error.type;
      return { customId, ok: false, error: { message: r.error.error.message, code: type, retryable: RETRYABLE_TYPES.has(type) } };
    }
    case 'expired':
      return { customId, ok: false, error: { message: 'The request expired before it was processed', code: 'expired', retryable: true } };
    default:
      return { customId, ok: false, error: { message: 'The request was canceled', code: 'canceled', retryable: false } };
  }
}
