import type OpenAI from 'openai';
import { InvalidArgumentError } from '../../errors.js';
import type { ChatModelCapabilities } from '../chat/chatModel.js';
import { lazyOpenAIClient, type OpenAIClientSettings } from '../shared/openaiClient.js';
import { sdkCall, sdkStream } from '../shared/sdkCall.js';
import type { ChatBatchClient, ChatBatchStatus } from './chatBatchClient.js';
import { parseOpenAIBatchLine, toOpenAIBatchBody } from './openaiBatchMapping.js';
import { readLines } from './readLines.js';

/** Metadata key carrying `runChatBatch()`'s submission key on OpenAI batches. */
export const OPENAI_BATCH_SUBMISSION_METADATA = 'negation_neglect_submission';

/** Settings of {@link createOpenAIBatch}. */
export interface OpenAIBatchSettings extends OpenAIClientSettings {
  model: string;
  /** Default `24h` (the only window OpenAI offers at the time of writing). */
  completionWindow?: '24h';
  /** Extra batch metadata (OpenAI allows 16 keys). */
  metadata?: Record<string, string>;
  /** Override the declared capabilities (e.g. a reasoning model that rejects `temperature`). */
  capabilities?: Partial<ChatModelCapabilities>;
}

const STATUS: Record<OpenAI.Batches.Batch['status'], ChatBatchStatus> = {
  validating: 'in_progress',
  in_progress: 'in_progress',
  finalizing: 'in_progress',
  cancelling: 'in_progress',
  completed: 'completed',
  failed: 'failed',
  expired: 'expired',
  cancelled: 'cancelled',
};

/**
 * A `ChatBatchClient` for the OpenAI Batch API: uploads a JSONL file (purpose `batch`), creates a
 * `/v1/chat/completions` batch, polls it and downloads the output and error files.
 *
 * @example
 * ```ts
 * const client = createOpenAIBatch({ apiKey: process.env.OPENAI_API_KEY, model: 'gpt-4.1-mini' });
 * const { results } = await runChatBatch({ client, requests, onBatchCreated: (ids) => save(ids) });
 * ```
 */
export function createOpenAIBatch(settings: OpenAIBatchSettings): ChatBatchClient {
  if (!settings || typeof settings.model !== 'string' || settings.model === '') {
    throw new InvalidArgumentError('model', 'a non-empty string', settings?.model);
  }
  const getClient = lazyOpenAIClient(settings, 'createOpenAIBatch');
  const model = settings.model;
  const reqOpts = (signal?: AbortSignal) => (signal ? { signal } : {});
  return {
    specificationVersion: 'v1',
    provider: 'openai',
    modelId: model,
    properties: {
      maxRequestsPerBatch: 50_000,
      maxBytesPerBatch: 200 * 1024 * 1024,
      capabilities: {
        samplingParameters: ['temperature', 'topP', 'seed', 'stop', 'maxTokens'],
        maxSamplesPerCall: 1,
        supportsBatch: true,
        supportsSystemMessage: true,
        ...settings.capabilities,
      },
    },
    // Errors are mapped here, where the key is known, so none can carry it out (runChatBatch maps again: a no-op).
    doSubmit: async (requests, options) =>
      sdkCall('openai', await getClient(), options?.signal, async (client) => {
        const jsonl = requests
          .map((r) => JSON.stringify({ custom_id: r.customId, method: 'POST', url: '/v1/chat/completions', body: toOpenAIBatchBody(model, r) }))
          .join('\n');
        const file = await client.files.create(
          { file: new File([`${jsonl}\n`], `batch-${options?.submissionKey ?? Date.now()}.jsonl`), purpose: 'batch' },
          reqOpts(options?.signal),
        );
        const batch = await client.batches.create(
          {
            input_file_id: file.id,
            endpoint: '/v1/chat/completions',
            completion_window: settings.completionWindow ?? '24h',
            metadata: {
              ...settings.metadata,
              ...(options?.submissionKey ? { [OPENAI_BATCH_SUBMISSION_METADATA]: options.submissionKey } : {}),
            },
          },
          reqOpts(options?.signal),
        );
        return { batchId: batch.id };
      }),
    doFindBatch: async (submissionKey, options) =>
      sdkCall('openai', await getClient(), options?.signal, async (client) => {
        let seen = 0;
        // Recent batches come first; a lost submit is at most minutes old.
        for await (const batch of client.batches.list({ limit: 100 }, reqOpts(options?.signal))) {
          if (batch.metadata?.[OPENAI_BATCH_SUBMISSION_METADATA] === submissionKey) return { batchId: batch.id };
          if (++seen >= 200) break;
        }
        return undefined;
      }),
    async doRetrieve(batchId, options) {
      const batch = await sdkCall('openai', await getClient(), options?.signal, (client) => client.batches.retrieve(batchId, reqOpts(options?.signal)));
      const total = batch.request_counts?.total ?? 0;
      const succeeded = batch.request_counts?.completed ?? 0;
      const failed = batch.request_counts?.failed ?? 0;
      const errors = batch.errors?.data?.map((e) => `${e.line !== undefined && e.line !== null ? `line ${e.line}: ` : ''}${e.message ?? e.code ?? ''}`);
      return {
        batchId,
        status: STATUS[batch.status] ?? 'in_progress',
        counts: { total, succeeded, failed, processing: Math.max(0, total - succeeded - failed) },
        ...(errors?.length ? { error: errors.join('; ') } : {}),
      };
    },
    async *doResults(batchId, options) {
      yield* sdkStream('openai', await getClient(), options?.signal, async function* (client) {
        const batch = await client.batches.retrieve(batchId, reqOpts(options?.signal));
        for (const fileId of [batch.output_file_id, batch.error_file_id]) {
          if (!fileId) continue;
          const response = await client.files.content(fileId, reqOpts(options?.signal));
          for await (const line of readLines(response.body)) {
            const item = parseOpenAIBatchLine(line);
            if (item) yield item;
          }
        }
      });
    },
    async doCancel(batchId, options) {
      await sdkCall('openai', await getClient(), options?.signal, (client) => client.batches.cancel(batchId, reqOpts(options?.signal)));
    },
  };
}
