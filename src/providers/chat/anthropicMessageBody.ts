import { InvalidArgumentError } from '../../errors.js';
import type { ChatCallSettings, ChatMessage, DoGenerateResult } from './chatModel.js';

/** The least thinking budget the Messages API accepts. */
const MIN_THINKING_BUDGET = 1024;

/**
 * Internal: the Messages API request body, shared by the live adapter and Message Batches so a
 * request means the same thing on both paths. System messages become `system`; `max_tokens` is
 * always sent (the API requires it); `reasoning` becomes `thinking` (`enabled` with a token budget,
 * the call's `thinkingBudget` or the model's, or `disabled`).
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
  /** Thinking tokens when `settings.reasoning` is `on` (default: half of `max_tokens`, at least 1,024). */
  thinkingBudget?: number;
}): Record<string, unknown> {
  const s = options.settings;
  const system = options.messages.filter((m) => m.role === 'system').map((m) => m.content);
  let maxTokens = s.maxTokens ?? options.maxTokens;
  let thinking: Record<string, unknown> | undefined;
  if (s.reasoning === 'off') thinking = { type: 'disabled' };
  // A call's own budget wins over the model's; asking for one (with `reasoning` unset) asks for thinking.
  if (s.reasoning === 'on' || (s.reasoning === undefined && s.thinkingBudget !== undefined)) {
    const budget = s.thinkingBudget ?? options.thinkingBudget ?? Math.max(MIN_THINKING_BUDGET, Math.floor(maxTokens / 2));
    if (budget < MIN_THINKING_BUDGET) throw new InvalidArgumentError('thinkingBudget', `at least ${MIN_THINKING_BUDGET} tokens (the Messages API's least)`, budget);
    // The API wants budget < max_tokens (thinking counts towards it): leave the answer room.
    if (budget >= maxTokens) maxTokens = budget + MIN_THINKING_BUDGET;
    thinking = { type: 'enabled', budget_tokens: budget };
  }
  const body: Record<string, unknown> = {
    model: options.model,
    max_tokens: maxTokens,
    messages: options.messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role, content: m.content })),
  };
  if (system.length > 0) body.system = system.join('\n\n');
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.stop !== undefined && s.stop.length > 0) body.stop_sequences = s.stop;
  if (thinking) body.thinking = thinking;
  if (s.providerOptions) Object.assign(body, s.providerOptions);
  return body;
}

interface RawMessage {
  id?: string;
  model?: string;
  content?: Array<{ type?: string; text?: string; thinking?: string }>;
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
 * Internal: reads a Messages API response (text blocks joined, thinking blocks joined apart as
 * `reasoning`, stop reason mapped), or `undefined` when it has no `content` array. Shared by the live adapter and batch results.
 *
 * @example
 * ```ts
 * fromAnthropicMessage(message)?.choice.text;
 * ```
 */
export function fromAnthropicMessage(raw: unknown): AnthropicMessageParts | undefined {
  const r = raw as RawMessage | null;
  if (!r || !Array.isArray(r.content)) return undefined;
  // A redacted block carries no readable thinking; it is marked so the trace does not look complete.
  const thoughts = r.content.flatMap((b) => (b.type === 'thinking' ? [b.thinking ?? ''] : b.type === 'redacted_thinking' ? ['[redacted thinking]'] : []));
  const reasoning = thoughts.join('\n\n').trim();
  return {
    choice: {
      text: r.content.filter((b) => b.type === 'text').map((b) => b.text ?? '').join(''),
      finishReason: mapStopReason(r.stop_reason),
      ...(reasoning ? { reasoning } : {}),
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
