import { inspect } from 'node:util';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APICallError, InvalidArgumentError } from '../../../src/errors.js';
import { createOpenAI, generateSamples, generateText } from '../../../src/providers/index.js';
import type { OpenAIChatServer } from '../../servers/openaiChatServer.js';
import { startOpenAIChatServer } from '../../servers/openaiChatServer.js';

const KEY = 'sk-test-ZX81secretvalue0001';
let server: OpenAIChatServer;

beforeAll(async () => {
  server = await startOpenAIChatServer({ apiKey: KEY });
});
afterAll(() => server.close());

const user = (content: string) => [{ role: 'user' as const, content }];

describe('createOpenAI over the real openai client', () => {
  it('generates text and maps settings to Chat Completions fields', async () => {
    const openai = createOpenAI({ apiKey: KEY, baseURL: server.baseURL });
    const result = await generateText({
      model: openai('gpt-test'),
      messages: [{ role: 'system', content: 'Be brief.' }, ...user('hello')],
      temperature: 0.5,
      topP: 0.9,
      seed: 7,
      maxTokens: 20,
      stop: ['\n'],
      providerOptions: { logit_bias: { '50256': -100 } },
    });
    expect(result.text).toBe('reply to: hello #0');
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 5, outputTokens: 5 });
    expect(result.warnings).toEqual([]);
    expect(result.response.id).toMatch(/^chatcmpl-/);
    const body = server.bodies.at(-1)!;
    expect(body).toMatchObject({ model: 'gpt-test', temperature: 0.5, top_p: 0.9, seed: 7, max_tokens: 20, stop: ['\n'], logit_bias: { '50256': -100 } });
    expect(body.messages).toEqual([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hello' }]);
    expect(openai.providerId).toBe('openai-compatible');
  });

  it('strict mode sends max_completion_tokens and can use the developer role', async () => {
    const openai = createOpenAI({ apiKey: KEY, baseURL: server.baseURL, compatibility: 'strict' });
    await generateText({ model: openai('o-test', { systemRole: 'developer' }), messages: [{ role: 'system', content: 's' }, ...user('x')], maxTokens: 9 });
    const body = server.bodies.at(-1)!;
    expect(body.max_completion_tokens).toBe(9);
    expect(body.max_tokens).toBeUndefined();
    expect((body.messages as Array<{ role: string }>)[0]!.role).toBe('developer');
  });

  it('drops settings the model does not declare, with warnings', async () => {
    const openai = createOpenAI({ apiKey: KEY, baseURL: server.baseURL });
    const model = openai('reasoner', { samplingParameters: ['maxTokens'] });
    const result = await generateText({ model, messages: user('w'), temperature: 1, seed: 3 });
    expect(result.warnings.map((w) => w.setting)).toEqual(['temperature', 'seed']);
    expect(server.bodies.at(-1)!.temperature).toBeUndefined();
  });

  it('generateSamples splits n by maxSamplesPerCall and keeps sample order', async () => {
    const openai = createOpenAI({ apiKey: KEY, baseURL: server.baseURL });
    const before = server.stats.requests;
    const { samples, usage } = await generateSamples({ model: openai('gpt-test', { maxSamplesPerCall: 4 }), messages: user('s'), n: 10 });
    expect(server.stats.requests - before).toBe(3); // 4 + 4 + 2
    expect(samples).toHaveLength(10);
    // the server numbers choices within a call; calls of 4, 4, 2
    expect(samples.map((s) => s.slice(-1))).toEqual(['0', '1', '2', '3', '0', '1', '2', '3', '0', '1']);
    expect(server.bodies.slice(-3).map((b) => b.n).sort()).toEqual([2, 4, 4]);
    expect(usage.outputTokens).toBeGreaterThan(0);
  });

  it('reports an endpoint that ignores n instead of returning too few samples', async () => {
    const model = createOpenAI({ apiKey: KEY, baseURL: server.baseURL })('gpt-test', { maxSamplesPerCall: 3 });
    const ignoring = { ...model, doGenerate: (o: Parameters<typeof model.doGenerate>[0]) => model.doGenerate({ ...o, n: 1 }) };
    await expect(generateSamples({ model: ignoring, messages: user('n'), n: 3 })).rejects.toThrow('declare maxSamplesPerCall: 1');
  });

  it("maps the SDK's own timeout to a retryable APICallError", async () => {
    server.setFaults({ rate: 1, kinds: { slow: 1 }, maxConsecutive: 100 });
    const client = new OpenAI({ apiKey: KEY, baseURL: server.baseURL, maxRetries: 0, timeout: 30 });
    const e = (await generateText({ model: createOpenAI({ client })('gpt-test'), messages: user('slow') }).catch((x: unknown) => x)) as APICallError;
    server.setFaults(undefined);
    expect(e).toBeInstanceOf(APICallError);
    expect(e.isRetryable).toBe(true);
    expect(e.message).toMatch(/timed out/);
  });

  it('accepts a user-supplied client instance', async () => {
    const client = new OpenAI({ apiKey: KEY, baseURL: server.baseURL, maxRetries: 0 });
    const openai = createOpenAI({ client, providerId: 'my-proxy' });
    const model = openai('gpt-test');
    expect(model.provider).toBe('my-proxy');
    expect((await generateText({ model, messages: user('c') })).text).toBe('reply to: c #0');
  });

  it('asks for an API key when none is given for OpenAI itself', async () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      // At creation, not at the first call.
      expect(() => createOpenAI()).toThrow('Expected `apiKey` to be an OpenAI API key (pass `apiKey` or set OPENAI_API_KEY), got `undefined`');
      expect(() => createOpenAI({ baseURL: server.baseURL })).not.toThrow();
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });

  it('validates inputs with InvalidArgumentError', async () => {
    const model = createOpenAI({ apiKey: KEY, baseURL: server.baseURL })('gpt-test');
    await expect(generateText({ model, messages: [] })).rejects.toThrow(InvalidArgumentError);
    await expect(generateText({ model, messages: user('x'), temperature: 3 })).rejects.toThrow('Expected `temperature` to be a number between 0 and 2, got `3`');
    await expect(generateText({ model, messages: [{ role: 'robot', content: 'x' } as never] })).rejects.toThrow('messages[0].role');
    await expect(generateSamples({ model, messages: user('x'), n: 0 })).rejects.toThrow('Expected `n` to be a positive integer');
    await expect(generateText({ model: {} as never, messages: user('x') })).rejects.toThrow('Expected `model`');
  });

  // Mapping and retrying 401/429/500/503/dropped/malformed, and keeping the key out of errors: the
  // ChatModel conformance suite (test/conformance/). Here: what OpenAI's own 401 body adds.
  it('a 401 carries the request id, and the key OpenAI echoes in its body is redacted', async () => {
    const wrongKey = 'sk-wrong-QQ42topsecret99999';
    const model = createOpenAI({ apiKey: wrongKey, baseURL: server.baseURL })('gpt-test');
    const e = (await generateText({ model, messages: user('k') }).catch((x: unknown) => x)) as APICallError;
    expect(e).toMatchObject({ statusCode: 401, provider: 'openai-compatible', requestId: expect.stringMatching(/^req_/) });
    expect(e.message).toContain('401');
    expect(e.responseBody).toContain('[REDACTED]');
    expect(e.responseBody).not.toContain('QQ42topsecret');
  });

  it("redacts the key of a user-supplied client", async () => {
    const odd = 'clientkey-QWERTY-777-unusual';
    const client = new OpenAI({ apiKey: odd, baseURL: server.baseURL, maxRetries: 0 });
    const e = (await generateText({ model: createOpenAI({ client })('gpt-test'), messages: user('k') }).catch((x: unknown) => x)) as APICallError;
    expect(e.statusCode).toBe(401);
    expect(inspect(e, { depth: 5 }) + e.message + (e.responseBody ?? '')).not.toContain(odd);
  });

  it('redacts a key that does not look like one (not sk-...)', async () => {
    const odd = 'plainkey-ZZtop-4242-unusual';
    const model = createOpenAI({ apiKey: odd, baseURL: server.baseURL })('gpt-test');
    const e = (await generateText({ model, messages: user('k') }).catch((x: unknown) => x)) as APICallError;
    expect(e.statusCode).toBe(401);
    expect(inspect(e, { depth: 5 }) + e.message + (e.responseBody ?? '')).not.toContain(odd);
  });
});
