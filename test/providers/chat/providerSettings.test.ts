import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, NegationNeglectError } from '../../../src/errors.js';
import { createAnthropic, createAnthropicBatch, createOpenAI, createOpenAIBatch, createOpenAIFinetune } from '../../../src/providers/index.js';

// What `createOpenAI` / `createAnthropic` check when they are called, before any request: a bad setting
// names its field; a missing API key names the variable. A missing peer SDK can only show at the first
// call (loading it is asynchronous) and names the package to install.

const withoutEnv = async (name: string, run: () => unknown) => {
  const saved = process.env[name];
  delete process.env[name];
  try {
    await run();
  } finally {
    if (saved !== undefined) process.env[name] = saved;
  }
};

describe('chat provider settings are checked at creation', () => {
  it('createOpenAI names the bad field', () => {
    const bad: [unknown, string][] = [
      [{ baseURL: 'localhost:8000' }, 'Expected `baseURL` to be an http(s) URL, got `localhost:8000`'],
      [{ apiKey: 42 }, 'Expected `apiKey` to be a string, got `42`'],
      [{ apiKey: 'k', compatibility: 'loose' }, 'Expected `compatibility` to be one of strict, compatible, got `loose`'],
      [{ apiKey: 'k', providerId: '' }, 'Expected `providerId` to be a non-empty string, got ``'],
      [{ apiKey: 'k', headers: { 'x-team': 7 } }, 'Expected `headers.x-team` to be a string, got `7`'],
      [{ apiKey: 'k', fetch: 'node' }, 'Expected `fetch` to be a fetch function, got `node`'],
      [{ client: { chat: {} } }, 'Expected `client` to be an `openai` client (with chat.completions.create)'],
      [{ apiKey: 'k', apikey: 'typo' }, 'Expected `unknown option` to be one of'],
    ];
    for (const [settings, message] of bad) {
      const error = (() => {
        try {
          createOpenAI(settings as never);
        } catch (e) {
          return e;
        }
      })();
      expect(InvalidArgumentError.isInstance(error), JSON.stringify(settings)).toBe(true);
      expect((error as Error).message).toContain(message);
    }
  });

  it("the model's settings are checked when the model is made", () => {
    const openai = createOpenAI({ apiKey: 'k' });
    expect(() => openai('gpt-test', { maxSamplesPerCall: 0 })).toThrow('Expected `maxSamplesPerCall` to be a positive integer, got `0`');
    expect(() => openai('gpt-test', { systemRole: 'admin' as never })).toThrow('Expected `systemRole` to be one of system, developer, got `admin`');
    expect(() => openai('gpt-test', { samplingParameters: ['temperature', 'top_k' as never] })).toThrow('Expected `samplingParameters[1]` to be one of');
    expect(() => openai('gpt-test', { reasoningControl: 'effort' as never })).toThrow('Expected `reasoningControl` to be one of');
    const anthropic = createAnthropic({ apiKey: 'k' });
    expect(() => anthropic('claude-test', { defaultMaxTokens: 0 })).toThrow('Expected `defaultMaxTokens` to be a positive integer, got `0`');
    expect(() => anthropic('claude-test', { thinkingBudget: 512 })).toThrow('Expected `thinkingBudget` to be an integer of at least 1024, got `512`');
    expect(() => anthropic('claude-test', { supportsBatch: 'yes' as never })).toThrow('Expected `supportsBatch` to be a boolean, got `yes`');
    expect(openai('gpt-test', { maxSamplesPerCall: 4, systemRole: 'developer' }).capabilities.maxSamplesPerCall).toBe(4);
  });

  it('createAnthropic names the bad field and wants a key unless given a client', async () => {
    expect(() => createAnthropic({ apiKey: 'k', baseURL: 'api.anthropic' })).toThrow('Expected `baseURL` to be an http(s) URL, got `api.anthropic`');
    expect(() => createAnthropic({ client: {} as never })).toThrow('Expected `client` to be an `@anthropic-ai/sdk` client (with messages.create)');
    await withoutEnv('ANTHROPIC_API_KEY', () => {
      expect(() => createAnthropic()).toThrow('Expected `apiKey` to be an Anthropic API key (pass `apiKey` or set ANTHROPIC_API_KEY), got `undefined`');
      expect(() => createAnthropic({ client: { messages: { create: async () => ({}) } } })).not.toThrow();
    });
  });
});

describe('batch and finetune adapters built on the SDKs', () => {
  it('want a key when they are created (not on their first request), unless given a client or a local baseURL', async () => {
    await withoutEnv('OPENAI_API_KEY', () =>
      withoutEnv('ANTHROPIC_API_KEY', () => {
        expect(() => createOpenAIBatch({ model: 'gpt-test' })).toThrow('Expected `apiKey` to be an OpenAI API key (pass `apiKey` or set OPENAI_API_KEY), got `undefined`');
        expect(() => createOpenAIFinetune()).toThrow(InvalidArgumentError);
        expect(() => createOpenAIFinetune({ apiKey: '' })).toThrow(/set OPENAI_API_KEY/);
        expect(() => createAnthropicBatch({ model: 'claude-test' })).toThrow('Expected `apiKey` to be an Anthropic API key (pass `apiKey` or set ANTHROPIC_API_KEY), got `undefined`');
        expect(createOpenAIBatch({ model: 'gpt-test', baseURL: 'http://127.0.0.1:9/v1' }).provider).toBe('openai');
        expect(createOpenAIFinetune({ client: {} as never }).provider).toBe('openai');
        expect(createAnthropicBatch({ model: 'claude-test', client: {} as never }).provider).toBe('anthropic');
        process.env.OPENAI_API_KEY = 'sk-fromenv';
        expect(createOpenAIFinetune().provider).toBe('openai');
        delete process.env.OPENAI_API_KEY;
      }),
    );
  });
});

describe('a missing peer SDK', () => {
  afterEach(() => {
    vi.doUnmock('openai');
    vi.doUnmock('@anthropic-ai/sdk');
    vi.resetModules();
  });

  it('names the package to install, at the first call, for every adapter that loads one', async () => {
    const notFound = () => {
      throw Object.assign(new Error("Cannot find package 'x'"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    vi.doMock('openai', notFound);
    vi.doMock('@anthropic-ai/sdk', notFound);
    vi.resetModules();
    const providers = await import('../../../src/providers/index.js');
    const messages = [{ role: 'user' as const, content: 'hi' }];
    const calls: [string, () => Promise<unknown>][] = [
      ['createOpenAI needs the `openai` package (a peer dependency): npm install openai', () => providers.generateText({ model: providers.createOpenAI({ apiKey: 'k' })('m'), messages })],
      ['createAnthropic needs the `@anthropic-ai/sdk` package (a peer dependency): npm install @anthropic-ai/sdk', () => providers.generateText({ model: providers.createAnthropic({ apiKey: 'k' })('m'), messages })],
      ['createOpenAIBatch needs the `openai` package', () => providers.createOpenAIBatch({ apiKey: 'k', model: 'm' }).doRetrieve('b')],
      ['createAnthropicBatch needs the `@anthropic-ai/sdk` package', () => providers.createAnthropicBatch({ apiKey: 'k', model: 'm' }).doRetrieve('b')],
      ['createOpenAIFinetune needs the `openai` package', () => providers.createOpenAIFinetune({ apiKey: 'k' }).doRetrieve('j')],
    ];
    for (const [message, call] of calls) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(NegationNeglectError.isInstance(error), message).toBe(true);
      expect(error).toMatchObject({ code: 'missing_dependency' });
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).toContain('or pass your own `client`');
    }
  });
});
