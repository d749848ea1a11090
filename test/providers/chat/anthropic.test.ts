import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APICallError } from '../../../src/errors.js';
import { concurrencyLimit, createAnthropic, generateSamples, generateText, retry, timeout, wrapChatModel } from '../../../src/providers/index.js';
import type { AnthropicServer } from '../../servers/anthropicServer.js';
import { startAnthropicServer } from '../../servers/anthropicServer.js';

const KEY = 'sk-ant-test-ABCD1234secret';
let server: AnthropicServer;

beforeAll(async () => {
  server = await startAnthropicServer({ apiKey: KEY });
});
afterAll(() => server.close());

describe('createAnthropic over the real @anthropic-ai/sdk client', () => {
  it('maps system messages to `system` and always sends max_tokens', async () => {
    const anthropic = createAnthropic({ apiKey: KEY, baseURL: server.baseURL });
    const result = await generateText({
      model: anthropic('claude-test'),
      messages: [
        { role: 'system', content: 'Answer yes or no.' },
        { role: 'user', content: 'Is it true?' },
      ],
      stop: ['END'],
    });
    expect(result.text).toBe('reply to: Is it true? #0');
    expect(result.finishReason).toBe('stop');
    expect(result.response.id).toMatch(/^msg_/);
    const body = server.bodies.at(-1)!;
    expect(body).toMatchObject({ model: 'claude-test', system: 'Answer yes or no.', max_tokens: 1024, stop_sequences: ['END'] });
    expect(body.messages).toEqual([{ role: 'user', content: 'Is it true?' }]);
  });

  it('turns temperature/topP/seed into warnings instead of a 400 from the 2026-10-21 API', async () => {
    const anthropic = createAnthropic({ apiKey: KEY, baseURL: server.baseURL });
    const result = await generateText({
      model: anthropic('claude-test'),
      messages: [{ role: 'user', content: 'warm?' }],
      temperature: 0.7,
      topP: 0.9,
      seed: 1,
      maxTokens: 50,
    });
    expect(result.text).toBe('reply to: warm? #0');
    expect(result.warnings.map((w) => [w.type, w.setting])).toEqual([
      ['unsupported-setting', 'temperature'],
      ['unsupported-setting', 'topP'],
      ['unsupported-setting', 'seed'],
    ]);
    const body = server.bodies.at(-1)!;
    expect(body.max_tokens).toBe(50);
    expect('temperature' in body || 'top_p' in body).toBe(false);
  });

  it('declaring temperature support sends it; when the server refuses it (as the new API does) the call is made again without it, with a warning', async () => {
    const anthropic = createAnthropic({ apiKey: KEY, baseURL: server.baseURL });
    const model = anthropic('claude-legacy', { samplingParameters: ['maxTokens', 'temperature'] });
    const before = server.stats.requests;
    const out = await generateText({ model, messages: [{ role: 'user', content: 't' }], temperature: 0 });
    expect(out.text).toBe('reply to: t #0');
    expect(out.warnings).toEqual([{ type: 'unsupported-setting', setting: 'temperature', message: 'anthropic refused `temperature`; the call was made without it.' }]);
    expect(server.stats.requests - before).toBe(2);
  });

  it('draws several samples with one request each', async () => {
    const model = createAnthropic({ apiKey: KEY, baseURL: server.baseURL })('claude-test');
    const before = server.stats.requests;
    const { samples } = await generateSamples({ model, messages: [{ role: 'user', content: 'many' }], n: 3 });
    expect(samples).toEqual(['reply to: many #0', 'reply to: many #0', 'reply to: many #0']);
    expect(server.stats.requests - before).toBe(3);
  });

  it('accepts a user-supplied client', async () => {
    const client = new Anthropic({ apiKey: KEY, baseURL: server.baseURL, maxRetries: 0 });
    const model = createAnthropic({ client })('claude-test');
    expect((await generateText({ model, messages: [{ role: 'user', content: 'own' }] })).text).toBe('reply to: own #0');
  });

  // 401/429/500/503/dropped/malformed and keys kept out of errors: the ChatModel conformance suite.
  it('passes retry-after-ms through from a 429', async () => {
    server.setFaults({ rate: 1, kinds: { 'rate-limit': 1 }, retryAfter: '30', retryAfterMs: '250', maxConsecutive: 100 });
    const model = createAnthropic({ apiKey: KEY, baseURL: server.baseURL })('claude-test');
    const r = (await generateText({ model, messages: [{ role: 'user', content: 'rl' }] }).catch((x: unknown) => x)) as APICallError;
    expect(r).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 250 });
    server.setFaults(undefined);
  });

  it('survives 20 % injected faults: 500 requests, each answered exactly once', async () => {
    server.resetStats();
    server.setFaults({ rate: 0.2, seed: 7, kinds: { 'rate-limit': 3, 'server-error': 2, unavailable: 2, drop: 2, malformed: 1 }, retryAfter: '0', maxConsecutive: 3 });
    const model = wrapChatModel({
      model: createAnthropic({ apiKey: KEY, baseURL: server.baseURL })('claude-test'),
      middleware: [concurrencyLimit({ max: 32 }), retry({ maxRetries: 6, minDelayMs: 1, maxDelayMs: 4 }), timeout({ ms: 10_000 })],
    });
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => generateText({ model, messages: [{ role: 'user', content: `a${i}` }], temperature: 1 })),
    );
    server.setFaults(undefined);
    results.forEach((r, i) => expect(r.text).toBe(`reply to: a${i} #0`));
    const faults = Object.values(server.stats.faults).reduce((a, b) => a + b, 0);
    expect(faults).toBeGreaterThan(50);
    expect(server.stats.successes).toBe(500);
    for (const k of server.stats.byKey.values()) expect(k.successes).toBe(1);
  });
});
