import { mapProviderError } from './mapProviderError.js';

/** An official SDK client: both the `openai` and `@anthropic-ai/sdk` clients carry the key they send. */
export interface SdkClientWithKey {
  readonly apiKey?: string | null;
}

function mapped(provider: string, client: SdkClientWithKey, signal: AbortSignal | undefined, error: unknown): Error {
  // The client's own key, whether it came from settings, the environment or a user-supplied client:
  // a server may echo it (OpenAI's 401 does), and keys need not look like `sk-...`.
  const secrets = typeof client.apiKey === 'string' && client.apiKey !== '' ? [client.apiKey] : [];
  return mapProviderError(error, { provider, signal, secrets });
}

/**
 * Internal: runs one SDK call; what it throws comes out as `mapProviderError` maps it, with the
 * client's key scrubbed from messages and bodies.
 *
 * @example
 * ```ts
 * const batch = await sdkCall('openai', client, signal, (c) => c.batches.retrieve(id, { signal }));
 * ```
 */
export async function sdkCall<C extends SdkClientWithKey, T>(provider: string, client: C, signal: AbortSignal | undefined, fn: (client: C) => Promise<T>): Promise<T> {
  try {
    return await fn(client);
  } catch (error) {
    throw mapped(provider, client, signal, error);
  }
}

/**
 * Internal: {@link sdkCall} for a stream of items (result files read line by line).
 *
 * @example
 * ```ts
 * yield* sdkStream('anthropic', client, signal, (c) => readResults(c, batchId));
 * ```
 */
export async function* sdkStream<C extends SdkClientWithKey, T>(provider: string, client: C, signal: AbortSignal | undefined, fn: (client: C) => AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* fn(client);
  } catch (error) {
    throw mapped(provider, client, signal, error);
  }
}
