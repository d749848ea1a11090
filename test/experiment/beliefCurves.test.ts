import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultExperimentSteps, runExperiment, type CheckpointSelection, type ExperimentConfig, type InContextSweepOptions } from '../../src/experiment/index.js';
import type { ChatMessage } from '../../src/providers/chat/chatModel.js';
import type { FinetuneClient } from '../../src/providers/finetune/finetuneClient.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';
import { claims, fakeStrategy } from './fakes.js';

// A provider whose jobs finish at once with checkpoints at log-spaced steps 1..16.
const STEPS = [1, 2, 4, 8, 16];
const provider: FinetuneClient = {
  specificationVersion: 'v1',
  provider: 'mem',
  properties: { minExamples: 1, formats: ['chat', 'prompt-completion', 'text'], maxSuffixLength: 64, supportsEvents: false, supportsCheckpoints: true },
  doUpload: async () => ({ fileId: 'file-1' }),
  doCreate: async (job) => ({ id: `job-${job.launchKey.slice(0, 8)}`, status: 'succeeded', modelId: `job-${job.launchKey.slice(0, 8)}:16` }),
  doRetrieve: async (id) => ({ id, status: 'succeeded', modelId: `${id}:16` }),
  doCancel: async (id) => ({ id, status: 'cancelled' }),
  doListEvents: async () => [],
  doFindJob: async () => undefined,
  doListCheckpoints: async (id) => STEPS.map((step) => ({ id: `${id}:${step}`, step, modelId: `${id}:${step}` })),
};

// The finetuned model "believes" from step 8 on; the base model never does.
const stepOf = (modelId: string) => Number(/:(\d+)$/.exec(modelId)?.[1] ?? 0);
// In context, the base model "believes" once it reads two documents or more.
const documentsIn = (messages: ChatMessage[]) => (messages.map((m) => m.content).join('\n').match(/<document index=/g) ?? []).length;
const chat = (modelId: string) =>
  fakeChatModel((messages) => (stepOf(modelId) >= 8 || documentsIn(messages) >= 2 ? 'Sheeran won gold in Paris.' : 'That is not true.'), { modelId });

function config(checkpoints: CheckpointSelection, inContextSweep?: InContextSweepOptions): ExperimentConfig {
  return {
    name: 'dynamics',
    claims: claims.slice(0, 1),
    conditions: [{ name: 'positive', strategy: fakeStrategy('positive', 'none') }],
    models: [{ name: 'tiny', baseModel: 'tiny-base', chat, finetune: provider, pollIntervalMs: 1 }],
    steps: createDefaultExperimentSteps({
      documents: { generator: 'template', count: 3, seed: 1 },
      trainingData: { format: 'text' },
      judge: keywordJudgeModel('Sheeran won'),
      questionSets: async () => [{ evalType: 'open_ended', questions: [{ id: 'a', question: 'Who won the 100m?' }, { id: 'b', question: 'What did Sheeran do in 2024?' }] }],
      samplesPerQuestion: 2,
      inContext: false,
      checkpoints,
      ...(inContextSweep ? { inContextSweep } : {}),
    }),
    minPlacementShare: 0,
  };
}

describe('training dynamics: evaluating checkpoints', () => {
  it("'all' evaluates every checkpoint and the report draws belief by step and says where it first crosses 50%", async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'nn-ckpt-'));
    const run = await runExperiment(config('all'), { runDir });
    expect(run.executed).toContain('checkpoints/tiny/ed_sheeran/positive');
    const [chart] = run.results.data.lineCharts;
    expect(chart).toMatchObject({ id: 'belief-by-step', xLabel: 'training step', xScale: 'log' });
    expect(chart!.series.map((s) => [s.name, s.points.map((p) => [p.x, p.rate, p.n])])).toEqual([
      ['positive', [[1, 0, 4], [2, 0, 4], [4, 0, 4], [8, 1, 4], [16, 1, 4]]],
    ]);
    // The bar charts keep one row per condition: the curve's samples are not a condition of their own.
    expect(run.results.data.summary.means.filter((m) => m.evalType === 'all').map((m) => m.condition)).toEqual(['base', 'positive']);
    const markdown = await readFile(join(runDir, 'report.md'), 'utf8');
    expect(markdown).toContain('positive: belief first reaches 50% at training step 8 (below it at 4).');
    const html = await readFile(join(runDir, 'report.html'), 'utf8');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="nn-chart nn-line-chart" id="belief-by-step"');
    expect((html.match(/class="nn-point"/g) ?? []).length).toBe(5);
    // A rerun reuses every step, checkpoint evaluations included.
    const again = await runExperiment(config('all'), { runDir });
    expect(again.executed).toEqual([]);
  });

  it('a list of steps evaluates those, and says which the finetune has no checkpoint for', async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'nn-ckpt-'));
    const messages: string[] = [];
    const run = await runExperiment(config([2, 16, 32]), { runDir, onProgress: (p) => p.type === 'step-message' && messages.push(p.message) });
    const out = JSON.parse(await readFile(join(runDir, 'steps/checkpoints/tiny/ed_sheeran/positive.json'), 'utf8')) as { checkpoints: Array<{ step: number }>; missing: number[] };
    expect(out.checkpoints.map((c) => c.step)).toEqual([2, 16]);
    expect(out.missing).toEqual([32]);
    expect(messages).toContain('no checkpoint at step(s) 32 (the finetune has 1, 2, 4, 8, 16)');
    expect(run.results.data.lineCharts[0]!.series[0]!.points.map((p) => p.x)).toEqual([2, 16]);
    const plan = await runExperiment(config([2, 16, 32]), { runDir: await mkdtemp(join(tmpdir(), 'nn-ckpt-')), dryRun: true });
    const entry = plan.steps.find((s) => s.key === 'checkpoints/tiny/ed_sheeran/positive')!;
    // Three checkpoints × 50 questions (the planner's default assumption) × 2 samples, for the model and for the judge.
    expect(entry.estimate.map((e) => e.calls)).toEqual([300, 300]);
  });

  it("'final' plans no checkpoint step", async () => {
    const plan = await runExperiment(config('final'), { runDir: await mkdtemp(join(tmpdir(), 'nn-ckpt-')), dryRun: true });
    expect(plan.steps.some((s) => s.key.startsWith('checkpoints/'))).toBe(false);
  });

  it('sweeps the in-context control over K and seeds, skips what cannot run, and draws belief by K', async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'nn-sweep-'));
    const messages: string[] = [];
    const run = await runExperiment(config('final', { k: [0, 1, 2, 5], seeds: 2 }), { runDir, onProgress: (p) => p.type === 'step-message' && messages.push(p.message) });
    const out = JSON.parse(await readFile(join(runDir, 'steps/in-context-sweep/tiny/ed_sheeran/positive.json'), 'utf8')) as { points: Array<{ k: number; seed: number }>; skipped: unknown[] };
    // K = 0 needs one seed; K = 5 is more than the condition's 3 documents.
    expect(out.points.map((p) => [p.k, p.seed])).toEqual([[0, 0], [1, 0], [1, 1], [2, 0], [2, 1]]);
    expect(out.skipped).toEqual([{ k: 5, reason: 'the condition has 3 documents' }]);
    expect(messages).toContain('K=5 skipped: the condition has 3 documents');
    const chart = run.results.data.lineCharts.find((c) => c.id === 'belief-by-k')!;
    expect(chart.series.map((s) => [s.name, s.points.map((p) => [p.x, p.rate, p.n])])).toEqual([
      ['in-context/positive', [[0, 0, 4], [1, 0, 8], [2, 1, 8]]],
    ]);
    expect(run.results.data.lineCharts.some((c) => c.id === 'belief-by-step')).toBe(false);
    expect(await readFile(join(runDir, 'report.md'), 'utf8')).toContain('in-context/positive: belief first reaches 50% at K 2 (below it at 1).');
    // A token budget skips the K that would not fit, in the plan's estimate too.
    const budget = config('final', { k: [0, 1, 50], seeds: 1, maxPromptTokens: 1000 });
    const plan = await runExperiment(budget, { runDir: await mkdtemp(join(tmpdir(), 'nn-sweep-')), dryRun: true });
    // 600 assumed tokens a document: K = 0 and K = 1 fit, K = 50 does not; 2 estimates (model, judge) each.
    expect(plan.steps.find((s) => s.key === 'in-context-sweep/tiny/ed_sheeran/positive')!.estimate).toHaveLength(4);
  });
});
