import type { ChatCallSettings, ChatMessage, DoGenerateResult, SamplingParameter } from './chatModel.js';
import { splitReasoning } from './splitReasoning.js';

/**
 * How an endpoint takes `reasoning: 'on' | 'off'`: OpenAI's `reasoning_effort` (`medium` / `minimal`),
 * or `chat_template_kwargs.enable_thinking` as vLLM and SGLang pass it to Qwen3-style chat templates.
 */
export type OpenAIReasoningControl = 'reasoning_effort' | 'chat_template_kwargs';

/**
 * Each reasoning control: the body fields for the call's reasoning settings, and which of them it
 * can carry (a model's capabilities declare those, so the others are dropped with a warning).
 */
export const OPENAI_REASONING_CONTROLS: Record<OpenAIReasoningControl, { parameters: readonly SamplingParameter[]; fields(s: ChatCallSettings): Record<string, unknown> }> = {
  reasoning_effort: {
    parameters: ['reasoning', 'reasoningEffort'],
    // `off` is the least effort; otherwise the effort asked for, else `medium` for `on`.
    fields: (s) => {
      const effort = s.reasoning === 'off' ? 'minimal' : (s.reasoningEffort ?? (s.reasoning === 'on' ? 'medium' : undefined));
      return effort ? { reasoning_effort: effort } : {};
    },
  },
  chat_template_kwargs: {
    parameters: ['reasoning'],
    fields: (s) => (s.reasoning !== undefined ? { chat_template_kwargs: { enable_thinking: s.reasoning === 'on' } } : {}),
  },
};

/** What differs between endpoints that speak Chat Completions. */
export interface OpenAIChatBodyOptions {
  model: string;
  messages: readonly ChatMessage[];
  /** Already filtered by the model's capabilities. */
  settings: ChatCallSettings;
  /** Samples per request (`n`); omitted when 1. */
  n?: number;
  /** OpenAI itself takes `max_completion_tokens`; most compatible servers only `max_tokens`. */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Role system messages are sent as (some reasoning models want `developer`). */
  systemRole: 'system' | 'developer';
  /** The field `settings.reasoning` is sent as (default `reasoning_effort`). */
  reasoningControl?: OpenAIReasoningControl;
}

/**
 * Internal: the Chat Completions request body, shared by the live adapter and the Batch API so a
 * request means the same thing on both paths.
 *
 * @example
 * ```ts
 * toOpenAIChatBody({ model: 'gpt-4.1', messages, settings: { maxTokens: 64 }, maxTokensField: 'max_completion_tokens', systemRole: 'system' });
 * ```
 */
export function toOpenAIChatBody(options: OpenAIChatBodyOptions): Record<string, unknown> {
  const s = options.settings;
  const body: Record<string, unknown> = {
    model: options.model,
    messages: options.messages.map((m) => ({ role: m.role === 'system' ? options.systemRole : m.role, content: m.content })),
  };
  if (options.n !== undefined && options.n > 1) body.n = options.n;
  if (s.maxTokens !== undefined) body[options.maxTokensField] = s.maxTokens;
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.seed !== undefined) body.seed = s.seed;
  if (s.stop !== undefined) body.stop = s.stop;
  if (s.responseFormat === 'json') body.response_format = { type: 'json_object' };
  Object.assign(body, OPENAI_REASONING_CONTROLS[options.reasoningControl ?? 'reasoning_effort'].fields(s));
  if (s.providerOptions) Object.assign(body, s.providerOptions);
  return body;
}

interface RawCompletion {
  id?: string;
  model?: string;
  choices?: Array<{
    index?: number;
    // vLLM and DeepSeek return `reasoning_content`; OpenRouter, Ollama and newer vLLM `reasoning`.
    message?: { content?: string | null; refusal?: string | null; reasoning_content?: string | null; reasoning?: string | null };
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

/**
 * Internal: a Chat Completions response body as a `DoGenerateResult` (choices in index order),
 * or `undefined` when it has no choices. The model's thinking (`reasoning_content`, `reasoning`,
 * or a `<think>` block opening the content) goes to `reasoning`, apart from the answer. Shared by the live adapter and batch results.
 *
 * @example
 * ```ts
 * fromOpenAIChatBody(await res.json())?.choices[0]?.text;
 * ```
 */
export function fromOpenAIChatBody(raw: unknown): DoGenerateResult | undefined {
  const r = raw as RawCompletion | null;
  if (!r || !Array.isArray(r.choices) || r.choices.length === 0) return undefined;
  const choices = [...r.choices].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return {
    choices: choices.map((c) => {
      const answer = splitReasoning(c.message?.content ?? c.message?.refusal ?? '');
      const field = c.message?.reasoning_content ?? c.message?.reasoning;
      const reasoning = typeof field === 'string' && field.trim() !== '' ? field : answer.reasoning;
      return { text: answer.text, finishReason: mapFinishReason(c.finish_reason), ...(reasoning !== undefined ? { reasoning } : {}) };
    }),
    usage: { inputTokens: r.usage?.prompt_tokens ?? 0, outputTokens: r.usage?.completion_tokens ?? 0 },
    warnings: [],
    response: { ...(r.id ? { id: r.id } : {}), ...(r.model ? { modelId: r.model } : {}) },
  };
}

function mapFinishReason(reason: string | null | undefined): DoGenerateResult['choices'][number]['finishReason'] {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    default:
      return 'other';
  }
}
