export type {
  ChatMessage,
  SamplingParameter,
  ChatCallSettings,
  ChatModelCapabilities,
  CallWarning,
  Usage,
  DoGenerateOptions,
  DoGenerateResult,
  ChatModel,
} from './chat/chatModel.js';
