import { createHash } from 'node:crypto';
import type { DoGenerateOptions } from '../chat/chatModel.js';
import { SAMPLING_PARAMETERS } from '../chat/chatModel.js';

/**
 * JSON with object keys sorted and `undefined` members dropped, so equal values always
 * serialize to the same string whatever the property order.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, undefined] }); // '{"a":[2,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** What identifies one cached sample. Headers and signals are deliberately absent. */
export interface ChatCacheKeyInput {
  provider: string;
  modelId: string;
  options: Pick<DoGenerateOptions, 'messages' | 'maxTokens' | 'temperature' | 'topP' | 'seed' | 'stop' | 'responseFormat' | 'reasoning' | 'reasoningEffort' | 'thinkingBudget' | 'providerOptions'>;
  sampleIndex: number;
}

/**
 * Version of the key material; bumped when it changes so old entries are not misread.
 *
 * @example
 * ```ts
 * const cacheDir = `.cache/chat-v${CHAT_CACHE_KEY_VERSION}`;
 * ```
 */
export const CHAT_CACHE_KEY_VERSION = 1;

/**
 * The cache key of one sample: sha256 (hex) of canonical JSON of provider, model id, messages,
 * sampling parameters, provider options and sample index. Never includes headers or keys.
 *
 * @example
 * ```ts
 * const key = chatCacheKey({ provider: 'openai', modelId: 'gpt-4.1-mini', options: { messages }, sampleIndex: 0 });
 * ```
 */
export function chatCacheKey(input: ChatCacheKeyInput): string {
  const params: Record<string, unknown> = {};
  for (const name of SAMPLING_PARAMETERS) params[name] = input.options[name];
  const material = {
    v: CHAT_CACHE_KEY_VERSION,
    provider: input.provider,
    modelId: input.modelId,
    messages: input.options.messages.map((m) => ({ role: m.role, content: m.content })),
    params,
    providerOptions: input.options.providerOptions,
    sampleIndex: input.sampleIndex,
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}
