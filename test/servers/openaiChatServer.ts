/**
 * An OpenAI Chat Completions server (POST /v1/chat/completions, n > 1 supported) close enough
 * for the official `openai` client. Replies are a deterministic function of the request.
 */
import type { FaultDecider, FaultPlan, FaultServer, ParsedRequest } from './faultServer.js';
import { startFaultServer } from './faultServer.js';

export interface ChatRequestMessage {
  role: string;
  content: string;
}

export interface OpenAIChatServerOptions {
  /** When set, other bearer tokens get a 401 whose message quotes the token (as OpenAI's does). */
  apiKey?: string;
  faults?: FaultPlan | FaultDecider;
  latencyMs?: number;
  reply?(messages: ChatRequestMessage[], index: number, body: Record<string, unknown>): string;
  /** Thinking returned apart from the content, as vLLM's reasoning parsers return it (`reasoning_content`). */
  reasoning?(messages: ChatRequestMessage[], index: number, body: Record<string, unknown>): string | undefined;
  /** `finish_reason` of a choice (default `stop`), e.g. `length` for an answer cut off at the token limit. */
  finishReason?(messages: ChatRequestMessage[], index: number, body: Record<string, unknown>): string;
  /** Body fields this server refuses with a 400 naming them, as reasoning models refuse `temperature`. */
  refuse?: readonly string[];
  onRequest?(stats: FaultServer['stats'], request: ParsedRequest): void;
}

export interface OpenAIChatServer extends FaultServer {
  /** Pass as `baseURL` to `createOpenAI` / `new OpenAI()`. */
  baseURL: string;
  /** Request bodies received (most recent last; capped at 100). */
  bodies: Array<Record<string, unknown>>;
}

/** The default reply: echoes the last message and the choice index. */
export function defaultReply(messages: ChatRequestMessage[], index: number): string {
  return `reply to: ${messages.at(-1)?.content ?? ''} #${index}`;
}

/** Request key used for fault decisions and duplicate counts: the messages. */
export function messagesKey(request: ParsedRequest): string {
  const body = request.body as { messages?: unknown } | undefined;
  return JSON.stringify(body?.messages ?? request.rawBody);
}

const tokens = (text: string) => Math.ceil(text.length / 4);
const withReasoning = (reasoning: string | undefined) => (reasoning === undefined ? {} : { reasoning_content: reasoning });

export async function startOpenAIChatServer(options: OpenAIChatServerOptions = {}): Promise<OpenAIChatServer> {
  const bodies: Array<Record<string, unknown>> = [];
  const reply = options.reply ?? defaultReply;
  let ids = 0;
  const server = await startFaultServer({
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    keyOf: messagesKey,
    requestIdHeader: 'x-request-id',
    errorBody: (status, message) => ({ error: { message, type: status === 429 ? 'rate_limit_error' : 'server_error', param: null, code: null } }),
    handle(request) {
      if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
        return { status: 404, body: { error: { message: `Unknown route ${request.method} ${request.path}`, type: 'invalid_request_error', param: null, code: null } } };
      }
      const auth = String(request.headers.authorization ?? '');
      const given = auth.replace(/^Bearer\s+/i, '');
      if (options.apiKey !== undefined && given !== options.apiKey) {
        return {
          status: 401,
          body: { error: { message: `Incorrect API key provided: ${given}. You can find your API key at https://example.invalid.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } },
        };
      }
      const body = request.body as Record<string, unknown> | undefined;
      const messages = body?.messages as ChatRequestMessage[] | undefined;
      if (!body || typeof body.model !== 'string' || !Array.isArray(messages) || messages.length === 0) {
        return { status: 400, body: { error: { message: 'model and messages are required', type: 'invalid_request_error', param: 'messages', code: null } } };
      }
      bodies.push(body);
      if (bodies.length > 100) bodies.shift();
      const refused = options.refuse?.find((field) => body[field] !== undefined);
      if (refused) {
        return {
          status: 400,
          body: { error: { message: `Unsupported parameter: '${refused}' is not supported with this model.`, type: 'invalid_request_error', param: refused, code: 'unsupported_parameter' } },
        };
      }
      const n = typeof body.n === 'number' ? body.n : 1;
      const texts = Array.from({ length: n }, (_, i) => reply(messages, i, body));
      const promptTokens = messages.reduce((s, m) => s + tokens(String(m.content)), 0);
      return {
        status: 200,
        body: {
          id: `chatcmpl-${++ids}`,
          object: 'chat.completion',
          created: 1_780_000_000,
          model: body.model,
          choices: texts.map((text, index) => ({
            index,
            message: { role: 'assistant', content: text, refusal: null, ...withReasoning(options.reasoning?.(messages, index, body)) },
            logprobs: null,
            finish_reason: options.finishReason?.(messages, index, body) ?? 'stop',
          })),
          usage: {
            prompt_tokens: promptTokens,
            completion_tokens: texts.reduce((s, t) => s + tokens(t), 0),
            total_tokens: promptTokens + texts.reduce((s, t) => s + tokens(t), 0),
          },
        },
      };
    },
  });
  return Object.assign(server, { baseURL: `${server.url}/v1`, bodies }) as OpenAIChatServer;
}
