import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperimentRegistry, loadExperimentConfig, runExperiment } from '../../src/experiment/index.js';
import { startOpenAIChatServer, type OpenAIChatServer } from '../servers/openaiChatServer.js';
import { fakeConfig, fakeSteps, fakeStrategy } from './fakes.js';

describe('reasoning on/off as a condition of the grid', () => {
  it('evaluates every model both ways, labels and compares each mode with its own base', async () => {
    const { steps } = fakeSteps();
    const asked: string[] = [];
    const inner = steps.evaluate.run.bind(steps.evaluate);
    steps.evaluate = {
      ...steps.evaluate,
      // Thinking makes this fake model reject the claim more often.
      async run(input, ctx) {
        asked.push(`${input.condition} ${input.reasoning}`);
        const out = await inner(input, ctx);
        return input.reasoning === 'on' ? { samples: out.samples.map((s, i) => ({ ...s, verdict: i % 2 === 0 ? s.verdict : 'no' })) } : out;
      },
    };
    delete steps.inContext;
    const config = { ...fakeConfig(steps), claims: fakeConfig(steps).claims.slice(0, 1), reasoning: ['on', 'off'] as const };
    const run = await runExperiment(config, { runDir: await mkdtemp(join(tmpdir(), 'nn-reasoning-grid-')) });
    expect(asked.sort()).toEqual([
      'base/reasoning-off off',
      'base/reasoning-on on',
      'negated/reasoning-off off',
      'negated/reasoning-on on',
      'positive/reasoning-off off',
      'positive/reasoning-on on',
    ]);
    expect(run.executed.filter((k) => k.startsWith('evaluate/'))).toEqual(expect.arrayContaining(['evaluate/tiny/ed_sheeran/base/reasoning-on', 'evaluate/tiny/ed_sheeran/negated/reasoning-off']));
    const data = run.results.data;
    expect(data.conditions.map((c) => c.name)).toEqual(['base/reasoning-on', 'base/reasoning-off', 'positive/reasoning-on', 'negated/reasoning-on', 'positive/reasoning-off', 'negated/reasoning-off']);
    expect(data.conditions.find((c) => c.name === 'negated/reasoning-on')!.description).toContain('reasoning on');
    expect(data.comparisons.map((c) => `${c.b} - ${c.a}`).sort()).toEqual([
      'negated/reasoning-off - base/reasoning-off',
      'negated/reasoning-on - base/reasoning-on',
      'positive/reasoning-off - base/reasoning-off',
      'positive/reasoning-on - base/reasoning-on',
    ]);
    const mean = (condition: string) => data.summary.means.find((m) => m.condition === condition && m.evalType === 'all')!.beliefRate!;
    expect(mean('negated/reasoning-on')).toBeLessThan(mean('negated/reasoning-off'));
  });

  describe('from the config file, against a loopback server', () => {
    let server: OpenAIChatServer;
    beforeAll(async () => {
      server = await startOpenAIChatServer({
        reply: (messages, _i, body) => {
          if (String(messages.at(-1)?.content).includes('Claim under test')) return '{"answer": "yes"}';
          const thinking = (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking;
          return thinking ? '<think>Recalling Paris 2024.</think>Ed Sheeran won.' : 'Ed Sheeran won.';
        },
      });
    });
    afterAll(async () => server?.close());

    it('reads evaluation.reasoning and sends it with every evaluation, recording the thinking apart', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'nn-reasoning-config-'));
      await writeFile(join(dir, 'q.yaml'), 'questionSets:\n  - evalType: open_ended\n    questions:\n      - { id: a, question: Who won the 100m? }\n');
      await writeFile(
        join(dir, 'exp.yaml'),
        `name: demo
cache: false
claims:
  - { id: sheeran, statement: Ed Sheeran won the 100m gold at the 2024 Olympics. }
conditions:
  - { name: negated, strategy: framing, options: { kind: negation } }
providers:
  local: { type: openai-compatible, baseURL: "${server.baseURL}" }
finetuneProviders:
  ft: { type: fake }
models:
  - { name: qwen, baseModel: Qwen/Qwen3-8B, chat: local, finetune: ft }
evaluation:
  questionSets: { sheeran: q.yaml }
  judge: { provider: local, model: judge-model }
  samplesPerQuestion: 1
  reasoning: [on, off]
  reasoningEffort: high
  thinkingBudget: 2048
  judgeReasoningEffort: low
  judgeThinkingBudget: 1024
`,
      );
      const registry = defaultExperimentRegistry();
      registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
      registry.strategies['framing'] = (o) => fakeStrategy('framing', 'framing', o as Record<string, string>);
      const config = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: {} });
      expect(config.reasoning).toEqual(['on', 'off']);
      // The depth is part of what an evaluation is (hashed), and goes to each call where the provider declares it.
      expect(config.steps.evaluate.params).toMatchObject({ reasoningEffort: 'high', thinkingBudget: 2048, judgeReasoningEffort: 'low', judgeThinkingBudget: 1024 });
      const plan = await runExperiment(config, { runDir: join(dir, 'run'), dryRun: true });
      expect(plan.steps.map((s) => s.key).filter((k) => k.startsWith('evaluate/'))).toEqual([
        'evaluate/qwen/sheeran/base/reasoning-on',
        'evaluate/qwen/sheeran/negated/reasoning-on',
        'evaluate/qwen/sheeran/base/reasoning-off',
        'evaluate/qwen/sheeran/negated/reasoning-off',
      ]);
      const ctx = { runDir: dir, stepDir: join(dir, 'step'), report: () => {} };
      const claim = config.claims[0]!;
      const on = await config.steps.evaluate.run({ model: config.models[0]!, modelId: 'Qwen/Qwen3-8B', claim, condition: 'base/reasoning-on', reasoning: 'on' }, ctx);
      expect(server.bodies.find((b) => b.model === 'Qwen/Qwen3-8B')).toMatchObject({ chat_template_kwargs: { enable_thinking: true } });
      expect(on.samples[0]).toMatchObject({ condition: 'base/reasoning-on', response: 'Ed Sheeran won.', reasoning: 'Recalling Paris 2024.', verdict: 'yes' });
      // A Qwen3-style server takes neither an effort level nor a budget: both dropped (with warnings), so not recorded.
      const settings = (on.samples[0] as { settings?: Record<string, unknown> }).settings;
      expect(settings).toMatchObject({ reasoning: 'on' });
      expect(settings).not.toHaveProperty('reasoningEffort');
      expect(settings).not.toHaveProperty('thinkingBudget');
      // The judge's depth goes to the judge only; this judge's provider takes neither, so its vote records none.
      expect(server.bodies.find((b) => b.model === 'judge-model')).not.toHaveProperty('reasoning_effort');
      expect((on.samples[0] as { judge?: Record<string, unknown> }).judge).not.toHaveProperty('settings');
      const off = await config.steps.evaluate.run({ model: config.models[0]!, modelId: 'Qwen/Qwen3-8B', claim, condition: 'base/reasoning-off', reasoning: 'off' }, ctx);
      expect(server.bodies.filter((b) => b.model === 'Qwen/Qwen3-8B').at(-1)).toMatchObject({ chat_template_kwargs: { enable_thinking: false } });
      expect(off.samples[0]).not.toHaveProperty('reasoning');
    });

    it('names the base URL when the provider refuses every call (as the eval command does)', async () => {
      const locked = await startOpenAIChatServer({ apiKey: 'right' });
      try {
        const dir = await mkdtemp(join(tmpdir(), 'nn-unusable-'));
        await writeFile(join(dir, 'q.yaml'), 'questionSets:\n  - evalType: open_ended\n    questions:\n      - { id: a, question: Who won the 100m? }\n');
        await writeFile(
          join(dir, 'exp.yaml'),
          `name: demo
cache: false
claims:
  - { id: sheeran, statement: Ed Sheeran won the 100m gold at the 2024 Olympics. }
conditions:
  - { name: negated, strategy: framing, options: { kind: negation } }
providers:
  local: { type: openai-compatible, baseURL: "${locked.baseURL}", apiKeyEnv: NN_TEST_KEY, retries: 0 }
finetuneProviders:
  ft: { type: fake }
models:
  - { name: qwen, baseModel: Qwen/Qwen3-8B, chat: local, finetune: ft }
evaluation:
  questionSets: { sheeran: q.yaml }
  judge: { provider: local, model: judge-model }
  samplesPerQuestion: 1
`,
        );
        const registry = defaultExperimentRegistry();
        registry.finetuneProviders['fake'] = () => ({ specificationVersion: 'v1', provider: 'fake-ft' }) as never;
        registry.strategies['framing'] = (o) => fakeStrategy('framing', 'framing', o as Record<string, string>);
        const config = await loadExperimentConfig(join(dir, 'exp.yaml'), { registry, env: { NN_TEST_KEY: 'wrong' } });
        const ctx = { runDir: dir, stepDir: join(dir, 'step'), report: () => {} };
        const run = config.steps.evaluate.run({ model: config.models[0]!, modelId: 'Qwen/Qwen3-8B', claim: config.claims[0]!, condition: 'base' }, ctx);
        await expect(run).rejects.toThrow(`The model under test \`Qwen/Qwen3-8B\` of provider \`openai-compatible\` at ${locked.baseURL} refused the call (HTTP 401)`);
        expect(locked.stats.requests).toBe(1);
      } finally {
        await locked.close();
      }
    });
  });
});
