import type { ChatBatchRequest, ChatBatchResultItem } from './chatBatchClient.js';
import { fromOpenAIChatBody, toOpenAIChatBody } from '../chat/openaiChatBody.js';
import { isRetryableStatus } from '../shared/mapProviderError.js';

/** Internal: the Chat Completions body for one batch request (settings already filtered by capabilities). */
export function toOpenAIBatchBody(model: string, request: ChatBatchRequest): Record<string, unknown> {
  // The Batch API is OpenAI's own endpoint, so it takes `max_completion_tokens`.
  return toOpenAIChatBody({ model, messages: request.messages, settings: request.settings ?? {}, maxTokensField: 'max_completion_tokens', systemRole: 'system' });
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
