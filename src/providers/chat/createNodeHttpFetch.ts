import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

/** Options of {@link createNodeHttpFetch}. */
export interface NodeHttpFetchOptions {
  /** Most sockets kept open per host (default 256, above any sensible concurrency limit). */
  maxSockets?: number;
  /** How long an idle keep-alive socket stays open, in ms (default 30 s). */
  keepAliveMsecs?: number;
  /** Used for bodies this implementation does not send itself (form data, streams, blobs). Default `globalThis.fetch`. */
  fallback?: typeof fetch;
}

// Responses to these statuses must not carry a body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * A `fetch` for the provider SDKs built on `node:http` with keep-alive agents. On Node 20 the global
 * `fetch` (undici) costs about a third more CPU per request; at concurrency 64 against a fast endpoint
 * that CPU, not the network, limits throughput (docs/benchmarks.md). Chat adapters use it for the
 * clients they create; JSON-sized bodies only: anything else is passed to `fallback`.
 *
 * @example
 * ```ts
 * import OpenAI from 'openai';
 * const client = new OpenAI({ maxRetries: 0, fetch: createNodeHttpFetch() });
 * ```
 */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): typeof fetch {
  const agentOptions = { keepAlive: true, keepAliveMsecs: options.keepAliveMsecs ?? 30_000, maxSockets: options.maxSockets ?? 256 };
  const httpAgent = new HttpAgent(agentOptions);
  const httpsAgent = new HttpsAgent(agentOptions);
  const fallback = options.fallback ?? globalThis.fetch;

  const nodeFetch = async function nodeHttpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    if (typeof input !== 'string' && !(input instanceof URL)) return fallback(input, init);
    const body = toBuffer(init.body);
    if (body === null) return fallback(input, init);
    const url = typeof input === 'string' ? new URL(input) : input;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fallback(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortReason(signal);

    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    if (body.length > 0 || init.method === 'POST' || init.method === 'PUT' || init.method === 'PATCH') {
      headers['content-length'] = String(body.length);
    }
    headers['accept-encoding'] ??= 'gzip, deflate, br';

    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const agent = url.protocol === 'https:' ? httpsAgent : httpAgent;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(url, { method: init.method ?? 'GET', headers, agent }, resolve);
      const onAbort = () => req.destroy(abortReason(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.once('close', () => signal?.removeEventListener('abort', onAbort));
      req.once('error', reject);
      req.end(body);
    });

    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = decoded(res);
      const onAbort = () => res.destroy(abortReason(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      stream.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      if (stream !== res) res.once('error', (error) => stream.destroy(error));
    });

    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      // The body is already decoded: its encoding and length no longer describe it.
      if (value === undefined || name === 'content-encoding' || name === 'content-length') continue;
      if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
      else responseHeaders.set(name, value);
    }
    const status = res.statusCode ?? 0;
    const response = new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), {
      status,
      statusText: res.statusMessage ?? '',
      headers: responseHeaders,
    });
    // `Response.url` is read-only and empty for constructed responses; some callers log it.
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
  return nodeFetch as typeof fetch;
}

function toBuffer(body: RequestInit['body']): Buffer | null {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (body instanceof URLSearchParams) return Buffer.from(body.toString(), 'utf8');
  return null; // FormData, Blob, streams: left to the platform fetch
}

function decoded(res: IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  // The SDKs recognise aborts by the error's name.
  const error = new Error(reason instanceof Error ? reason.message : 'The operation was aborted', { cause: reason });
  error.name = 'AbortError';
  return error;
}
