import { describe, expect, it } from 'vitest';
import { AbortError, APICallError, NegationNeglectError } from '../../../src/errors.js';
import { mapProviderError } from '../../../src/providers/shared/mapProviderError.js';

// The one mapper serves chat, batch and finetune calls; this is its contract on what is temporary.
const map = (error: unknown, extra: { signal?: AbortSignal; secrets?: string[] } = {}) => mapProviderError(error, { provider: 'p', ...extra });
const withStatus = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`${status}`), { status, headers: new Headers(headers) });
const named = (name: string, message = name) => Object.assign(new Error(message), { name });

describe('mapProviderError', () => {
  it.each([408, 409, 429, 500, 502, 503, 529])('HTTP %i is temporary', (status) => {
    expect(map(withStatus(status))).toMatchObject({ statusCode: status, isRetryable: true });
  });

  it.each([400, 401, 403, 404, 422])('HTTP %i is not', (status) => {
    expect(map(withStatus(status))).toMatchObject({ statusCode: status, isRetryable: false });
  });

  it('treats transport trouble as temporary, looking through cause chains', () => {
    const cases = [
      Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }),
      Object.assign(new Error('wrapped'), { cause: Object.assign(new Error('getaddrinfo'), { code: 'EAI_AGAIN' }) }),
      Object.assign(new Error('x'), { code: 'ECONNRESET' }),
      named('APIConnectionError', 'Connection error.'),
      named('APIConnectionTimeoutError', 'Request timed out.'),
      named('HeadersTimeoutError'),
      new SyntaxError('Unexpected end of JSON input'),
      new TypeError('terminated'),
    ];
    for (const error of cases) {
      const mapped = map(error);
      expect(APICallError.isInstance(mapped), String(error)).toBe(true);
      expect((mapped as APICallError).isRetryable, String(error)).toBe(true);
    }
    expect(map(named('APIConnectionTimeoutError')).message).toBe('p API call timed out: APIConnectionTimeoutError');
    expect(map(new SyntaxError('bad')).message).toBe('p API returned a malformed response: bad');
  });

  it('passes bugs and configuration errors on unchanged, and wraps thrown non-errors', () => {
    const bug = new TypeError('x is not a function');
    expect(map(bug)).toBe(bug);
    const thrown = map('boom');
    expect(NegationNeglectError.isInstance(thrown)).toBe(true);
    expect(APICallError.isInstance(thrown)).toBe(false);
  });

  it('reports aborts as AbortError, first of all when the caller aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(AbortError.isInstance(map(withStatus(503), { signal: controller.signal }))).toBe(true);
    expect(AbortError.isInstance(map(named('APIUserAbortError')))).toBe(true);
    expect(AbortError.isInstance(map(named('AbortError')))).toBe(true);
  });

  it('keeps SDK errors as they are, reads Retry-After and request ids, and scrubs the key in use', () => {
    const own = new APICallError('x', { provider: 'q', isRetryable: false });
    expect(map(own)).toBe(own);
    const limited = Object.assign(withStatus(429, { 'retry-after-ms': '1500', 'x-request-id': 'req_1' }), { message: 'slow down, key=abcd-1234-secret', error: { detail: 'abcd-1234-secret' } });
    const mapped = map(limited, { secrets: ['abcd-1234-secret'] }) as APICallError;
    expect(mapped).toMatchObject({ retryAfterMs: 1500, requestId: 'req_1', isRetryable: true });
    expect(mapped.message + mapped.responseBody).not.toContain('abcd-1234-secret');
    const reset = map(Object.assign(new Error('reset abcd-1234-secret'), { code: 'ECONNRESET' }), { secrets: ['abcd-1234-secret'] }) as APICallError;
    expect(String((reset.cause as Error).message)).not.toContain('abcd-1234-secret');
  });
});
