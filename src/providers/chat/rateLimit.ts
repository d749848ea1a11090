import { InvalidArgumentError } from '../../errors.js';
import { sleep as defaultSleep, throwIfAborted } from '../../util/abort.js';
import type { DoGenerateOptions } from './chatModel.js';
import type { ChatMiddleware } from './wrapChatModel.js';

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Requests started per minute (a model call with `n` samples is one request). */
  requestsPerMinute?: number;
  /** Input + output tokens per minute; calls are charged an estimate up front, corrected after. */
  tokensPerMinute?: number;
  /** Token estimate before a call; default: characters / 4 plus `maxTokens` × n. */
  estimateTokens?: (options: DoGenerateOptions) => number;
  /** Clock and sleep, injectable for tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface Bucket {
  capacity: number;
  perMs: number;
  level: number;
  updated: number;
}

/**
 * Token-bucket rate limits on requests and tokens per minute. Buckets start full (one minute's
 * allowance) and refill continuously; a call larger than the whole bucket waits until it is full.
 *
 * @example
 * ```ts
 * const model = wrapChatModel({ model: base, middleware: [rateLimit({ requestsPerMinute: 500, tokensPerMinute: 200_000 })] });
 * ```
 */
export function rateLimit(options: RateLimitOptions): ChatMiddleware {
  const { requestsPerMinute, tokensPerMinute } = options ?? {};
  for (const [name, value] of [['requestsPerMinute', requestsPerMinute], ['tokensPerMinute', tokensPerMinute]] as const) {
    if (value !== undefined && !(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new InvalidArgumentError(name, 'a positive number', value);
    }
  }
  if (requestsPerMinute === undefined && tokensPerMinute === undefined) {
    throw new InvalidArgumentError('requestsPerMinute', 'set (or tokensPerMinute)', undefined);
  }
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? defaultSleep;
  const estimate = options.estimateTokens ?? defaultEstimate;
  const makeBucket = (perMinute: number | undefined): Bucket | undefined =>
    perMinute === undefined ? undefined : { capacity: perMinute, perMs: perMinute / 60_000, level: perMinute, updated: now() };
  const requests = makeBucket(requestsPerMinute);
  const tokens = makeBucket(tokensPerMinute);

  const refill = (b: Bucket) => {
    const t = now();
    b.level = Math.min(b.capacity, b.level + (t - b.updated) * b.perMs);
    b.updated = t;
  };
  const take = async (b: Bucket, amount: number, signal?: AbortSignal) => {
    for (;;) {
      throwIfAborted(signal);
      refill(b);
      const need = Math.min(amount, b.capacity);
      if (b.level >= need) {
        b.level -= amount;
        return;
      }
      await sleep(Math.max(1, Math.ceil((need - b.level) / b.perMs)), signal);
    }
  };

  return {
    name: 'rateLimit',
    options: { ...(requestsPerMinute !== undefined ? { requestsPerMinute } : {}), ...(tokensPerMinute !== undefined ? { tokensPerMinute } : {}) },
    async wrapGenerate({ options: call, next }) {
      if (requests) await take(requests, 1, call.signal);
      let charged = 0;
      if (tokens) {
        charged = Math.max(0, estimate(call));
        await take(tokens, charged, call.signal);
      }
      const result = await next(call);
      if (tokens) {
        refill(tokens);
        tokens.level -= result.usage.inputTokens + result.usage.outputTokens - charged;
      }
      return result;
    },
  };
}

function defaultEstimate(options: DoGenerateOptions): number {
  let chars = 0;
  for (const m of options.messages) chars += m.content.length;
  return Math.ceil(chars / 4) + (options.maxTokens ?? 0) * Math.max(1, options.n);
}
