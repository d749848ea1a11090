import { InvalidArgumentError } from '../errors.js';
import { createBatchClient, createChatProvider, createFinetuneProvider, type ChatProviderEntry, type FinetuneProviderEntry } from '../providers/providerEntry.js';
import { CHAT_PROVIDERS, FINETUNE_PROVIDERS } from '../providers/providerRegistry.js';
import type { ChatBatchClient } from '../providers/batch/chatBatchClient.js';
import type { ChatModel } from '../providers/chat/chatModel.js';
import type { FinetuneClient } from '../providers/finetune/finetuneClient.js';
import { BUILTIN_STRATEGIES } from '../strategies/builtinStrategies.js';
import type { StrategyEntry } from '../strategies/strategyEntry.js';
import type { Strategy } from '../strategies/types.js';
import type { ChatProviderConfig, FinetuneProviderConfig } from './experimentConfigSchema.js';

/** Builds a chat provider (model id → ChatModel) from its config entry. */
export type ChatProviderFactory = (settings: ChatProviderConfig, env: NodeJS.ProcessEnv) => (modelId: string) => ChatModel;
/** Builds a batch client (model id → ChatBatchClient) for a chat provider's config entry (batch judging). */
export type BatchProviderFactory = (settings: ChatProviderConfig, env: NodeJS.ProcessEnv) => Promise<(modelId: string) => ChatBatchClient> | ((modelId: string) => ChatBatchClient);
/** Builds a finetune client from its config entry. */
export type FinetuneProviderFactory = (
  settings: FinetuneProviderConfig,
  env: NodeJS.ProcessEnv,
  context: { baseDir: string },
) => Promise<FinetuneClient> | FinetuneClient;
/** Builds a strategy from a config entry's `options` (a {@link StrategyEntry} also validates them when the config is read). */
export type StrategyFactory = (options: Record<string, unknown>) => Promise<Strategy> | Strategy;

/**
 * What a config's `type:` and `strategy:` keys are looked up in: declared entries (validated
 * when the config is read) or your own factory functions. Add your own to extend configs.
 */
export interface ExperimentRegistry {
  chatProviders: Record<string, ChatProviderEntry | ChatProviderFactory>;
  /** Batch APIs by chat provider type, for `evaluation.judgeBatch` (types without one cannot batch). */
  batchProviders?: Record<string, BatchProviderFactory>;
  finetuneProviders: Record<string, FinetuneProviderEntry | FinetuneProviderFactory>;
  strategies: Record<string, StrategyEntry | StrategyFactory>;
}

// Settings every provider entry in a config may carry; the experiment uses them, the adapter never sees them.
const CHAT_COMMON = ['type', 'apiKeyEnv', 'concurrency', 'retries'] as const;
const FINETUNE_COMMON = ['type', 'apiKeyEnv', 'pollIntervalMs'] as const;

/** A config entry's settings for the provider itself (without the keys the experiment reads). */
export function providerSettings(settings: Record<string, unknown>, kind: 'chat' | 'finetune'): Record<string, unknown> {
  const common: readonly string[] = kind === 'chat' ? CHAT_COMMON : FINETUNE_COMMON;
  return Object.fromEntries(Object.entries(settings).filter(([k, v]) => !common.includes(k) && v !== undefined));
}

/** The factory for a chat provider type (an entry is validated and given its key). */
export function chatProviderFactory(entry: ChatProviderEntry | ChatProviderFactory): ChatProviderFactory {
  if (typeof entry === 'function') return entry;
  return (settings, env) => createChatProvider(entry, providerSettings(settings, 'chat'), { apiKeyEnv: settings.apiKeyEnv, env });
}

/** The factory for a finetune provider type. Without its key a client is still built (a dry run plans without keys); it fails when used. */
export function finetuneProviderFactory(entry: FinetuneProviderEntry | FinetuneProviderFactory): FinetuneProviderFactory {
  if (typeof entry === 'function') return entry;
  return (settings, env, context) => {
    try {
      return createFinetuneProvider(entry, providerSettings(settings, 'finetune'), { apiKeyEnv: settings.apiKeyEnv, env }, context);
    } catch (error) {
      if (InvalidArgumentError.isInstance(error) && error.argument === 'apiKey') return keylessFinetuneClient(entry.name, error);
      throw error;
    }
  };
}

/** A finetune client that fails every call with `error` (its key is missing); planning only reads `provider`. */
function keylessFinetuneClient(provider: string, error: Error): FinetuneClient {
  const fail = () => Promise.reject(error);
  return {
    specificationVersion: 'v1',
    provider,
    properties: { minExamples: 1, formats: ['chat', 'prompt-completion', 'text'], maxSuffixLength: 0, supportsEvents: false, supportsCheckpoints: false },
    doUpload: fail,
    doCreate: fail,
    doRetrieve: fail,
    doCancel: fail,
    doListEvents: fail,
    doFindJob: fail,
  };
}

/**
 * The built-in registry, read from the provider and strategy registries: chat providers
 * `openai`, `anthropic`, `openai-compatible` (each with its batch API, for batch judging); finetune
 * providers `openai`, `together`, `fireworks`, `command`; every built-in strategy under its CLI name.
 * Copy and extend it to make your own providers and strategies usable from YAML.
 *
 * @example
 * ```ts
 * const registry = defaultExperimentRegistry();
 * registry.strategies['my-strategy'] = (options) => myStrategy(options);
 * const config = await loadExperimentConfig('experiment.yaml', { registry });
 * ```
 */
export function defaultExperimentRegistry(): ExperimentRegistry {
  const batchProviders: Record<string, BatchProviderFactory> = {};
  for (const entry of CHAT_PROVIDERS) {
    if (!entry.createBatch) continue;
    batchProviders[entry.name] = (settings, env) => (model) =>
      createBatchClient(entry, providerSettings(settings, 'chat'), { apiKeyEnv: settings.apiKeyEnv, env }, model)!;
  }
  return {
    chatProviders: Object.fromEntries(CHAT_PROVIDERS.map((entry) => [entry.name, entry])),
    batchProviders,
    finetuneProviders: Object.fromEntries(FINETUNE_PROVIDERS.map((entry) => [entry.name, entry])),
    // The same list the CLI's `apply` and `strategies` commands read: a strategy is declared once.
    strategies: Object.fromEntries(BUILTIN_STRATEGIES.map((entry) => [entry.name, entry])),
  };
}
