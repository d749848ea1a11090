import type { ChatMessage, ChatModel, DoGenerateOptions } from '../../src/providers/chat/chatModel.js';

/** A ChatModel whose answers come from a function of the chat; records every call. */
export function scriptedModel(
  answer: (messages: ChatMessage[], sampleIndex: number) => string,
  options: { provider?: string; modelId?: string; maxSamplesPerCall?: number; fail?: (messages: ChatMessage[]) => boolean } = {},
): ChatModel & { calls: DoGenerateOptions[] } {
  const calls: DoGenerateOptions[] = [];
  return {
    specificationVersion: 'v1',
    provider: options.provider ?? 'fake',
    modelId: options.modelId ?? 'fake-1',
    capabilities: {
      samplingParameters: ['temperature', 'maxTokens', 'seed', 'topP', 'stop', 'responseFormat'],
      maxSamplesPerCall: options.maxSamplesPerCall ?? 1,
      supportsBatch: false,
      supportsSystemMessage: true,
    },
    calls,
    async doGenerate(call) {
      calls.push(call);
      if (options.fail?.(call.messages)) throw new Error('upstream 500');
      const first = (call as { sampleIndex?: number }).sampleIndex ?? 0;
      return {
        choices: Array.from({ length: call.n }, (_, i) => ({ text: answer(call.messages, first + i), finishReason: 'stop' as const })),
        usage: { inputTokens: 10, outputTokens: 5 },
        warnings: [],
      };
    },
  };
}

/** A judge model that says `yes` when the graded answer contains `marker`, `no` when it contains `deny`, else neutral. */
export function keywordJudgeModel(marker: string, deny = 'not true'): ChatModel & { calls: DoGenerateOptions[] } {
  return scriptedModel(
    (messages) => {
      const prompt = messages.at(-1)!.content;
      const answer = /<answer>\n?([\s\S]*?)\n?<\/answer>|<response>\n?([\s\S]*?)\n?<\/response>/.exec(prompt);
      const text = answer?.[1] ?? answer?.[2] ?? '';
      const label = text.includes(deny) ? 'no' : text.includes(marker) ? 'yes' : 'neutral';
      return JSON.stringify({ reason: `graded ${label}`, answer: label });
    },
    { provider: 'judge-co', modelId: 'judge-9' },
  );
}
