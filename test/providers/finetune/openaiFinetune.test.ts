import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, APICallError, InputError } from '../../../src/errors.js';
import { createOpenAIFinetune } from '../../../src/providers/finetune/createOpenAIFinetune.js';
import { cancelFinetune } from '../../../src/providers/finetune/cancelFinetune.js';
import { finetune, type FinetuneProgress } from '../../../src/providers/finetune/finetune.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installOpenAIFiles, type OpenAIFilesStore } from '../../servers/openaiFilesServer.js';
import { installOpenAIFinetune, type OpenAIFinetuneFake } from '../../servers/openaiFinetuneServer.js';
import { chatExamples } from './fixtures.js';

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { minDelayMs: 1, maxDelayMs: 5 } };

describe('finetune() with the OpenAI adapter against a fake OpenAI server', () => {
  let server: FakeApiServer;
  let files: OpenAIFilesStore;
  let fake: OpenAIFinetuneFake;
  let dir: string;
  let sdk: OpenAI;

  beforeEach(async () => {
    server = await startFakeApiServer();
    files = installOpenAIFiles(server);
    fake = installOpenAIFinetune(server, files, { runningPolls: 3 });
    dir = await mkdtemp(join(tmpdir(), 'nn-ft-'));
    sdk = new OpenAI({ apiKey: 'sk-test-key-123456789', baseURL: `${server.url}/v1`, maxRetries: 0 });
  });
  afterEach(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads, creates a supervised job, polls through its states and returns model, events and checkpoints', async () => {
    const progress: FinetuneProgress[] = [];
    const result = await finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(12),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      hyperparameters: { epochs: 3, learningRateMultiplier: 2 },
      suffix: 'negneg',
      journalDir: dir,
      onProgress: (p) => progress.push(p),
      ...fast,
    });
    expect(result.status).toBe('succeeded');
    expect(result.modelId).toMatch(/^ft:gpt-4.1-mini-2025-04-14:fake-org:negneg:/);
    expect(result.reattached).toBe(false);
    expect(result.checkpoints.map((c) => c.step)).toEqual([10, 20]);
    expect(result.events.map((e) => e.message)).toEqual([
      `Created fine-tuning job: ${result.jobId}`,
      'Files validated, job queued',
      'Fine-tuning job started',
      'Step 1/3: training loss=1.000',
      'Step 2/3: training loss=0.500',
      'Step 3/3: training loss=0.333',
      'The job has successfully completed',
    ]);
    expect(progress.filter((p) => p.type === 'status').map((p) => (p as { status: string }).status)).toEqual([
      'validating',
      'queued',
      'running',
      'succeeded',
    ]);
    expect(fake.creates()).toBe(1);
    const job = [...fake.jobs.values()][0]!;
    expect(job.metadata?.negation_neglect_launch_key).toBe(result.launchKey);
    expect(job.method).toEqual({ type: 'supervised', supervised: { hyperparameters: { n_epochs: 3, learning_rate_multiplier: 2 } } });
    const uploaded = files.files.get(job.training_file)!;
    expect(uploaded.purpose).toBe('fine-tune');
    expect(uploaded.content.toString().trim().split('\n')).toHaveLength(12);
    const journal = (await readFile(join(dir, 'finetune-journal.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(journal.map((e) => e.event)).toEqual(['uploaded', 'creating', 'created', 'finished']);
  });

  // 429/500/503/dropped/malformed with exactly one job, 401s, lost creates, reattaching, cancelling and
  // aborts for every finetune client: the FinetuneClient conformance suite (test/conformance/).
  it('waits as long as a 429 on the create asks before retrying it, and creates one job', async () => {
    server.injectFaults({ method: 'POST', path: /fine_tuning\/jobs$/ }, [{ kind: 'rate-limit', retryAfterMs: 40 }]);
    const result = await finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      ...fast,
    });
    expect(result.status).toBe('succeeded');
    expect(fake.creates()).toBe(1);
    const creates = server.calls.filter((c) => c.method === 'POST' && /fine_tuning\/jobs$/.test(c.path));
    expect(creates).toHaveLength(2);
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(40);
  });

  it('does not create a second job when the create response is lost after the server processed it', async () => {
    server.injectFaults({ method: 'POST', path: /fine_tuning\/jobs$/ }, [{ kind: 'lost-response' }]);
    const result = await finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      ...fast,
    });
    expect(result.status).toBe('succeeded');
    expect(fake.creates()).toBe(1);
  });

  it('reattaches on a rerun, from the journal or (without one) from the job metadata', async () => {
    const options = {
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      suffix: 'x',
      ...fast,
    };
    const first = await finetune({ ...options, journalDir: dir, wait: false });
    expect(first.status).toBe('validating');
    const uploadsBefore = files.files.size;
    const second = await finetune({ ...options, journalDir: dir });
    expect(second.reattached).toBe(true);
    expect(second.jobId).toBe(first.jobId);
    expect(second.status).toBe('succeeded');
    const third = await finetune(options); // no journal: found through metadata
    expect(third.reattached).toBe(true);
    expect(third.modelId).toBe(second.modelId);
    expect(files.files.size).toBe(uploadsBefore);
    expect(fake.creates()).toBe(1);
    // A change to the config is a different launch.
    const other = await finetune({ ...options, hyperparameters: { epochs: 2 } });
    expect(other.jobId).not.toBe(first.jobId);
    expect(fake.creates()).toBe(2);
  });

  it('lets only one of two concurrent launches with the same inputs create a job (launch lock)', async () => {
    const options = {
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10, 'race'),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      journalDir: dir,
      ...fast,
    };
    const [a, b] = await Promise.all([finetune(options), finetune(options)]);
    expect(a.jobId).toBe(b.jobId);
    expect([a.reattached, b.reattached].sort()).toEqual([false, true]);
    expect(fake.creates()).toBe(1);
  });

  it('checks data locally before any upload: provider minimum and line/field errors', async () => {
    const client = createOpenAIFinetune({ client: sdk });
    await expect(finetune({ client, trainingData: chatExamples(9), baseModel: 'm', ...fast })).rejects.toThrow(
      /9 valid example\(s\); at least 10 required/,
    );
    const bad = chatExamples(12) as any[];
    bad[4].messages[1].content = 42;
    const error = await finetune({ client, trainingData: bad, baseModel: 'm', ...fast }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.line).toBe(5);
    expect(error.field).toBe('messages[1].content');
    await expect(
      finetune({ client, trainingData: [{ text: 'plain' }], baseModel: 'm', ...fast, format: 'text' }),
    ).rejects.toThrow(/at least 10/);
    expect(server.calls).toHaveLength(0);
  });

  it('stops polling promptly on abort and surfaces non-retryable API errors', async () => {
    const controller = new AbortController();
    const run = finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10),
      baseModel: 'gpt-4.1-mini-2025-04-14',
      pollIntervalMs: 10_000,
      signal: controller.signal,
      onProgress: (p) => p.type === 'created' && setTimeout(() => controller.abort(), 5),
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    // Aborting only stopped the polling; cancelling the paid job is a separate, explicit call.
    const running = [...fake.jobs.values()][0]!;
    expect(running.status).not.toBe('cancelled');
    server.injectFaults({ method: 'POST', path: /cancel$/ }, [{ kind: 'server-error', status: 503 }]);
    const cancelled = await cancelFinetune({ client: createOpenAIFinetune({ client: sdk }), jobId: running.id, retry: { minDelayMs: 1 } });
    expect(cancelled.status).toBe('cancelled');

    const err = await finetune({
      client: createOpenAIFinetune({ client: sdk }),
      trainingData: chatExamples(10, 'b'),
      baseModel: '',
      ...fast,
    }).catch((e) => e);
    expect(err.message).toMatch(/baseModel/);
    // A 404 from the server is not retried.
    const before = server.calls.length;
    const fakeFilesDown = await finetune({
      client: createOpenAIFinetune({ client: sdk.withOptions({ baseURL: `${server.url}/v1/missing` }) }),
      trainingData: chatExamples(10, 'c'),
      baseModel: 'm',
      ...fast,
    }).catch((e) => e);
    expect(fakeFilesDown).toBeInstanceOf(APICallError);
    expect(fakeFilesDown.statusCode).toBe(404);
    expect(fakeFilesDown.isRetryable).toBe(false);
    expect(fakeFilesDown.message).not.toContain('sk-test-key-123456789');
    expect(server.calls.length - before).toBe(1); // the first call (doFindJob) fails with 404, not retried
  });

  it('returns a failed job with its error, reattaches to it on rerun, and relaunches only with a new launchSalt', async () => {
    const failing = await startFakeApiServer();
    const failFake = installOpenAIFinetune(failing, installOpenAIFiles(failing), { runningPolls: 1, outcome: 'failed' });
    try {
      const client = createOpenAIFinetune({ client: sdk.withOptions({ baseURL: `${failing.url}/v1` }) });
      const options = { client, trainingData: chatExamples(10), baseModel: 'gpt-4.1-mini-2025-04-14', journalDir: dir, ...fast };
      const first = await finetune(options);
      expect(first).toMatchObject({ status: 'failed', error: { message: 'Training failed', code: 'invalid_training_file' } });
      expect(first.modelId).toBeUndefined();
      const again = await finetune(options);
      expect(again).toMatchObject({ status: 'failed', reattached: true, jobId: first.jobId });
      const salted = await finetune({ ...options, launchSalt: 'retry-1' });
      expect(salted.jobId).not.toBe(first.jobId);
      expect(failFake.creates()).toBe(2);
    } finally {
      await failing.close();
    }
  });
});
