// Runs the ChatBatchClient v1 suite against every batch client, each through its official SDK pointed at
// a loopback fake of the provider's batch API.
import { createAnthropicBatch } from '../../src/providers/batch/createAnthropicBatch.js';
import { createOpenAIBatch } from '../../src/providers/batch/createOpenAIBatch.js';
import type { ChatBatchClient } from '../../src/providers/batch/chatBatchClient.js';
import { installAnthropicBatch } from '../servers/anthropicBatchServer.js';
import { alwaysOk, type BatchResponder } from '../servers/batchOutcomes.js';
import { startFakeApiServer } from '../servers/fakeApiServer.js';
import { installOpenAIBatch } from '../servers/openaiBatchServer.js';
import { installOpenAIFiles } from '../servers/openaiFilesServer.js';
import { chatBatchClientConformance, type ChatBatchFixture } from './chatBatchClient.suite.js';

/**
 * A fixture over a fake API server. `install` puts the provider's routes on it with the given responder
 * and returns its submission counts; `make(key)` builds the client under test with that key.
 */
async function batchFixture(options: {
  key: string;
  refused: string;
  submitPath: RegExp;
  install: (server: Awaited<ReturnType<typeof startFakeApiServer>>, respond: BatchResponder) => { submissions: Map<string, number> };
  make: (url: string, key: string) => ChatBatchClient;
}): Promise<ChatBatchFixture> {
  const server = await startFakeApiServer({ apiKey: options.key });
  let responder: BatchResponder = alwaysOk;
  const fake = options.install(server, (id, attempt, body) => responder(id, attempt, body));
  return {
    client: options.make(server.url, options.key),
    unauthorized: options.make(server.url, options.refused),
    refusedSecret: options.refused,
    respond: (r) => void (responder = r),
    inject: (on, faults) => server.injectFaults(on === 'submit' ? { method: 'POST', path: options.submitPath } : { method: 'GET' }, faults),
    requests: () => server.calls.length,
    submissions: (id) => fake.submissions.get(id) ?? 0,
    close: () => server.close(),
  };
}

chatBatchClientConformance('createOpenAIBatch (openai SDK, loopback Batch and Files API)', () =>
  batchFixture({
    key: 'sk-batch-conformance-0000001',
    // Not shaped like an OpenAI key, so only the client's own redaction can keep it out of errors.
    refused: 'refused-BATCHKEY-openai-4242',
    submitPath: /^\/v1\/batches$/,
    install: (server, respond) => installOpenAIBatch(server, installOpenAIFiles(server), { respond, pollsUntilDone: 2 }),
    make: (url, apiKey) => createOpenAIBatch({ apiKey, baseURL: `${url}/v1`, model: 'gpt-conformance' }),
  }),
);

chatBatchClientConformance('createAnthropicBatch (@anthropic-ai/sdk, loopback Message Batches)', () =>
  batchFixture({
    key: 'sk-ant-batch-conformance-0001',
    refused: 'refused-BATCHKEY-anthropic-4242',
    submitPath: /^\/v1\/messages\/batches$/,
    install: (server, respond) => installAnthropicBatch(server, { respond, pollsUntilDone: 2 }),
    make: (url, apiKey) => createAnthropicBatch({ apiKey, baseURL: url, model: 'claude-conformance' }),
  }),
);
