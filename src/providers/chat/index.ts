export { SAMPLING_PARAMETERS, REASONING_MODES, REASONING_EFFORTS } from './chatModel.js';
export type {
  ChatMessage,
  SamplingParameter,
  ReasoningMode,
  ReasoningEffort,
  ChatCallSettings,
  ChatModelCapabilities,
  CallWarning,
  Usage,
  DoGenerateOptions,
  DoGenerateResult,
  ChatModel,
} from './chatModel.js';
export { generateText } from './generateText.js';
export type { GenerateTextOptions, GenerateTextResult } from './generateText.js';
export { generateSamples } from './generateSamples.js';
export type { GenerateSamplesOptions, GenerateSamplesResult } from './generateSamples.js';
export { applyCapabilities, validateCallSettings, validateMessages } from './prepareCallSettings.js';
export type { PreparedCallSettings } from './prepareCallSettings.js';
export { splitReasoning } from './splitReasoning.js';
export type { SplitAnswer } from './splitReasoning.js';
export type { OpenAIReasoningControl } from './openaiChatBody.js';
export { createOpenAI } from './createOpenAI.js';
export { createNodeHttpFetch } from './createNodeHttpFetch.js';
export type { NodeHttpFetchOptions } from './createNodeHttpFetch.js';
export type { OpenAIProvider, OpenAIProviderSettings, OpenAIChatSettings, OpenAIClientLike } from './createOpenAI.js';
export { createAnthropic } from './createAnthropic.js';
export type { AnthropicProvider, AnthropicProviderSettings, AnthropicChatSettings, AnthropicClientLike } from './createAnthropic.js';
export { mapProviderError, parseRetryAfter, isRetryableStatus } from '../shared/mapProviderError.js';
export type { MapErrorContext } from '../shared/mapProviderError.js';
export { wrapChatModel } from './wrapChatModel.js';
export type { ChatMiddleware, NextGenerate, WrappedChatModel, WrapChatModelOptions } from './wrapChatModel.js';
export { concurrencyLimit } from './concurrencyLimit.js';
export type { ConcurrencyLimitOptions, ConcurrencyLimitMiddleware } from './concurrencyLimit.js';
export { rateLimit } from './rateLimit.js';
export type { RateLimitOptions } from './rateLimit.js';
export { retry, isRetryableError } from './retry.js';
export type { RetryOptions } from './retry.js';
export { timeout } from './timeout.js';
export type { TimeoutOptions } from './timeout.js';
export { usageTracker } from './usageTracker.js';
export type { UsageTrackerOptions, UsageTrackerMiddleware, UsageSummary, UsageTotals } from './usageTracker.js';
export { DEFAULT_PRICES, DEFAULT_PRICES_DATE } from './defaultPrices.js';
export type { ChatModelPrice, ChatPriceTable } from './defaultPrices.js';
