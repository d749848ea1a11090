import type { ChatCacheEntry, ChatCacheStore } from './cacheStore.js';

/**
 * An in-memory cache store (per process; for tests and notebooks).
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [cache({ store: createMemoryCache() })] });
 * ```
 */
export function createMemoryCache(): ChatCacheStore & { readonly size: number; clear(): void } {
  const map = new Map<string, ChatCacheEntry>();
  return {
    async get(key) {
      const entry = map.get(key);
      return entry ? structuredClone(entry) : undefined;
    },
    async set(key, entry) {
      map.set(key, structuredClone(entry));
    },
    get size() {
      return map.size;
    },
    clear() {
      map.clear();
    },
  };
}
