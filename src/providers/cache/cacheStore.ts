import type { DoGenerateResult, Usage } from '../chat/chatModel.js';

/** One cached sample. Contains no request headers or credentials. */
export interface ChatCacheEntry {
  version: 1;
  key: string;
  provider: string;
  modelId: string;
  sampleIndex: number;
  choice: DoGenerateResult['choices'][number];
  /** This sample's share of the original call's usage (what it cost when generated). */
  usage: Usage;
  response?: { id?: string; modelId?: string };
  /** ISO time of generation. */
  createdAt: string;
}

/** A key-value store for cache entries (disk, memory, or your own: Redis, S3...). */
export interface ChatCacheStore {
  /** Resolves undefined on a miss (and on an unreadable entry, which is then overwritten). */
  get(key: string): Promise<ChatCacheEntry | undefined>;
  set(key: string, entry: ChatCacheEntry): Promise<void>;
}

/**
 * Checks that a parsed value is a usable cache entry (for `key`, when given).
 *
 * @example
 * ```ts
 * const ok = isChatCacheEntry(JSON.parse(await readFile(store.pathFor(key), 'utf8')), key);
 * ```
 */
export function isChatCacheEntry(value: unknown, key?: string): value is ChatCacheEntry {
  const v = value as Partial<ChatCacheEntry> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    v.version === 1 &&
    typeof v.key === 'string' &&
    (key === undefined || v.key === key) &&
    !!v.choice &&
    typeof v.choice.text === 'string' &&
    typeof v.choice.finishReason === 'string' &&
    (v.choice.reasoning === undefined || typeof v.choice.reasoning === 'string') &&
    !!v.usage &&
    typeof v.usage.inputTokens === 'number' &&
    typeof v.usage.outputTokens === 'number'
  );
}
