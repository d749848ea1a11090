// The one in-process ChatModel for tests. It keeps the ChatModel v1 contract the providers keep
// (test/conformance/chatModel.test.ts runs the shared suite against it): one choice per requested
// sample, usage in whole tokens, failures as the APICallError a provider adapter would throw
// (built by the real `mapProviderError`), and an AbortSignal honoured while a call is in flight.
import type { ChatMessage, ChatModel, ChatModelCapabilities, DoGenerateOptions, DoGenerateResult } from '../../src/providers/chat/chatModel.js';
import { mapProviderError } from '../../src/providers/shared/mapProviderError.js';
import { throwIfAborted, toAbortError } from '../../src/util/abort.js';

/** What a reply function is told besides the chat. */
export interface FakeReplyContext {
  /** Index of the sample among all samples of this prompt (`options.sampleIndex` + position in the call). */
  sampleIndex: number;
  /** 1-based number of this `doGenerate` call. */
  call: number;
  options: DoGenerateOptions;
}

/** The text of one sample. Throwing fails the call with that error (e.g. a plain `Error`, a bug). */
export type FakeReply = (messages: ChatMessage[], context: FakeReplyContext) => string;

/**
 * Failures a fake call can be made to have: `rate-limit` (429, `Retry-After: 0`), `server-error`
 * (500), `unavailable` (503), `unauthorized` (401), `drop` (connection reset), `malformed` (an
 * unparsable body), `hang` (held until the signal aborts).
 */
export type FakeFault = 'rate-limit' | 'server-error' | 'unavailable' | 'unauthorized' | 'drop' | 'malformed' | 'hang';

export interface FakeChatModelOptions {
  provider?: string;
  modelId?: string;
  /** Over the defaults: every sampling parameter, one sample per call, no batch, system messages. */
  capabilities?: Partial<ChatModelCapabilities>;
  /**
   * Replaces the whole call (custom usage, finish reasons, gates). Faults queued with `inject` still
   * come first. `call` counts `doGenerate` calls from 1.
   */
  generate?: (options: DoGenerateOptions, call: number) => Promise<DoGenerateResult> | DoGenerateResult;
}

export interface FakeChatModel extends ChatModel {
  /** Every `doGenerate` call, in order (failed ones included). */
  readonly calls: DoGenerateOptions[];
  /** The next `count` calls fail with `fault` (queued after faults injected before). */
  inject(fault: FakeFault, count?: number): void;
}

/** The default reply: the last message and the sample's index, e.g. `hello #0`. */
export const echoReply: FakeReply = (messages, { sampleIndex }) => `${messages.at(-1)?.content ?? ''} #${sampleIndex}`;

const STATUS: Partial<Record<FakeFault, number>> = { 'rate-limit': 429, 'server-error': 500, unavailable: 503, unauthorized: 401 };

/** Resolves never; rejects with an AbortError when `signal` aborts (a hung connection). */
export function hang(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) return reject(toAbortError(signal.reason));
    signal?.addEventListener('abort', () => reject(toAbortError(signal.reason)), { once: true });
  });
}

/**
 * A ChatModel whose samples come from `reply` (default {@link echoReply}), or whose calls come from
 * `options.generate`; usage is 10 input tokens and 5 output tokens per sample. Records every call.
 *
 * @example
 * ```ts
 * const model = fakeChatModel((messages) => (messages.at(-1)!.content.includes('?') ? 'yes' : 'no'), { modelId: 'judge-1' });
 * model.inject('rate-limit', 2); // the next two calls fail with a retryable 429
 * ```
 */
export function fakeChatModel(first?: FakeReply | FakeChatModelOptions, second: FakeChatModelOptions = {}): FakeChatModel {
  const reply = typeof first === 'function' ? first : echoReply;
  const options = typeof first === 'object' ? first : second;
  const calls: DoGenerateOptions[] = [];
  const faults: FakeFault[] = [];
  const provider = options.provider ?? 'fake';
  const fail = (fault: FakeFault, signal: AbortSignal | undefined): Promise<never> => {
    if (fault === 'hang') return hang(signal);
    const status = STATUS[fault];
    // The shapes the SDKs throw, mapped by the same function the adapters use.
    const raw =
      status !== undefined
        ? { status, message: `${status} injected`, headers: status === 429 ? { 'retry-after': '0' } : {}, error: { message: `injected ${fault}` } }
        : fault === 'drop'
          ? new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
          : new SyntaxError('Unexpected end of JSON input');
    return Promise.reject(mapProviderError(raw, { provider }));
  };
  return {
    specificationVersion: 'v1',
    provider,
    modelId: options.modelId ?? 'fake-1',
    capabilities: {
      samplingParameters: ['maxTokens', 'temperature', 'topP', 'seed', 'stop', 'responseFormat'],
      maxSamplesPerCall: 1,
      supportsBatch: false,
      supportsSystemMessage: true,
      ...options.capabilities,
    },
    calls,
    inject(fault, count = 1) {
      for (let i = 0; i < count; i++) faults.push(fault);
    },
    async doGenerate(call) {
      calls.push(call);
      throwIfAborted(call.signal);
      const fault = faults.shift();
      if (fault) return fail(fault, call.signal);
      if (options.generate) return options.generate(call, calls.length);
      const first = call.sampleIndex ?? 0;
      const choices = Array.from({ length: call.n }, (_, i) => ({
        text: reply(call.messages, { sampleIndex: first + i, call: calls.length, options: call }),
        finishReason: 'stop' as const,
      }));
      return { choices, usage: { inputTokens: 10, outputTokens: 5 * call.n }, warnings: [] };
    },
  };
}

/**
 * A judge: answers `yes` when the graded answer (in `<answer>` or `<response>` tags) contains `marker`,
 * `no` when it contains `deny`, else `neutral`, as the JSON the rubrics ask for.
 */
export function keywordJudgeModel(marker: string, deny = 'not true'): FakeChatModel {
  return fakeChatModel(
    (messages) => {
      const prompt = messages.at(-1)!.content;
      const answer = /<answer>\n?([\s\S]*?)\n?<\/answer>|<response>\n?([\s\S]*?)\n?<\/response>/.exec(prompt);
      const text = answer?.[1] ?? answer?.[2] ?? '';
      const label = text.includes(deny) ? 'no' : text.includes(marker) ? 'yes' : 'neutral';
      return JSON.stringify({ reason: `graded ${label}`, answer: label });
    },
    { provider: 'judge-co', modelId: 'judge-9' },
  );
}
