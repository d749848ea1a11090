import { assertPositiveInteger } from '../../util/assert.js';
import { toAbortError } from '../../util/abort.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Options of {@link concurrencyLimit}. */
export interface ConcurrencyLimitOptions {
  /** Most calls in flight at once through this middleware instance. */
  max: number;
}

/** A concurrency-limit middleware that also reports its state. */
export interface ConcurrencyLimitMiddleware extends ChatMiddleware {
  /** Calls currently running. */
  readonly active: number;
  /** Calls waiting for a slot. */
  readonly pending: number;
}

/**
 * Lets at most `max` calls run at once; the rest wait in FIFO order. A waiting call whose
 * signal aborts leaves the queue at once. Share one instance between models to cap them jointly.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [concurrencyLimit({ max: 64 })] });
 * ```
 */
export function concurrencyLimit(options: ConcurrencyLimitOptions): ConcurrencyLimitMiddleware {
  assertPositiveInteger('max', options?.max);
  const { max } = options;
  let active = 0;
  const queue: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> | void => {
    if (signal?.aborted) throw toAbortError(signal.reason);
    if (active < max) {
      active++;
      return;
    }
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        active++;
        resolve();
      };
      const onAbort = () => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(toAbortError(signal?.reason));
      };
      queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  const release = () => {
    active--;
    const next = queue.shift();
    if (next) next();
  };

  return {
    name: 'concurrencyLimit',
    options: { max },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
    async wrapGenerate({ options: call, next }) {
      await acquire(call.signal);
      try {
        return await next(call);
      } finally {
        release();
      }
    },
  };
}
