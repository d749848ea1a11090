import type { ChatCallSettings, ChatMessage, DoGenerateResult } from './chatModel.js';

/**
 * Internal: the Messages API request body, shared by the live adapter and Message Batches so a
 * request means the same thing on both paths. System messages become `system`; `max_tokens` is
 * always sent (the API requires it).
 *
 * @example
 * ```ts
 * toAnthropicMessageBody({ model: 'claude-sonnet-4-5', messages, settings: {}, maxTokens: 1024 });
 * ```
 */
export function toAnthropicMessageBody(options: {
  model: string;
  messages: readonly ChatMessage[];
  /** Already filtered by the model's capabilities. */
  settings: ChatCallSettings;
  /** Used when `settings.maxTokens` is not set. */
  maxTokens: number;
}): Record<string, unknown> {
  const s = options.settings;
  const system = options.messages.filter((m) => m.role === 'system').map((m) => m.content);
  const body: Record<string, unknown> = {
    model: options.model,
    max_tokens: s.maxTokens ?? options.maxTokens,
    messages: options.messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role, content: m.content })),
  };
  if (system.length > 0) body.system = system.join('\n\n');
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.stop !== undefined && s.stop.length > 0) body.stop_sequences = s.stop;
  if (s.providerOptions) Object.assign(body, s.providerOptions);
  return body;
}

interface RawMessage {
  id?: string;
  model?: string;
  content?: Array<{ type?: string; text?: string }>;
  stop_reason?: string | null;
  usage?: { input_tokens?: number; output_tokens?: number };
}

/** One Messages API answer as a choice plus its usage. */
export interface AnthropicMessageParts {
  choice: DoGenerateResult['choices'][number];
  usage: DoGenerateResult['usage'];
  response: NonNullable<DoGenerateResult['response']>;
}

/**
 * Internal: reads a Messages API response (text blocks joined, stop reason mapped), or `undefined`
 * when it has no `content` array. Shared by the live adapter and batch results.
 *
 * @example
 * ```ts
 * fromAnthropicMessage(message)?.choice.text;
 * ```
 */
export function fromAnthropicMessage(raw: unknown): AnthropicMessageParts | undefined {
  const r = raw as RawMessage | null;
  if (!r || !Array.isArray(r.content)) return undefined;
  return {
    choice: {
      text: r.content.filter((b) => b.type === 'text').map((b) => b.text ?? '').join(''),
      finishReason: mapStopReason(r.stop_reason),
    },
    usage: { inputTokens: r.usage?.input_tokens ?? 0, outputTokens: r.usage?.output_tokens ?? 0 },
    response: { ...(r.id ? { id: r.id } : {}), ...(r.model ? { modelId: r.model } : {}) },
  };
}

function mapStopReason(reason: string | null | undefined): DoGenerateResult['choices'][number]['finishReason'] {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'refusal':
      return 'content-filter';
    default:
      return 'other';
  }
}
