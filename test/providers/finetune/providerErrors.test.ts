import { describe, expect, it } from 'vitest';
import { APICallError, InvalidArgumentError } from '../../../src/errors.js';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { finetune } from '../../../src/providers/finetune/finetune.js';
import { mapProviderError } from '../../../src/providers/shared/mapProviderError.js';
import { withProviderRetry } from '../../../src/providers/shared/providerRetry.js';
import { chatExamples } from './fixtures.js';

describe('provider error classification and retry', () => {
  it('retries transport trouble but not bugs or configuration errors', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    const map = (e: unknown) => mapProviderError(e, { provider: 'p' });
    expect((map(reset) as APICallError).isRetryable).toBe(true);
    expect((map(new SyntaxError('Unexpected end of JSON input')) as APICallError).isRetryable).toBe(true);
    // A bug is not a provider failure: passed on as it is, not disguised as an API error.
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(map(bug)).toBe(bug);
    const limited = Object.assign(new Error('429 Rate limit'), { status: 429, headers: new Headers({ 'retry-after': '2' }) });
    expect(map(limited)).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 2000 });

    let calls = 0;
    await expect(
      withProviderRetry('p', async () => {
        calls++;
        throw new TypeError('bug');
      }, { minDelayMs: 1 }),
    ).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withProviderRetry('p', async () => {
        if (++calls < 3) throw Object.assign(new Error('503'), { status: 503 });
        return 'ok';
      }, { minDelayMs: 1 }),
    ).resolves.toBe('ok');
    expect(calls).toBe(3);
  });

  it('reports a missing OpenAI key once, as an argument error, without retrying', async () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      const error = await finetune({
        client: createOpenAIFinetune({ baseURL: 'http://127.0.0.1:9/v1' }),
        trainingData: chatExamples(10),
        baseModel: 'm',
        pollIntervalMs: 1,
        retry: { minDelayMs: 1000 },
      }).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.argument).toBe('apiKey');
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });
});
