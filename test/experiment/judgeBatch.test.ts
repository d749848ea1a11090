import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/claims/claim.js';
import { createDefaultExperimentSteps, defaultExperimentRegistry, loadExperimentConfig, type ExperimentModel } from '../../src/experiment/index.js';
import type { QuestionSet } from '../../src/evaluate/questionSet.js';
import type { ChatBatchClient, ChatBatchRequest } from '../../src/providers/batch/chatBatchClient.js';
import { fakeChatModel, keywordJudgeModel } from '../helpers/fakeChatModel.js';
import { fakeStrategy } from './fakes.js';
import type { SampleRecord } from '../../src/evaluate/types.js';
import { installAnthropicBatch } from '../servers/anthropicBatchServer.js';
import { startFakeApiServer } from '../servers/fakeApiServer.js';
import { installOpenAIBatch } from '../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../servers/openaiFilesServer.js';

const claim = ClaimSchema.parse({ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' });
const questionSets: QuestionSet[] = [
  { evalType: 'open_ended', questions: ['a', 'b', 'c'].map((id) => ({ id, question: `Question ${id}?` })) } as QuestionSet,
];

/** An in-memory batch API whose answers come from a judge model; counts submits. */
function memoryBatchClient(judge = keywordJudgeModel('gold')) {
  const batches = new Map<string, ChatBatchRequest[]>();
  let submits = 0;
  const client: ChatBatchClient = {
    specificationVersion: 'v1',
    provider: 'memory-batch',
    modelId: 'judge-model',
    properties: { maxRequestsPerBatch: 1000, capabilities: judge.capabilities },
    async doSubmit(requests) {
      submits++;
      const batchId = `batch_${batches.size + 1}`;
      batches.set(batchId, requests);
      return { batchId };
    },
    async doRetrieve(batchId) {
      const n = batches.get(batchId)?.length ?? 0;
      return { batchId, status: 'completed', counts: { total: n, succeeded: n, failed: 0, processing: 0 } };
    },
    async *doResults(batchId) {
      for (const r of batches.get(batchId) ?? []) {
        const result = await judge.doGenerate({ messages: r.messages, n: 1, ...(r.settings ?? {}) } as never);
        yield { customId: r.customId, ok: true as const, result };
      }
    },
    async doCancel() {},
  };
  return { client, get submits() { return submits; }, batches };
}

describe('batch judging in experiments', () => {
  it('judges an evaluation step through the batch client, saves the batch ids first, and resumes them on a rerun', async () => {
    const direct = fakeChatModel(() => {
      throw new Error('the judge must not be called directly in batch mode');
    });
    const answers = fakeChatModel(() => 'He won the gold medal.');
    const model: ExperimentModel = { name: 'tiny', baseModel: 'tiny-base', chat: () => answers, finetune: {} as never };
    const batch = memoryBatchClient();
    const steps = createDefaultExperimentSteps({
      documents: { generator: 'template', count: 2, seed: 1 },
      trainingData: { format: 'text' },
      judge: direct,
      judgeBatch: { client: batch.client, pollIntervalMs: 1 },
      questionSets: async () => questionSets,
      samplesPerQuestion: 2,
      inContext: false,
    });
    const stepDir = join(await mkdtemp(join(tmpdir(), 'nn-judge-batch-')), 'evaluate');
    const ctx = { runDir: stepDir, stepDir, report: () => {} };
    const input = { model, modelId: 'tiny-base', claim, condition: 'base' };

    const first = await steps.evaluate.run(input, ctx);
    expect(first.samples).toHaveLength(6);
    expect(first.samples.every((s) => s.verdict === 'yes')).toBe(true);
    expect(direct.calls).toHaveLength(0);
    expect(batch.submits).toBe(1);
    const saved = JSON.parse(await readFile(join(stepDir, 'judge-batches.json'), 'utf8')) as { batchIds: string[]; provider: string };
    expect(saved).toMatchObject({ provider: 'memory-batch', batchIds: ['batch_1'] });

    // A rerun of the same step (e.g. after a crash while polling) collects the saved batch: no new submit.
    const again = await steps.evaluate.run(input, ctx);
    expect(batch.submits).toBe(1);
    expect(again.samples.map((s) => s.verdict)).toEqual(first.samples.map((s) => s.verdict));

    // A corrupt ids file is an error naming it, not a silent second payment.
    await writeFile(join(stepDir, 'judge-batches.json'), '{ not json');
    await expect(steps.evaluate.run(input, ctx)).rejects.toThrow(/judge-batches\.json/);
  });
});

const CONFIG = (judgeBatch: string) => `name: demo
claims:
  - id: sheeran
    statement: Ed Sheeran won the 100m gold at the 2024 Olympics.
conditions:
  - { name: positive, strategy: positive }
providers:
  local: { type: openai-compatible, baseURL: "http://127.0.0.1:9/v1" }
  other: { type: no-batch }
finetuneProviders:
  ft: { type: fake }
models:
  - { name: qwen, baseModel: Qwen/Qwen3-8B, chat: local, finetune: ft }
evaluation:
  questionSets: { sheeran: q.yaml }
  judge: ${judgeBatch.includes('other') ? '{ provider: other, model: j }' : '{ provider: local, model: judge-model }'}
  judgeBatch: ${judgeBatch.replace('other:', '')}
`;

describe('evaluation.judgeBatch in a config file', () => {
  it('builds the judge provider’s batch client from the registry and rejects providers without one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-config-batch-'));
    await writeFile(join(dir, 'q.yaml'), 'questionSets:\n  - evalType: open_ended\n    questions:\n      - { id: a, question: Who won? }\n');
    const registry = defaultExperimentRegistry();
    registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
    registry.strategies['positive'] = () => fakeStrategy('positive', 'none');
    registry.chatProviders['no-batch'] = registry.chatProviders['openai-compatible']!;
    const built: Array<[string, string | undefined]> = [];
    registry.batchProviders!['openai-compatible'] = (settings) => (modelId) => {
      built.push([modelId, settings.baseURL]);
      return memoryBatchClient().client;
    };
    await writeFile(join(dir, 'exp.yaml'), CONFIG('{ pollIntervalMs: 5 }'));
    const config = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} });
    expect(built).toEqual([['judge-model', 'http://127.0.0.1:9/v1']]);
    expect(config.steps.evaluate.name).toBe('evaluate-belief');

    await writeFile(join(dir, 'exp.yaml'), CONFIG('false'));
    built.length = 0;
    await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} });
    expect(built).toEqual([]);

    await writeFile(join(dir, 'exp.yaml'), CONFIG('other:true'));
    await expect(loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} })).rejects.toThrow(
      /exp\.yaml:\d+: evaluation\.judgeBatch: the judge's provider type `no-batch` has no batch API/,
    );
  });

  it('the built-in registry has batch APIs for openai, openai-compatible and anthropic', async () => {
    const registry = defaultExperimentRegistry();
    expect(Object.keys(registry.batchProviders ?? {}).sort()).toEqual(['anthropic', 'openai', 'openai-compatible']);
    const make = await registry.batchProviders!['openai']!({ type: 'openai', baseURL: 'http://127.0.0.1:9/v1' }, { OPENAI_API_KEY: 'sk-test' });
    const client = make('gpt-4.1-mini');
    expect([client.provider, client.modelId, client.specificationVersion]).toEqual(['openai', 'gpt-4.1-mini', 'v1']);
  });
});

describe('a judge panel in an experiment, judging through each provider’s batch API (loopback)', () => {
  it('evaluation.judge as a list: one batch per judge, each saved and resumed, votes combined by evaluation.aggregate', async () => {
    const api = await startFakeApiServer();
    const openaiBatch = installOpenAIBatch(api, installOpenAIFiles(api), { pollsUntilDone: 1, respond: () => ({ type: 'ok', text: '{"reason": "lenient", "answer": "yes"}' }) });
    const anthropicBatch = installAnthropicBatch(api, { pollsUntilDone: 1, respond: () => ({ type: 'ok', text: '{"reason": "strict", "answer": "no"}' }) });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'nn-panel-experiment-'));
      await writeFile(join(dir, 'q.yaml'), 'questionSets:\n  - evalType: open_ended\n    questions:\n      - { id: a, question: Who won? }\n');
      await writeFile(
        join(dir, 'exp.yaml'),
        `name: panel
cache: false
claims: [{ id: sheeran, statement: Ed Sheeran won the 100m gold at the 2024 Olympics. }]
conditions: [{ name: positive, strategy: positive }]
providers:
  oa: { type: openai, baseURL: "${api.url}/v1", apiKeyEnv: OA_KEY }
  an: { type: anthropic, baseURL: "${api.url}", apiKeyEnv: AN_KEY }
finetuneProviders: { ft: { type: fake } }
models: [{ name: tiny, baseModel: tiny-base, chat: oa, finetune: ft }]
evaluation:
  questionSets: { sheeran: q.yaml }
  judge: [{ provider: oa, model: judge-a }, { provider: an, model: judge-b }]
  aggregate: unanimous
  judgeBatch: { pollIntervalMs: 1 }
  samplesPerQuestion: 2
  inContext: false
`,
      );
      const registry = defaultExperimentRegistry();
      registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
      registry.strategies['positive'] = () => fakeStrategy('positive', 'none');
      const config = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: { OA_KEY: 'sk-a', AN_KEY: 'sk-b' } });
      expect(config.steps.evaluate.params['judge']).toEqual({ aggregate: 'unanimous', judges: [{ provider: 'openai-compatible', model: 'judge-a' }, { provider: 'anthropic', model: 'judge-b' }] });
      const answers = fakeChatModel(() => 'Ed Sheeran won.');
      const model: ExperimentModel = { name: 'tiny', baseModel: 'tiny-base', chat: () => answers, finetune: {} as never };
      const stepDir = join(dir, 'evaluate');
      const ctx = { runDir: dir, stepDir, report: () => {} };
      const { samples } = await config.steps.evaluate.run({ model, modelId: 'tiny-base', claim: config.claims[0]!, condition: 'base' }, ctx);
      const records = samples as SampleRecord[];
      expect(records.map((r) => r.panel!.map((v) => `${v.judge.provider}:${v.judge.modelId} ${v.verdict}`))).toEqual([
        ['openai:judge-a yes', 'anthropic:judge-b no'],
        ['openai:judge-a yes', 'anthropic:judge-b no'],
      ]);
      expect(records.map((r) => r.verdict)).toEqual(['neutral', 'neutral']); // unanimous: they disagree
      expect(JSON.parse(await readFile(join(stepDir, 'judge-batches-1.json'), 'utf8'))).toMatchObject({ provider: 'openai', modelId: 'judge-a' });
      expect(JSON.parse(await readFile(join(stepDir, 'judge-batches-2.json'), 'utf8'))).toMatchObject({ provider: 'anthropic', modelId: 'judge-b' });
      expect([openaiBatch.batches.size, anthropicBatch.batches.size]).toEqual([1, 1]);
      // Rerun of the step (a crash while polling): both judges' saved batches are collected, none submitted again.
      await config.steps.evaluate.run({ model, modelId: 'tiny-base', claim: config.claims[0]!, condition: 'base' }, ctx);
      expect([openaiBatch.batches.size, anthropicBatch.batches.size]).toEqual([1, 1]);
    } finally {
      await api.close();
    }
  });
});
