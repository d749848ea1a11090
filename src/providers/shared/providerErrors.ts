import { APICallError, AbortError, NegationNeglectError, redactSecrets } from '../../errors.js';
import { isRetryableStatus, parseRetryAfter } from './mapProviderError.js';

// One definition of retryable statuses and Retry-After parsing serves chat, batch and finetune calls.
export { isRetryableStatus, parseRetryAfter };

/**
 * Internal: turns whatever an SDK call or `fetch` threw into an `APICallError` (or `AbortError`),
 * so retry decisions read declared fields (`isRetryable`, `retryAfterMs`) and never parse messages.
 */
export function toProviderError(
  error: unknown,
  provider: string,
  signal?: AbortSignal,
  secrets: readonly string[] = [],
): NegationNeglectError {
  if (NegationNeglectError.isInstance(error)) return error;
  if (signal?.aborted) return new AbortError('The operation was aborted', { cause: signal.reason });
  const e = error as {
    status?: unknown;
    headers?: unknown;
    requestID?: unknown;
    message?: unknown;
    name?: unknown;
    error?: unknown;
  };
  const name = typeof e?.name === 'string' ? e.name : '';
  if (name === 'AbortError' || name === 'APIUserAbortError') {
    return new AbortError('The operation was aborted', { cause: error });
  }
  const message = redactSecrets(typeof e?.message === 'string' ? e.message : String(error), secrets);
  const statusCode = typeof e?.status === 'number' ? e.status : undefined;
  const retryAfterMs = parseRetryAfter(e?.headers as Parameters<typeof parseRetryAfter>[0]);
  const requestId =
    typeof e?.requestID === 'string' ? e.requestID : (readHeader(e?.headers, 'x-request-id') ?? readHeader(e?.headers, 'request-id'));
  let body: string | undefined;
  if (e?.error !== undefined) {
    try {
      body = redactSecrets(JSON.stringify(e.error), secrets);
    } catch {
      body = undefined;
    }
  }
  return new APICallError(`${provider}: ${message}`, {
    provider,
    ...(statusCode !== undefined ? { statusCode } : {}),
    // Without a status, retry only what looks like transport trouble (reset, timeout, malformed
    // body); anything else (a missing API key, a bug) would fail the same way again.
    isRetryable: statusCode === undefined ? looksTransient(error) : isRetryableStatus(statusCode),
    ...(requestId ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(body !== undefined ? { responseBody: body } : {}),
    cause: error,
  });
}

const TRANSIENT_NAMES = new Set([
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'SyntaxError',
  'TimeoutError',
  'ConnectTimeoutError',
  'HeadersTimeoutError',
  'BodyTimeoutError',
  'SocketError',
]);

/** Connection resets, timeouts and garbled bodies, looking through `cause` chains. */
export function looksTransient(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
    if (typeof e.code === 'string' && /^(ECONN|EPIPE|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|UND_ERR)/.test(e.code)) return true;
    if (e.message === 'fetch failed' || e.message === 'terminated') return true;
    current = e.cause;
  }
  return false;
}


function readHeader(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
