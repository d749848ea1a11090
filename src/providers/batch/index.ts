/** Provider batch APIs for chat generations: the `ChatBatchClient` v1 contract, adapters and `runChatBatch()`. */
export type {
  ChatBatchCallOptions,
  ChatBatchClient,
  ChatBatchClientProperties,
  ChatBatchCounts,
  ChatBatchInfo,
  ChatBatchItemError,
  ChatBatchRequest,
  ChatBatchResultItem,
  ChatBatchStatus,
} from './chatBatchClient.js';
export { runChatBatch } from './runChatBatch.js';
export type { ChatBatchProgress, RunChatBatchOptions, RunChatBatchResult } from './runChatBatch.js';
export { createOpenAIBatch, OPENAI_BATCH_SUBMISSION_METADATA } from './createOpenAIBatch.js';
export type { OpenAIBatchSettings } from './createOpenAIBatch.js';
export { createAnthropicBatch } from './createAnthropicBatch.js';
export type { AnthropicBatchSettings } from './createAnthropicBatch.js';
export { cancelChatBatch } from './cancelChatBatch.js';
