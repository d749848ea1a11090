import { InvalidArgumentError, NegationNeglectError } from '../errors.js';
import { createAnthropic } from '../providers/chat/createAnthropic.js';
import { createOpenAI } from '../providers/chat/createOpenAI.js';
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

/** Factories a config's `type:` and `strategy:` keys are looked up in. Add your own to extend configs. */
export interface ExperimentRegistry {
  chatProviders: Record<string, ChatProviderFactory>;
  /** Batch APIs by chat provider type, for `evaluation.judgeBatch` (types without one cannot batch). */
  batchProviders?: Record<string, BatchProviderFactory>;
  finetuneProviders: Record<string, FinetuneProviderFactory>;
  strategies: Record<string, StrategyEntry | StrategyFactory>;
}

function apiKey(settings: { apiKeyEnv?: string | undefined }, env: NodeJS.ProcessEnv): string | undefined {
  return settings.apiKeyEnv ? env[settings.apiKeyEnv] : undefined;
}

// Factories of other modules are looked up by export name on first use, so a build without an
// adapter fails with a clear message at config-load time rather than at import time.
async function namedExport<T>(load: () => Promise<Record<string, unknown>>, exportName: string, what: string): Promise<T> {
  const mod = await load();
  const value = mod[exportName];
  if (typeof value !== 'function') throw new NegationNeglectError(`${what} is not available in this build (missing export \`${exportName}\`)`, 'not_available');
  return value as T;
}

const providersBarrel = () => import('../providers/index.js') as Promise<Record<string, unknown>>;

function restFinetune(exportName: string, label: string): FinetuneProviderFactory {
  return async (settings, env) => {
    const { type: _type, apiKeyEnv: _env, pollIntervalMs: _poll, ...rest } = settings;
    const factory = await namedExport<(s: Record<string, unknown>) => FinetuneClient>(providersBarrel, exportName, `The ${label} finetune adapter`);
    try {
      return factory({ ...rest, apiKey: apiKey(settings, env) });
    } catch (error) {
      // A dry run plans without keys: the missing key is reported when the client is first used.
      if (InvalidArgumentError.isInstance(error) && error.argument === 'apiKey') return keylessFinetuneClient(settings.type, error);
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

function batchFactory(exportName: string, label: string, keyEnv: string | undefined): BatchProviderFactory {
  return async (settings, env) => {
    const factory = await namedExport<(s: Record<string, unknown>) => ChatBatchClient>(providersBarrel, exportName, `The ${label} batch adapter`);
    const key = apiKey(settings, env) ?? (keyEnv ? env[keyEnv] : 'not-needed');
    return (model) => factory({ model, apiKey: key, ...(settings.baseURL ? { baseURL: settings.baseURL } : {}) });
  };
}

/**
 * The built-in registry: chat providers `openai`, `anthropic`, `openai-compatible` (each with its
 * batch API, for batch judging); finetune
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
  return {
    chatProviders: {
      openai: (s, env) => createOpenAI({ apiKey: apiKey(s, env) ?? env['OPENAI_API_KEY'], ...(s.baseURL ? { baseURL: s.baseURL } : {}) }),
      'openai-compatible': (s, env) =>
        createOpenAI({
          apiKey: apiKey(s, env) ?? 'not-needed',
          ...(s.baseURL ? { baseURL: s.baseURL } : {}),
          providerId: typeof s['providerId'] === 'string' ? s['providerId'] : 'openai-compatible',
        }),
      anthropic: (s, env) => createAnthropic({ apiKey: apiKey(s, env) ?? env['ANTHROPIC_API_KEY'], ...(s.baseURL ? { baseURL: s.baseURL } : {}) }),
    },
    batchProviders: {
      openai: batchFactory('createOpenAIBatch', 'OpenAI', 'OPENAI_API_KEY'),
      'openai-compatible': batchFactory('createOpenAIBatch', 'OpenAI-compatible', undefined),
      anthropic: batchFactory('createAnthropicBatch', 'Anthropic', 'ANTHROPIC_API_KEY'),
    },
    finetuneProviders: {
      openai: restFinetune('createOpenAIFinetune', 'OpenAI'),
      together: restFinetune('createTogetherFinetune', 'Together'),
      fireworks: restFinetune('createFireworksFinetune', 'Fireworks'),
      command: async (settings, _environment, { baseDir }) => {
        const { type: _type, apiKeyEnv: _env, pollIntervalMs: _poll, command, ...rest } = settings;
        if (!command) throw new NegationNeglectError('the `command` finetune provider needs `command: [program, ...args]`', 'invalid_input');
        const factory = await namedExport<(s: Record<string, unknown>) => FinetuneClient>(providersBarrel, 'commandFinetune', 'The command finetune adapter');
        // The program runs from the config file's directory, so relative script paths work.
        return factory({ cwd: baseDir, ...rest, command: command[0], args: [...command.slice(1), ...((rest['args'] as string[] | undefined) ?? [])] });
      },
    },
    // The same list the CLI's `apply` and `strategies` commands read: a strategy is declared once.
    strategies: Object.fromEntries(BUILTIN_STRATEGIES.map((entry) => [entry.name, entry])),
  };
}
