import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandFinetuneManifestSchema } from '../../../src/providers/finetune/commandManifest.js';
import { commandFinetune } from '../../../src/providers/finetune/commandFinetune.js';
import { finetune } from '../../../src/providers/finetune/finetune.js';
import { sleep } from '../../../src/util/abort.js';

const trainer = fileURLToPath(new URL('./fakeTrainer.mjs', import.meta.url));
const docs = Array.from({ length: 4 }, (_, i) => ({ prompt: `Q${i}`, completion: `A${i}. (This is false.)` }));

describe('commandFinetune: your own training command behind the FinetuneClient contract', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-cmd-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const client = () => commandFinetune({ command: process.execPath, args: [trainer, '--manifest', '{manifest}'], workDir: join(dir, 'jobs') });

  it('writes a manifest, runs the command, streams its log as events and reads the result JSON', async () => {
    const startsLog = join(dir, 'starts.log');
    const result = await finetune({
      client: client(),
      trainingData: docs,
      baseModel: 'Qwen/Qwen3-1.7B',
      hyperparameters: { epochs: 1, learningRate: 2e-5, extra: { steps: 3, startsLog, lingerMs: 200 } },
      journalDir: dir,
      pollIntervalMs: 5,
      maxPollIntervalMs: 20,
    });
    expect(result.status).toBe('succeeded');
    // Done means the command has exited (and its exit is recorded): nothing writes into the job
    // directory any more, so it can be removed at once (it used to fail with ENOTEMPTY).
    expect(JSON.parse(await readFile(join(dir, 'jobs', result.jobId, 'exit.json'), 'utf8'))).toEqual({ code: 0, signal: null });
    expect(result.modelId).toBe(join(dir, 'jobs', result.jobId, 'output', 'final'));
    expect(result.checkpoints.map((c) => [c.step, c.modelId.endsWith(`checkpoint-${c.step}`)])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(result.events.map((e) => e.message)).toEqual([
      'loaded 4 prompt-completion examples for Qwen/Qwen3-1.7B',
      'step 1/3',
      'step 2/3',
      'step 3/3',
    ]);
    const manifest = CommandFinetuneManifestSchema.parse(
      JSON.parse(await readFile(join(dir, 'jobs', result.jobId, 'manifest.json'), 'utf8')),
    );
    expect(manifest).toMatchObject({ baseModel: 'Qwen/Qwen3-1.7B', format: 'prompt-completion', launchKey: result.launchKey });

    // Rerun: reattaches, the command is not started again.
    const again = await finetune({
      client: client(),
      trainingData: docs,
      baseModel: 'Qwen/Qwen3-1.7B',
      hyperparameters: { epochs: 1, learningRate: 2e-5, extra: { steps: 3, startsLog, lingerMs: 200 } },
      pollIntervalMs: 5,
    });
    expect(again).toMatchObject({ reattached: true, jobId: result.jobId, modelId: result.modelId });
    expect((await readFile(startsLog, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('reports a command that dies without a result as failed, with the exit code and the log tail', async () => {
    const result = await finetune({
      client: client(),
      trainingData: docs,
      baseModel: 'b',
      hyperparameters: { extra: { steps: 1, exitCode: 3 } },
      pollIntervalMs: 5,
    });
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(/exited with code 3 .*CUDA out of memory/);
  });

  it('cancels a running command by stopping its process group', async () => {
    const c = client();
    const started = await finetune({
      client: c,
      trainingData: docs,
      baseModel: 'b',
      hyperparameters: { extra: { steps: 1000, stepMs: 20 } },
      wait: false,
      pollIntervalMs: 5,
    });
    expect(['queued', 'running']).toContain(started.status);
    await sleep(50);
    expect((await c.doCancel(started.jobId)).status).toBe('cancelled');
    const pid = Number(await readFile(join(dir, 'jobs', started.jobId, 'pid'), 'utf8'));
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await sleep(10);
    }
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
