import type { z } from 'zod';
import { APICallError } from '../../errors.js';
import { isRetryableStatus, looksTransient, parseRetryAfter } from './mapProviderError.js';

/** Settings shared by the REST (fetch-based) finetune adapters. */
export interface RestClientSettings {
  provider: string;
  baseURL: string;
  apiKey: string;
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout in ms (default 60_000). */
  timeoutMs?: number;
}

/**
 * Internal: one JSON (or multipart) request to a REST API with the answer validated by a zod
 * schema. Non-2xx answers, network errors and malformed bodies become `APICallError`s whose
 * `isRetryable` follows HTTP conventions; the API key never appears in messages.
 */
export async function restRequest<S extends z.ZodType>(
  settings: RestClientSettings,
  request: { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: unknown; form?: FormData; signal?: AbortSignal | undefined },
  schema: S,
): Promise<z.infer<S>> {
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const secrets = [settings.apiKey];
  const url = `${settings.baseURL.replace(/\/+$/, '')}${request.path}`;
  const headers: Record<string, string> = { authorization: `Bearer ${settings.apiKey}`, accept: 'application/json' };
  let body: BodyInit | undefined;
  if (request.form) body = request.form;
  else if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const timeout = AbortSignal.timeout(settings.timeoutMs ?? 60_000);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const where = `${request.method} ${request.path}`;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { method: request.method, headers, ...(body !== undefined ? { body } : {}), signal });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new APICallError(`${settings.provider}: ${where} failed: ${(error as Error)?.message ?? String(error)}`, {
      provider: settings.provider,
      secrets,
      isRetryable: looksTransient(error),
      cause: error,
    });
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers);
    throw new APICallError(`${settings.provider}: ${where} returned HTTP ${response.status}: ${text.slice(0, 300)}`, {
      provider: settings.provider,
      secrets,
      statusCode: response.status,
      isRetryable: isRetryableStatus(response.status),
      ...(requestId ? { requestId } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      responseBody: text,
    });
  }
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw new APICallError(`${settings.provider}: ${where} returned malformed JSON`, {
      provider: settings.provider,
      secrets,
      statusCode: response.status,
      isRetryable: true,
      ...(requestId ? { requestId } : {}),
      responseBody: text,
      cause: error,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new APICallError(
      `${settings.provider}: ${where} returned an unexpected shape at \`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? ''}`,
      { provider: settings.provider, secrets, statusCode: response.status, isRetryable: false, responseBody: text },
    );
  }
  return parsed.data;
}
