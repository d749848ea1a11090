import pRetry, { AbortError as PRetryAbortError } from 'p-retry';
import { APICallError, NegationNeglectError, TimeoutError } from '../../errors.js';
import { assertNonNegativeInteger } from '../../util/assert.js';
import { sleep as defaultSleep, toAbortError } from '../../util/abort.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Options of {@link retry}. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 4. */
  retries?: number;
  /** First backoff in ms; doubles each retry. Default 1000. */
  minTimeoutMs?: number;
  /** Backoff cap in ms. Default 60 000. */
  maxTimeoutMs?: number;
  /** Longest `Retry-After` honoured, in ms (a server asking for more gets this). Default 120 000. */
  maxRetryAfterMs?: number;
  /** Randomize backoff (×1..2) to spread retries from many workers. Default true. */
  randomize?: boolean;
  /** Decides retryability; default: `APICallError.isRetryable` or a `TimeoutError`. */
  isRetryable?: (error: unknown) => boolean;
  /** Called before each retry (for logs and counters). */
  onRetry?: (info: { error: unknown; attempt: number; retriesLeft: number; waitMs: number }) => void;
  /** Sleep used for `Retry-After` waits; injectable so tests can scale time. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Default retry policy: retryable API errors and per-attempt timeouts.
 *
 * @example
 * ```ts
 * retry({ isRetryable: (e) => isRetryableError(e) || (APICallError.isInstance(e) && e.statusCode === 400) });
 * ```
 */
export function isRetryableError(error: unknown): boolean {
  if (APICallError.isInstance(error)) return error.isRetryable;
  return TimeoutError.isInstance(error);
}

/**
 * Retries failed calls with exponential backoff (p-retry). Honours `Retry-After` /
 * `retry-after-ms` via `APICallError.retryAfterMs`, stops at once on non-retryable errors
 * (400, 401, 404, ...) and on abort. The adapters turn the SDKs' own retries off, so this is
 * the only retry loop.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [retry({ retries: 6, minTimeoutMs: 500 }), timeout({ ms: 60_000 })] });
 * ```
 */
export function retry(options: RetryOptions = {}): ChatMiddleware {
  const retries = options.retries ?? 4;
  const minTimeoutMs = options.minTimeoutMs ?? 1000;
  const maxTimeoutMs = options.maxTimeoutMs ?? 60_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const randomize = options.randomize ?? true;
  assertNonNegativeInteger('retries', retries);
  assertNonNegativeInteger('minTimeoutMs', minTimeoutMs);
  assertNonNegativeInteger('maxTimeoutMs', maxTimeoutMs);
  assertNonNegativeInteger('maxRetryAfterMs', maxRetryAfterMs);
  const isRetryable = options.isRetryable ?? isRetryableError;
  const sleep = options.sleep ?? defaultSleep;
  const factor = 2;

  return {
    name: 'retry',
    options: { retries, minTimeoutMs, maxTimeoutMs, maxRetryAfterMs, randomize },
    async wrapGenerate({ options: call, next }) {
      const signal = call.signal;
      try {
        return await pRetry(
          async () => {
            try {
              return await next(call);
            } catch (error) {
              if (signal?.aborted || !isRetryable(error)) throw new PRetryAbortError(error as Error);
              throw error;
            }
          },
          {
            retries,
            factor,
            minTimeout: minTimeoutMs,
            maxTimeout: maxTimeoutMs,
            randomize,
            ...(signal ? { signal } : {}),
            onFailedAttempt: async ({ error, attemptNumber, retriesLeft, retriesConsumed }) => {
              if (retriesLeft <= 0) return;
              const backoff = Math.min(maxTimeoutMs, minTimeoutMs * factor ** retriesConsumed);
              const asked = APICallError.isInstance(error) && error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, maxRetryAfterMs) : 0;
              options.onRetry?.({ error, attempt: attemptNumber, retriesLeft, waitMs: Math.max(asked, backoff) });
              // p-retry then waits `backoff` itself; top it up to what the server asked for.
              if (asked > backoff) await sleep(asked - backoff, signal);
            },
          },
        );
      } catch (error) {
        if (signal?.aborted && !(NegationNeglectError.isInstance(error) && error.code === 'aborted')) throw toAbortError(signal.reason);
        throw error;
      }
    },
  };
}
