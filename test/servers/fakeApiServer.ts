/**
 * A tiny HTTP server for provider fakes (finetune and batch endpoints), bound to 127.0.0.1 on a
 * random port, with scripted fault injection: 429 + Retry-After, 500/503, slow answers, dropped
 * connections, malformed JSON, and "lost responses" (processed, then the socket is cut).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mulberry32 } from '../../src/util/random.js';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'rate-limit'; retryAfterMs?: number; retryAfterSeconds?: number }
  | { kind: 'server-error'; status?: 500 | 502 | 503 }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'drop' }
  | { kind: 'malformed' }
  | { kind: 'lost-response' };

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  params: string[];
  body: Buffer;
  json<T = any>(): T;
  formData(): Promise<FormData>;
}

export interface FakeResponse {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface CallRecord {
  method: string;
  path: string;
  at: number;
  fault?: Fault['kind'];
  status?: number;
  /** When the response was handed to the socket (unset for dropped requests). */
  answeredAt?: number;
}

export interface FakeApiServer {
  url: string;
  calls: CallRecord[];
  route(method: string, pattern: RegExp, handler: FakeHandler): void;
  /** Queue faults for the next requests matching `match` (applied in order, one per request). */
  injectFaults(match: { method?: string; path?: RegExp }, faults: Fault[]): void;
  /** Inject a fault into a fraction of matching requests, with a seeded PRNG. */
  randomFaults(match: { method?: string; path?: RegExp }, rate: number, kinds: Fault[], seed?: number): void;
  close(): Promise<void>;
}

export interface FakeApiServerOptions {
  /**
   * When set, a request with another key (`Authorization: Bearer` or `x-api-key`) gets a 401 whose
   * message quotes the key it was given, as OpenAI's does.
   */
  apiKey?: string;
}

export async function startFakeApiServer(options: FakeApiServerOptions = {}): Promise<FakeApiServer> {
  const routes: Array<{ method: string; pattern: RegExp; handler: FakeHandler }> = [];
  const queued: Array<{ method?: string; path?: RegExp; faults: Fault[] }> = [];
  const random: Array<{ method?: string; path?: RegExp; rate: number; kinds: Fault[]; rng: () => number }> = [];
  const calls: CallRecord[] = [];
  let url = '';

  const matches = (m: { method?: string; path?: RegExp }, method: string, path: string) =>
    (!m.method || m.method === method) && (!m.path || m.path.test(path));

  const pickFault = (method: string, path: string): Fault | undefined => {
    for (const q of queued) if (q.faults.length && matches(q, method, path)) return q.faults.shift();
    for (const r of random) {
      if (matches(r, method, path) && r.rng() < r.rate) return r.kinds[Math.floor(r.rng() * r.kinds.length)];
    }
    return undefined;
  };

  const send = (res: ServerResponse, out: FakeResponse) => {
    const headers: Record<string, string> = { ...(out.headers ?? {}) };
    let body = '';
    if (out.text !== undefined) body = out.text;
    else if (out.json !== undefined) {
      body = JSON.stringify(out.json);
      headers['content-type'] ??= 'application/json';
    }
    res.writeHead(out.status ?? 200, headers);
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = u.pathname;
    const record: CallRecord = { method, path, at: performance.now() };
    calls.push(record);
    const fault = pickFault(method, path);
    if (fault) record.fault = fault.kind;
    const error = (status: number, message: string, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, { status, headers, json: { error: { message, type: 'server_error', code: null } } });
    };
    switch (fault?.kind) {
      case 'rate-limit': {
        const headers: Record<string, string> = {};
        if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
        headers['retry-after'] = String(fault.retryAfterSeconds ?? 0);
        return error(429, 'Rate limit reached', headers);
      }
      case 'server-error':
        return error(fault.status ?? 500, 'The server had an error');
      case 'drop':
        req.socket.destroy();
        return;
      case 'malformed':
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "trunc');
        return;
      case 'slow':
        await new Promise((r) => setTimeout(r, fault.delayMs));
        break;
      default:
        break;
    }
    if (options.apiKey !== undefined) {
      const given = String(req.headers['x-api-key'] ?? String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, ''));
      if (given !== options.apiKey) {
        record.status = 401;
        return send(res, { status: 401, json: { error: { message: `Incorrect API key provided: ${given}.`, type: 'authentication_error', code: 'invalid_api_key' } } });
      }
    }
    let routeParams: string[] | undefined;
    const route = routes.find((r) => {
      if (r.method !== method) return false;
      const m = r.pattern.exec(path);
      if (m) routeParams = m.slice(1).map((p) => decodeURIComponent(p));
      return Boolean(m);
    });
    if (!route) return error(404, `No route for ${method} ${path}`);
    const fakeReq: FakeRequest = {
      method,
      path,
      query: u.searchParams,
      headers: req.headers,
      params: routeParams ?? [],
      body,
      json: () => JSON.parse(body.toString('utf8')),
      formData: () =>
        new Request(`http://127.0.0.1${path}`, {
          method,
          headers: { 'content-type': String(req.headers['content-type'] ?? '') },
          body,
        }).formData(),
    };
    let out: FakeResponse;
    try {
      out = await route.handler(fakeReq);
    } catch (e) {
      return error(500, `handler failed: ${(e as Error).message}`);
    }
    if (fault?.kind === 'lost-response') {
      req.socket.destroy();
      return;
    }
    record.status = out.status ?? 200;
    record.answeredAt = performance.now();
    send(res, out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    route: (method, pattern, handler) => routes.push({ method, pattern, handler }),
    injectFaults: (match, faults) => queued.push({ ...match, faults: [...faults] }),
    randomFaults: (match, rate, kinds, seed = 1) => random.push({ ...match, rate, kinds, rng: mulberry32(seed) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function apiError(status: number, message: string, type = 'invalid_request_error'): FakeResponse {
  return { status, json: { error: { message, type, code: null } } };
}
