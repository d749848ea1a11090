import pRetry from 'p-retry';
import { AbortError, APICallError } from '../../errors.js';
import { sleep as defaultSleep, toAbortError } from '../../util/abort.js';

/**
 * The retry vocabulary of every provider call: the chat `retry()` middleware, `finetune({ retry })`,
 * `runChatBatch({ retry })` and `cancel*({ retry })` all take these names.
 */
export interface RetrySettings {
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** First backoff delay in ms; doubles each retry. */
  minDelayMs?: number;
  /** Backoff ceiling in ms. A server's `Retry-After` may ask for more (up to `maxRetryAfterMs`). */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured, in ms (a server asking for more gets this). */
  maxRetryAfterMs?: number;
  /** Randomize each backoff (×1..2) to spread retries from many workers. */
  randomize?: boolean;
}

/** What {@link retryWithBackoff} needs besides the settings, all resolved by the caller. */
export interface RetryWithBackoffOptions extends Required<RetrySettings> {
  /** Whether a failure may succeed if tried again. */
  isRetryable: (error: unknown) => boolean;
  signal?: AbortSignal | undefined;
  /** Called before each retry (for logs and counters). */
  onRetry?: ((info: { error: unknown; attempt: number; retriesLeft: number; waitMs: number }) => void) | undefined;
  /** Sleep used for `Retry-After` waits; injectable so tests can scale time. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/**
 * Internal: the one retry loop of the provider layer (p-retry underneath). Exponential backoff
 * from `minDelayMs`, capped at `maxDelayMs`; a server's `Retry-After` (`APICallError.retryAfterMs`)
 * is honoured by waiting out the rest on top of the backoff; non-retryable errors and an abort
 * stop at once (an abort always surfaces as `AbortError`).
 */
export async function retryWithBackoff<T>(fn: () => Promise<T>, options: RetryWithBackoffOptions): Promise<T> {
  const { maxRetries, minDelayMs, maxDelayMs, maxRetryAfterMs, randomize, signal } = options;
  const sleep = options.sleep ?? defaultSleep;
  try {
    return await pRetry(fn, {
      retries: maxRetries,
      factor: 2,
      minTimeout: minDelayMs,
      maxTimeout: maxDelayMs,
      randomize,
      ...(signal ? { signal } : {}),
      shouldRetry: async ({ error, attemptNumber, retriesLeft, retriesConsumed }) => {
        if (signal?.aborted || !options.isRetryable(error)) return false;
        // p-retry waits `backoff` next; top it up to what the server asked for.
        const backoff = Math.min(maxDelayMs, minDelayMs * 2 ** retriesConsumed);
        const asked = APICallError.isInstance(error) && error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, maxRetryAfterMs) : 0;
        options.onRetry?.({ error, attempt: attemptNumber, retriesLeft, waitMs: Math.max(asked, backoff) });
        if (asked > backoff) await sleep(asked - backoff, signal);
        return true;
      },
    });
  } catch (error) {
    if (signal?.aborted && !AbortError.isInstance(error)) throw toAbortError(signal.reason);
    throw error;
  }
}
