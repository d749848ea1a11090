export { cache } from './cache.js';
export type { CacheOptions, CacheMiddleware } from './cache.js';
export { canonicalJson, chatCacheKey, CHAT_CACHE_KEY_VERSION } from './cacheKey.js';
export type { ChatCacheKeyInput } from './cacheKey.js';
export { isChatCacheEntry } from './cacheStore.js';
export type { ChatCacheEntry, ChatCacheStore } from './cacheStore.js';
export { createDiskCache } from './createDiskCache.js';
export type { DiskCacheOptions, DiskCacheStore } from './createDiskCache.js';
export { createMemoryCache } from './createMemoryCache.js';
