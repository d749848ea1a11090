import { describe, expect, it } from 'vitest';
import { APICallError, AbortError, InvalidArgumentError, TimeoutError } from '../../../src/errors.js';
import type { ChatMiddleware } from '../../../src/providers/index.js';
import {
  cache,
  concurrencyLimit,
  createMemoryCache,
  generateText,
  rateLimit,
  retry,
  timeout,
  usageTracker,
  withDefaults,
  wrapChatModel,
} from '../../../src/providers/index.js';
import { fakeChatModel, hang } from '../../helpers/fakeChatModel.js';

const msg = (content: string) => [{ role: 'user' as const, content }];
const retryable = (status = 503, retryAfterMs?: number) =>
  new APICallError('boom', { provider: 'fake', statusCode: status, isRetryable: status >= 500 || status === 429, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });

describe('wrapChatModel', () => {
  it('runs middleware outermost first and describes the stack', async () => {
    const order: string[] = [];
    const tag = (name: string): ChatMiddleware => ({
      name,
      options: { name },
      async wrapGenerate({ options, next }) {
        order.push(`${name}>`);
        const r = await next(options);
        order.push(`<${name}`);
        return r;
      },
    });
    const base = fakeChatModel();
    const inner = wrapChatModel({ model: base, middleware: [tag('b'), tag('c')] });
    const model = wrapChatModel({ model: inner, middleware: [tag('a')] });
    await generateText({ model, messages: msg('x') });
    expect(order).toEqual(['a>', 'b>', 'c>', '<c', '<b', '<a']);
    expect(model.middleware.map((m) => m.name)).toEqual(['a', 'b', 'c']);
    expect(model.baseModel).toBe(base);
    expect(model.capabilities).toBe(base.capabilities);
    expect(() => wrapChatModel({ model: base, middleware: [{} as ChatMiddleware] })).toThrow(InvalidArgumentError);
  });

  it('withDefaults stacks usage, cache, concurrency, rate limit, retry, timeout with recorded options', () => {
    const model = withDefaults(fakeChatModel(), { cacheStore: createMemoryCache(), usage: usageTracker(), requestsPerMinute: 100, concurrency: 8 });
    expect(model.middleware).toEqual([
      { name: 'usageTracker', options: expect.any(Object) },
      { name: 'cache', options: { mode: 'read-write' } },
      { name: 'concurrencyLimit', options: { max: 8 } },
      { name: 'rateLimit', options: { requestsPerMinute: 100 } },
      { name: 'retry', options: expect.objectContaining({ maxRetries: 4 }) },
      { name: 'timeout', options: { ms: 120_000 } },
    ]);
  });
});

describe('concurrencyLimit', () => {
  it('never exceeds max and runs everything', async () => {
    let active = 0;
    let peak = 0;
    const base = fakeChatModel({ generate: async (o) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setImmediate(r));
      active--;
      return { choices: [{ text: o.messages[0]!.content, finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
    } });
    const model = wrapChatModel({ model: base, middleware: [concurrencyLimit({ max: 3 })] });
    const out = await Promise.all(Array.from({ length: 40 }, (_, i) => generateText({ model, messages: msg(String(i)) })));
    expect(out.map((r) => r.text)).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    expect(peak).toBe(3);
    expect(() => concurrencyLimit({ max: 0 })).toThrow('Expected `max` to be a positive integer, got `0`');
  });

  it('an aborted waiter leaves the queue without running', async () => {
    const limiter = concurrencyLimit({ max: 1 });
    const release: Array<() => void> = [];
    const base = fakeChatModel({
      generate: () =>
        new Promise((resolve) =>
          release.push(() => resolve({ choices: [{ text: 'ok', finishReason: 'stop' }], usage: { inputTokens: 0, outputTokens: 0 }, warnings: [] })),
        ),
    });
    const model = wrapChatModel({ model: base, middleware: [limiter] });
    const first = generateText({ model, messages: msg('1') });
    const controller = new AbortController();
    const second = generateText({ model, messages: msg('2'), signal: controller.signal });
    await new Promise((r) => setImmediate(r));
    expect(limiter.pending).toBe(1);
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(AbortError);
    expect(limiter.pending).toBe(0);
    release[0]!();
    await first;
    expect(base.calls).toHaveLength(1);
    expect(limiter.active).toBe(0);
  });
});

describe('rateLimit', () => {
  it('spaces requests per minute using the injected clock', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const model = wrapChatModel({
      model: fakeChatModel(),
      middleware: [rateLimit({ requestsPerMinute: 60, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) })],
    });
    for (let i = 0; i < 60; i++) await generateText({ model, messages: msg('r') });
    expect(sleeps).toEqual([]); // the first minute's allowance is available at once
    await generateText({ model, messages: msg('r') });
    await generateText({ model, messages: msg('r') });
    expect(sleeps).toEqual([1000, 1000]); // then one per second
  });

  it('charges tokens and corrects the estimate with real usage', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const base = fakeChatModel({ generate: () => ({ choices: [{ text: 'x', finishReason: 'stop' }], usage: { inputTokens: 400, outputTokens: 600 }, warnings: [] }) });
    const model = wrapChatModel({
      model: base,
      middleware: [rateLimit({ tokensPerMinute: 6000, estimateTokens: () => 10, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) })],
    });
    for (let i = 0; i < 6; i++) await generateText({ model, messages: msg('t') }); // 6 × 1000 real tokens
    expect(sleeps).toEqual([]);
    await generateText({ model, messages: msg('t') });
    // bucket at 0 after corrections; 10 tokens at 100 tokens/s -> 100 ms
    expect(sleeps).toEqual([100]);
    expect(() => rateLimit({})).toThrow(InvalidArgumentError);
  });
});

describe('retry', () => {
  it('retries retryable errors and honours retryAfterMs', async () => {
    const waits: number[] = [];
    const base = fakeChatModel({ generate: (o, n) => {
      if (n === 1) throw retryable(429, 700);
      if (n === 2) throw new TimeoutError(5, 'attempt');
      return { choices: [{ text: 'finally', finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] };
    } });
    const retries: number[] = [];
    const model = wrapChatModel({
      model: base,
      middleware: [retry({ maxRetries: 3, minDelayMs: 1, randomize: false, sleep: async (ms) => void waits.push(ms), onRetry: (i) => retries.push(i.waitMs) })],
    });
    expect((await generateText({ model, messages: msg('x') })).text).toBe('finally');
    expect(base.calls).toHaveLength(3);
    expect(waits).toEqual([699]); // Retry-After 700 ms minus p-retry's own 1 ms backoff
    expect(retries).toEqual([700, 2]);
  });

  it('stops at once on a non-retryable error and after the last retry', async () => {
    const bad = fakeChatModel({ generate: () => {
      throw new APICallError('bad request', { provider: 'fake', statusCode: 400, isRetryable: false });
    } });
    await expect(generateText({ model: wrapChatModel({ model: bad, middleware: [retry({ maxRetries: 5, minDelayMs: 1 })] }), messages: msg('x') })).rejects.toMatchObject({ statusCode: 400 });
    expect(bad.calls).toHaveLength(1);
    const flaky = fakeChatModel({ generate: () => {
      throw retryable(500);
    } });
    await expect(generateText({ model: wrapChatModel({ model: flaky, middleware: [retry({ maxRetries: 2, minDelayMs: 1 })] }), messages: msg('x') })).rejects.toMatchObject({ statusCode: 500 });
    expect(flaky.calls).toHaveLength(3);
    // plain programming errors are not retried
    const buggy = fakeChatModel({ generate: () => {
      throw new TypeError('undefined is not a function');
    } });
    await expect(generateText({ model: wrapChatModel({ model: buggy, middleware: [retry({ minDelayMs: 1 })] }), messages: msg('x') })).rejects.toThrow(TypeError);
    expect(buggy.calls).toHaveLength(1);
  });

  it('stops waiting when aborted during a backoff', async () => {
    const controller = new AbortController();
    const base = fakeChatModel({ generate: () => {
      setImmediate(() => controller.abort());
      throw retryable(503);
    } });
    const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 5, minDelayMs: 60_000 })] });
    await expect(generateText({ model, messages: msg('x'), signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(base.calls).toHaveLength(1);
  });
});

describe('timeout', () => {
  it('throws TimeoutError for a hung call and AbortError when the caller aborts', async () => {
    const model = wrapChatModel({ model: fakeChatModel({ generate: (o) => hang(o.signal) }), middleware: [timeout({ ms: 20 })] });
    await expect(generateText({ model, messages: msg('x') })).rejects.toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    const slow = wrapChatModel({ model: fakeChatModel({ generate: (o) => hang(o.signal) }), middleware: [timeout({ ms: 60_000 })] });
    const p = generateText({ model: slow, messages: msg('x'), signal: controller.signal });
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(AbortError);
  });

  it('a timed-out attempt is retried', async () => {
    const base = fakeChatModel({
      generate: (o, n) => (n === 1 ? hang(o.signal) : { choices: [{ text: 'second', finishReason: 'stop' }], usage: { inputTokens: 0, outputTokens: 0 }, warnings: [] }),
    });
    const model = wrapChatModel({ model: base, middleware: [retry({ maxRetries: 1, minDelayMs: 1 }), timeout({ ms: 10 })] });
    expect((await generateText({ model, messages: msg('x') })).text).toBe('second');
  });
});

describe('usageTracker', () => {
  it('prices billed tokens, counts cache hits apart and lists unpriced models', async () => {
    const seen: number[] = [];
    const usage = usageTracker({ prices: { 'fake-1': { inputPerMillion: 2, outputPerMillion: 10 } }, onUsage: (e) => seen.push(e.costUsd ?? -1) });
    const model = wrapChatModel({ model: fakeChatModel(), middleware: [usage, cache({ store: createMemoryCache() })] });
    await generateText({ model, messages: msg('a') });
    await generateText({ model, messages: msg('a') }); // cached
    await generateText({ model, messages: msg('b') });
    const s = usage.summary();
    expect(s).toMatchObject({ calls: 2, cachedCalls: 1, inputTokens: 20, outputTokens: 10, cachedInputTokens: 10, cachedOutputTokens: 5 });
    expect(s.costUsd).toBeCloseTo((20 * 2 + 10 * 10) / 1e6, 12);
    expect(seen[1]).toBe(0);
    const unpriced = usageTracker({ prices: {} });
    await generateText({ model: wrapChatModel({ model: fakeChatModel(), middleware: [unpriced] }), messages: msg('u') });
    const u = unpriced.summary();
    expect(u.unpricedModels).toEqual(['fake/fake-1']);
    expect(u.byModel['fake/fake-1']!.costUsd).toBeUndefined();
  });
});

describe('parseRetryAfter and isRetryableStatus', () => {
  it('reads retry-after-ms, seconds and HTTP dates', async () => {
    const { parseRetryAfter, isRetryableStatus } = await import('../../../src/providers/index.js');
    const now = Date.parse('2026-11-25T03:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 25 Nov 2026 03:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter({ 'retry-after': '1' }, now)).toBe(1000);
    expect([408, 409, 429, 500, 503, 400, 401, 404, 422].map(isRetryableStatus)).toEqual([true, true, true, true, true, false, false, false, false]);
  });
});

describe('retry option names', () => {
  it('takes the shared vocabulary and the deprecated p-retry names as aliases', () => {
    expect(retry({ maxRetries: 2, minDelayMs: 5, maxDelayMs: 50 }).options).toMatchObject({ maxRetries: 2, minDelayMs: 5, maxDelayMs: 50 });
    expect(retry({ retries: 2, minTimeoutMs: 5, maxTimeoutMs: 50 }).options).toMatchObject({ maxRetries: 2, minDelayMs: 5, maxDelayMs: 50 });
    expect(() => retry({ maxRetries: -1 })).toThrow('Expected `maxRetries` to be a non-negative integer, got `-1`');
  });
});
