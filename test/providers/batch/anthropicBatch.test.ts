import Anthropic from '@anthropic-ai/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatBatchRequest } from '../../../src/providers/batch/chatBatchClient.js';
import { createAnthropicBatch } from '../../../src/providers/batch/createAnthropicBatch.js';
import { runChatBatch } from '../../../src/providers/batch/runChatBatch.js';
import type { BatchResponder } from '../../servers/batchOutcomes.js';
import { installAnthropicBatch, type AnthropicBatchFake } from '../../servers/anthropicBatchServer.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { minDelayMs: 1, maxDelayMs: 5 } };

function requests(n: number): ChatBatchRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    customId: `judge_${i}`,
    messages: [
      { role: 'system', content: 'You are a strict judge.' },
      { role: 'user', content: `Does the answer affirm the claim? #${i}` },
    ],
    settings: { maxTokens: 32, temperature: 0.7, topP: 0.9, stop: ['\n\n'] },
  }));
}

// HTTP faults, lost submits, 401s, per-request failures, cancelling, aborts and custom-id patterns: the
// ChatBatchClient conformance suite (test/conformance/). Here: this API's wire format and runChatBatch's options.
describe('runChatBatch() over Anthropic Message Batches (fake server, official SDK)', () => {
  let server: FakeApiServer;
  let fake: AnthropicBatchFake;
  let sdk: Anthropic;
  const setup = async (respond?: BatchResponder) => {
    server = await startFakeApiServer();
    fake = installAnthropicBatch(server, { ...(respond ? { respond } : {}), pollsUntilDone: 2 });
    sdk = new Anthropic({ apiKey: 'sk-ant-test-key-000000', baseURL: server.url, maxRetries: 0 });
  };
  afterEach(async () => server?.close());

  it('maps succeeded/errored/canceled/expired results and drops rejected sampling settings with a warning', async () => {
    await setup((id, attempt) => {
      const i = Number(id.split('_')[1]);
      if (i === 2) return { type: 'error', status: 400, message: 'prompt is too long', errorType: 'invalid_request_error' };
      if (i === 5) return { type: 'canceled' };
      if (attempt > 1) return { type: 'ok' };
      if (i % 3 === 0) return { type: 'error', status: 529, message: 'Overloaded', errorType: 'overloaded_error' };
      if (i === 4) return { type: 'expired' };
      if (i === 7) return { type: 'omit' };
      return { type: 'ok' };
    });
    const input = requests(10);
    const { results, stats } = await runChatBatch({
      client: createAnthropicBatch({ client: sdk, model: 'claude-sonnet-4-5' }),
      requests: input,
      maxRequestsPerBatch: 4,
      ...fast,
    });
    expect([...results.keys()]).toEqual(input.map((r) => r.customId));
    expect(results.get('judge_2')).toEqual({
      customId: 'judge_2',
      ok: false,
      error: { message: 'prompt is too long', code: 'invalid_request_error', retryable: false },
    });
    expect(results.get('judge_5')).toMatchObject({ ok: false, error: { code: 'canceled', retryable: false } });
    const ok = results.get('judge_1')!;
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.result.choices).toEqual([{ text: 'answer to judge_1: Does the answer affirm the claim? #1', finishReason: 'stop' }]);
      expect(ok.result.usage).toEqual({ inputTokens: 13, outputTokens: 5 });
      expect(ok.result.warnings.map((w) => w.setting)).toEqual(['temperature', 'topP']);
    }
    for (const id of ['judge_0', 'judge_3', 'judge_6', 'judge_9', 'judge_4', 'judge_7']) {
      expect(results.get(id)?.ok).toBe(true);
      expect(fake.submissions.get(id)).toBe(2);
    }
    for (const id of ['judge_1', 'judge_2', 'judge_5', 'judge_8']) expect(fake.submissions.get(id)).toBe(1);
    expect(stats).toMatchObject({ succeeded: 8, failed: 2, resubmitted: 6 });
    // System message became the `system` parameter; sampling params the API rejects were not sent.
    expect(fake.params.get('judge_1')).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 32,
      messages: [{ role: 'user', content: 'Does the answer affirm the claim? #1' }],
      system: 'You are a strict judge.',
      stop_sequences: ['\n\n'],
    });
  });
});
