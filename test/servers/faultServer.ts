/**
 * A tiny node:http server on 127.0.0.1 (random port) with deterministic fault injection, shared
 * by the provider test servers. Faults are decided per (request key, attempt for that key) from
 * a seed, so the same request sees the same fault sequence whatever the interleaving.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { hash32 } from '../../src/util/random.js';

export type FaultKind = 'rate-limit' | 'server-error' | 'unavailable' | 'slow' | 'drop' | 'malformed';

export const FAULT_KINDS: readonly FaultKind[] = ['rate-limit', 'server-error', 'unavailable', 'slow', 'drop', 'malformed'];

export interface FaultPlan {
  /** Probability that an attempt is faulted. */
  rate: number;
  seed?: number;
  /** Relative weights per kind; default all kinds equally. */
  kinds?: Partial<Record<FaultKind, number>>;
  /** Value of `Retry-After` on 429s (default '0'); `retryAfterMs` adds `retry-after-ms`. */
  retryAfter?: string;
  retryAfterMs?: string;
  /** After this many faults in a row for one key, the next attempt succeeds. Default 3. */
  maxConsecutive?: number;
  /** How long a `slow` response is held if the client keeps waiting (then 504). Default 30 s. */
  slowMs?: number;
}

export type FaultDecider = (info: { key: string; attempt: number; requestNumber: number }) => FaultKind | undefined;

export interface ParsedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  rawBody: string;
}

export interface HandlerResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FaultServerOptions {
  handle(request: ParsedRequest): HandlerResult | Promise<HandlerResult>;
  /** Identifies "the same request" for fault decisions and duplicate counting. */
  keyOf?(request: ParsedRequest): string;
  faults?: FaultPlan | FaultDecider;
  /** Fixed latency added to every successful response. */
  latencyMs?: number;
  /** Provider-shaped error body for an injected status fault. */
  errorBody?(status: number, message: string): unknown;
  /** Header carrying the request id, e.g. `x-request-id`. */
  requestIdHeader?: string;
  /** Called when each request arrives (after counting), e.g. to abort a run at request N. */
  onRequest?(stats: FaultServerStats, request: ParsedRequest): void;
}

export interface KeyStats {
  requests: number;
  successes: number;
}

export interface FaultServerStats {
  requests: number;
  successes: number;
  byKey: Map<string, KeyStats>;
  faults: Record<FaultKind, number>;
}

export interface FaultServer {
  url: string;
  port: number;
  stats: FaultServerStats;
  setFaults(faults: FaultPlan | FaultDecider | undefined): void;
  resetStats(): void;
  close(): Promise<void>;
}

/** 32-bit FNV-1a with a murmur3 finalizer (so similar strings spread evenly), mapped to [0, 1). */
export function unitHash(text: string): number {
  return hash32(text) / 2 ** 32;
}

function planDecider(plan: FaultPlan): FaultDecider {
  const seed = plan.seed ?? 1;
  const weights = FAULT_KINDS.map((k) => [k, plan.kinds ? (plan.kinds[k] ?? 0) : 1] as const).filter(([, w]) => w > 0);
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const maxConsecutive = plan.maxConsecutive ?? 3;
  return ({ key, attempt }) => {
    if (attempt > maxConsecutive) return undefined;
    if (unitHash(`${seed}:${key}:${attempt}`) >= plan.rate) return undefined;
    let pick = unitHash(`${seed}:kind:${key}:${attempt}`) * total;
    for (const [kind, w] of weights) {
      if ((pick -= w) < 0) return kind;
    }
    return weights.at(-1)?.[0];
  };
}

function emptyStats(): FaultServerStats {
  return { requests: 0, successes: 0, byKey: new Map(), faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number> };
}

export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  let stats = emptyStats();
  let decider: FaultDecider | undefined;
  let plan: FaultPlan | undefined;
  const setFaults = (f: FaultPlan | FaultDecider | undefined) => {
    plan = typeof f === 'object' ? f : undefined;
    decider = typeof f === 'function' ? f : f ? planDecider(f) : undefined;
  };
  setFaults(options.faults);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let counter = 0;
  const keyOf = options.keyOf ?? ((r: ParsedRequest) => r.rawBody);
  const idHeader = options.requestIdHeader ?? 'x-request-id';
  const errorBody = options.errorBody ?? ((status: number, message: string) => ({ error: { message, status } }));

  const wait = (ms: number, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
      res.once('close', () => {
        clearTimeout(t);
        timers.delete(t);
        resolve();
      });
    });

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    if (res.destroyed || res.writableEnded) return false;
    res.writeHead(status, { 'content-type': 'application/json', [idHeader]: `req_${++counter}`, ...headers });
    res.end(body);
    return true;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = rawBody ? JSON.parse(rawBody) : undefined;
        } catch {
          body = undefined;
        }
        const request: ParsedRequest = { method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]!, headers: req.headers, body, rawBody };
        const key = keyOf(request);
        const ks = stats.byKey.get(key) ?? { requests: 0, successes: 0 };
        stats.byKey.set(key, ks);
        ks.requests++;
        stats.requests++;
        const requestNumber = stats.requests;
        options.onRequest?.(stats, request);
        const fault = decider?.({ key, attempt: ks.requests, requestNumber });
        if (fault) {
          stats.faults[fault]++;
          switch (fault) {
            case 'rate-limit':
              send(res, 429, JSON.stringify(errorBody(429, 'Rate limit exceeded')), {
                'retry-after': plan?.retryAfter ?? '0',
                ...(plan?.retryAfterMs !== undefined ? { 'retry-after-ms': plan.retryAfterMs } : {}),
              });
              return;
            case 'server-error':
              send(res, 500, JSON.stringify(errorBody(500, 'Internal server error')));
              return;
            case 'unavailable':
              send(res, 503, JSON.stringify(errorBody(503, 'Service unavailable')));
              return;
            case 'slow':
              await wait(plan?.slowMs ?? 30_000, res);
              send(res, 504, JSON.stringify(errorBody(504, 'Gateway timeout')));
              return;
            case 'drop':
              req.socket.destroy();
              return;
            case 'malformed':
              send(res, 200, '{"id":"chatcmpl-broken","choices":[{"index":0,"mess');
              return;
          }
        }
        let result: HandlerResult;
        try {
          result = await options.handle(request);
        } catch (error) {
          result = { status: 500, body: errorBody(500, String(error)) };
        }
        if (options.latencyMs) await wait(options.latencyMs, res);
        const ok = send(res, result.status, JSON.stringify(result.body), result.headers);
        if (ok && result.status >= 200 && result.status < 300) {
          ks.successes++;
          stats.successes++;
        }
      })();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get stats() {
      return stats;
    },
    setFaults,
    resetStats() {
      stats = emptyStats();
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
