/**
 * The chat-model contract, version 1. Implementers provide `doGenerate`; users call
 * `generateText()` / `generateSamples()`, which add validation, warnings and defaults.
 * Kept deliberately small so that new providers (and test doubles) are a few lines.
 */

/** A chat message. Content is plain text; providers map it to their own part formats. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Sampling parameters a provider may or may not accept. */
export type SamplingParameter = 'temperature' | 'topP' | 'seed' | 'stop' | 'maxTokens' | 'responseFormat' | 'reasoning' | 'reasoningEffort' | 'thinkingBudget';

/**
 * Whether a model that can think before it answers should (`on`) or should not (`off`). Each
 * provider maps it to its own field: OpenAI `reasoning_effort`, vLLM/SGLang/Qwen
 * `chat_template_kwargs.enable_thinking`, Anthropic `thinking`.
 */
export type ReasoningMode = 'on' | 'off';

/**
 * The reasoning modes, for CLI choices and config schemas.
 *
 * @example
 * ```ts
 * REASONING_MODES.includes('on'); // true
 * ```
 */
export const REASONING_MODES: readonly ReasoningMode[] = ['on', 'off'];

/**
 * How hard a reasoning model thinks, in OpenAI's `reasoning_effort` levels. Providers that take it
 * declare `reasoningEffort` in their capabilities; the others drop it with a warning.
 */
export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';

/**
 * The reasoning effort levels, for CLI choices and config schemas.
 *
 * @example
 * ```ts
 * REASONING_EFFORTS.includes('high'); // true
 * ```
 */
export const REASONING_EFFORTS: readonly ReasoningEffort[] = ['minimal', 'low', 'medium', 'high'];

/**
 * Every sampling parameter, in a stable order (used for validation and cache keys).
 *
 * @example
 * ```ts
 * const unsupported = SAMPLING_PARAMETERS.filter((p) => !model.capabilities.samplingParameters.includes(p));
 * ```
 */
export const SAMPLING_PARAMETERS: readonly SamplingParameter[] = [
  'maxTokens',
  'temperature',
  'topP',
  'seed',
  'stop',
  'responseFormat',
  'reasoning',
  'reasoningEffort',
  'thinkingBudget',
];

/** Settings for one generation call. */
export interface ChatCallSettings {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop?: string[];
  /** Ask the provider for JSON output where it supports it. */
  responseFormat?: 'text' | 'json';
  /** Ask a reasoning model to think first (`on`) or to answer at once (`off`); unset: the model's default. */
  reasoning?: ReasoningMode;
  /**
   * How hard to think (OpenAI `reasoning_effort`), for a model that thinks (`reasoning` not `off`).
   * Sent by providers that declare `reasoningEffort`; dropped with a warning by the others.
   */
  reasoningEffort?: ReasoningEffort;
  /**
   * Tokens the model may spend thinking (Anthropic `thinking.budget_tokens`), for a model that thinks
   * (`reasoning` not `off`; a budget with `reasoning` unset turns thinking on). Sent by providers that
   * declare `thinkingBudget`; dropped with a warning by the others.
   */
  thinkingBudget?: number;
  /** Provider-specific extras passed through untouched (e.g. `{ reasoning_effort: 'low' }`). */
  providerOptions?: Record<string, unknown>;
}

/** What a model supports; shared code reads these instead of branching on provider names. */
export interface ChatModelCapabilities {
  /** Sampling parameters the API accepts. Others are dropped with a warning. */
  samplingParameters: readonly SamplingParameter[];
  /** How many samples one request can return (OpenAI `n`); 1 when unsupported. */
  maxSamplesPerCall: number;
  /** Whether the model has a provider batch API (see `providers/batch`). */
  supportsBatch: boolean;
  /** Whether the provider honours a system message. */
  supportsSystemMessage: boolean;
}

/** A non-fatal problem with a call, returned rather than thrown. */
export interface CallWarning {
  type: 'unsupported-setting' | 'other';
  setting?: string;
  message: string;
}

/** Token usage of a call. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

/** Options passed to `doGenerate`. */
export interface DoGenerateOptions extends ChatCallSettings {
  messages: ChatMessage[];
  /** Number of samples requested in this call (<= capabilities.maxSamplesPerCall). */
  n: number;
  /**
   * Index of the first sample this call produces (0 unless `generateSamples` split a request).
   * Providers ignore it; the cache puts it in the key so sample 3 of a prompt is not sample 0.
   */
  sampleIndex?: number;
  signal?: AbortSignal;
  /** Extra HTTP headers. */
  headers?: Record<string, string>;
}

/** What `doGenerate` returns. */
export interface DoGenerateResult {
  /** One entry per sample. */
  choices: Array<{
    /** The answer, without the model's thinking. */
    text: string;
    finishReason: 'stop' | 'length' | 'content-filter' | 'other';
    /** What the model thought before answering (reasoning content, `<think>` blocks, thinking blocks), when it returned any. */
    reasoning?: string;
  }>;
  usage: Usage;
  warnings: CallWarning[];
  response?: { id?: string; modelId?: string };
  /** Provider-specific data, e.g. `{ cached: true }` from the cache middleware. */
  providerMetadata?: Record<string, unknown>;
}

/**
 * A chat model, contract version 1.
 *
 * @example
 * ```ts
 * const echo: ChatModel = {
 *   specificationVersion: 'v1', provider: 'echo', modelId: 'echo-1',
 *   capabilities: { samplingParameters: [], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
 *   async doGenerate({ messages }) {
 *     return { choices: [{ text: messages.at(-1)!.content, finishReason: 'stop' }], usage: { inputTokens: 0, outputTokens: 0 }, warnings: [] };
 *   },
 * };
 * ```
 */
export interface ChatModel {
  readonly specificationVersion: 'v1';
  /** Provider id, e.g. `openai`, `anthropic`, `openai-compatible`. Used in cache keys and reports. */
  readonly provider: string;
  readonly modelId: string;
  readonly capabilities: ChatModelCapabilities;
  doGenerate(options: DoGenerateOptions): Promise<DoGenerateResult>;
}
