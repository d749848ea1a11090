import { APICallError, NegationNeglectError, redactSecrets } from '../../errors.js';
import { toAbortError } from '../../util/abort.js';

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
  signal?: AbortSignal;
  /** Values to scrub from messages in addition to key-shaped strings (the API key in use). */
  secrets?: readonly string[];
}

/**
 * Turns an error thrown by the `openai` or `@anthropic-ai/sdk` client (both Stainless SDKs)
 * into an `APICallError` with status, retryability, request id and `retryAfterMs`. Detection is
 * structural (an HTTP `status`, the SDK's connection/timeout classes), never by provider name.
 * The SDK error is not kept as `cause` because its message may quote credentials.
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
  const message = clean(typeof e?.message === 'string' ? e.message : String(error));
  if (className === 'APIUserAbortError') return toAbortError(error);
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
      isRetryable: isRetryableStatus(status),
      ...(requestId ? { requestId } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(body !== undefined ? { responseBody: clean(body) } : {}),
    });
  }
  if (/Timeout/.test(className)) {
    return new APICallError(`${provider} API call timed out: ${message}`, { provider, isRetryable: true, cause: sanitized(error, message) });
  }
  if (className === 'APIConnectionError' || isNetworkLike(error)) {
    return new APICallError(`${provider} API connection failed: ${message}`, { provider, isRetryable: true, cause: sanitized(error, message) });
  }
  if (error instanceof SyntaxError) {
    // A 200 whose body is not valid JSON (truncated by a proxy, a crashed server): transient.
    return new APICallError(`${provider} API returned a malformed response: ${message}`, { provider, isRetryable: true, cause: sanitized(error, message) });
  }
  // Not a provider failure (a bug, a thrown string): passed on as it is, never disguised as an API error.
  return error instanceof Error ? error : new NegationNeglectError(message, 'unknown_error');
}

function isNetworkLike(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR)/.test(code)) return true;
  return error instanceof TypeError && /fetch failed|terminated|network/i.test(error.message);
}

function sanitized(error: unknown, message: string): Error {
  const out = new Error(message);
  out.name = error instanceof Error ? error.name : 'Error';
  return out;
}
