import { fork } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cache,
  canonicalJson,
  chatCacheKey,
  createDiskCache,
  createMemoryCache,
  generateSamples,
  generateText,
  isChatCacheEntry,
  wrapChatModel,
} from '../../../src/providers/index.js';
import { fakeChatModel } from '../../helpers/fakeChatModel.js';

const here = fileURLToPath(new URL('.', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nn-disk-cache-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const msg = (content: string) => [{ role: 'user' as const, content }];

describe('cache keys', () => {
  it('canonical JSON ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[1,null]},"b":1}');
  });

  it('depend on provider, model, messages, parameters and sample index only', () => {
    const base = { provider: 'openai', modelId: 'm', options: { messages: msg('q'), temperature: 1 }, sampleIndex: 0 };
    const k = chatCacheKey(base);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(chatCacheKey({ ...base, options: { temperature: 1, messages: msg('q') } })).toBe(k);
    expect(chatCacheKey({ ...base, options: { ...base.options, headers: { authorization: 'secret' } } as never })).toBe(k);
    for (const changed of [
      { ...base, provider: 'anthropic' },
      { ...base, modelId: 'm2' },
      { ...base, sampleIndex: 1 },
      { ...base, options: { ...base.options, temperature: 0.5 } },
      { ...base, options: { ...base.options, messages: msg('q2') } },
      { ...base, options: { ...base.options, providerOptions: { reasoning_effort: 'low' } } },
    ]) {
      expect(chatCacheKey(changed)).not.toBe(k);
    }
  });
});

describe('cache middleware', () => {
  it('caches each sample by index: a larger n only requests the new samples', async () => {
    const base = fakeChatModel({ capabilities: { maxSamplesPerCall: 2 } });
    const layer = cache({ store: createMemoryCache() });
    const model = wrapChatModel({ model: base, middleware: [layer] });
    const first = await generateSamples({ model, messages: msg('q'), n: 5, temperature: 1 });
    expect(first.samples).toEqual(['q #0', 'q #1', 'q #2', 'q #3', 'q #4']);
    const calls = () => base.calls.map((c) => [c.sampleIndex, c.n]).sort((a, b) => a[0]! - b[0]!);
    expect(calls()).toEqual([[0, 2], [2, 2], [4, 1]]);
    const second = await generateSamples({ model, messages: msg('q'), n: 7, temperature: 1 });
    expect(second.samples.slice(0, 5)).toEqual(first.samples);
    expect(second.cachedSamples).toBe(5);
    // chunks are [0,2] [2,2] [4,2] [6,1]: only the missing samples 5 and 6 are requested
    expect(base.calls.slice(3).map((c) => [c.sampleIndex, c.n]).sort((a, b) => a[0]! - b[0]!)).toEqual([[5, 1], [6, 1]]);
    // a different temperature is a different key
    await generateSamples({ model, messages: msg('q'), n: 1, temperature: 0 });
    expect(base.calls).toHaveLength(6);
  });

  it('shares one request between concurrent identical calls and marks hits', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const base = fakeChatModel({ generate: async (o) => {
      await gate;
      return { choices: [{ text: 'once', finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
    } });
    const model = wrapChatModel({ model: base, middleware: [cache({ store: createMemoryCache() })] });
    const calls = [generateText({ model, messages: msg('same') }), generateText({ model, messages: msg('same') })];
    release();
    const results = await Promise.all(calls);
    expect(results.map((r) => r.text)).toEqual(['once', 'once']);
    expect(base.calls).toHaveLength(1);
    const hit = await generateText({ model, messages: msg('same') });
    expect(hit.providerMetadata.cached).toBe(true);
    expect(results[0]!.providerMetadata.cached).toBe(false);
  });

  it("a caller sharing a request is not cancelled by the other caller's abort", async () => {
    const base = fakeChatModel({ generate: async (o, n) => {
      if (n === 1) {
        await new Promise((_, reject) => o.signal?.addEventListener('abort', () => reject(o.signal?.reason), { once: true }));
      }
      return { choices: [{ text: 'mine', finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
    } });
    const model = wrapChatModel({ model: base, middleware: [cache({ store: createMemoryCache() })] });
    const controller = new AbortController();
    const first = generateText({ model, messages: msg('shared'), signal: controller.signal });
    const second = generateText({ model, messages: msg('shared') });
    await new Promise((r) => setImmediate(r));
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: 'aborted' });
    expect((await second).text).toBe('mine');
    expect(base.calls).toHaveLength(2);
  });

  it('read-only mode never writes', async () => {
    const store = createMemoryCache();
    const model = wrapChatModel({ model: fakeChatModel(), middleware: [cache({ store, mode: 'read-only' })] });
    await generateText({ model, messages: msg('r') });
    expect(store.size).toBe(0);
  });
});

// What every store must do (misses, round trips, copies, concurrent writes, reopening, repairing an
// unreadable entry, each io mode): the ChatCacheStore conformance suite (test/conformance/). Here: the
// disk store's own layout and counters.
describe('createDiskCache', () => {
  it('writes sharded JSON files without headers or credentials', async () => {
    const cacheDir = join(dir, 'basic');
    const store = createDiskCache({ dir: cacheDir });
    const base = fakeChatModel();
    const model = wrapChatModel({ model: base, middleware: [cache({ store })] });
    const secret = 'sk-live-SHOULD-NOT-BE-STORED-123';
    await generateText({ model, messages: msg('hello'), headers: { authorization: `Bearer ${secret}` } });
    const keys = await store.keys();
    expect(keys).toHaveLength(1);
    const path = store.pathFor(keys[0]!);
    expect(path).toBe(join(cacheDir, keys[0]!.slice(0, 2), `${keys[0]}.json`));
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('authorization');
    expect(isChatCacheEntry(JSON.parse(text), keys[0])).toBe(true);
  });

  it('rejects an unknown io mode', () => {
    expect(() => createDiskCache({ dir: 'x', io: 'fast' as never })).toThrow("Expected `io` to be 'auto', 'sync' or 'async'");
  });

  it('counts unreadable entries, rewrites them through the middleware, and refuses keys that are not digests', async () => {
    const store = createDiskCache({ dir: join(dir, 'corrupt') });
    const base = fakeChatModel();
    const model = wrapChatModel({ model: base, middleware: [cache({ store })] });
    await generateText({ model, messages: msg('c') });
    const [key] = await store.keys();
    await writeFile(store.pathFor(key!), '{"version":1,"key":"trunc', 'utf8');
    const r = await generateText({ model, messages: msg('c') });
    expect(r.providerMetadata.cached).toBe(false);
    expect(store.corruptReads).toBe(1);
    expect(isChatCacheEntry(JSON.parse(await readFile(store.pathFor(key!), 'utf8')), key)).toBe(true);
    expect(() => store.pathFor('../../etc/passwd')).toThrow('Expected `key`');
  });

  it('two processes writing the same keys at once leave only complete entries', async () => {
    const bundle = join(dir, 'diskCache.bundle.mjs');
    await build({ entryPoints: [resolve(here, '../../../src/providers/cache/createDiskCache.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const cacheDir = join(dir, 'shared');
    const COUNT = 200;
    const run = (label: string) =>
      new Promise<{ label: string; reads: number; corrupt: number }>((resolvePromise, reject) => {
        const child = fork(join(here, 'fixtures/cacheWriter.mjs'), [bundle, cacheDir, label, String(COUNT)], { stdio: 'pipe' });
        let message: { label: string; reads: number; corrupt: number } | undefined;
        child.on('message', (m) => (message = m as typeof message));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 && message ? resolvePromise(message) : reject(new Error(`child ${label} exited ${code}`))));
      });
    const [a, b] = await Promise.all([run('A'), run('B')]);
    // every read in either process saw a complete entry (never a torn file)
    expect(a.corrupt + b.corrupt).toBe(0);
    expect(a.reads).toBe(COUNT * 3);
    expect(b.reads).toBe(COUNT * 3);
    const store = createDiskCache({ dir: cacheDir });
    const keys = await store.keys();
    expect(keys).toHaveLength(COUNT);
    for (const key of keys) {
      const entry: unknown = JSON.parse(await readFile(store.pathFor(key), 'utf8'));
      expect(isChatCacheEntry(entry, key)).toBe(true);
    }
    // no temp files left behind
    for (const shard of await readdir(cacheDir)) {
      expect((await readdir(join(cacheDir, shard))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });
});
