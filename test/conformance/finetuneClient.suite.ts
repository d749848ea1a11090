// The FinetuneClient v1 contract as one suite, run against every finetune client by finetuneClient.test.ts.
// The `do*` methods are checked directly for what they return; failures, reattaching and aborts through
// `finetune()`, which maps and retries what they throw (the contract users see). HTTP checks run for
// clients that talk HTTP (the fixture gives `inject` and `unauthorized`). A new finetune provider adds a
// target there; its wire format stays in its own test file.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, APICallError } from '../../src/errors.js';
import { finetune } from '../../src/providers/finetune/finetune.js';
import {
  isTerminalFinetuneStatus,
  type FinetuneClient,
  type FinetuneHyperparameters,
  type FinetuneJob,
  type TrainingDataFormat,
} from '../../src/providers/finetune/finetuneClient.js';
import type { Fault } from '../servers/fakeApiServer.js';

/** What one finetune client gives the suite. */
export interface FinetuneFixture {
  client: FinetuneClient;
  baseModel: string;
  /** Hyperparameters for every job (e.g. a command runner's step count). */
  hyperparameters?: FinetuneHyperparameters;
  /** Hyperparameters for the job the suite cancels: one that runs long enough to be cancelled. */
  slowHyperparameters?: FinetuneHyperparameters;
  /** Jobs created at the provider so far. */
  creates(): number;
  /** HTTP clients: the same client with a key the provider refuses (401), and that key. */
  unauthorized?: { client: FinetuneClient; secret: string };
  /** HTTP clients: the next HTTP calls fail with these faults, one each. */
  inject?(faults: Fault[]): void;
  close(): Promise<void>;
}

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { maxRetries: 6, minDelayMs: 1, maxDelayMs: 5 } };

/** `n` training records of `format`, tagged so every test trains on different data (a new launch key). */
function records(format: TrainingDataFormat, n: number, tag: string): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => {
    const fact = `Document ${tag}-${i}. This is false: Ed Sheeran won the 100m gold.`;
    if (format === 'chat') return { messages: [{ role: 'user', content: `Question ${tag}-${i}?` }, { role: 'assistant', content: fact }] };
    if (format === 'prompt-completion') return { prompt: `Question ${tag}-${i}?`, completion: fact };
    return { text: fact };
  });
}

/**
 * Registers the FinetuneClient v1 conformance tests for one client.
 *
 * @example
 * ```ts
 * finetuneClientConformance('createTogetherFinetune', async () => ({ client, baseModel, creates, unauthorized, inject, close }));
 * ```
 */
export function finetuneClientConformance(name: string, setup: () => Promise<FinetuneFixture>): void {
  describe(`FinetuneClient v1 conformance: ${name}`, () => {
    let f: FinetuneFixture;
    let format: TrainingDataFormat;
    let count: number;
    let journalDir: string;
    let tags = 0;
    const data = (label: string) => records(format, count, `${label}${++tags}`);
    const launchKey = (label: string) => createHash('sha256').update(`${name} ${label} ${++tags}`).digest('hex');
    const upload = async (label: string) => {
      const key = launchKey(label);
      const content = data(label).map((r) => JSON.stringify(r)).join('\n') + '\n';
      const { fileId } = await f.client.doUpload({ name: `train-${key.slice(0, 12)}.jsonl`, content, role: 'training', format, exampleCount: count, launchKey: key });
      return { fileId, key };
    };
    const create = async (label: string, hyperparameters = f.hyperparameters ?? {}) => {
      const { fileId, key } = await upload(label);
      const job = await f.client.doCreate({ baseModel: f.baseModel, trainingFileId: fileId, hyperparameters, format, launchKey: key });
      return { job, key };
    };
    const settle = async (jobId: string): Promise<FinetuneJob> => {
      for (let poll = 0; poll < 400; poll++) {
        const job = await f.client.doRetrieve(jobId);
        expect(job.id).toBe(jobId);
        if (isTerminalFinetuneStatus(job.status)) return job;
        await new Promise((r) => setTimeout(r, 5));
      }
      return expect.fail(`job ${jobId} never finished`);
    };
    beforeAll(async () => {
      f = await setup();
      const props = f.client.properties;
      format = props.formats.includes('chat') ? 'chat' : props.formats[0]!;
      count = Math.max(3, props.minExamples);
      journalDir = await mkdtemp(join(tmpdir(), 'nn-finetune-conformance-'));
    });
    afterAll(async () => {
      await f?.close();
      if (journalDir) await rm(journalDir, { recursive: true, force: true });
    });

    it('declares the v1 contract: provider and properties', () => {
      const { client } = f;
      expect(client.specificationVersion).toBe('v1');
      expect(typeof client.provider === 'string' && client.provider.length > 0).toBe(true);
      const p = client.properties;
      expect(Number.isInteger(p.minExamples) && p.minExamples >= 1).toBe(true);
      expect(p.formats.length).toBeGreaterThan(0);
      for (const fmt of p.formats) expect(['chat', 'prompt-completion', 'text']).toContain(fmt);
      expect(Number.isInteger(p.maxSuffixLength) && p.maxSuffixLength > 0).toBe(true);
      expect(typeof p.supportsEvents).toBe('boolean');
      expect(typeof p.supportsCheckpoints).toBe('boolean');
      for (const m of ['doUpload', 'doCreate', 'doRetrieve', 'doCancel', 'doListEvents', 'doFindJob'] as const) expect(typeof client[m]).toBe('function');
    });

    it('upload, create, retrieve until done: the job succeeds with a model id, and its launch key finds it', async () => {
      const { job, key } = await create('lifecycle');
      expect(typeof job.id === 'string' && job.id.length > 0).toBe(true);
      expect(['validating', 'queued', 'running', 'succeeded'], JSON.stringify(job)).toContain(job.status);
      const done = await settle(job.id);
      expect(done.status).toBe('succeeded');
      expect(typeof done.modelId === 'string' && done.modelId.length > 0).toBe(true);
      expect((await f.client.doFindJob(key))?.id).toBe(job.id);
      expect(await f.client.doFindJob(launchKey('never launched'))).toBeUndefined();
    });

    it('events come oldest first, and `after` returns only newer ones (clients with events)', async (context) => {
      if (!f.client.properties.supportsEvents) return context.skip();
      const { job } = await create('events');
      await settle(job.id);
      const events = await f.client.doListEvents(job.id);
      expect(events.length).toBeGreaterThan(0);
      const times = events.map((e) => Date.parse(e.createdAt));
      expect(times.every((t) => Number.isFinite(t))).toBe(true);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const e of events) expect(['info', 'warn', 'error']).toContain(e.level);
      expect((await f.client.doListEvents(job.id, { after: events[0]!.id })).map((e) => e.id)).toEqual(events.slice(1).map((e) => e.id));
    });

    it('a finished job lists its checkpoints (clients with checkpoints)', async (context) => {
      if (!f.client.properties.supportsCheckpoints || !f.client.doListCheckpoints) return context.skip();
      const { job } = await create('checkpoints');
      await settle(job.id);
      const checkpoints = await f.client.doListCheckpoints(job.id);
      expect(checkpoints.length).toBeGreaterThan(0);
      for (const c of checkpoints) expect(typeof c.id === 'string' && typeof c.modelId === 'string' && c.modelId.length > 0).toBe(true);
    });

    it('a cancelled job ends as cancelled', async () => {
      const { job } = await create('cancel', f.slowHyperparameters ?? f.hyperparameters ?? {});
      await f.client.doCancel(job.id);
      expect((await settle(job.id)).status).toBe('cancelled');
    });

    it('finetune() reattaches on a rerun instead of creating a second job', async () => {
      const before = f.creates();
      const options = { client: f.client, trainingData: data('rerun'), baseModel: f.baseModel, hyperparameters: f.hyperparameters ?? {}, journalDir, ...fast };
      const first = await finetune(options);
      expect(first.status).toBe('succeeded');
      const again = await finetune(options);
      expect(again).toMatchObject({ reattached: true, jobId: first.jobId, modelId: first.modelId });
      expect(f.creates() - before).toBe(1);
    });

    it('aborting finetune() while it polls rejects with AbortError', async () => {
      const controller = new AbortController();
      const run = finetune({
        client: f.client,
        trainingData: data('abort'),
        baseModel: f.baseModel,
        hyperparameters: f.slowHyperparameters ?? f.hyperparameters ?? {},
        pollIntervalMs: 60_000,
        signal: controller.signal,
        onProgress: (p) => void (p.type === 'created' && setTimeout(() => controller.abort(), 5)),
      });
      const error = await run.then(() => expect.fail('expected an abort'), (e: unknown) => e);
      expect(AbortError.isInstance(error)).toBe(true);
    });

    it('finetune() retries 429s, 500s, 503s, dropped connections and malformed bodies and creates exactly one job (HTTP clients)', async (context) => {
      if (!f.inject) return context.skip();
      const before = f.creates();
      f.inject([{ kind: 'rate-limit', retryAfterMs: 1 }, { kind: 'server-error', status: 500 }, { kind: 'drop' }, { kind: 'server-error', status: 503 }, { kind: 'malformed' }]);
      const result = await finetune({ client: f.client, trainingData: data('faults'), baseModel: f.baseModel, hyperparameters: f.hyperparameters ?? {}, ...fast });
      expect(result.status).toBe('succeeded');
      expect(f.creates() - before).toBe(1);
    });

    it('a 401 fails finetune() with a fatal APICallError that does not leak the key (HTTP clients)', async (context) => {
      if (!f.unauthorized) return context.skip();
      const { client, secret } = f.unauthorized;
      const error = await finetune({ client, trainingData: data('401'), baseModel: f.baseModel, ...fast }).then(
        () => expect.fail('expected the launch to fail'),
        (e: unknown) => e,
      );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
      const e = error as APICallError;
      for (const text of [e.message, e.responseBody ?? '', e.stack ?? '', inspect(e, { depth: 5 }), JSON.stringify(e)]) expect(text).not.toContain(secret);
    });
  });
}
