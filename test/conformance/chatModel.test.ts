// Runs the ChatModel v1 suite against every implementation: the adapters through the official SDK
// clients pointed at the loopback servers, a middleware stack over one of them, and the test double
// the other tests use.
import { createAnthropic } from '../../src/providers/chat/createAnthropic.js';
import { createOpenAI } from '../../src/providers/chat/createOpenAI.js';
import { concurrencyLimit } from '../../src/providers/chat/concurrencyLimit.js';
import { rateLimit } from '../../src/providers/chat/rateLimit.js';
import { timeout } from '../../src/providers/chat/timeout.js';
import { usageTracker } from '../../src/providers/chat/usageTracker.js';
import { wrapChatModel } from '../../src/providers/chat/wrapChatModel.js';
import { cache } from '../../src/providers/cache/cache.js';
import { createMemoryCache } from '../../src/providers/cache/createMemoryCache.js';
import type { ChatModel } from '../../src/providers/chat/chatModel.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';
import { startAnthropicServer } from '../servers/anthropicServer.js';
import type { FaultDecider, FaultKind, FaultServer } from '../servers/faultServer.js';
import { startOpenAIChatServer } from '../servers/openaiChatServer.js';
import { chatModelConformance, type ChatFault, type ChatModelFixture } from './chatModel.suite.js';

const SERVER_FAULT: Record<ChatFault, FaultKind> = {
  'rate-limit': 'rate-limit',
  'server-error': 'server-error',
  unavailable: 'unavailable',
  drop: 'drop',
  malformed: 'malformed',
  hang: 'slow',
};

/** Queued faults for a loopback server: each next request takes the next one, whatever it asks. */
function faultQueue(): { decider: FaultDecider; inject: ChatModelFixture['inject'] } {
  const queue: FaultKind[] = [];
  return {
    decider: () => queue.shift(),
    inject: (fault, count) => {
      for (let i = 0; i < count; i++) queue.push(SERVER_FAULT[fault]);
    },
  };
}

/** A fixture over a loopback server; `make(key)` builds the model under test with that key. */
function serverFixture(server: FaultServer, queue: ReturnType<typeof faultQueue>, make: (key: string) => ChatModel, key: string, refused: string): ChatModelFixture {
  server.setFaults(queue.decider);
  return {
    model: make(key),
    unauthorized: make(refused),
    refusedSecret: refused,
    inject: queue.inject,
    requests: () => server.stats.requests,
    close: () => server.close(),
  };
}

const OPENAI_KEY = 'sk-conformance-OPENAI0000001';
const ANTHROPIC_KEY = 'sk-ant-conformance-0000001';

async function openaiServer() {
  const queue = faultQueue();
  const server = await startOpenAIChatServer({ apiKey: OPENAI_KEY });
  return { server, queue };
}

chatModelConformance('createOpenAI (openai SDK, loopback)', async () => {
  const { server, queue } = await openaiServer();
  const make = (apiKey: string) => createOpenAI({ apiKey, baseURL: server.baseURL })('gpt-conformance', { maxSamplesPerCall: 4 });
  return serverFixture(server, queue, make, OPENAI_KEY, 'sk-refused-OPENAIsecret42');
});

chatModelConformance('createAnthropic (@anthropic-ai/sdk, loopback)', async () => {
  const queue = faultQueue();
  const server = await startAnthropicServer({ apiKey: ANTHROPIC_KEY });
  const make = (apiKey: string) => createAnthropic({ apiKey, baseURL: server.baseURL })('claude-conformance');
  return serverFixture(server, queue, make, ANTHROPIC_KEY, 'sk-ant-refused-ANTHROPICsecret42');
});

chatModelConformance('wrapChatModel (usage, cache, concurrency, rate limit, timeout over createOpenAI)', async () => {
  const { server, queue } = await openaiServer();
  const make = (apiKey: string) =>
    wrapChatModel({
      model: createOpenAI({ apiKey, baseURL: server.baseURL })('gpt-conformance', { maxSamplesPerCall: 2 }),
      middleware: [usageTracker(), cache({ store: createMemoryCache() }), concurrencyLimit({ max: 4 }), rateLimit({ requestsPerMinute: 6000 }), timeout({ ms: 30_000 })],
    });
  return serverFixture(server, queue, make, OPENAI_KEY, 'sk-refused-WRAPPEDsecret42');
});

chatModelConformance('fakeChatModel (the test double)', async () => {
  const model = fakeChatModel();
  const unauthorized = fakeChatModel();
  unauthorized.inject('unauthorized', 100);
  return {
    model,
    unauthorized,
    refusedSecret: 'no-key-in-a-fake',
    inject: (fault, count) => model.inject(fault, count),
    requests: () => model.calls.length + unauthorized.calls.length,
  };
});
