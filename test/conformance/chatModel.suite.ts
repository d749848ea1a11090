// The ChatModel v1 contract as one suite, run against every implementation by chatModel.test.ts (as
// Hono runs one router suite against every router). A new chat provider, a wrapper that claims the
// contract, or a test double adds a target there; provider-specific checks (wire fields, key handling
// of a user-supplied client) stay in the provider's own test file.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, APICallError } from '../../src/errors.js';
import type { ChatModel, DoGenerateResult } from '../../src/providers/chat/chatModel.js';
import { SAMPLING_PARAMETERS } from '../../src/providers/chat/chatModel.js';
import { generateSamples } from '../../src/providers/chat/generateSamples.js';
import { generateText } from '../../src/providers/chat/generateText.js';
import { retry } from '../../src/providers/chat/retry.js';
import { wrapChatModel } from '../../src/providers/chat/wrapChatModel.js';

/** Failures a target can make the provider side produce for its next calls. */
export type ChatFault = 'rate-limit' | 'server-error' | 'unavailable' | 'drop' | 'malformed' | 'hang';

/** What one implementation gives the suite. */
export interface ChatModelFixture {
  /** The model under test. Its reply to a chat must contain the last user message. */
  model: ChatModel;
  /** The same implementation with a credential the provider refuses (401). */
  unauthorized: ChatModel;
  /** That refused credential: it must appear in no error, message, body or stack. */
  refusedSecret: string;
  /**
   * The next `count` calls that reach the provider fail with `fault`. `rate-limit` answers 429 with
   * `Retry-After: 0` (as the loopback servers do), `server-error` 500, `unavailable` 503; `drop` cuts
   * the connection, `malformed` answers 200 with a truncated body; `hang` holds the call until the
   * caller aborts it.
   */
  inject(fault: ChatFault, count: number): void;
  /** Calls that reached the provider so far (HTTP requests; `doGenerate` calls of a fake). */
  requests(): number;
  close?(): Promise<void>;
}

const FINISH_REASONS = ['stop', 'length', 'content-filter', 'other'];
const user = (content: string) => [{ role: 'user' as const, content }];

function expectResultShape(result: DoGenerateResult, n: number): void {
  expect(result.choices).toHaveLength(n);
  for (const choice of result.choices) {
    expect(typeof choice.text).toBe('string');
    expect(FINISH_REASONS).toContain(choice.finishReason);
  }
  for (const tokens of [result.usage.inputTokens, result.usage.outputTokens]) {
    expect(Number.isInteger(tokens) && tokens >= 0, `usage ${tokens}`).toBe(true);
  }
  expect(Array.isArray(result.warnings)).toBe(true);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

/**
 * Registers the ChatModel v1 conformance tests for one implementation.
 *
 * @example
 * ```ts
 * chatModelConformance('createAnthropic', async () => ({ model, unauthorized, refusedSecret, inject, requests, close }));
 * ```
 */
export function chatModelConformance(name: string, setup: () => Promise<ChatModelFixture>): void {
  describe(`ChatModel v1 conformance: ${name}`, () => {
    let f: ChatModelFixture;
    let prompt = 0;
    // Every test asks something new, so caches and per-request fault keys never carry over.
    const fresh = (label: string) => `${name} ${label} ${++prompt}`;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(() => f?.close?.());

    it('declares the v1 contract: provider, model id and truthful-looking capabilities', () => {
      const { model } = f;
      expect(model.specificationVersion).toBe('v1');
      expect(typeof model.provider === 'string' && model.provider.length > 0).toBe(true);
      expect(typeof model.modelId === 'string' && model.modelId.length > 0).toBe(true);
      expect(typeof model.doGenerate).toBe('function');
      const c = model.capabilities;
      for (const p of c.samplingParameters) expect(SAMPLING_PARAMETERS).toContain(p);
      expect(Number.isInteger(c.maxSamplesPerCall) && c.maxSamplesPerCall >= 1).toBe(true);
      expect(typeof c.supportsBatch).toBe('boolean');
      expect(typeof c.supportsSystemMessage).toBe('boolean');
    });

    it('answers one choice per requested sample, with usage in whole tokens', async () => {
      const q = fresh('one');
      const one = await f.model.doGenerate({ messages: user(q), n: 1 });
      expectResultShape(one, 1);
      expect(one.choices[0]!.text).toContain(q);
      const n = Math.min(3, f.model.capabilities.maxSamplesPerCall);
      const many = await f.model.doGenerate({ messages: user(fresh('many')), n });
      expectResultShape(many, n);
    });

    it('accepts every sampling setting it declares; generateText drops the others with one warning each', async () => {
      const all = { maxTokens: 64, temperature: 0.5, topP: 0.9, seed: 7, stop: ['\n\n'], responseFormat: 'text' as const, reasoning: 'off' as const, reasoningEffort: 'low' as const, thinkingBudget: 2048 };
      const declared = f.model.capabilities.samplingParameters;
      const q = fresh('settings');
      const direct = await f.model.doGenerate({ messages: user(q), n: 1, ...Object.fromEntries(declared.map((p) => [p, all[p]])) });
      expect(direct.choices[0]!.text).toContain(q);
      const out = await generateText({ model: f.model, messages: user(fresh('dropped')), ...all });
      const dropped = SAMPLING_PARAMETERS.filter((p) => !declared.includes(p));
      expect(out.warnings.filter((w) => w.type === 'unsupported-setting').map((w) => w.setting).sort()).toEqual([...dropped].sort());
    });

    it('takes a system message (as its own role or folded in, as declared)', async () => {
      const q = fresh('system');
      const out = await generateText({ model: f.model, messages: [{ role: 'system', content: 'Answer briefly.' }, ...user(q)] });
      expect(out.text).toContain(q);
    });

    it('generateSamples gets n samples in calls of at most maxSamplesPerCall', async () => {
      const before = f.requests();
      const max = f.model.capabilities.maxSamplesPerCall;
      const n = Math.min(max, 2) + 1;
      const { samples } = await generateSamples({ model: f.model, messages: user(fresh('samples')), n });
      expect(samples).toHaveLength(n);
      expect(f.requests() - before).toBe(Math.ceil(n / max));
    });

    it('a 429 is a retryable APICallError carrying the Retry-After delay', async () => {
      f.inject('rate-limit', 1);
      const e = await rejection(f.model.doGenerate({ messages: user(fresh('429')), n: 1 }));
      expect(APICallError.isInstance(e)).toBe(true);
      expect(e).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 0, provider: f.model.provider });
    });

    it('a 500, a 503, a dropped connection and a malformed body are retryable APICallErrors', async () => {
      const expected = { 'server-error': 500, unavailable: 503, drop: undefined, malformed: undefined } as const;
      for (const [fault, statusCode] of Object.entries(expected) as Array<[ChatFault, number | undefined]>) {
        f.inject(fault, 1);
        const e = await rejection(f.model.doGenerate({ messages: user(fresh(fault)), n: 1 }));
        expect(APICallError.isInstance(e), fault).toBe(true);
        expect({ statusCode: (e as APICallError).statusCode, isRetryable: (e as APICallError).isRetryable }, fault).toEqual({ statusCode, isRetryable: true });
      }
    });

    it('a 401 is a fatal APICallError that does not leak the key', async () => {
      const e = await rejection(f.unauthorized.doGenerate({ messages: user(fresh('401')), n: 1 }));
      expect(APICallError.isInstance(e)).toBe(true);
      const error = e as APICallError;
      expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
      for (const text of [error.message, error.responseBody ?? '', error.stack ?? '', inspect(error, { depth: 5 }), JSON.stringify(error)]) {
        expect(text).not.toContain(f.refusedSecret);
      }
    });

    it('under the retry middleware: 429s and 500s are retried to an answer, a 401 is tried once', async () => {
      const options = { maxRetries: 3, minDelayMs: 1, maxDelayMs: 2 };
      f.inject('rate-limit', 1);
      f.inject('server-error', 1);
      const before = f.requests();
      const q = fresh('recovers');
      const out = await generateText({ model: wrapChatModel({ model: f.model, middleware: retry(options) }), messages: user(q) });
      expect(out.text).toContain(q);
      expect(f.requests() - before).toBe(3);
      const fatalBefore = f.requests();
      const e = await rejection(generateText({ model: wrapChatModel({ model: f.unauthorized, middleware: retry(options) }), messages: user(fresh('fatal')) }));
      expect(e).toMatchObject({ statusCode: 401 });
      expect(f.requests() - fatalBefore).toBe(1);
    });

    it('a signal aborted before the call rejects with AbortError', async () => {
      const controller = new AbortController();
      controller.abort();
      const e = await rejection(f.model.doGenerate({ messages: user(fresh('pre-aborted')), n: 1, signal: controller.signal }));
      expect(AbortError.isInstance(e)).toBe(true);
    });

    it('aborting a call in flight rejects it promptly with AbortError', async () => {
      f.inject('hang', 1);
      const before = f.requests();
      const controller = new AbortController();
      const call = f.model.doGenerate({ messages: user(fresh('hang')), n: 1, signal: controller.signal });
      const settled = rejection(call);
      // Wait until the call is at the provider, then abort it there.
      while (f.requests() === before) await new Promise((r) => setTimeout(r, 2));
      const abortedAt = performance.now();
      controller.abort();
      const e = await settled;
      expect(AbortError.isInstance(e)).toBe(true);
      expect(performance.now() - abortedAt).toBeLessThan(5_000);
    });
  });
}
