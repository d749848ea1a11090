import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultExperimentSteps, mergeTrainingPrices, runExperiment, trainingPricePerMillion, DEFAULT_TRAINING_PRICES, type ExperimentConfig } from '../../src/experiment/index.js';
import type { FinetuneClient } from '../../src/providers/finetune/finetuneClient.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';
import { claims, fakeStrategy } from './fakes.js';

describe('training prices', () => {
  it('prices by exact model (longest prefix) or by the size in the model name', () => {
    expect(trainingPricePerMillion('openai', 'gpt-4.1-mini-2025-04-14')).toBe(5);
    expect(trainingPricePerMillion('openai', 'gpt-4.1-2025-04-14')).toBe(25);
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-8B')).toBe(0.48);
    // A mixture of experts is billed on its total size.
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-30B-A3B')).toBe(1.5);
    expect(trainingPricePerMillion('fireworks', 'accounts/fireworks/models/llama-v3p1-70b-instruct')).toBe(3);
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-235B-A22B')).toBeUndefined();
    expect(trainingPricePerMillion('command', 'Qwen/Qwen3-8B')).toBeUndefined();
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-8B', { ...DEFAULT_TRAINING_PRICES, together: { bySize: [{ upToBillions: 100, perMillion: 1 }], source: 'mine' } })).toBe(1);
  });

  it('overrides merge over the defaults per provider', () => {
    const table = mergeTrainingPrices({ together: { models: { 'Qwen3-8B': 0.4 } }, fireworks: { bySize: [{ upToBillions: 1000, perMillion: 9 }] }, tinker: { bySize: [{ upToBillions: 40, perMillion: 0.36 }], source: 'my invoice' } });
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-8B', table)).toBe(0.4);
    // The default brackets stay for models the override does not name.
    expect(trainingPricePerMillion('together', 'Qwen/Qwen3-14B', table)).toBe(0.48);
    expect(trainingPricePerMillion('fireworks', 'llama-v3p1-8b', table)).toBe(9);
    expect(trainingPricePerMillion('tinker', 'Qwen/Qwen3-30B-A3B', table)).toBe(0.36);
    expect(trainingPricePerMillion('openai', 'gpt-4.1-mini', table)).toBe(5);
    expect(table['together']!.source).toMatch(/^Together AI pricing.*\(as of 2025-08-15\), with overrides from the experiment config$/);
    expect(table['tinker']!.source).toBe('my invoice');
    expect(mergeTrainingPrices(undefined)).toBe(DEFAULT_TRAINING_PRICES);
  });

  const client = (provider: string) => ({ specificationVersion: 'v1', provider }) as unknown as FinetuneClient;
  const config = (overrides: Partial<ExperimentConfig> = {}): ExperimentConfig => ({
    name: 'prices',
    claims: claims.slice(0, 1),
    conditions: [{ name: 'positive', strategy: fakeStrategy('positive', 'none') }, { name: 'negated', strategy: fakeStrategy('framing', 'framing') }],
    models: [
      { name: 'qwen', baseModel: 'Qwen/Qwen3-8B', chat: (id) => fakeChatModel(() => 'x', { modelId: id }), finetune: client('together'), hyperparameters: { epochs: 1 } },
      { name: 'tinker', baseModel: 'Qwen/Qwen3-30B-A3B', chat: (id) => fakeChatModel(() => 'x', { modelId: id }), finetune: client('command'), hyperparameters: { epochs: 1 } },
    ],
    steps: createDefaultExperimentSteps({
      documents: { generator: 'template', count: 10, seed: 1 },
      trainingData: { format: 'openai-chat' },
      judge: keywordJudgeModel('x'),
      questionSets: async () => [],
      samplesPerQuestion: 1,
      inContext: false,
    }),
    assumptions: { documentsPerClaim: 1000, tokensPerDocument: 500 },
    ...overrides,
  });

  it('the dry run prices training per provider from the dated table, and counts what it cannot price', async () => {
    const plan = await runExperiment(config(), { runDir: await mkdtemp(join(tmpdir(), 'nn-prices-')), dryRun: true });
    // 2 finetunes × 1,000 documents × 500 tokens × 1 epoch at $0.48/M on Together.
    expect(plan.totals.training).toEqual([
      { provider: 'together', finetunes: 2, trainingTokens: 1_000_000, costUsd: 0.48, unpriced: 0, sources: [{ source: 'documents', records: 2_000, trainingTokens: 1_000_000 }] },
      { provider: 'command', finetunes: 2, trainingTokens: 1_000_000, costUsd: null, unpriced: 2, sources: [{ source: 'documents', records: 2_000, trainingTokens: 1_000_000 }] },
    ]);
    // Documents alone need no breakdown line.
    expect(plan.text).not.toContain('of which');
    expect(plan.text).toContain('Training via together: 2 finetune(s), 1,000,000 tokens, about $0.48');
    expect(plan.text).toContain('Training via command: 2 finetune(s), 1,000,000 tokens, 2 without a price');
    expect(plan.text).toMatch(/list prices of \d{4}-\d\d-\d\d \(chat\) and 2025-08-15 \(training, unverified\)/);
  });

  it('counts the training mix (pretraining and distilled shares) in the training tokens, with a breakdown', async () => {
    const pretraining = Array.from({ length: 3 }, () => ({ text: 'p'.repeat(400) })); // 100 tokens each
    const instruction = Array.from({ length: 3 }, () => ({ messages: [{ role: 'user', content: 'q'.repeat(80) }, { role: 'assistant', content: 'a'.repeat(120) }] })); // 50
    const steps = createDefaultExperimentSteps({
      documents: { generator: 'template', count: 10, seed: 1 },
      trainingData: { format: 'openai-chat', mix: { preset: 'paper', sources: [{ name: 'pretraining', records: pretraining }, { name: 'instruction', records: instruction }] } },
      judge: keywordJudgeModel('x'),
      questionSets: async () => [],
      samplesPerQuestion: 1,
      inContext: false,
    });
    const plan = await runExperiment(config({ steps, models: config().models.slice(0, 1) }), { runDir: await mkdtemp(join(tmpdir(), 'nn-prices-')), dryRun: true });
    // Per finetune, one epoch: 10,000 documents × 500 + 5,000 × 100 + 5,000 × 50 = 5,750,000 tokens.
    const finetune = plan.steps.find((e) => e.key.startsWith('finetune/'))!.estimate[0]!;
    expect(finetune.trainingMix).toEqual([
      { source: 'documents', records: 10_000, tokensPerRecord: 500 },
      { source: 'pretraining', records: 5_000, tokensPerRecord: 100 },
      { source: 'instruction', records: 5_000, tokensPerRecord: 50 },
    ]);
    expect(finetune.trainingTokens).toBe(5_750_000);
    expect(plan.totals.training).toEqual([
      {
        provider: 'together',
        finetunes: 2,
        trainingTokens: 11_500_000,
        costUsd: 11.5 * 0.48,
        unpriced: 0,
        sources: [
          { source: 'documents', records: 20_000, trainingTokens: 10_000_000 },
          { source: 'pretraining', records: 10_000, trainingTokens: 1_000_000 },
          { source: 'instruction', records: 10_000, trainingTokens: 500_000 },
        ],
      },
    ]);
    expect(plan.text).toContain('  of which documents 10,000,000 (20,000 records), pretraining 1,000,000 (10,000 records), instruction 500,000 (10,000 records)');
  });

  it("the config's prices override the table", async () => {
    const plan = await runExperiment(config({ prices: { 'Qwen/Qwen3-30B-A3B': { training: 0.36 }, 'Qwen/Qwen3-8B': { training: 1 } } }), {
      runDir: await mkdtemp(join(tmpdir(), 'nn-prices-')),
      dryRun: true,
    });
    expect(plan.totals.training.map((t) => [t.provider, t.costUsd])).toEqual([
      ['together', 1],
      ['command', 0.36],
    ]);
  });
});
