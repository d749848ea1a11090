import { APICallError } from '../../errors.js';
import { assertNonNegativeInteger } from '../../util/assert.js';
import { mapProviderError } from './mapProviderError.js';
import { retryWithBackoff, type RetrySettings } from './retryWithBackoff.js';

/** Retry policy for provider calls made by finetune and batch clients (the shared {@link RetrySettings}). */
export type ProviderRetryOptions = RetrySettings;

/**
 * Internal: runs `fn`, mapping what it throws with `mapProviderError` and retrying what is
 * temporary. Defaults: 4 retries, 500 ms doubling to 20 s, no randomization, any `Retry-After`
 * honoured. The SDKs' built-in retries must be off (`maxRetries: 0`).
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
  const settings = {
    maxRetries: options.maxRetries ?? 4,
    minDelayMs: options.minDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 20_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? Number.POSITIVE_INFINITY,
    randomize: options.randomize ?? false,
  };
  for (const [name, value] of Object.entries(settings)) if (Number.isFinite(value)) assertNonNegativeInteger(`retry.${name}`, value);
  return retryWithBackoff(
    async () => {
      try {
        return await fn();
      } catch (error) {
        throw mapProviderError(error, { provider, signal: options.signal, secrets: options.secrets });
      }
    },
    {
      ...settings,
      signal: options.signal,
      isRetryable: (error) => APICallError.isInstance(error) && error.isRetryable && (!options.retryIf || options.retryIf(error)),
    },
  );
}
