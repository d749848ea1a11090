import type { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { parseOptions, type OptionsSchema } from '../util/optionSchema.js';
import type { ChatBatchClient } from './batch/chatBatchClient.js';
import type { ChatModel } from './chat/chatModel.js';
import type { FinetuneClient } from './finetune/finetuneClient.js';

/** Where a provider's API key comes from, declared with the provider (no name checks elsewhere). */
export interface ProviderKeyPolicy {
  /** Environment variable holding the key when the caller names none (`OPENAI_API_KEY`). */
  readonly keyEnv?: string;
  /**
   * When a missing key is fine: `always` (a local server), `with-base-url` (any server at a base URL
   * you give may need none), `never` (the adapter fails naming `keyEnv`).
   */
  readonly keyOptional: 'always' | 'with-base-url' | 'never';
}

/** Where the caller gets its key from: a named variable (`apiKeyEnv` in configs) and the environment. */
export interface ProviderKeySource {
  apiKeyEnv?: string | undefined;
  baseURL?: string | undefined;
  env: NodeJS.ProcessEnv;
}

/**
 * A chat provider as the registry declares it: its name, key policy, one zod schema for the
 * settings a config or the CLI may give it (validated, with defaults and help), and factories for
 * its chat models and, if it has one, its batch API.
 */
export interface ChatProviderEntry<S extends OptionsSchema = OptionsSchema> extends ProviderKeyPolicy {
  readonly name: string;
  readonly summary: string;
  readonly settings: S;
  /** Models of this provider; `apiKey` is resolved by {@link resolveApiKey}. */
  createChat(settings: z.output<S>, apiKey: string | undefined): (modelId: string) => ChatModel;
  /** Its batch API, if it has one (batch judging and review). */
  createBatch?(settings: z.output<S>, apiKey: string | undefined, modelId: string): ChatBatchClient;
}

/** A finetune provider as the registry declares it (see {@link ChatProviderEntry}). */
export interface FinetuneProviderEntry<S extends OptionsSchema = OptionsSchema> extends ProviderKeyPolicy {
  readonly name: string;
  readonly summary: string;
  readonly settings: S;
  /** `baseDir` is where relative paths in the settings are resolved from (the config file's directory). */
  create(settings: z.output<S>, apiKey: string | undefined, context: { baseDir: string }): FinetuneClient;
}

/**
 * Declares a chat provider for the registry (frozen).
 *
 * @example
 * ```ts
 * const gateway = declareChatProvider({
 *   name: 'my-gateway', summary: 'our OpenAI-compatible gateway', keyEnv: 'GATEWAY_KEY', keyOptional: 'never',
 *   settings: z.strictObject({ baseURL: z.string().url() }),
 *   createChat: (s, apiKey) => createOpenAI({ baseURL: s.baseURL, apiKey, providerId: 'my-gateway' }),
 * });
 * ```
 */
export function declareChatProvider<S extends OptionsSchema>(entry: ChatProviderEntry<S>): ChatProviderEntry<S> {
  checkName(entry.name);
  return Object.freeze({ ...entry });
}

/**
 * Declares a finetune provider for the registry (frozen).
 *
 * @example
 * ```ts
 * const mine = declareFinetuneProvider({
 *   name: 'my-trainer', summary: 'our cluster', keyOptional: 'always',
 *   settings: z.strictObject({ queue: z.string() }),
 *   create: (s, _key, { baseDir }) => commandFinetune({ command: 'sbatch', args: ['train.sh', s.queue], cwd: baseDir }),
 * });
 * ```
 */
export function declareFinetuneProvider<S extends OptionsSchema>(entry: FinetuneProviderEntry<S>): FinetuneProviderEntry<S> {
  checkName(entry.name);
  return Object.freeze({ ...entry });
}

function checkName(name: string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new InvalidArgumentError('name', 'a lower-case name with dashes (configs and the CLI use it)', name);
}

/**
 * The API key for a provider: the variable the caller names, else the provider's own variable;
 * without either, `not-needed` where the provider declares a key optional (local servers), else
 * `undefined` (the adapter then fails naming the variable).
 *
 * @example
 * ```ts
 * resolveApiKey(entry, { baseURL: 'http://localhost:8000/v1', env: process.env }); // 'not-needed' for openai without a key
 * ```
 */
export function resolveApiKey(policy: ProviderKeyPolicy, source: ProviderKeySource): string | undefined {
  const named = source.apiKeyEnv ? source.env[source.apiKeyEnv] : undefined;
  const key = named || (policy.keyEnv ? source.env[policy.keyEnv] : undefined);
  if (key) return key;
  return policy.keyOptional === 'always' || (policy.keyOptional === 'with-base-url' && source.baseURL) ? 'not-needed' : undefined;
}

/**
 * A chat provider from its entry and settings: validates the settings with the entry's schema
 * (errors name the field), resolves the key, returns the model factory.
 *
 * @example
 * ```ts
 * const openai = createChatProvider(findChatProvider('openai'), { baseURL }, { env: process.env });
 * const model = openai('gpt-4.1-mini');
 * ```
 */
export function createChatProvider(entry: ChatProviderEntry, settings: Record<string, unknown>, source: Omit<ProviderKeySource, 'baseURL'>): (modelId: string) => ChatModel {
  const parsed = parseOptions(entry.settings, settings, { label: entry.name });
  return entry.createChat(parsed, resolveApiKey(entry, { ...source, baseURL: baseURLOf(settings) }));
}

/**
 * A batch client for one model of a chat provider; `undefined` when the provider has no batch API.
 *
 * @example
 * ```ts
 * const client = createBatchClient(findChatProvider('anthropic'), {}, { env: process.env }, 'claude-sonnet-4-5');
 * ```
 */
export function createBatchClient(
  entry: ChatProviderEntry,
  settings: Record<string, unknown>,
  source: Omit<ProviderKeySource, 'baseURL'>,
  modelId: string,
): ChatBatchClient | undefined {
  if (!entry.createBatch) return undefined;
  const parsed = parseOptions(entry.settings, settings, { label: entry.name });
  return entry.createBatch(parsed, resolveApiKey(entry, { ...source, baseURL: baseURLOf(settings) }), modelId);
}

/**
 * A finetune client from its entry and settings (validated with the entry's schema).
 *
 * @example
 * ```ts
 * const client = createFinetuneProvider(findFinetuneProvider('together'), {}, { env: process.env }, { baseDir: '.' });
 * ```
 */
export function createFinetuneProvider(
  entry: FinetuneProviderEntry,
  settings: Record<string, unknown>,
  source: Omit<ProviderKeySource, 'baseURL'>,
  context: { baseDir: string },
): FinetuneClient {
  const parsed = parseOptions(entry.settings, settings, { label: entry.name });
  return entry.create(parsed, resolveApiKey(entry, { ...source, baseURL: baseURLOf(settings) }), context);
}

function baseURLOf(settings: Record<string, unknown>): string | undefined {
  return typeof settings['baseURL'] === 'string' ? settings['baseURL'] : undefined;
}
