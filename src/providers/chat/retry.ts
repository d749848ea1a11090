import { APICallError, TimeoutError } from '../../errors.js';
import { assertNonNegativeInteger } from '../../util/assert.js';
import { retryWithBackoff, type RetrySettings } from '../shared/retryWithBackoff.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Options of {@link retry}: the shared provider retry vocabulary ({@link RetrySettings}) plus hooks. */
export interface RetryOptions extends RetrySettings {
  /** @deprecated Use `maxRetries`. */
  retries?: number;
  /** @deprecated Use `minDelayMs`. */
  minTimeoutMs?: number;
  /** @deprecated Use `maxDelayMs`. */
  maxTimeoutMs?: number;
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
 * Retries failed calls with exponential backoff. Honours `Retry-After` / `retry-after-ms` via
 * `APICallError.retryAfterMs`, stops at once on non-retryable errors (400, 401, 404, ...) and on
 * abort. Defaults: 4 retries, 1 s doubling to 60 s, randomized, `Retry-After` up to 120 s. The
 * adapters turn the SDKs' own retries off, so this is the only retry loop.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 6, minDelayMs: 500 }), timeout({ ms: 60_000 })] });
 * ```
 */
export function retry(options: RetryOptions = {}): ChatMiddleware {
  const settings = {
    maxRetries: options.maxRetries ?? options.retries ?? 4,
    minDelayMs: options.minDelayMs ?? options.minTimeoutMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? options.maxTimeoutMs ?? 60_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
    randomize: options.randomize ?? true,
  };
  assertNonNegativeInteger('maxRetries', settings.maxRetries);
  assertNonNegativeInteger('minDelayMs', settings.minDelayMs);
  assertNonNegativeInteger('maxDelayMs', settings.maxDelayMs);
  assertNonNegativeInteger('maxRetryAfterMs', settings.maxRetryAfterMs);
  const isRetryable = options.isRetryable ?? isRetryableError;

  return {
    name: 'retry',
    options: settings,
    wrapGenerate: ({ options: call, next }) =>
      retryWithBackoff(() => next(call), { ...settings, isRetryable, signal: call.signal, onRetry: options.onRetry, sleep: options.sleep }),
  };
}
