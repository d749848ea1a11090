import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatBatchRequest } from '../../../src/providers/batch/chatBatchClient.js';
import { createOpenAIBatch } from '../../../src/providers/batch/createOpenAIBatch.js';
import { runChatBatch } from '../../../src/providers/batch/runChatBatch.js';
import type { BatchOutcome } from '../../servers/batchOutcomes.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installOpenAIBatch, type OpenAIBatchFake } from '../../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../../servers/openaiFilesServer.js';

/** Seeded outcome per (id, attempt): deterministic but irregular. */
function outcomeFor(id: string, attempt: number): BatchOutcome {
  let h = 2166136261;
  for (const ch of `${id}#${attempt}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const u = (h >>> 0) / 4294967296;
  if (u < 0.1) return { type: 'expired' };
  if (u < 0.18) return { type: 'error', status: 500, message: 'server error' };
  if (u < 0.22) return { type: 'omit' };
  if (u < 0.25) return { type: 'duplicate' };
  if (u < 0.27) return { type: 'error', status: 400, message: 'bad request', errorType: 'invalid_request_error' };
  return { type: 'ok' };
}

describe('runChatBatch() under random per-request failures and 20% HTTP faults', () => {
  let server: FakeApiServer;
  let fake: OpenAIBatchFake;
  beforeAll(async () => {
    server = await startFakeApiServer();
    fake = installOpenAIBatch(server, installOpenAIFiles(server), { respond: outcomeFor, pollsUntilDone: 2 });
    // Random faults rarely land on the few batch creates, so script some there too.
    server.injectFaults({ method: 'POST', path: /\/batches$/ }, [{ kind: 'lost-response' }, { kind: 'rate-limit' }, { kind: 'lost-response' }]);
    server.randomFaults({}, 0.2, [
      { kind: 'rate-limit' },
      { kind: 'server-error', status: 500 },
      { kind: 'server-error', status: 503 },
      { kind: 'drop' },
      { kind: 'malformed' },
      { kind: 'lost-response' },
      { kind: 'slow', delayMs: 5 },
    ], 42);
  });
  afterAll(async () => server.close());

  it('answers each of 3,000 requests exactly once and never submits a request more than 1 + retryFailed times', async () => {
    const sdk = new OpenAI({ apiKey: 'sk-stress-0000000000', baseURL: `${server.url}/v1`, maxRetries: 0 });
    const requests: ChatBatchRequest[] = Array.from({ length: 3000 }, (_, i) => ({
      customId: `r${i}`,
      messages: [{ role: 'user', content: `item ${i}` }],
    }));
    const { results, stats, batchIds } = await runChatBatch({
      client: createOpenAIBatch({ client: sdk, model: 'gpt-4.1-mini' }),
      requests,
      maxRequestsPerBatch: 700,
      retryFailed: 3,
      pollIntervalMs: 1,
      maxPollIntervalMs: 2,
      retry: { maxRetries: 10, minDelayMs: 1, maxDelayMs: 4 },
    });
    expect(server.calls.filter((c) => c.fault).length).toBeGreaterThan(10);
    expect(results.size).toBe(3000);
    expect([...results.keys()]).toEqual(requests.map((r) => r.customId));
    // Expected final state, recomputed from the scripted outcomes.
    let expectedOk = 0;
    for (const { customId } of requests) {
      let attempt = 1;
      let outcome = outcomeFor(customId, attempt);
      while (!['ok', 'duplicate'].includes(outcome.type) && !(outcome.type === 'error' && outcome.status === 400) && attempt < 4) {
        outcome = outcomeFor(customId, ++attempt);
      }
      const item = results.get(customId)!;
      expect(item.ok).toBe(outcome.type === 'ok' || outcome.type === 'duplicate');
      if (item.ok) expectedOk++;
      expect(fake.submissions.get(customId)).toBe(attempt);
    }
    expect(stats.succeeded).toBe(expectedOk);
    expect(stats.resubmitted).toBe([...fake.submissions.values()].reduce((a, n) => a + n - 1, 0));
    // Every batch the server created is one runChatBatch knew about: lost submit responses were
    // found again by their submission key, never re-sent as a second paid batch.
    expect(server.calls.filter((c) => c.fault === 'lost-response' && c.method === 'POST' && c.path.endsWith('/batches'))).toHaveLength(2);
    expect(fake.batches.size).toBe(batchIds.length);
    expect(stats.unexpectedResults).toBe(0);
  });
});
