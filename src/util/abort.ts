import { AbortError } from '../errors.js';

/**
 * Throws `AbortError` if the signal is already aborted. Call at loop boundaries of long work.
 *
 * @example
 * ```ts
 * for (const item of items) { throwIfAborted(signal); await work(item); }
 * ```
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw toAbortError(signal.reason);
}

/**
 * Wraps an abort reason into an `AbortError` (keeps an existing one as is).
 *
 * @example
 * ```ts
 * signal.addEventListener('abort', () => reject(toAbortError(signal.reason)));
 * ```
 */
export function toAbortError(reason: unknown): AbortError {
  if (AbortError.isInstance(reason)) return reason;
  const message = reason instanceof Error && reason.message ? reason.message : 'The operation was aborted';
  return new AbortError(message, { cause: reason });
}

/**
 * Resolves after `ms` milliseconds, or rejects with `AbortError` when the signal fires first.
 *
 * @example
 * ```ts
 * await sleep(1000, signal);
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(toAbortError(signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(toAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
