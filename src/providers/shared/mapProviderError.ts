import { AbortError, APICallError, NegationNeglectError, redactSecrets } from '../../errors.js';
import { toAbortError } from '../../util/abort.js';
import { isQuotaExhausted } from './fatalApiError.js';

/**
 * Statuses worth retrying: request timeout, conflict, rate limit and server errors.
 *
 * @example
 * ```ts
 * isRetryableStatus(429); // true
 * isRetryableStatus(400); // false
 * ```
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads how long a server asked us to wait: `retry-after-ms`, else `Retry-After` as seconds or
 * an HTTP date. Returns undefined when absent or unparseable.
 *
 * @example
 * ```ts
 * parseRetryAfter(new Headers({ 'retry-after': '2' })); // 2000
 * ```
 */
export function parseRetryAfter(headers: HeaderSource, now: number = Date.now()): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== undefined && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const ra = header(headers, 'retry-after');
  if (ra === undefined || ra.trim() === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Context for {@link mapProviderError}. */
export interface MapErrorContext {
  provider: string;
  /** The call's signal: an error after it fired is reported as `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Values to scrub from messages in addition to key-shaped strings (the API key in use). */
  secrets?: readonly string[] | undefined;
}

/**
 * The one error mapper of every provider call (chat, batch, finetune): turns what an SDK client
 * (`openai`, `@anthropic-ai/sdk`) or `fetch` threw into an `APICallError` whose `isRetryable`
 * says whether the same request may succeed later. Temporary: HTTP 408, 409, 429 and 5xx;
 * connection resets, timeouts and garbled (non-JSON) bodies, found by class name, error code or
 * anywhere in the `cause` chain. Not temporary: every other status. An error that is not a
 * provider failure at all (a bug, a missing key) is returned as it is, never disguised as an API
 * error, and so never retried. Detection is structural, never by provider name. The SDK error is
 * not kept as `cause` (its message may quote credentials): a scrubbed copy is.
 *
 * @example
 * ```ts
 * try { await client.chat.completions.create(body); }
 * catch (e) { throw mapProviderError(e, { provider: 'openai', secrets: [apiKey] }); }
 * ```
 */
export function mapProviderError(error: unknown, context: MapErrorContext): Error {
  const { provider, signal } = context;
  const secrets = context.secrets ?? [];
  const clean = (text: string) => redactSecrets(text, secrets);
  if (signal?.aborted) return toAbortError(signal.reason);
  if (NegationNeglectError.isInstance(error)) return error;
  const e = error as {
    status?: unknown;
    headers?: HeaderSource;
    requestID?: string | null;
    error?: unknown;
    message?: string;
    constructor?: { name?: string };
    name?: string;
  } | null;
  const className = e?.constructor?.name ?? '';
  const name = typeof e?.name === 'string' ? e.name : '';
  const message = clean(typeof e?.message === 'string' ? e.message : String(error));
  if (className === 'APIUserAbortError' || name === 'APIUserAbortError' || name === 'AbortError') return new AbortError('The operation was aborted', { cause: sanitized(error, message) });
  if (e && typeof e.status === 'number') {
    const status = e.status;
    const requestId = e.requestID ?? header(e.headers, 'x-request-id') ?? header(e.headers, 'request-id');
    const retryAfterMs = parseRetryAfter(e.headers);
    let body: string | undefined;
    try {
      body = e.error === undefined ? undefined : JSON.stringify(e.error);
    } catch {
      body = undefined;
    }
    return new APICallError(`${provider} API call failed with status ${status}: ${message}`, {
      provider,
      statusCode: status,
      // An exhausted quota comes as a 429 too, but waiting does not refill it.
      isRetryable: isRetryableStatus(status) && !isQuotaExhausted(`${body ?? ''} ${message}`),
      ...(requestId ? { requestId } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(body !== undefined ? { responseBody: clean(body) } : {}),
    });
  }
  const transient = transientKind(error);
  if (transient) {
    const what = transient === 'timeout' ? 'timed out' : transient === 'malformed' ? 'returned a malformed response' : 'connection failed';
    return new APICallError(`${provider} API ${transient === 'timeout' ? 'call ' : ''}${what}: ${message}`, { provider, isRetryable: true, cause: sanitized(error, message) });
  }
  // Not a provider failure (a bug, a thrown string): passed on as it is, never disguised as an API error.
  return error instanceof Error ? error : new NegationNeglectError(message, 'unknown_error');
}

const TIMEOUT_NAMES = /Timeout/;
const CONNECTION_NAMES = new Set(['APIConnectionError', 'SocketError']);
const CONNECTION_CODES = /^(ECONN|EPIPE|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR)/;

/**
 * Whether an error without an HTTP status is transport trouble worth retrying: a connection
 * reset or refusal, a timeout, or a body that is not valid JSON (truncated by a proxy, a crashed
 * server), looking through `cause` chains (`fetch failed` hides the socket error in its cause).
 *
 * @example
 * ```ts
 * looksTransient(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } })); // true
 * looksTransient(new TypeError("Cannot read properties of undefined")); // false
 * ```
 */
export function looksTransient(error: unknown): boolean {
  return transientKind(error) !== undefined;
}

function transientKind(error: unknown): 'timeout' | 'connection' | 'malformed' | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; constructor?: { name?: string } };
    const names = [typeof e.name === 'string' ? e.name : '', e.constructor?.name ?? ''];
    if (names.some((n) => TIMEOUT_NAMES.test(n))) return 'timeout';
    if (names.some((n) => n === 'SyntaxError')) return 'malformed';
    if (names.some((n) => CONNECTION_NAMES.has(n))) return 'connection';
    if (typeof e.code === 'string' && CONNECTION_CODES.test(e.code)) return 'connection';
    if (typeof e.message === 'string' && (e.message === 'fetch failed' || e.message === 'terminated' || (current instanceof TypeError && /network/i.test(e.message)))) {
      return 'connection';
    }
    current = e.cause;
  }
  return undefined;
}

function sanitized(error: unknown, message: string): Error {
  const out = new Error(message);
  out.name = error instanceof Error ? error.name : 'Error';
  return out;
}
