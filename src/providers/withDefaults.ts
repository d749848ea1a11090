import { cache } from './cache/cache.js';
import type { ChatCacheStore } from './cache/cacheStore.js';
import { createDiskCache } from './cache/createDiskCache.js';
import type { ChatModel } from './chat/chatModel.js';
import { concurrencyLimit } from './chat/concurrencyLimit.js';
import { rateLimit } from './chat/rateLimit.js';
import { retry } from './chat/retry.js';
import type { RetryOptions } from './chat/retry.js';
import { timeout } from './chat/timeout.js';
import type { UsageTrackerMiddleware } from './chat/usageTracker.js';
import type { ChatMiddleware, WrappedChatModel } from './chat/wrapChatModel.js';
import { wrapChatModel } from './chat/wrapChatModel.js';

/** Options of {@link withDefaults}; every layer can be tuned or switched off. */
export interface WithDefaultsOptions {
  /** Disk cache directory; or pass `cacheStore`. No cache when neither is set. */
  cacheDir?: string;
  cacheStore?: ChatCacheStore;
  /** Calls in flight at once. Default 16. */
  concurrency?: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Retry options, or `false` for none. Default `{ maxRetries: 4 }`. */
  retry?: RetryOptions | false;
  /** Per-attempt timeout in ms, or `false`. Default 120 000. */
  timeoutMs?: number | false;
  /** A tracker to record usage and cost (outermost, so it also counts cache hits). */
  usage?: UsageTrackerMiddleware;
}

/**
 * Stacks the usual layers around a model, outermost first: usage tracker, cache, concurrency
 * limit, rate limit, retry, timeout.
 *
 * @example
 * ```ts
 * const usage = usageTracker();
 * const model = withDefaults(openai('gpt-4.1-mini'), { cacheDir: '.cache/chat', concurrency: 64, usage });
 * ```
 */
export function withDefaults(model: ChatModel, options: WithDefaultsOptions = {}): WrappedChatModel {
  const layers: ChatMiddleware[] = [];
  if (options.usage) layers.push(options.usage);
  const store = options.cacheStore ?? (options.cacheDir ? createDiskCache({ dir: options.cacheDir }) : undefined);
  if (store) layers.push(cache({ store, ...(options.cacheDir ? { label: options.cacheDir } : {}) }));
  layers.push(concurrencyLimit({ max: options.concurrency ?? 16 }));
  if (options.requestsPerMinute !== undefined || options.tokensPerMinute !== undefined) {
    layers.push(
      rateLimit({
        ...(options.requestsPerMinute !== undefined ? { requestsPerMinute: options.requestsPerMinute } : {}),
        ...(options.tokensPerMinute !== undefined ? { tokensPerMinute: options.tokensPerMinute } : {}),
      }),
    );
  }
  if (options.retry !== false) layers.push(retry(options.retry ?? {}));
  const timeoutMs = options.timeoutMs ?? 120_000;
  if (timeoutMs !== false) layers.push(timeout({ ms: timeoutMs }));
  return wrapChatModel({ model, middleware: layers });
}
