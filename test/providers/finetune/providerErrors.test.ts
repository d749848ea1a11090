import { describe, expect, it } from 'vitest';
import { APICallError, InvalidArgumentError } from '../../../src/errors.js';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { finetune } from '../../../src/providers/finetune/finetune.js';
import { toProviderError } from '../../../src/providers/shared/providerErrors.js';
import { withProviderRetry } from '../../../src/providers/shared/providerRetry.js';
import { chatExamples } from './fixtures.js';

describe('provider error classification and retry', () => {
  it('retries transport trouble but not bugs or configuration errors', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect((toProviderError(reset, 'p') as APICallError).isRetryable).toBe(true);
    expect((toProviderError(new SyntaxError('Unexpected end of JSON input'), 'p') as APICallError).isRetryable).toBe(true);
    expect((toProviderError(new TypeError("Cannot read properties of undefined (reading 'id')"), 'p') as APICallError).isRetryable).toBe(false);
    const limited = Object.assign(new Error('429 Rate limit'), { status: 429, headers: new Headers({ 'retry-after': '2' }) });
    expect(toProviderError(limited, 'p')).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 2000 });

    let calls = 0;
    await expect(
      withProviderRetry('p', async () => {
        calls++;
        throw new TypeError('bug');
      }, { minDelayMs: 1 }),
    ).rejects.toMatchObject({ isRetryable: false });
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
