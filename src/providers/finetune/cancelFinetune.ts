import type { FinetuneClient, FinetuneJob } from './finetuneClient.js';
import { withProviderRetry, type ProviderRetryOptions } from '../shared/providerRetry.js';

/**
 * Cancels a finetuning job (with the usual retries) and returns its state afterwards. `finetune()`
 * never cancels on abort by itself, because stopping a paid job should be an explicit choice.
 *
 * @example
 * ```ts
 * const job = await cancelFinetune({ client, jobId: result.jobId });
 * console.log(job.status); // 'cancelled' (or a terminal status it had already reached)
 * ```
 */
export async function cancelFinetune(options: {
  client: FinetuneClient;
  jobId: string;
  signal?: AbortSignal;
  retry?: ProviderRetryOptions;
}): Promise<FinetuneJob> {
  const { client, jobId, signal } = options;
  return withProviderRetry(client.provider, () => client.doCancel(jobId, signal ? { signal } : {}), {
    ...options.retry,
    ...(signal ? { signal } : {}),
  });
}
