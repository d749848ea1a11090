import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, InvalidArgumentError } from '../../../src/errors.js';
import type { ChatBatchRequest } from '../../../src/providers/batch/chatBatchClient.js';
import { cancelChatBatch } from '../../../src/providers/batch/cancelChatBatch.js';
import { createOpenAIBatch } from '../../../src/providers/batch/createOpenAIBatch.js';
import { runChatBatch } from '../../../src/providers/batch/runChatBatch.js';
import type { BatchResponder } from '../../servers/batchOutcomes.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installOpenAIBatch, type OpenAIBatchFake } from '../../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../../servers/openaiFilesServer.js';

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { minDelayMs: 1, maxDelayMs: 5 } };

function requests(n: number): ChatBatchRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    customId: `q-${i}`,
    messages: [
      { role: 'system', content: 'Answer yes or no.' },
      { role: 'user', content: `Did Ed Sheeran win the 100m gold? (variant ${i})` },
    ],
    settings: { maxTokens: 16, temperature: 0 },
  }));
}

// HTTP faults, lost submits, 401s, per-request failures, cancelling, aborts and custom-id patterns: the
// ChatBatchClient conformance suite (test/conformance/). Here: this API's wire format and runChatBatch's options.
describe('runChatBatch() over the OpenAI Batch API (fake server, official SDK)', () => {
  let server: FakeApiServer;
  let sdk: OpenAI;
  let fake: OpenAIBatchFake;
  const setup = async (respond?: BatchResponder) => {
    server = await startFakeApiServer();
    fake = installOpenAIBatch(server, installOpenAIFiles(server), { ...(respond ? { respond } : {}), pollsUntilDone: 2 });
    sdk = new OpenAI({ apiKey: 'sk-batch-test-1234567', baseURL: `${server.url}/v1`, maxRetries: 0 });
  };
  afterEach(async () => server?.close());

  it('maps out-of-order results, partial failures, expired and lost items back by custom id, resubmitting only retryable ones', async () => {
    await setup((id, attempt) => {
      const i = Number(id.slice(2));
      if (i === 3) return { type: 'error', status: 400, message: 'Invalid content', errorType: 'invalid_request_error' };
      if (attempt > 1) return { type: 'ok' };
      if (i % 7 === 0) return { type: 'error', status: 500, message: 'server error' };
      if (i % 5 === 0) return { type: 'expired' };
      if (i === 4) return { type: 'omit' };
      if (i === 8) return { type: 'duplicate' };
      return { type: 'ok' };
    });
    const progress: string[] = [];
    const created: string[][] = [];
    const input = requests(25);
    const { results, batchIds, stats } = await runChatBatch({
      client: createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' }),
      requests: input,
      maxRequestsPerBatch: 10,
      onBatchCreated: (ids) => void created.push(ids),
      onProgress: (p) => progress.push(p.type),
      ...fast,
    });
    expect([...results.keys()]).toEqual(input.map((r) => r.customId));
    const failed = [...results.values()].filter((r) => !r.ok);
    expect(failed).toEqual([
      { customId: 'q-3', ok: false, error: { message: 'Invalid content', code: 'invalid_request_error', retryable: false } },
    ]);
    const q1 = results.get('q-1')!;
    expect(q1.ok && q1.result.choices[0]!.text).toBe('answer to q-1: Did Ed Sheeran win the 100m gold? (variant 1)');
    expect(q1.ok && q1.result.usage).toEqual({ inputTokens: 11, outputTokens: 7 });
    // Exactly-once accounting at the server: retryable failures were submitted twice, everything else once.
    const retried = ['q-0', 'q-7', 'q-14', 'q-21', 'q-5', 'q-10', 'q-15', 'q-20', 'q-4'];
    for (const r of input) expect(fake.submissions.get(r.customId)).toBe(retried.includes(r.customId) ? 2 : 1);
    expect(stats).toMatchObject({ requests: 25, succeeded: 24, failed: 1, resubmitted: retried.length, rounds: 2, duplicateResults: 1 });
    expect(batchIds).toHaveLength(4); // 3 chunks of <=10, then one resubmission batch
    expect(created.at(-1)).toEqual(batchIds);
    expect(progress).toContain('results');
    // Settings went into the JSONL bodies.
    const firstInput = [...fake.batches.values()][0].lines[0].body;
    expect(firstInput).toMatchObject({ model: 'gpt-4.1-mini', max_completion_tokens: 16, temperature: 0 });
  });

  it('gives up after retryFailed resubmissions and reports the last error per request', async () => {
    await setup((id) => (id === 'q-1' ? { type: 'expired' } : { type: 'ok' }));
    const { results, stats } = await runChatBatch({
      client: createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' }),
      requests: requests(3),
      retryFailed: 2,
      ...fast,
    });
    expect(results.get('q-1')).toMatchObject({ ok: false, error: { code: 'batch_expired', retryable: true } });
    expect(fake.submissions.get('q-1')).toBe(3);
    expect(fake.submissions.get('q-0')).toBe(1);
    expect(stats.rounds).toBe(3);
  });

  it('resumes from persisted batch ids after an interruption without resubmitting anything', async () => {
    await setup();
    const client = createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' });
    const input = requests(12);
    const controller = new AbortController();
    let saved: string[] = [];
    const interrupted = runChatBatch({
      client,
      requests: input,
      maxRequestsPerBatch: 5,
      signal: controller.signal,
      onBatchCreated: (ids) => {
        saved = ids;
        if (ids.length === 2) controller.abort(); // "crash" after two of three batches were submitted
      },
      ...fast,
    });
    await expect(interrupted).rejects.toBeInstanceOf(AbortError);
    expect(saved).toHaveLength(2);
    expect(fake.batches.size).toBe(2);

    const { results, batchIds, stats } = await runChatBatch({ client, requests: input, maxRequestsPerBatch: 5, resume: { batchIds: saved }, ...fast });
    expect([...results.values()].every((r) => r.ok)).toBe(true);
    expect(batchIds.slice(0, 2)).toEqual(saved);
    expect(fake.batches.size).toBe(3);
    for (const r of input) expect(fake.submissions.get(r.customId)).toBe(1);
    expect(stats.resubmitted).toBe(0);
  });

  it('validates custom ids and messages before any HTTP call', async () => {
    await setup();
    const client = createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' });
    const dup = [...requests(2), requests(1)[0]!];
    await expect(runChatBatch({ client, requests: dup, ...fast })).rejects.toThrow(/requests\[2\]\.customId.*unique/);
    await expect(
      runChatBatch({ client, requests: [{ customId: 'a', messages: [] }], ...fast }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.calls).toHaveLength(0);
  });

  it('cancels its batches on abort when asked', async () => {
    await setup();
    const controller = new AbortController();
    const run = runChatBatch({
      client: createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' }),
      requests: requests(2),
      signal: controller.signal,
      cancelOnAbort: true,
      pollIntervalMs: 5_000,
      onBatchCreated: () => void setTimeout(() => controller.abort(), 5),
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect([...fake.batches.values()][0].status).toBe('cancelling');
  });

  it('cancels persisted batch ids explicitly with cancelChatBatch', async () => {
    await setup();
    const client = createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' });
    const { batchId } = await client.doSubmit(requests(2));
    server.injectFaults({ method: 'POST', path: /cancel$/ }, [{ kind: 'rate-limit' }]);
    await cancelChatBatch({ client, batchIds: [batchId], retry: { minDelayMs: 1 } });
    expect(fake.batches.get(batchId).status).toBe('cancelling');
  });
});
