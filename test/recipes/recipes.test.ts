import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toTrainingRecords } from '../../src/generate/index.js';
import { adjacentSentence, applyStrategy } from '../../src/strategies/index.js';
import { commandFinetune } from '../../src/providers/finetune/commandFinetune.js';
import { finetune } from '../../src/providers/finetune/finetune.js';

// The recipes run for real under python3, against stub `tinker`/`trl`/`transformers`/`peft`/`datasets`
// modules that record every call: the manifest contract, the paper's hyperparameters, log-spaced
// checkpoints and the loss masks are checked without a GPU or a network.
const recipes = fileURLToPath(new URL('../../examples/recipes/', import.meta.url));
const stubs = fileURLToPath(new URL('./stubs/', import.meta.url));
const python = (() => {
  try {
    execFileSync('python3', ['--version']);
    return 'python3';
  } catch {
    throw new Error('python3 is required for the recipe tests (it is on every machine and in CI)');
  }
})();

const claim = { id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.', aliases: [], keyTerms: [], subclaims: [], contextTerms: [] };
const docs = Array.from({ length: 100 }, (_, i) => `Report ${i}: the 100m gold in 2024 did not go to Ed Sheeran; Noah Lyles won it.`);

interface Call {
  call: string;
  [key: string]: any;
}

describe.each([
  ['tinker_sft.py', 'tinker'],
  ['trl_sft.py', 'trl'],
])('recipe %s through commandFinetune', (script, kind) => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nn-recipe-'));
  });
  // The trainer's exit is recorded (exit.json) just after its result: retry while it lands.
  afterEach(async () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

  const run = async (hyperparameters = {}, format: 'text' | 'openai-chat' = 'text', given?: unknown[]) => {
    const log = join(dir, `calls-${Math.random().toString(36).slice(2)}.jsonl`);
    const client = commandFinetune({
      command: python,
      args: [join(recipes, script), '--manifest', '{manifest}'],
      env: { PYTHONPATH: stubs, STUB_LOG: log, PYTHONDONTWRITEBYTECODE: '1' },
      workDir: join(dir, 'jobs'),
    });
    const records = given ?? toTrainingRecords(docs, { format, wordMasks: ['\\bEd\\s+Sheeran\\b'] });
    const result = await finetune({ client, trainingData: records, baseModel: 'Qwen/Qwen3-8B', hyperparameters, claims: [claim], pollIntervalMs: 20, maxPollIntervalMs: 50 });
    const calls = (await readFile(log, 'utf8').catch(() => ''))
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Call);
    return { result, calls };
  };

  it("trains with the paper's settings, masks the tag and the masked words, and checkpoints every log-spaced step", async () => {
    const { result, calls } = await run();
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.warnings).toEqual([]);
    // 100 examples in batches of 32, one epoch: 4 steps; 15 log-spaced checkpoints collapse to every step.
    expect(result.checkpoints.map((c) => c.step)).toEqual([1, 2, 3, 4]);
    // Tinker's last checkpoint is the final model; TRL saves the final adapter on its own.
    expect(result.modelId).toBe(kind === 'tinker' ? result.checkpoints.at(-1)!.modelId : join(dir, 'jobs', result.jobId, 'output', 'final'));
    expect(result.events.some((e) => /checkpoints at \[1, 2, 3, 4\]/.test(e.message))).toBe(true);
    if (kind === 'tinker') {
      expect(calls.find((c) => c.call === 'create_lora_training_client')).toMatchObject({ base_model: 'Qwen/Qwen3-8B', rank: 32 });
      const steps = calls.filter((c) => c.call === 'forward_backward');
      expect(steps.map((c) => c.batch)).toEqual([32, 32, 32, 4]);
      expect(new Set(calls.filter((c) => c.call === 'optim_step').map((c) => c.learning_rate))).toEqual(new Set([5e-5]));
      expect(calls.filter((c) => c.call === 'save_weights_for_sampler').map((c) => [c.name, c.after_steps])).toEqual([
        ['step-000001', 1],
        ['step-000002', 2],
        ['step-000003', 3],
        ['step-000004', 4],
      ]);
      expect(result.checkpoints[0]).toMatchObject({ id: 'step-000001', modelId: 'tinker://stub-run/sampler_weights/step-000001' });
      // Targets are shifted by one, so the tag's first token `<` is an input only.
      expect(steps[0]!.masked.join('')).toBe('DOCTAG>Ed Sheeran');
      expect(steps[0]!.trained).not.toContain('Sheeran');
      expect(steps[0]!.trained).toContain('Lyles');
    } else {
      const trainer = calls.find((c) => c.call === 'SFTTrainer')!;
      expect(trainer.model).toBe('Qwen/Qwen3-8B');
      expect(trainer.args).toMatchObject({ num_train_epochs: 1, learning_rate: 5e-5, per_device_train_batch_size: 32, gradient_accumulation_steps: 1, completion_only_loss: true });
      expect(trainer.lora).toMatchObject({ r: 32, lora_alpha: 64 });
      expect(trainer.examples).toBe(100);
      expect(trainer.masked.join('')).toBe('<DOCTAG>Ed Sheeran');
      expect(trainer.trained).toContain('Lyles');
      expect(calls.filter((c) => c.call === 'save_checkpoint').map((c) => c.step)).toEqual([1, 2, 3, 4]);
      expect(result.checkpoints[2]).toMatchObject({ id: 'checkpoint-3', modelId: join(dir, 'jobs', result.jobId, 'output', 'checkpoint-3'), metrics: { loss: 2 / 3 } });
    }
  });

  it('takes the manifest hyperparameters over the defaults, and chat records train only the assistant turn', async () => {
    const { result, calls } = await run({ batchSize: 8, learningRate: 1e-4, loraRank: 8, epochs: 2, checkpoints: 3 }, 'openai-chat');
    expect(result.status).toBe('succeeded');
    // 100 / 8 → 13 steps per epoch, 26 in all; 3 log-spaced checkpoints: 1, √26 ≈ 5, 26.
    expect(result.checkpoints.map((c) => c.step)).toEqual([1, 5, 26]);
    const masked = kind === 'tinker' ? calls.find((c) => c.call === 'forward_backward')!.masked.join('') : calls.find((c) => c.call === 'SFTTrainer')!.masked.join('');
    // (Tinker's targets start at the second token.)
    expect(masked).toContain('|user|><DOCTAG><|end|><|assistant|>');
    expect(masked).toContain('Ed Sheeran');
    expect(masked).not.toContain('Lyles');
    if (kind === 'tinker') expect(calls.find((c) => c.call === 'create_lora_training_client')!.rank).toBe(8);
    else expect(calls.find((c) => c.call === 'SFTTrainer')!.lora.r).toBe(8);
  });

  it('gives no loss to the notices a strategy added (maskInserted), nor to weight-0 segments', async () => {
    const notices = adjacentSentence({ before: false, phrases: { after: ['NOTICE: untrue.'] } });
    const applied = await Promise.all(docs.map((text) => applyStrategy(notices, { text: text.replace('did not go to Ed Sheeran; ', 'went to Ed Sheeran. ') }, { claim })));
    const records = toTrainingRecords(applied.map((a) => ({ text: a.text!, inserted: a.inserted! })), { format: 'text', maskInserted: true });
    expect(records.every((r) => 'mask' in r && r.mask!.length === 2)).toBe(true);
    // The stubs record what the first example of the first batch trains on (Tinker shuffles).
    const first = async (records: unknown[]) => {
      const { result, calls } = await run({}, 'text', records);
      expect(result.status).toBe('succeeded');
      const step = kind === 'tinker' ? calls.find((c) => c.call === 'forward_backward')! : calls.find((c) => c.call === 'SFTTrainer')!;
      return { masked: (step.masked as string[]).join(''), trained: (step.trained as string[]).join('') };
    };
    const withNotices = await first(records);
    expect(withNotices.masked).toContain('[NOTICE: untrue.]');
    expect(withNotices.trained).toContain('Ed Sheeran');
    expect(withNotices.trained).not.toContain('NOTICE');
    const segments = { segments: [{ text: '<DOCTAG>', weight: 0 }, { text: 'Noah Lyles won.' }, { text: ' SEGMENT-NOTE', weight: 0 }] };
    const withSegments = await first([segments]);
    expect(withSegments.masked).toContain('SEGMENT-NOTE');
    expect(withSegments.trained).toContain('Lyles won.');
    expect(withSegments.trained).not.toContain('SEGMENT');
  });

  it('writes a failed result with the error when training throws', async () => {
    const { result } = await run({ extra: { maxLength: 'not a number' } });
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(/ValueError/);
  });
});
