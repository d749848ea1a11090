import pRetry from 'p-retry';
import { APICallError, NegationNeglectError } from '../../errors.js';
import { sleep, toAbortError } from '../../util/abort.js';
import { toProviderError } from './providerErrors.js';

/** Retry policy for provider calls made by finetune and batch clients. */
export interface ProviderRetryOptions {
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** First backoff delay in ms (default 500). */
  minDelayMs?: number;
  /** Backoff ceiling in ms (default 20_000). A server's `Retry-After` may exceed it. */
  maxDelayMs?: number;
}

/**
 * Internal: runs `fn` through p-retry. Errors are normalised to `APICallError`; only retryable
 * ones are retried, and a server's `Retry-After` is honoured by waiting out the remainder on top
 * of p-retry's own backoff. The SDKs' built-in retries must be off (`maxRetries: 0`).
 */
export async function withProviderRetry<T>(
  provider: string,
  fn: () => Promise<T>,
  options: ProviderRetryOptions & {
    signal?: AbortSignal | undefined;
    secrets?: readonly string[];
    /** Extra condition on top of `isRetryable`, e.g. "only when the server answered". */
    retryIf?: (error: APICallError) => boolean;
  } = {},
): Promise<T> {
  const minTimeout = options.minDelayMs ?? 500;
  const maxTimeout = options.maxDelayMs ?? 20_000;
  try {
    return await pRetry(
      async () => {
        try {
          return await fn();
        } catch (error) {
          throw toProviderError(error, provider, options.signal, options.secrets);
        }
      },
      {
        retries: options.maxRetries ?? 4,
        minTimeout,
        maxTimeout,
        factor: 2,
        randomize: false,
        ...(options.signal ? { signal: options.signal } : {}),
        shouldRetry: async ({ error, retriesConsumed }) => {
          if (!(APICallError.isInstance(error)) || !error.isRetryable) return false;
          if (options.retryIf && !options.retryIf(error)) return false;
          // p-retry will wait `planned` next; top it up to what the server asked for.
          const planned = Math.min(maxTimeout, minTimeout * 2 ** retriesConsumed);
          if (error.retryAfterMs !== undefined && error.retryAfterMs > planned) {
            await sleep(error.retryAfterMs - planned, options.signal);
          }
          return true;
        },
      },
    );
  } catch (error) {
    if (options.signal?.aborted && !(NegationNeglectError.isInstance(error))) throw toAbortError(options.signal.reason);
    throw error;
  }
}
