import { TimeoutError } from '../../errors.js';
import { assertPositiveInteger } from '../../util/assert.js';
import { toAbortError } from '../../util/abort.js';
import { eitherSignal } from './scopedSignal.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Options of {@link timeout}. */
export interface TimeoutOptions {
  /** Limit per call attempt, in milliseconds. */
  ms: number;
}

/**
 * Aborts a call that takes longer than `ms` and throws `TimeoutError` (which `retry` treats as
 * retryable). Put it inside `retry` so each attempt gets its own limit.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 3 }), timeout({ ms: 30_000 })] });
 * ```
 */
export function timeout(options: TimeoutOptions): ChatMiddleware {
  assertPositiveInteger('ms', options?.ms);
  const { ms } = options;
  return {
    name: 'timeout',
    options: { ms },
    async wrapGenerate({ options: call, next }) {
      const parent = call.signal;
      if (parent?.aborted) throw toAbortError(parent.reason);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new TimeoutError(ms, 'The model call'));
      }, ms);
      try {
        return await next({ ...call, signal: eitherSignal(parent, controller.signal) });
      } catch (error) {
        if (parent?.aborted) throw toAbortError(parent.reason);
        if (timedOut) throw new TimeoutError(ms, 'The model call');
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
