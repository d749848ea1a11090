import type { ChatBatchRequest, ChatBatchResultItem } from './chatBatchClient.js';
import type { DoGenerateResult } from '../chat/chatModel.js';
import { isRetryableStatus } from '../chat/mapProviderError.js';

/** Internal: the Chat Completions body for one batch request (settings already filtered by capabilities). */
export function toOpenAIChatBody(model: string, request: ChatBatchRequest): Record<string, unknown> {
  const s = request.settings ?? {};
  const body: Record<string, unknown> = { model, messages: request.messages.map((m) => ({ role: m.role, content: m.content })) };
  if (s.maxTokens !== undefined) body.max_completion_tokens = s.maxTokens;
  if (s.temperature !== undefined) body.temperature = s.temperature;
  if (s.topP !== undefined) body.top_p = s.topP;
  if (s.seed !== undefined) body.seed = s.seed;
  if (s.stop !== undefined) body.stop = s.stop;
  if (s.responseFormat === 'json') body.response_format = { type: 'json_object' };
  if (s.providerOptions) Object.assign(body, s.providerOptions);
  return body;
}

interface RawCompletion {
  id?: string;
  model?: string;
  choices?: Array<{ index?: number; message?: { content?: string | null; refusal?: string | null }; finish_reason?: string | null }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

/** Internal: a Chat Completions response body as the live path's `DoGenerateResult`. */
export function fromOpenAIChatBody(raw: unknown): DoGenerateResult | undefined {
  const r = raw as RawCompletion | null;
  if (!r || !Array.isArray(r.choices) || r.choices.length === 0) return undefined;
  const choices = [...r.choices].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return {
    choices: choices.map((c) => ({
      text: c.message?.content ?? c.message?.refusal ?? '',
      finishReason:
        c.finish_reason === 'stop'
          ? 'stop'
          : c.finish_reason === 'length'
            ? 'length'
            : c.finish_reason === 'content_filter'
              ? 'content-filter'
              : 'other',
    })),
    usage: { inputTokens: r.usage?.prompt_tokens ?? 0, outputTokens: r.usage?.completion_tokens ?? 0 },
    warnings: [],
    response: { ...(r.id ? { id: r.id } : {}), ...(r.model ? { modelId: r.model } : {}) },
  };
}

/** OpenAI batch error codes after which resubmitting the request may succeed. */
const RETRYABLE_CODES = new Set(['batch_expired', 'rate_limit_exceeded', 'server_error', 'timeout']);

/** Internal: one line of an OpenAI batch output or error file, or `undefined` when unusable. */
export function parseOpenAIBatchLine(line: string): ChatBatchResultItem | undefined {
  let parsed: {
    custom_id?: unknown;
    response?: { status_code?: number; body?: unknown } | null;
    error?: { code?: string | null; message?: string | null } | null;
  };
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed?.custom_id !== 'string') return undefined;
  const customId = parsed.custom_id;
  if (parsed.error) {
    const code = parsed.error.code ?? undefined;
    return {
      customId,
      ok: false,
      error: {
        message: parsed.error.message ?? 'request failed',
        ...(code ? { code } : {}),
        retryable: code !== undefined && RETRYABLE_CODES.has(code),
      },
    };
  }
  const status = parsed.response?.status_code ?? 0;
  if (status === 200) {
    const result = fromOpenAIChatBody(parsed.response?.body);
    if (result) return { customId, ok: true, result };
    return { customId, ok: false, error: { message: 'response body has no choices', code: 'malformed_response', retryable: true } };
  }
  const err = (parsed.response?.body as { error?: { message?: string; code?: string | null; type?: string } } | undefined)?.error;
  const code = err?.code ?? err?.type;
  return {
    customId,
    ok: false,
    error: {
      message: err?.message ?? `HTTP ${status}`,
      ...(code ? { code } : {}),
      retryable: status === 0 || isRetryableStatus(status),
    },
  };
}
