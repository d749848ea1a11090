import type { ChatBatchClient } from '../providers/batch/chatBatchClient.js';
import type { ChatModel } from '../providers/chat/chatModel.js';
import { createBatchClient, createChatProvider, resolveApiKey } from '../providers/providerEntry.js';
import { CHAT_PROVIDERS } from '../providers/providerRegistry.js';
import { NegationNeglectError } from '../errors.js';
import { UsageError } from './args.js';
import type { CliIO } from './io.js';

/** The chat provider names a `--provider` flag accepts, from the provider registry. */
export const CHAT_PROVIDER_NAMES: readonly string[] = CHAT_PROVIDERS.map((p) => p.name);

/** One line for a usage text: the providers and what each needs. */
export function chatProviderChoices(): string {
  return CHAT_PROVIDERS.map((p) => `${p.name}${p.keyEnv ? ` (${p.keyEnv}${p.keyOptional === 'with-base-url' ? ', none with a base URL' : ''})` : ''}`).join(', ');
}

/** A chat provider named on the command line, with its key from the environment and an optional base URL. */
export interface CliChatProvider {
  /** The key is resolved: `false` when the provider needs one and the environment has none. */
  readonly hasKey: boolean;
  readonly keyEnv: string | undefined;
  model(modelId: string): ChatModel;
  /** Its batch API; a `UsageError` when it has none. */
  batch(modelId: string, flag: string): ChatBatchClient;
}

/** Looks a `--provider`-style flag value up in the provider registry (a `UsageError` lists the known ones). */
export function cliChatProvider(name: string, flag: string, baseURL: string | undefined, io: CliIO): CliChatProvider {
  const entry = CHAT_PROVIDERS.find((p) => p.name === name);
  if (!entry) throw new UsageError(`Expected \`--${flag}\` to be one of ${CHAT_PROVIDER_NAMES.join(', ')}, got \`${name}\``);
  const settings = baseURL ? { baseURL } : {};
  const source = { env: io.env };
  const hasKey = resolveApiKey(entry, { ...source, baseURL }) !== undefined;
  return {
    hasKey,
    keyEnv: entry.keyEnv,
    model: (modelId) => {
      // Refused before anything is sent: without it every call would fail alike, one sample at a time.
      if (!hasKey) {
        throw new NegationNeglectError(
          `\`--${flag} ${name}\` needs ${entry.keyEnv ?? 'an API key'} in the environment` +
            (entry.keyOptional === 'with-base-url' ? ' (or a local server given with a base URL)' : ''),
          'missing_api_key',
        );
      }
      return createChatProvider(entry, settings, source)(modelId);
    },
    batch: (modelId, batchFlag) => {
      const client = createBatchClient(entry, settings, source, modelId);
      if (!client) throw new UsageError(`\`--${batchFlag}\`: provider \`${name}\` has no batch API`);
      return client;
    },
  };
}
