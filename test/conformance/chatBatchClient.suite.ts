// The ChatBatchClient v1 contract as one suite, run against every batch client by chatBatchClient.test.ts.
// `do*` methods are checked directly for the data they return; failures are checked through
// `runChatBatch`, which maps and retries what the `do*` methods throw (that is the contract users see).
// A new batch API adds a target there; its wire format stays in its own test file.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, APICallError } from '../../src/errors.js';
import type { ChatBatchClient, ChatBatchInfo, ChatBatchRequest, ChatBatchResultItem } from '../../src/providers/batch/chatBatchClient.js';
import { runChatBatch } from '../../src/providers/batch/runChatBatch.js';
import { SAMPLING_PARAMETERS } from '../../src/providers/chat/chatModel.js';
import type { BatchResponder } from '../servers/batchOutcomes.js';
import type { Fault } from '../servers/fakeApiServer.js';

/** What one batch client gives the suite. */
export interface ChatBatchFixture {
  /** The client under test. A result's text must contain the request's last message. */
  client: ChatBatchClient;
  /** The same client with a key the provider refuses (401). */
  unauthorized: ChatBatchClient;
  /** That refused key: it must appear in no error. */
  refusedSecret: string;
  /** How the provider answers each request of later submissions (default: every request succeeds). */
  respond(responder: BatchResponder): void;
  /** The next `count` HTTP calls that submit a batch (`submit`) or read one (`read`) fail with `fault`. */
  inject(on: 'submit' | 'read', faults: Fault[]): void;
  /** HTTP calls that reached the provider so far. */
  requests(): number;
  /** How often the provider received each custom id, over all batches. */
  submissions(customId: string): number;
  close(): Promise<void>;
}

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { maxRetries: 4, minDelayMs: 1, maxDelayMs: 5 } };

async function collect(items: AsyncIterable<ChatBatchResultItem>): Promise<ChatBatchResultItem[]> {
  const out: ChatBatchResultItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * Registers the ChatBatchClient v1 conformance tests for one client.
 *
 * @example
 * ```ts
 * chatBatchClientConformance('createAnthropicBatch', async () => ({ client, unauthorized, refusedSecret, respond, inject, requests, submissions, close }));
 * ```
 */
export function chatBatchClientConformance(name: string, setup: () => Promise<ChatBatchFixture>): void {
  describe(`ChatBatchClient v1 conformance: ${name}`, () => {
    let f: ChatBatchFixture;
    let round = 0;
    // Custom ids every provider accepts, new in every test so submission counts start at zero.
    const requests = (n: number, settings: ChatBatchRequest['settings'] = { maxTokens: 16 }): ChatBatchRequest[] => {
      round++;
      return Array.from({ length: n }, (_, i) => ({
        customId: `r${round}_${i}`,
        messages: [
          { role: 'system', content: 'Answer yes or no.' },
          { role: 'user', content: `question ${round}.${i}` },
        ],
        settings,
      }));
    };
    const finish = async (batchId: string): Promise<ChatBatchInfo> => {
      for (let poll = 0; poll < 50; poll++) {
        const info = await f.client.doRetrieve(batchId);
        expect(info.batchId).toBe(batchId);
        if (info.status !== 'in_progress') return info;
      }
      return expect.fail(`batch ${batchId} never finished`);
    };
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(() => f?.close());

    it('declares the v1 contract: provider, model id and properties', () => {
      const { client } = f;
      expect(client.specificationVersion).toBe('v1');
      expect(typeof client.provider === 'string' && client.provider.length > 0).toBe(true);
      expect(typeof client.modelId === 'string' && client.modelId.length > 0).toBe(true);
      const p = client.properties;
      expect(Number.isInteger(p.maxRequestsPerBatch) && p.maxRequestsPerBatch > 0).toBe(true);
      if (p.maxBytesPerBatch !== undefined) expect(p.maxBytesPerBatch).toBeGreaterThan(0);
      if (p.customIdPattern !== undefined) expect(p.customIdPattern).toBeInstanceOf(RegExp);
      for (const s of p.capabilities.samplingParameters) expect(SAMPLING_PARAMETERS).toContain(s);
      for (const m of ['doSubmit', 'doRetrieve', 'doResults', 'doCancel'] as const) expect(typeof client[m]).toBe('function');
    });

    it('submit, retrieve until done, results: one result per request by custom id, shaped like a live call', async () => {
      const input = requests(5);
      const { batchId } = await f.client.doSubmit(input);
      expect(typeof batchId === 'string' && batchId.length > 0).toBe(true);
      const info = await finish(batchId);
      expect(info).toMatchObject({ status: 'completed', counts: { total: 5, succeeded: 5, failed: 0, processing: 0 } });
      const items = await collect(f.client.doResults(batchId));
      expect(items.map((r) => r.customId).sort()).toEqual(input.map((r) => r.customId).sort());
      for (const item of items) {
        if (!item.ok) return expect.fail(`${item.customId}: ${item.error.message}`);
        const request = input.find((r) => r.customId === item.customId)!;
        expect(item.result.choices).toHaveLength(1);
        expect(item.result.choices[0]!.text).toContain(request.messages.at(-1)!.content);
        expect(['stop', 'length', 'content-filter', 'other']).toContain(item.result.choices[0]!.finishReason);
        for (const t of [item.result.usage.inputTokens, item.result.usage.outputTokens]) expect(Number.isInteger(t) && t >= 0).toBe(true);
      }
    });

    it('a failed request is a result, not an exception: invalid is final, expired and server errors may be resubmitted', async () => {
      const input = requests(4);
      const [invalid, expired, server, fine] = input.map((r) => r.customId) as [string, string, string, string];
      f.respond((id) =>
        id === invalid
          ? { type: 'error', status: 400, message: 'Invalid content', errorType: 'invalid_request_error' }
          : id === expired
            ? { type: 'expired' }
            : id === server
              ? { type: 'error', status: 500, message: 'server error', errorType: 'api_error' }
              : { type: 'ok' },
      );
      const { batchId } = await f.client.doSubmit(input);
      await finish(batchId);
      const items = new Map((await collect(f.client.doResults(batchId))).map((r) => [r.customId, r]));
      f.respond(() => ({ type: 'ok' }));
      expect(items.get(invalid)).toMatchObject({ ok: false, error: { retryable: false } });
      expect(items.get(expired)).toMatchObject({ ok: false, error: { retryable: true } });
      expect(items.get(server)).toMatchObject({ ok: false, error: { retryable: true } });
      expect(items.get(fine)).toMatchObject({ ok: true });
      for (const id of [invalid, expired, server]) {
        const item = items.get(id)!;
        expect(!item.ok && typeof item.error.message === 'string' && item.error.message.length > 0).toBe(true);
      }
    });

    it('a cancelled batch ends as cancelled', async () => {
      const { batchId } = await f.client.doSubmit(requests(2));
      await f.client.doCancel(batchId);
      expect((await finish(batchId)).status).toBe('cancelled');
    });

    it('runChatBatch resubmits only retryable failures and answers every request exactly once', async () => {
      const input = requests(6);
      const ids = input.map((r) => r.customId);
      f.respond((id, attempt) => (attempt > 1 ? { type: 'ok' } : id === ids[0] ? { type: 'expired' } : id === ids[1] ? { type: 'error', status: 400, message: 'bad', errorType: 'invalid_request_error' } : { type: 'ok' }));
      const { results, stats } = await runChatBatch({ client: f.client, requests: input, ...fast });
      f.respond(() => ({ type: 'ok' }));
      expect([...results.keys()]).toEqual(ids);
      expect(results.get(ids[1]!)).toMatchObject({ ok: false });
      expect(stats).toMatchObject({ succeeded: 5, failed: 1, resubmitted: 1 });
      expect(ids.map((id) => f.submissions(id))).toEqual([2, 1, 1, 1, 1, 1]);
    });

    it('settings the batch endpoint does not declare are dropped, with one warning each on every result', async () => {
      const all = { maxTokens: 16, temperature: 0.5, topP: 0.9, stop: ['\n\n'] };
      const declared = f.client.properties.capabilities.samplingParameters;
      const dropped = Object.keys(all).filter((s) => !declared.includes(s as never));
      const { results } = await runChatBatch({ client: f.client, requests: requests(2, all), ...fast });
      for (const r of results.values()) {
        if (!r.ok) return expect.fail(r.error.message);
        expect(r.result.warnings.map((w) => w.setting).sort()).toEqual(dropped.sort());
      }
    });

    it('runChatBatch retries 429s, 500s, 503s, dropped connections and malformed bodies without sending a request twice', async () => {
      f.inject('submit', [{ kind: 'rate-limit', retryAfterMs: 1 }, { kind: 'server-error', status: 500 }]);
      f.inject('read', [{ kind: 'server-error', status: 503 }, { kind: 'malformed' }, { kind: 'drop' }, { kind: 'rate-limit', retryAfterMs: 1 }]);
      const input = requests(4);
      // Six faults in a row at most (a client that looks a lost submit up reads through the read faults).
      const { results } = await runChatBatch({ client: f.client, requests: input, ...fast, retry: { ...fast.retry, maxRetries: 8 } });
      expect([...results.values()].every((r) => r.ok)).toBe(true);
      expect(input.map((r) => f.submissions(r.customId))).toEqual([1, 1, 1, 1]);
    });

    it('a submit whose response was lost is never sent again: found by its key where the client can look, else a retryable error', async () => {
      f.inject('submit', [{ kind: 'lost-response' }]);
      const input = requests(2);
      const run = runChatBatch({ client: f.client, requests: input, ...fast });
      if (f.client.doFindBatch) {
        const { results } = await run;
        expect([...results.values()].every((r) => r.ok)).toBe(true);
      } else {
        const error = await run.then(() => expect.fail('expected the run to fail'), (e: unknown) => e);
        expect(error).toMatchObject({ isRetryable: true });
      }
      expect(input.map((r) => f.submissions(r.customId))).toEqual([1, 1]);
    });

    it('a 401 fails the run at once with a fatal APICallError that does not leak the key', async () => {
      const before = f.requests();
      const error = await runChatBatch({ client: f.unauthorized, requests: requests(1), ...fast }).then(
        () => expect.fail('expected the run to fail'),
        (e: unknown) => e,
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
      expect(f.requests() - before).toBe(1);
      const e = error as APICallError;
      for (const text of [e.message, e.responseBody ?? '', e.stack ?? '', inspect(e, { depth: 5 }), JSON.stringify(e)]) {
        expect(text).not.toContain(f.refusedSecret);
      }
    });

    it('aborting runChatBatch while it polls rejects with AbortError', async () => {
      const controller = new AbortController();
      const run = runChatBatch({
        client: f.client,
        requests: requests(2),
        signal: controller.signal,
        pollIntervalMs: 60_000,
        onBatchCreated: () => void setTimeout(() => controller.abort(), 5),
      });
      const error = await run.then(() => expect.fail('expected an abort'), (e: unknown) => e);
      expect(AbortError.isInstance(error)).toBe(true);
    });

    it('custom ids the provider would refuse are rejected before any HTTP call (clients that declare a pattern)', async (context) => {
      if (!f.client.properties.customIdPattern) return context.skip();
      const before = f.requests();
      const bad = [{ customId: 'has space/and:colon', messages: [{ role: 'user' as const, content: 'x' }] }];
      await expect(runChatBatch({ client: f.client, requests: bad, ...fast })).rejects.toThrow(/customId/);
      expect(f.requests()).toBe(before);
    });
  });
}
