import type { ChatModel, DoGenerateOptions, DoGenerateResult } from '../../../src/providers/index.js';

/** An in-process model whose behaviour per call is scripted by `impl`; records every call. */
export function fakeModel(
  impl: (options: DoGenerateOptions, callNumber: number) => Promise<DoGenerateResult> | DoGenerateResult = (o) => ({
    choices: Array.from({ length: o.n }, (_, i) => ({ text: `${o.messages.at(-1)?.content} #${(o.sampleIndex ?? 0) + i}`, finishReason: 'stop' as const })),
    usage: { inputTokens: 10, outputTokens: 5 * o.n },
    warnings: [],
  }),
  capabilities: Partial<ChatModel['capabilities']> = {},
): ChatModel & { calls: DoGenerateOptions[] } {
  const calls: DoGenerateOptions[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'fake',
    modelId: 'fake-1',
    capabilities: {
      samplingParameters: ['maxTokens', 'temperature', 'topP', 'seed', 'stop', 'responseFormat'],
      maxSamplesPerCall: 1,
      supportsBatch: false,
      supportsSystemMessage: true,
      ...capabilities,
    },
    calls,
    async doGenerate(options) {
      calls.push(options);
      return impl(options, calls.length);
    },
  };
}

/** Resolves when `signal` aborts (rejecting with its reason), for simulating hung calls. */
export function hang(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
