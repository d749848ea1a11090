/**
 * An Anthropic Messages server (POST /v1/messages) close enough for `@anthropic-ai/sdk` 1.x.
 * Like the 2026-10-21 API it rejects `temperature`/`top_p` and requires `max_tokens`.
 */
import type { FaultDecider, FaultPlan, FaultServer, ParsedRequest } from './faultServer.js';
import { startFaultServer } from './faultServer.js';
import type { ChatRequestMessage } from './openaiChatServer.js';
import { defaultReply, messagesKey } from './openaiChatServer.js';

export interface AnthropicServerOptions {
  /** When set, other keys get a 401 whose message quotes the key. */
  apiKey?: string;
  faults?: FaultPlan | FaultDecider;
  latencyMs?: number;
  reply?(messages: ChatRequestMessage[], index: number, body: Record<string, unknown>): string;
  /** The thinking block returned when the request enables thinking (default: none). */
  thinking?(messages: ChatRequestMessage[]): string;
  onRequest?(stats: FaultServer['stats'], request: ParsedRequest): void;
}

export interface AnthropicServer extends FaultServer {
  /** Pass as `baseURL` (the SDK appends `/v1/messages`). */
  baseURL: string;
  bodies: Array<Record<string, unknown>>;
}

const error = (status: number, type: string, message: string) => ({ status, body: { type: 'error', error: { type, message } } });

export async function startAnthropicServer(options: AnthropicServerOptions = {}): Promise<AnthropicServer> {
  const bodies: Array<Record<string, unknown>> = [];
  const reply = options.reply ?? defaultReply;
  let ids = 0;
  const server = await startFaultServer({
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    keyOf: messagesKey,
    requestIdHeader: 'request-id',
    errorBody: (status, message) => ({ type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message } }),
    handle(request) {
      if (request.method !== 'POST' || request.path !== '/v1/messages') return error(404, 'not_found_error', `Unknown route ${request.path}`);
      // SDK 1.x sends `Authorization: Bearer <key>`; older clients send `x-api-key`.
      const given = String(request.headers['x-api-key'] ?? String(request.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
      if (options.apiKey !== undefined && given !== options.apiKey) return error(401, 'authentication_error', `invalid API key: ${given}`);
      const body = request.body as Record<string, unknown> | undefined;
      if (!body || typeof body.model !== 'string') return error(400, 'invalid_request_error', 'model: Field required');
      if (!Number.isInteger(body.max_tokens)) return error(400, 'invalid_request_error', 'max_tokens: Field required');
      for (const field of ['temperature', 'top_p', 'n', 'seed']) {
        if (field in body) return error(400, 'invalid_request_error', `${field}: Extra inputs are not permitted`);
      }
      const messages = body.messages as ChatRequestMessage[] | undefined;
      if (!Array.isArray(messages) || messages.length === 0 || messages.some((m) => m.role !== 'user' && m.role !== 'assistant')) {
        return error(400, 'invalid_request_error', 'messages: roles must be user or assistant');
      }
      // As the API: thinking needs a budget of at least 1,024 tokens, below max_tokens.
      const thinking = body.thinking as { type?: string; budget_tokens?: number } | undefined;
      if (thinking?.type === 'enabled' && !(Number(thinking.budget_tokens) >= 1024 && Number(thinking.budget_tokens) < Number(body.max_tokens))) {
        return error(400, 'invalid_request_error', 'thinking.budget_tokens: must be at least 1024 and less than max_tokens');
      }
      bodies.push(body);
      if (bodies.length > 100) bodies.shift();
      const text = reply(messages, 0, body);
      const thought = thinking?.type === 'enabled' ? options.thinking?.(messages) : undefined;
      return {
        status: 200,
        body: {
          id: `msg_${++ids}`,
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [...(thought !== undefined ? [{ type: 'thinking', thinking: thought, signature: 'sig' }] : []), { type: 'text', text }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: messages.reduce((s, m) => s + Math.ceil(String(m.content).length / 4), 0), output_tokens: Math.ceil(text.length / 4) },
        },
      };
    },
  });
  return Object.assign(server, { baseURL: server.url, bodies }) as AnthropicServer;
}
