// Runs the FinetuneClient v1 suite against every finetune client: OpenAI (official SDK), Together and
// Fireworks (REST) against loopback fakes of their APIs, and the command runner with a stand-in trainer.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandFinetune } from '../../src/providers/finetune/commandFinetune.js';
import { createFireworksFinetune } from '../../src/providers/finetune/createFireworksFinetune.js';
import { createOpenAIFinetune } from '../../src/providers/finetune/createOpenAIFinetune.js';
import { createTogetherFinetune } from '../../src/providers/finetune/createTogetherFinetune.js';
import type { FinetuneClient } from '../../src/providers/finetune/finetuneClient.js';
import { startFakeApiServer, type FakeApiServer } from '../servers/fakeApiServer.js';
import { installFireworks } from '../servers/fireworksServer.js';
import { installOpenAIFiles } from '../servers/openaiFilesServer.js';
import { installOpenAIFinetune } from '../servers/openaiFinetuneServer.js';
import { installTogether } from '../servers/togetherServer.js';
import { finetuneClientConformance, type FinetuneFixture } from './finetuneClient.suite.js';

/** A fixture over a fake API server that refuses every key but `key`; `make(key)` builds the client. */
async function httpFixture(options: {
  key: string;
  refused: string;
  baseModel: string;
  install: (server: FakeApiServer) => { creates: () => number };
  make: (url: string, key: string) => FinetuneClient;
}): Promise<FinetuneFixture> {
  const server = await startFakeApiServer({ apiKey: options.key });
  const fake = options.install(server);
  return {
    client: options.make(server.url, options.key),
    baseModel: options.baseModel,
    creates: fake.creates,
    unauthorized: { client: options.make(server.url, options.refused), secret: options.refused },
    inject: (faults) => server.injectFaults({}, faults),
    close: () => server.close(),
  };
}

finetuneClientConformance('createOpenAIFinetune (openai SDK, loopback fine-tuning and Files API)', () =>
  httpFixture({
    key: 'sk-ft-conformance-000000001',
    // Not shaped like a key, so only the client's own redaction can keep it out of errors.
    refused: 'refused-FTKEY-openai-4242',
    baseModel: 'gpt-4.1-mini-2025-04-14',
    install: (server) => installOpenAIFinetune(server, installOpenAIFiles(server), { runningPolls: 2 }),
    make: (url, apiKey) => createOpenAIFinetune({ apiKey, baseURL: `${url}/v1` }),
  }),
);

finetuneClientConformance('createTogetherFinetune (REST, loopback Together API)', () =>
  httpFixture({
    key: 'tgp_v1_conformance000000001',
    refused: 'refused-FTKEY-together-4242',
    baseModel: 'Qwen/Qwen3-8B',
    install: (server) => installTogether(server),
    make: (url, apiKey) => createTogetherFinetune({ apiKey, baseURL: `${url}/v1` }),
  }),
);

finetuneClientConformance('createFireworksFinetune (REST, loopback Fireworks API)', () =>
  httpFixture({
    key: 'fw_conformance000000001',
    refused: 'refused-FTKEY-fireworks-4242',
    baseModel: 'accounts/fireworks/models/qwen3-8b',
    install: (server) => installFireworks(server, 'acme'),
    make: (url, apiKey) => createFireworksFinetune({ apiKey, accountId: 'acme', baseURL: url }),
  }),
);

finetuneClientConformance('commandFinetune (a stand-in training script)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nn-cmd-conformance-'));
  const trainer = fileURLToPath(new URL('../providers/finetune/fakeTrainer.mjs', import.meta.url));
  const startsLog = join(dir, 'starts.log');
  return {
    client: commandFinetune({ command: process.execPath, args: [trainer, '--manifest', '{manifest}'], workDir: join(dir, 'jobs') }),
    baseModel: 'Qwen/Qwen3-1.7B',
    hyperparameters: { extra: { steps: 2, stepMs: 1, startsLog } },
    slowHyperparameters: { extra: { steps: 200, stepMs: 50, startsLog } },
    creates: () => (existsSync(startsLog) ? readFileSync(startsLog, 'utf8').trim().split('\n').length : 0),
    close: () => rm(dir, { recursive: true, force: true }),
  };
});
