import type { ProviderRetryOptions } from '../shared/providerRetry.js';
import { withProviderRetry } from '../shared/providerRetry.js';
import type { ChatBatchClient } from './chatBatchClient.js';

/**
 * Cancels provider batches (e.g. the ids `runChatBatch()` handed to `onBatchCreated`). Requests
 * already processed stay billed; the rest end as cancelled.
 *
 * @example
 * ```ts
 * await cancelChatBatch({ client, batchIds: JSON.parse(readFileSync('batches.json', 'utf8')) });
 * ```
 */
export async function cancelChatBatch(options: {
  client: ChatBatchClient;
  batchIds: readonly string[];
  signal?: AbortSignal;
  retry?: ProviderRetryOptions;
}): Promise<void> {
  const { client, signal } = options;
  for (const batchId of options.batchIds) {
    await withProviderRetry(client.provider, () => client.doCancel(batchId, signal ? { signal } : {}), {
      ...options.retry,
      ...(signal ? { signal } : {}),
    });
  }
}
