import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { defaultExperimentRegistry, parseExperimentConfig } from '../../src/experiment/index.js';
import {
  CHAT_PROVIDERS,
  FINETUNE_PROVIDERS,
  createBatchClient,
  createChatProvider,
  createFinetuneProvider,
  findChatProvider,
  findFinetuneProvider,
  resolveApiKey,
} from '../../src/providers/index.js';
import { describeOptions } from '../../src/util/optionSchema.js';
import { makeIO } from '../helpers/cliIO.js';

// Each provider is declared once (src/providers/providerRegistry.ts). Configs, `eval --provider` and
// `audit --review-provider` read that list; these tests hold them to it.

const KEYS = { OPENAI_API_KEY: 'sk-test', ANTHROPIC_API_KEY: 'sk-ant-test', TOGETHER_API_KEY: 'tg-test', FIREWORKS_API_KEY: 'fw-test' };
const FINETUNE_SETTINGS: Record<string, Record<string, unknown>> = {
  openai: { minExamples: 2 },
  together: { timeoutMs: 1000 },
  fireworks: { accountId: 'acct' },
  command: { command: ['python', 'train.py'], maskSpans: false },
};

describe('the provider registry', () => {
  it('builds a model (and a batch client) of every chat provider from its declared settings', () => {
    expect(CHAT_PROVIDERS.map((p) => p.name)).toEqual(['openai', 'openai-compatible', 'anthropic']);
    for (const entry of CHAT_PROVIDERS) {
      const model = createChatProvider(entry, { baseURL: 'http://127.0.0.1:9/v1' }, { env: KEYS })('m-1');
      expect(model.specificationVersion).toBe('v1');
      expect(model.modelId).toBe('m-1');
      expect(createBatchClient(entry, {}, { env: KEYS }, 'm-1')?.specificationVersion).toBe('v1');
    }
    expect(createChatProvider(findChatProvider('openai-compatible'), { providerId: 'vllm' }, { env: {} })('m').provider).toBe('vllm');
  });

  it('builds a client of every finetune provider; the experiment registry has exactly these', () => {
    for (const entry of FINETUNE_PROVIDERS) {
      const client = createFinetuneProvider(entry, FINETUNE_SETTINGS[entry.name]!, { env: KEYS }, { baseDir: process.cwd() });
      expect(client.specificationVersion).toBe('v1');
    }
    const registry = defaultExperimentRegistry();
    expect(Object.keys(registry.chatProviders)).toEqual(CHAT_PROVIDERS.map((p) => p.name));
    expect(Object.keys(registry.finetuneProviders)).toEqual(FINETUNE_PROVIDERS.map((p) => p.name));
    expect(Object.keys(registry.batchProviders ?? {})).toEqual(CHAT_PROVIDERS.filter((p) => p.createBatch).map((p) => p.name));
  });

  it('validates settings with errors naming the field, and unknown names list the known ones', () => {
    expect(() => createChatProvider(findChatProvider('openai'), { baseURL: 'not a url' }, { env: KEYS })).toThrow('Expected `baseURL` to be an http(s) URL, got `not a url`');
    expect(() => createChatProvider(findChatProvider('anthropic'), { colour: 'red' }, { env: KEYS })).toThrow('Expected `anthropic option` to be one of baseURL, got `colour`');
    expect(() => createFinetuneProvider(findFinetuneProvider('fireworks'), {}, { env: KEYS }, { baseDir: '.' })).toThrow(/`accountId`/);
    expect(() => findChatProvider('carrier-pigeon')).toThrow('Expected `chat provider` to be one of openai, openai-compatible, anthropic, got `carrier-pigeon`');
    expect(() => findFinetuneProvider('nope')).toThrow('Expected `finetune provider` to be one of openai, together, fireworks, command, got `nope`');
  });

  it('resolves keys by the declared policy: named variable, own variable, none needed for local servers', () => {
    const openai = findChatProvider('openai');
    expect(resolveApiKey(openai, { apiKeyEnv: 'MY_KEY', env: { MY_KEY: 'a', OPENAI_API_KEY: 'b' } })).toBe('a');
    expect(resolveApiKey(openai, { apiKeyEnv: 'MY_KEY', env: { OPENAI_API_KEY: 'b' } })).toBe('b');
    expect(resolveApiKey(openai, { env: {} })).toBeUndefined();
    expect(resolveApiKey(openai, { env: {}, baseURL: 'http://127.0.0.1:8000/v1' })).toBe('not-needed');
    expect(resolveApiKey(findChatProvider('anthropic'), { env: {}, baseURL: 'http://127.0.0.1:8000' })).toBeUndefined();
    expect(resolveApiKey(findChatProvider('openai-compatible'), { env: {} })).toBe('not-needed');
  });

  it('every settings option has help text', () => {
    for (const entry of [...CHAT_PROVIDERS, ...FINETUNE_PROVIDERS]) {
      for (const o of describeOptions(entry.settings)) expect(o.description, `${entry.name}.${o.name}`).not.toBe('');
    }
  });

  it('the CLI names the registered providers in its help and rejects others, listing them', async () => {
    for (const command of ['eval', 'audit']) {
      const { io, out, err } = makeIO();
      await runCli([command, '--help'], io);
      for (const entry of CHAT_PROVIDERS) expect(out() + err(), `${command} --help`).toContain(entry.name);
    }
    const { io, err } = makeIO();
    expect(await runCli(['eval', '--provider', 'carrier-pigeon', '--model', 'm', '--claims', '.', '--out', 'x.jsonl'], io)).toBe(2);
    expect(err()).toContain('Expected `--provider` to be one of `openai`, `openai-compatible`, `anthropic`, got `carrier-pigeon`');
  });

  it("experiment configs check a provider's settings with its schema, naming file, line and field", () => {
    const config = (finetune: string) => `name: demo
claims:
  - { id: c, statement: Ed Sheeran won the 100m gold. }
conditions:
  - { name: positive, strategy: positive }
providers:
  local: { type: openai-compatible, baseURL: "http://127.0.0.1:9/v1", providerId: vllm }
finetuneProviders:
  ft: ${finetune}
models:
  - { name: m, baseModel: base, chat: local, finetune: ft }
evaluation:
  judge: { provider: local, model: judge }
`;
    expect(() => parseExperimentConfig(config('{ type: fireworks }'), 'exp.yaml')).toThrow('exp.yaml:9: finetuneProviders.ft.accountId: expected a non-empty string, got `undefined`');
    expect(() => parseExperimentConfig(config('{ type: together, region: eu }'), 'exp.yaml')).toThrow('exp.yaml:9: finetuneProviders.ft.region: expected one of baseURL, timeoutMs, got `region`');
    expect(parseExperimentConfig(config('{ type: command, command: [python, train.py], pollIntervalMs: 50 }'), 'exp.yaml').finetuneProviders['ft']).toMatchObject({ type: 'command' });
  });
});
