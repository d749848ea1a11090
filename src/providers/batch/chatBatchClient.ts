/**
 * The chat-batch contract, version 1: provider batch APIs (OpenAI Batch, Anthropic Message
 * Batches) behind one interface that takes and returns the same types as the live chat path.
 * Users call `runChatBatch()`; implementers provide the `do*` methods.
 */
import type { ChatCallSettings, ChatMessage, ChatModelCapabilities, DoGenerateResult } from '../chat/chatModel.js';

/** One request of a batch: the live path's messages and settings, keyed by a caller-chosen id. */
export interface ChatBatchRequest {
  customId: string;
  messages: ChatMessage[];
  settings?: ChatCallSettings;
}

/** Why one request of a batch failed. */
export interface ChatBatchItemError {
  message: string;
  /** Provider error code/type, e.g. `batch_expired`, `overloaded_error`, `missing_result`. */
  code?: string;
  /** Whether resubmitting the request may succeed (expired, rate limited, server errors, lost). */
  retryable: boolean;
}

/** One result, mapped back by custom id. `result` is the same `DoGenerateResult` as `doGenerate`. */
export type ChatBatchResultItem =
  | { customId: string; ok: true; result: DoGenerateResult }
  | { customId: string; ok: false; error: ChatBatchItemError };

/** Normalised batch status. */
export type ChatBatchStatus = 'in_progress' | 'completed' | 'failed' | 'cancelled' | 'expired';

/** Request tallies of a batch. */
export interface ChatBatchCounts {
  total: number;
  succeeded: number;
  failed: number;
  processing: number;
}

/** What `doRetrieve` returns. */
export interface ChatBatchInfo {
  batchId: string;
  status: ChatBatchStatus;
  counts: ChatBatchCounts;
  /** Batch-level failure reason (e.g. OpenAI input validation errors). */
  error?: string;
}

/** What a batch client declares; `runChatBatch()` reads these instead of provider names. */
export interface ChatBatchClientProperties {
  /** Largest number of requests one batch may hold (OpenAI 50,000; Anthropic 100,000). */
  maxRequestsPerBatch: number;
  /** Largest serialized size of one batch in bytes, if the provider caps it. */
  maxBytesPerBatch?: number;
  /** Custom ids must match this (Anthropic: `^[a-zA-Z0-9_-]{1,64}$`). */
  customIdPattern?: RegExp;
  /** Which sampling settings the batch endpoint accepts; others are dropped with a warning. */
  capabilities: ChatModelCapabilities;
}

/** Options every `do*` call accepts. */
export interface ChatBatchCallOptions {
  signal?: AbortSignal;
}

/**
 * A provider batch API for chat generations, contract version 1.
 *
 * @example
 * ```ts
 * const client = createOpenAIBatch({ apiKey: process.env.OPENAI_API_KEY, model: 'gpt-4.1-mini' });
 * const { results } = await runChatBatch({ client, requests });
 * ```
 */
export interface ChatBatchClient {
  readonly specificationVersion: 'v1';
  readonly provider: string;
  readonly modelId: string;
  readonly properties: ChatBatchClientProperties;
  /** Submits one batch. `submissionKey` is a hash of the chunk, stored where the provider allows it. */
  doSubmit(
    requests: ChatBatchRequest[],
    options?: ChatBatchCallOptions & { submissionKey?: string },
  ): Promise<{ batchId: string }>;
  /**
   * Finds a batch submitted with this key (to make a retried submit idempotent). Clients that
   * cannot look batches up omit it; `runChatBatch()` then retries a submit only when the server
   * explicitly rejected it.
   */
  doFindBatch?(submissionKey: string, options?: ChatBatchCallOptions): Promise<{ batchId: string } | undefined>;
  doRetrieve(batchId: string, options?: ChatBatchCallOptions): Promise<ChatBatchInfo>;
  /** Results of a finished batch, in any order. */
  doResults(batchId: string, options?: ChatBatchCallOptions): AsyncIterable<ChatBatchResultItem>;
  doCancel(batchId: string, options?: ChatBatchCallOptions): Promise<void>;
}
