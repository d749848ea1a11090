import type { ChatMessage, ChatModel, DoGenerateOptions } from '../../src/providers/chat/chatModel.js';

/** A deterministic in-process ChatModel (v1) whose answers come from `respond`; counts calls. */
export function fakeChatModel(respond: (messages: ChatMessage[], call: number) => string): ChatModel & { calls: DoGenerateOptions[] } {
  const calls: DoGenerateOptions[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'fake',
    modelId: 'fake-1',
    capabilities: { samplingParameters: ['temperature', 'maxTokens', 'seed'], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
    calls,
    async doGenerate(options) {
      calls.push(options);
      const text = respond(options.messages, calls.length);
      const inputTokens = Math.ceil(options.messages.reduce((n, m) => n + m.content.length, 0) / 4);
      return { choices: [{ text, finishReason: 'stop' }], usage: { inputTokens, outputTokens: Math.ceil(text.length / 4) }, warnings: [] };
    },
  };
}
