// The ChatCacheStore contract as one suite, run against every store by cacheStore.test.ts. A new store
// (Redis, S3, ...) adds a target there; what only one store has (the disk layout, its io modes' options)
// stays in that store's own test file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cache } from '../../src/providers/cache/cache.js';
import { chatCacheKey } from '../../src/providers/cache/cacheKey.js';
import { isChatCacheEntry, type ChatCacheEntry, type ChatCacheStore } from '../../src/providers/cache/cacheStore.js';
import { generateSamples } from '../../src/providers/chat/generateSamples.js';
import { wrapChatModel } from '../../src/providers/chat/wrapChatModel.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

/** What one store gives the suite. */
export interface CacheStoreFixture {
  store: ChatCacheStore;
  /** A new store over the same data (another process, later), for stores that persist. */
  reopen?(): ChatCacheStore;
  /** Damages the stored entry of `key` (a torn write), for stores where that can happen. */
  corrupt?(key: string): Promise<void>;
  close?(): Promise<void>;
}

const user = (content: string) => [{ role: 'user' as const, content }];

/** A real key (the cache middleware's digest) for a label. */
export function keyOf(label: string, sampleIndex = 0): string {
  return chatCacheKey({ provider: 'conformance', modelId: 'm-1', options: { messages: user(label) }, sampleIndex });
}

function entryFor(key: string, text: string): ChatCacheEntry {
  return {
    version: 1,
    key,
    provider: 'conformance',
    modelId: 'm-1',
    sampleIndex: 0,
    choice: { text, finishReason: 'stop' },
    usage: { inputTokens: 12, outputTokens: 34 },
    response: { id: 'resp-1', modelId: 'm-1-2026' },
    createdAt: '2026-12-05T07:00:00.000Z',
  };
}

/**
 * Registers the ChatCacheStore conformance tests for one store.
 *
 * @example
 * ```ts
 * cacheStoreConformance('createMemoryCache', async () => ({ store: createMemoryCache() }));
 * ```
 */
export function cacheStoreConformance(name: string, setup: () => Promise<CacheStoreFixture>): void {
  describe(`ChatCacheStore conformance: ${name}`, () => {
    let f: CacheStoreFixture;
    let label = 0;
    const fresh = (what: string) => keyOf(`${name} ${what} ${++label}`);
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(() => f?.close?.());

    it('a key never written is a miss', async () => {
      expect(await f.store.get(fresh('missing'))).toBeUndefined();
    });

    it('returns the entry it was given, every field, any text', async () => {
      const key = fresh('round trip');
      const entry = entryFor(key, 'Ünïcödé ✓ "quotes"\nnew line\t\u0000 and 🦀 ' + 'long '.repeat(2000));
      await f.store.set(key, entry);
      const back = await f.store.get(key);
      expect(back).toEqual(entry);
      expect(isChatCacheEntry(back, key)).toBe(true);
    });

    it('hands out copies: changing the entry given to set, or one get returned, changes nothing stored', async () => {
      const key = fresh('copies');
      const entry = entryFor(key, 'original');
      await f.store.set(key, entry);
      entry.choice.text = 'changed after set';
      const first = (await f.store.get(key))!;
      first.choice.text = 'changed after get';
      first.usage.inputTokens = 999;
      expect(await f.store.get(key)).toMatchObject({ choice: { text: 'original' }, usage: { inputTokens: 12 } });
    });

    it('a second set of a key replaces the first', async () => {
      const key = fresh('replace');
      await f.store.set(key, entryFor(key, 'first'));
      await f.store.set(key, entryFor(key, 'second'));
      expect((await f.store.get(key))?.choice.text).toBe('second');
    });

    it('keeps 300 entries written at once, each under its own key', async () => {
      const keys = Array.from({ length: 300 }, (_, i) => fresh(`many ${i}`));
      await Promise.all(keys.map((key, i) => f.store.set(key, entryFor(key, `entry ${i}`))));
      const back = await Promise.all(keys.map((key) => f.store.get(key)));
      expect(back.map((e) => e?.choice.text)).toEqual(keys.map((_, i) => `entry ${i}`));
    });

    it('concurrent sets of one key leave one whole entry, never a mix', async () => {
      const key = fresh('race');
      const texts = Array.from({ length: 20 }, (_, i) => `writer ${i} `.repeat(200));
      await Promise.all(texts.map((text) => f.store.set(key, entryFor(key, text))));
      const back = await f.store.get(key);
      expect(isChatCacheEntry(back, key)).toBe(true);
      expect(texts).toContain(back!.choice.text);
    });

    it('behind the cache middleware, a repeated request is answered from the store without a model call', async () => {
      const base = fakeChatModel();
      const prompt = `${name} middleware ${++label}`;
      const run = () => generateSamples({ model: wrapChatModel({ model: base, middleware: cache({ store: f.store }) }), messages: user(prompt), n: 3 });
      const first = await run();
      const again = await run();
      expect(again.samples).toEqual(first.samples);
      expect(again.cachedSamples).toBe(3);
      expect(base.calls).toHaveLength(3);
    });

    it('a reopened store reads what the first one wrote (stores that persist)', async (context) => {
      if (!f.reopen) return context.skip();
      const key = fresh('reopen');
      await f.store.set(key, entryFor(key, 'persisted'));
      expect((await f.reopen().get(key))?.choice.text).toBe('persisted');
    });

    it('an unreadable entry is a miss, and the next set repairs it (stores that can be damaged)', async (context) => {
      if (!f.corrupt) return context.skip();
      const key = fresh('corrupt');
      await f.store.set(key, entryFor(key, 'whole'));
      await f.corrupt(key);
      expect(await f.store.get(key)).toBeUndefined();
      await f.store.set(key, entryFor(key, 'repaired'));
      expect((await f.store.get(key))?.choice.text).toBe('repaired');
    });
  });
}
