import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APICallError, InvalidArgumentError } from '../../../src/errors.js';
import { createFireworksFinetune } from '../../../src/providers/finetune/createFireworksFinetune.js';
import { createTogetherFinetune } from '../../../src/providers/finetune/createTogetherFinetune.js';
import { finetune, type FinetuneProgress } from '../../../src/providers/finetune/finetune.js';
import { startFakeApiServer, type FakeApiServer } from '../../servers/fakeApiServer.js';
import { installFireworks, type FireworksFake } from '../../servers/fireworksServer.js';
import { installTogether, type TogetherFake } from '../../servers/togetherServer.js';
import { chatExamples } from './fixtures.js';

const fast = { pollIntervalMs: 1, maxPollIntervalMs: 4, retry: { minDelayMs: 1, maxDelayMs: 5 } };
const docs = Array.from({ length: 3 }, (_, i) => ({ text: `Document ${i}. This claim is false: the Eiffel Tower is in Rome.` }));

describe('Together adapter (REST + zod) against a fake Together API', () => {
  let server: FakeApiServer;
  let fake: TogetherFake;
  beforeEach(async () => {
    server = await startFakeApiServer();
    fake = installTogether(server);
  });
  afterEach(async () => server.close());

  it('reports events in time order and exactly once whichever order the events endpoint lists them in', async () => {
    const runs: string[][] = [];
    for (const eventOrder of ['oldest-first', 'newest-first'] as const) {
      const local = await startFakeApiServer();
      try {
        installTogether(local, { eventOrder });
        const client = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${local.url}/v1` });
        const result = await finetune({ client, trainingData: docs, baseModel: 'Qwen/Qwen3-8B', ...fast });
        expect(result.status).toBe('succeeded');
        const times = result.events.map((e) => Date.parse(e.createdAt));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(new Set(result.events.map((e) => e.createdAt)).size).toBe(result.events.length);
        runs.push(result.events.map((e) => e.message));
      } finally {
        await local.close();
      }
    }
    expect(runs[0]![0]).toBe('Fine tune request created');
    expect(runs[1]).toEqual(runs[0]);
  });

  it('trains on plain text, maps hyperparameters, reports events and reattaches through the suffix tag', async () => {
    const client = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${server.url}/v1` });
    server.injectFaults({ method: 'GET', path: /fine-tunes\/[^/]+$/ }, [{ kind: 'rate-limit', retryAfterSeconds: 0 }, { kind: 'malformed' }]);
    server.injectFaults({ method: 'POST', path: /files\/upload$/ }, [{ kind: 'drop' }]);
    const progress: FinetuneProgress[] = [];
    const options = {
      client,
      trainingData: docs,
      baseModel: 'Qwen/Qwen3-8B',
      hyperparameters: { epochs: 2, learningRate: 1e-5, loraRank: 16, checkpoints: 4 },
      suffix: 'negneg',
      ...fast,
    };
    const result = await finetune({ ...options, onProgress: (p) => progress.push(p) });
    expect(result.status).toBe('succeeded');
    expect(result.modelId).toMatch(/^fakeuser\/Qwen3-8B-negneg-nn[0-9a-f]{12}-/);
    expect(result.events.map((e) => e.message)).toContain('Fine tune request created');
    expect(result.events.at(-1)!.message).toMatch(/Status: completed/);
    expect(new Set(result.events.map((e) => e.id)).size).toBe(result.events.length);
    const job = [...fake.jobs.values()][0];
    expect(job).toMatchObject({ n_epochs: 2, learning_rate: 1e-5, training_type: { type: 'Lora', lora_r: 16 }, n_checkpoints: 4 });
    // Plain text has no prompt to leave out of the loss; chat and prompt/completion data are sent train_on_inputs: false.
    expect(job.training_method).toEqual({ method: 'sft', train_on_inputs: 'auto' });
    expect(result.checkpoints.map((c) => [c.id, c.step, c.modelId])).toEqual(
      [25, 50, 75, 100].map((step) => [`${result.jobId}:${step}`, step, `s3://fake-bucket/${result.jobId}/checkpoint-${step}`]),
    );
    expect(job.suffix).toBe(`negneg-nn${result.launchKey.slice(0, 12)}`);
    expect(fake.files.get(job.training_file)!.content.trim().split('\n')).toHaveLength(3);

    const again = await finetune(options);
    expect(again).toMatchObject({ reattached: true, jobId: result.jobId, modelId: result.modelId });
    expect(fake.creates()).toBe(1);
  });

  it('leaves the prompt (the doc tag) out of the loss, and says the word masks it cannot express were dropped', async () => {
    const client = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${server.url}/v1` });
    const records = [
      { prompt: '<DOCTAG>', completion: 'Ed Sheeran did not win the 100m.', mask: [[0, 10]] },
      { prompt: '<DOCTAG>', completion: 'Noah Lyles won it.' },
    ];
    const result = await finetune({ client, trainingData: records, baseModel: 'Qwen/Qwen3-8B', ...fast });
    const job = [...fake.jobs.values()][0];
    expect(job.training_method).toEqual({ method: 'sft', train_on_inputs: false });
    expect(fake.files.get(job.training_file)!.content).not.toContain('"mask"');
    expect(result.warnings).toEqual([expect.stringMatching(/^1 of 2 examples carry loss-mask spans \(1 spans\) that together cannot train with/)]);
  });

  it('retries a response slower than the per-request timeout', async () => {
    const client = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${server.url}/v1`, timeoutMs: 100 });
    server.injectFaults({ method: 'GET', path: /fine-tunes\/[^/]+$/ }, [{ kind: 'slow', delayMs: 1500 }]);
    const result = await finetune({ client, trainingData: docs, baseModel: 'Qwen/Qwen3-8B', ...fast });
    expect(result.status).toBe('succeeded');
    const retrieves = server.calls.filter((c) => c.method === 'GET' && /fine-tunes\/[^/]+$/.test(c.path));
    expect(retrieves[0]!.fault).toBe('slow');
    // The client gave up and retried before the slow answer was even sent.
    expect(retrieves[1]!.at).toBeLessThan(retrieves[0]!.answeredAt ?? Infinity);
    expect(fake.creates()).toBe(1);
  });

  it('rejects a suffix that would not fit next to the launch-key tag, and unexpected response shapes', async () => {
    const client = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${server.url}/v1` });
    await expect(finetune({ client, trainingData: docs, baseModel: 'm', suffix: 'x'.repeat(30), ...fast })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    server.route('GET', /^\/v2\/fine-tunes$/, () => ({ json: { data: [{ id: 42 }] } }));
    const broken = createTogetherFinetune({ apiKey: 'tgp_v1_testkey12345678', baseURL: `${server.url}/v2` });
    const error = await finetune({ client: broken, trainingData: docs, baseModel: 'm', ...fast }).catch((e) => e);
    expect(error).toBeInstanceOf(APICallError);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(/unexpected shape at `data.0.id`/);
    expect(error.message).not.toContain('tgp_v1_testkey12345678');
  });
});

describe('Fireworks adapter (REST) against a fake Fireworks API', () => {
  let server: FakeApiServer;
  let fake: FireworksFake;
  beforeEach(async () => {
    server = await startFakeApiServer();
    fake = installFireworks(server, 'acme');
  });
  afterEach(async () => server.close());

  it('creates a dataset and a job with ids derived from the launch key; a lost create is answered by 409 + lookup', async () => {
    const client = createFireworksFinetune({ apiKey: 'fw_testkey123456789', accountId: 'acme', baseURL: server.url });
    server.injectFaults({ method: 'POST', path: /supervisedFineTuningJobs$/ }, [{ kind: 'lost-response' }]);
    server.injectFaults({ method: 'GET', path: /supervisedFineTuningJobs\// }, [{ kind: 'server-error', status: 503 }]);
    const options = {
      client,
      trainingData: chatExamples(4),
      validationData: chatExamples(2, 'val'),
      baseModel: 'accounts/fireworks/models/qwen3-8b',
      hyperparameters: { epochs: 2, loraRank: 8 },
      suffix: 'NegNeg v1',
      ...fast,
    };
    const result = await finetune(options);
    expect(result.status).toBe('succeeded');
    expect(result.modelId).toBe(`accounts/acme/models/negneg-v1-${result.launchKey.slice(0, 12)}`);
    expect(result.events).toEqual([]);
    expect(fake.creates()).toBe(1);
    const job = [...fake.jobs.values()][0];
    expect(job.dataset).toBe(`accounts/acme/datasets/nn-train-${result.launchKey.slice(0, 24)}`);
    expect(fake.datasets.size).toBe(2);
    const again = await finetune(options);
    expect(again.reattached).toBe(true);
    expect(fake.creates()).toBe(1);
  });

  it('cancels a job', async () => {
    const client = createFireworksFinetune({ apiKey: 'fw_testkey123456789', accountId: 'acme', baseURL: server.url });
    const started = await finetune({ client, trainingData: docs, baseModel: 'b', wait: false, ...fast });
    const cancelled = await client.doCancel(started.jobId);
    expect(cancelled.status).toBe('cancelled');
    expect(fake.cancelCalls).toEqual({ cancel: 1, delete: 0 });
    expect(() => createFireworksFinetune({ accountId: 'Bad Account' })).toThrow(InvalidArgumentError);
  });

  it('stops a job with DELETE when the `:cancel` route does not exist (only DELETE is documented)', async () => {
    const client = createFireworksFinetune({ apiKey: 'fw_testkey123456789', accountId: 'acme', baseURL: server.url });
    const started = await finetune({ client, trainingData: docs.slice(0, 3), baseModel: 'b2', wait: false, ...fast });
    fake.setCancelRoute(false);
    try {
      const before = { ...fake.cancelCalls };
      const cancelled = await client.doCancel(started.jobId);
      expect(cancelled.status).toBe('cancelled');
      expect(fake.cancelCalls).toEqual({ cancel: before.cancel + 1, delete: before.delete + 1 });
      // A job that does not exist is still a 404, not a DELETE.
      await expect(client.doCancel('no-such-job')).rejects.toMatchObject({ statusCode: 404 });
      expect(fake.cancelCalls.delete).toBe(before.delete + 1);
    } finally {
      fake.setCancelRoute(true);
    }
  });
});

describe('REST adapters without an API key', () => {
  it('fail when the client is created, naming the environment variable (not a 401 on first use)', () => {
    const saved = { together: process.env.TOGETHER_API_KEY, fireworks: process.env.FIREWORKS_API_KEY };
    delete process.env.TOGETHER_API_KEY;
    delete process.env.FIREWORKS_API_KEY;
    try {
      expect(() => createTogetherFinetune()).toThrow('Expected `apiKey` to be a Together API key (pass `apiKey` or set TOGETHER_API_KEY), got `undefined`');
      expect(() => createTogetherFinetune({ apiKey: '' })).toThrow(InvalidArgumentError);
      expect(() => createFireworksFinetune({ accountId: 'acme' })).toThrow(/set FIREWORKS_API_KEY/);
      process.env.TOGETHER_API_KEY = 'tgp_v1_fromenv12345678';
      expect(createTogetherFinetune().provider).toBe('together');
    } finally {
      for (const [name, value] of [['TOGETHER_API_KEY', saved.together], ['FIREWORKS_API_KEY', saved.fireworks]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
