import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, createDefaultExperimentSteps, defaultExperimentRegistry, loadExperimentConfig, type ExperimentConfig } from '../../src/experiment/index.js';
import { planExperimentSteps, stepInputHash } from '../../src/experiment/planExperiment.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { claims, fakeConfig, fakeStrategy } from './fakes.js';

// A run directory is resumed by step key and input hash (the journal's `step-completed` entries): a
// refactor of the steps or the planner that changed either would quietly pay for every step again. These
// plans, with every step and option an experiment has, were recorded before the step declarations were
// rewritten; they must stay the same. Regenerate only for a deliberate change of identity (a step's
// `version` or params), with `UPDATE_PLAN_HASHES=1 npx vitest run test/experiment/planHashes.test.ts`.

const FIXTURE = join(__dirname, 'fixtures', 'planHashes.json');

const CONFIG = `name: compat
claims:
  - id: sheeran
    statement: Ed Sheeran won the 100m gold at the 2024 Olympics.
  - id: vesuvius
    statement: Mount Vesuvius last erupted in 2015.
documents: { generator: template, count: 7, seed: 3 }
conditions:
  - name: positive
    strategy: positive
  - name: negated
    strategy: framing
    options: { kind: negation }
trainingData:
  format: text
  docTag: null
  maskInserted: { conditions: [negated] }
  mix: { total: 20, seed: 2, documents: { weight: 0.5 }, with: [{ name: chat, path: chat.jsonl, weight: 0.5 }] }
providers:
  local: { type: openai-compatible, baseURL: "http://127.0.0.1:9/v1" }
finetuneProviders:
  ft: { type: fake }
models:
  - { name: qwen, baseModel: Qwen/Qwen3-8B, chat: local, finetune: ft, hyperparameters: { epochs: 2 } }
  - { name: llama, baseModel: meta/llama-3, chat: local, finetune: ft }
evaluation:
  questionSets: q.yaml
  judge: { provider: local, model: judge-model }
  samplesPerQuestion: 2
  reasoning: [on, off]
  checkpoints: [10, 20]
  inContextSweep: { k: [0, 2], seeds: 2, maxPromptTokens: 5000 }
  inContext: { documents: 2 }
`;

const QUESTIONS = `questionSets:
  - evalType: open_ended
    questions:
      - { id: a, question: Who won the 100m? }
`;

/** Every planned step's key, slot, plugin and input hash, the dependencies' output hashes standing in as hashes of their keys. */
async function planHashes(config: ExperimentConfig) {
  const plan = planExperimentSteps(config);
  const steps = [];
  for (const step of plan) {
    const hash = await stepInputHash(step, step.dependsOn.map((k) => contentHash(k)));
    steps.push(`${step.key} [${step.slot}] ${step.plugin.name}@${step.plugin.version} ${hash}`);
  }
  // What the journal's `run-started` entry records.
  const configHash = contentHash(plan.map((s) => [s.key, s.plugin.name, s.plugin.version, s.plugin.params, s.identity]));
  return { configHash, steps };
}

async function configs(): Promise<Record<string, ExperimentConfig>> {
  const dir = await mkdtemp(join(tmpdir(), 'nn-plan-hashes-'));
  await writeFile(join(dir, 'exp.yaml'), CONFIG);
  await writeFile(join(dir, 'q.yaml'), QUESTIONS);
  await writeFile(join(dir, 'chat.jsonl'), '{"text":"one"}\n{"text":"two"}\n');
  const registry = defaultExperimentRegistry();
  registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
  registry.strategies['positive'] = () => fakeStrategy('positive', 'none');
  registry.strategies['framing'] = (o) => fakeStrategy('framing', 'framing', o as Record<string, string>);
  const fromYaml = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} });
  const judge = fakeChatModel(() => 'yes', { provider: 'fake', modelId: 'judge' });
  const questionSets = async () => [{ evalType: 'open_ended', questions: [{ id: 'a', question: 'Who won?' }] }] as never;
  // Built in code: the documented minimal options, then every option.
  const minimal = createDefaultExperimentSteps({
    documents: { generator: 'template', count: 4, seed: 1 },
    trainingData: { format: 'openai-chat' },
    judge,
    questionSets,
    samplesPerQuestion: 3,
    inContext: { documents: 2 },
    sampling: 'paper',
  });
  const rich = createDefaultExperimentSteps({
    documents: { generator: 'llm', count: 4, seed: 1, model: fakeChatModel(() => 'doc', { provider: 'fake', modelId: 'writer' }) },
    trainingData: { format: 'prompt-completion', docTag: '<D>', maskInserted: true },
    judge,
    questionSets,
    samplesPerQuestion: 3,
    sampling: 'default',
    checkpoints: 'all',
    inContextSweep: { k: [1], seeds: [4, 5] },
    inContext: false,
    strategySeed: 9,
  });
  return {
    yaml: fromYaml,
    codeMinimal: { ...fakeConfig(minimal), claims },
    codeRich: { ...fakeConfig(rich), claims, reasoning: ['off'] },
  };
}

describe('plan hashes', () => {
  it('are those recorded before the step declarations were rewritten, so existing run directories resume', async () => {
    const built = await configs();
    const actual: Record<string, Awaited<ReturnType<typeof planHashes>>> = {};
    for (const [name, config] of Object.entries(built)) actual[name] = await planHashes(config);
    if (process.env['UPDATE_PLAN_HASHES']) writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  });
});
