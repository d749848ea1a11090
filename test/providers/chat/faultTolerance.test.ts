/**
 * The provider layer's required results at scale: 10 000 requests through the real `openai`
 * client at concurrency 64 with 20 % injected faults, a cached rerun with zero HTTP calls, and
 * an aborted run that stops promptly and leaves the cache valid.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, TimeoutError } from '../../../src/errors.js';
import type { ChatMiddleware, ChatModel } from '../../../src/providers/index.js';
import {
  cache,
  chatCacheKey,
  concurrencyLimit,
  createDiskCache,
  createOpenAI,
  generateText,
  isChatCacheEntry,
  retry,
  timeout,
  usageTracker,
  wrapChatModel,
} from '../../../src/providers/index.js';
import type { FaultPlan } from '../../servers/faultServer.js';
import type { OpenAIChatServer } from '../../servers/openaiChatServer.js';
import { startOpenAIChatServer } from '../../servers/openaiChatServer.js';

const TOTAL = 10_000;
// Generous so that only injected slow responses time out, even on a loaded 2-core machine.
const ATTEMPT_TIMEOUT_MS = 5000;
const TEST_TIMEOUT_MS = 240_000;
const CONCURRENCY = 64;
const FAULTS: FaultPlan = {
  rate: 0.2,
  seed: 20260521,
  // Slow responses are held until the client's timeout fires, so they are kept rare to keep the suite fast.
  kinds: { 'rate-limit': 30, 'server-error': 20, unavailable: 20, drop: 15, malformed: 14.5, slow: 0.5 },
  retryAfter: '0',
  retryAfterMs: '1',
  maxConsecutive: 3,
};

let server: OpenAIChatServer;
let dir: string;

beforeAll(async () => {
  server = await startOpenAIChatServer({ apiKey: 'sk-scale-test-000000000' });
  dir = await mkdtemp(join(tmpdir(), 'nn-chat-cache-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const question = (i: number) => [{ role: 'user' as const, content: `question ${i}` }];

/**
 * What the client saw per attempt, keyed by question: answers it accepted and attempts it gave up
 * on by timeout. The server counts an answer once it has written it, so on a loaded machine an
 * answer can be counted there although the client (same starved event loop) had already timed out
 * the attempt and retried; only this record tells such an abandoned answer from a real duplicate.
 */
function attemptLog() {
  const answered = new Map<string, number>();
  const timedOut = new Map<string, number>();
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const middleware: ChatMiddleware = {
    name: 'attemptLog',
    options: {},
    async wrapGenerate({ options, next }) {
      const key = options.messages.at(-1)!.content as string;
      try {
        const result = await next(options);
        bump(answered, key);
        return result;
      } catch (error) {
        if (TimeoutError.isInstance(error)) bump(timedOut, key);
        throw error;
      }
    },
  };
  return { middleware, answered, timedOut };
}

function stack(cacheDir: string, log = attemptLog()) {
  const base = createOpenAI({ apiKey: 'sk-scale-test-000000000', baseURL: server.baseURL, providerId: 'loopback' })('scale-model');
  const usage = usageTracker({ prices: { 'scale-model': { inputPerMillion: 1, outputPerMillion: 2 } } });
  const store = createDiskCache({ dir: cacheDir });
  const cacheLayer = cache({ store });
  const model = wrapChatModel({
    model: base,
    middleware: [usage, cacheLayer, concurrencyLimit({ max: CONCURRENCY }), retry({ maxRetries: 8, minDelayMs: 1, maxDelayMs: 4, randomize: false }), log.middleware, timeout({ ms: ATTEMPT_TIMEOUT_MS })],
  });
  return { model, usage, store, cacheLayer, base, log };
}

async function expectCacheValid(cacheDir: string, base: ChatModel, expectedCount?: number) {
  const store = createDiskCache({ dir: cacheDir });
  const keys = await store.keys();
  if (expectedCount !== undefined) expect(keys.length).toBe(expectedCount);
  const byKey = new Map<string, number>();
  for (let i = 0; i < TOTAL; i++) {
    byKey.set(chatCacheKey({ provider: base.provider, modelId: base.modelId, options: { messages: question(i) }, sampleIndex: 0 }), i);
  }
  for (const key of keys) {
    const entry: unknown = JSON.parse(await readFile(store.pathFor(key), 'utf8'));
    expect(isChatCacheEntry(entry, key)).toBe(true);
    const i = byKey.get(key);
    expect(i, `cache file ${key} belongs to no request`).toBeDefined();
    expect((entry as { choice: { text: string } }).choice.text).toBe(`reply to: question ${i} #0`);
  }
  // no temp files left behind
  return keys;
}

describe('10 000 requests at concurrency 64 with 20 % faults', () => {
  const cacheDir = () => join(dir, 'main');

  it('answers every request exactly once, none lost or duplicated, cache consistent', async () => {
    server.resetStats();
    server.setFaults(FAULTS);
    const { model, usage, cacheLayer, base, log } = stack(cacheDir());
    const results = await Promise.all(Array.from({ length: TOTAL }, (_, i) => generateText({ model, messages: question(i) })));
    // every call got its own answer
    results.forEach((r, i) => expect(r.text).toBe(`reply to: question ${i} #0`));
    const s = server.stats;
    const injected = Object.values(s.faults).reduce((a, b) => a + b, 0);
    // 20 % of attempts are faulted (a little less: a 4th consecutive fault is never injected)
    expect(injected / s.requests).toBeGreaterThan(0.18);
    expect(injected / s.requests).toBeLessThan(0.22);
    for (const kind of Object.keys(FAULTS.kinds!)) expect(s.faults[kind as keyof typeof s.faults], kind).toBeGreaterThan(0);
    // client side: exactly one accepted answer per request
    expect(log.answered.size).toBe(TOTAL);
    for (const [key, n] of log.answered) expect(n, key).toBe(1);
    // every slow response was given up on by timeout (it is held far longer than the limit)
    const timeouts = [...log.timedOut.values()].reduce((a, b) => a + b, 0);
    expect(timeouts).toBeGreaterThanOrEqual(s.faults.slow);
    // server side: each request key succeeded once, plus only answers the client had abandoned by
    // timeout (a starved event loop on a loaded machine); every other extra answer is a duplicate
    expect(s.byKey.size).toBe(TOTAL);
    let abandoned = 0;
    for (const [key, k] of s.byKey) {
      const timedOut = log.timedOut.get((JSON.parse(key) as { content: string }[]).at(-1)!.content) ?? 0;
      expect(k.successes, key).toBeGreaterThanOrEqual(1);
      expect(k.successes - 1, `${key}: answers beyond the first without a timed-out attempt`).toBeLessThanOrEqual(timedOut);
      abandoned += k.successes - 1;
    }
    expect(abandoned).toBeLessThanOrEqual(timeouts - s.faults.slow);
    expect(s.successes).toBe(TOTAL + abandoned);
    expect(s.requests).toBe(s.successes + injected);
    expect(cacheLayer.stats).toMatchObject({ hits: 0, misses: TOTAL, writes: TOTAL });
    const summary = usage.summary();
    expect(summary.calls).toBe(TOTAL);
    expect(summary.failedCalls).toBe(0);
    expect(summary.costUsd).toBeGreaterThan(0);
    await expectCacheValid(cacheDir(), base, TOTAL);
  }, TEST_TIMEOUT_MS);

  it('a cached rerun makes zero HTTP calls', async () => {
    server.resetStats();
    const { model, usage } = stack(cacheDir());
    const results = await Promise.all(Array.from({ length: TOTAL }, (_, i) => generateText({ model, messages: question(i) })));
    expect(server.stats.requests).toBe(0);
    results.forEach((r, i) => {
      expect(r.text).toBe(`reply to: question ${i} #0`);
      expect(r.providerMetadata.cached).toBe(true);
    });
    expect(usage.summary()).toMatchObject({ calls: 0, cachedCalls: TOTAL, costUsd: 0 });
  }, TEST_TIMEOUT_MS);

  it('an aborted run stops promptly and leaves the cache valid', async () => {
    const abortDir = join(dir, 'aborted');
    const controller = new AbortController();
    const ABORT_AT = 1500;
    let requestsAtAbort = 0;
    const aborting = await startOpenAIChatServer({
      faults: FAULTS,
      onRequest(stats) {
        if (stats.requests === ABORT_AT) {
          requestsAtAbort = stats.requests;
          controller.abort(new Error('user pressed Ctrl-C'));
        }
      },
    });
    try {
      const base = createOpenAI({ apiKey: 'sk-abort-test-00000000', baseURL: aborting.baseURL, providerId: 'loopback' })('scale-model');
      const model = wrapChatModel({
        model: base,
        middleware: [cache({ store: createDiskCache({ dir: abortDir }) }), concurrencyLimit({ max: CONCURRENCY }), retry({ maxRetries: 8, minDelayMs: 1, maxDelayMs: 4 }), timeout({ ms: ATTEMPT_TIMEOUT_MS })],
      });
      const settled = await Promise.allSettled(
        Array.from({ length: TOTAL }, (_, i) => generateText({ model, messages: question(i), signal: controller.signal })),
      );
      expect(controller.signal.aborted).toBe(true);
      const afterSettle = aborting.stats.requests;
      // Only calls already in flight (at most one per concurrency slot) can reach the server after the abort.
      expect(afterSettle).toBeLessThanOrEqual(requestsAtAbort + CONCURRENCY);
      const fulfilled = settled.filter((s) => s.status === 'fulfilled');
      const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
      expect(rejected.length).toBeGreaterThan(TOTAL / 2);
      for (const r of rejected) expect(r.reason).toBeInstanceOf(AbortError);
      // Requests already written before the abort may still be read by the server after the
      // promises settle; let sockets drain, then the bound must still hold (no new calls).
      for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(aborting.stats.requests).toBeLessThanOrEqual(requestsAtAbort + CONCURRENCY);
      const keys = await expectCacheValid(abortDir, base);
      expect(keys.length).toBe(fulfilled.length);
    } finally {
      await aborting.close();
    }
  }, TEST_TIMEOUT_MS);
});
