import { InvalidArgumentError } from '../../errors.js';
import type { DoGenerateResult, Usage } from '../chat/chatModel.js';
import type { ChatMiddleware } from '../chat/wrapChatModel.js';
import { chatCacheKey } from './cacheKey.js';
import type { ChatCacheEntry, ChatCacheStore } from './cacheStore.js';

/** Options of {@link cache}. */
export interface CacheOptions {
  store: ChatCacheStore;
  /** `read-write` (default), `read-only` (never writes) or `write-only` (refreshes entries). */
  mode?: 'read-write' | 'read-only' | 'write-only';
  /** Label recorded in `middleware` descriptions (e.g. the cache directory). */
  label?: string;
}

/** A cache middleware with hit/miss counters. */
export interface CacheMiddleware extends ChatMiddleware {
  readonly stats: { hits: number; misses: number; writes: number };
}

/**
 * Caches each sample under {@link chatCacheKey} (provider, model, messages, parameters, sample
 * index). A call whose samples are all cached makes no request and returns
 * `providerMetadata.cached = true`; otherwise only the missing samples are requested.
 * Concurrent identical calls in one process share one request. Put it outermost so cache
 * hits skip rate limits and concurrency slots.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [cache({ store: createDiskCache({ dir: '.cache/chat' }) }), retry()] });
 * ```
 */
export function cache(options: CacheOptions): CacheMiddleware {
  const store = options?.store;
  if (!store || typeof store.get !== 'function' || typeof store.set !== 'function') {
    throw new InvalidArgumentError('store', 'a ChatCacheStore ({ get, set })', store);
  }
  const mode = options.mode ?? 'read-write';
  const read = mode !== 'write-only';
  const write = mode !== 'read-only';
  const stats = { hits: 0, misses: 0, writes: 0 };
  const inflight = new Map<string, { promise: Promise<DoGenerateResult>; signal: AbortSignal | undefined }>();

  return {
    name: 'cache',
    options: { mode, ...(options.label ? { label: options.label } : {}) },
    stats,
    async wrapGenerate({ options: call, next, model }) {
      const first = call.sampleIndex ?? 0;
      const keys = Array.from({ length: call.n }, (_, i) =>
        chatCacheKey({ provider: model.provider, modelId: model.modelId, options: call, sampleIndex: first + i }),
      );
      const flightKey = keys.join(',');
      const running = inflight.get(flightKey);
      if (running) {
        try {
          return await running.promise;
        } catch (error) {
          // The call we joined was cancelled by *its* caller; ours is still wanted, so run it.
          if (!running.signal?.aborted || call.signal?.aborted) throw error;
        }
      }
      const work = (async (): Promise<DoGenerateResult> => {
        const cached: Array<ChatCacheEntry | undefined> = read ? await Promise.all(keys.map((k) => store.get(k))) : keys.map(() => undefined);
        const missing = keys.flatMap((_, i) => (cached[i] ? [] : [i]));
        stats.hits += keys.length - missing.length;
        stats.misses += missing.length;
        if (missing.length === 0) {
          const usage: Usage = { inputTokens: 0, outputTokens: 0 };
          for (const e of cached) {
            usage.inputTokens += e!.usage.inputTokens;
            usage.outputTokens += e!.usage.outputTokens;
          }
          return {
            choices: cached.map((e) => ({ ...e!.choice })),
            usage,
            warnings: [],
            ...(cached[0]!.response ? { response: cached[0]!.response } : {}),
            providerMetadata: { cached: true },
          };
        }
        // Ask only for what is missing; the provider does not care which indices they get.
        const fresh = await next({ ...call, n: missing.length, sampleIndex: first + missing[0]! });
        const choices = cached.map((e) => (e ? { ...e.choice } : undefined));
        const share = (total: number) => Math.round(total / Math.max(1, fresh.choices.length));
        const createdAt = new Date().toISOString();
        const writes: Promise<void>[] = [];
        missing.forEach((index, j) => {
          const choice = fresh.choices[j];
          if (!choice) return;
          choices[index] = choice;
          if (!write) return;
          const entry: ChatCacheEntry = {
            version: 1,
            key: keys[index]!,
            provider: model.provider,
            modelId: model.modelId,
            sampleIndex: first + index,
            choice: { text: choice.text, finishReason: choice.finishReason, ...(choice.reasoning !== undefined ? { reasoning: choice.reasoning } : {}) },
            usage: { inputTokens: share(fresh.usage.inputTokens), outputTokens: share(fresh.usage.outputTokens) },
            ...(fresh.response ? { response: fresh.response } : {}),
            createdAt,
          };
          writes.push(store.set(keys[index]!, entry).then(() => void stats.writes++));
        });
        await Promise.all(writes);
        return {
          ...fresh,
          choices: choices.filter((c): c is NonNullable<typeof c> => c !== undefined),
          providerMetadata: { ...fresh.providerMetadata, cached: false, cachedSamples: keys.length - missing.length },
        };
      })();
      const flight = { promise: work, signal: call.signal };
      inflight.set(flightKey, flight);
      try {
        return await work;
      } finally {
        if (inflight.get(flightKey) === flight) inflight.delete(flightKey);
      }
    },
  };
}
