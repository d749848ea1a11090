import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { option } from '../util/optionSchema.js';
import { createAnthropicBatch } from './batch/createAnthropicBatch.js';
import { createOpenAIBatch } from './batch/createOpenAIBatch.js';
import { createAnthropic } from './chat/createAnthropic.js';
import { createOpenAI } from './chat/createOpenAI.js';
import { urlSetting } from './chat/chatSettingsShapes.js';
import { commandFinetune } from './finetune/commandFinetune.js';
import { createFireworksFinetune } from './finetune/createFireworksFinetune.js';
import { createOpenAIFinetune } from './finetune/createOpenAIFinetune.js';
import { createTogetherFinetune } from './finetune/createTogetherFinetune.js';
import { declareChatProvider, declareFinetuneProvider, type ChatProviderEntry, type FinetuneProviderEntry } from './providerEntry.js';

// Each built-in provider is declared here once: its name, key policy and settings schema. Experiment
// configs (`type:`), `eval --provider`, `audit --review-provider` and the docs read these lists.

const baseURL = urlSetting.optional().describe('API base URL (a proxy, a local server)');
const timeoutMs = option.positiveInt().optional().describe('per-request timeout in ms');
const optionalBaseURL = (settings: { baseURL?: string | undefined }) => (settings.baseURL ? { baseURL: settings.baseURL } : {});

/**
 * The built-in chat providers: `openai` (any OpenAI-compatible server with a base URL, which then
 * needs no key), `openai-compatible` (never needs a key; `providerId` names it in caches and
 * reports) and `anthropic`, each with its batch API.
 *
 * @example
 * ```ts
 * CHAT_PROVIDERS.map((p) => `${p.name} (${p.keyEnv ?? 'no key'})`);
 * ```
 */
export const CHAT_PROVIDERS: readonly ChatProviderEntry[] = Object.freeze([
  declareChatProvider({
    name: 'openai',
    summary: 'OpenAI chat completions (any OpenAI-compatible server with a base URL)',
    keyEnv: 'OPENAI_API_KEY',
    keyOptional: 'with-base-url',
    settings: z.strictObject({ baseURL, organization: option.string().optional().describe('OpenAI organization id') }),
    createChat: (s, apiKey) => createOpenAI({ apiKey, ...optionalBaseURL(s), ...(s.organization ? { organization: s.organization } : {}) }),
    createBatch: (s, apiKey, model) => createOpenAIBatch({ model, apiKey, ...optionalBaseURL(s), ...(s.organization ? { organization: s.organization } : {}) }),
  }),
  declareChatProvider({
    name: 'openai-compatible',
    summary: 'a server speaking the OpenAI API (vLLM, Ollama, a gateway); no key needed',
    keyOptional: 'always',
    settings: z.strictObject({
      baseURL,
      providerId: option.string().default('openai-compatible').describe('the provider id recorded in caches and reports'),
    }),
    createChat: (s, apiKey) => createOpenAI({ apiKey, ...optionalBaseURL(s), providerId: s.providerId }),
    createBatch: (s, apiKey, model) => createOpenAIBatch({ model, apiKey, ...optionalBaseURL(s) }),
  }),
  declareChatProvider({
    name: 'anthropic',
    summary: 'Anthropic messages',
    keyEnv: 'ANTHROPIC_API_KEY',
    keyOptional: 'never',
    settings: z.strictObject({ baseURL }),
    createChat: (s, apiKey) => createAnthropic({ apiKey, ...optionalBaseURL(s) }),
    createBatch: (s, apiKey, model) => createAnthropicBatch({ model, apiKey, ...optionalBaseURL(s) }),
  }),
]);

/**
 * The built-in finetune providers: `openai`, `together`, `fireworks` and `command` (your own
 * training script, run from the config file's directory).
 *
 * @example
 * ```ts
 * FINETUNE_PROVIDERS.map((p) => p.name); // ['openai', 'together', 'fireworks', 'command']
 * ```
 */
export const FINETUNE_PROVIDERS: readonly FinetuneProviderEntry[] = Object.freeze([
  declareFinetuneProvider({
    name: 'openai',
    summary: 'OpenAI supervised fine-tuning',
    keyEnv: 'OPENAI_API_KEY',
    keyOptional: 'never',
    settings: z.strictObject({
      baseURL,
      organization: option.string().optional().describe('OpenAI organization id'),
      timeoutMs,
      minExamples: option.positiveInt().optional().describe('override the minimum of 10 examples (an OpenAI-compatible server)'),
    }),
    create: (s, apiKey) => createOpenAIFinetune({ ...definedOnly(s), ...(apiKey ? { apiKey } : {}) }),
  }),
  declareFinetuneProvider({
    name: 'together',
    summary: 'Together AI fine-tuning (LoRA or full)',
    keyEnv: 'TOGETHER_API_KEY',
    keyOptional: 'never',
    settings: z.strictObject({ baseURL, timeoutMs }),
    create: (s, apiKey) => createTogetherFinetune({ ...definedOnly(s), ...(apiKey ? { apiKey } : {}) }),
  }),
  declareFinetuneProvider({
    name: 'fireworks',
    summary: 'Fireworks supervised fine-tuning',
    keyEnv: 'FIREWORKS_API_KEY',
    keyOptional: 'never',
    settings: z.strictObject({
      accountId: option.string().describe('your Fireworks account id'),
      baseURL,
      timeoutMs,
      datasetReadyPolls: option.positiveInt().optional().describe('checks that an uploaded dataset is READY before giving up (default 60)'),
    }),
    create: (s, apiKey) => createFireworksFinetune({ ...definedOnly(s), ...(apiKey ? { apiKey } : {}) }),
  }),
  declareFinetuneProvider({
    name: 'command',
    summary: 'your own training script (a manifest in, a model out), run from the config file directory',
    keyOptional: 'always',
    settings: z.strictObject({
      command: z.array(option.string(), { error: 'a list [program, ...args]' }).min(1, { error: 'a list [program, ...args]' }).describe('the program and its arguments'),
      args: z.array(z.string()).optional().describe('more arguments ({manifest} and {jobDir} are replaced)'),
      env: z.record(z.string(), z.string()).optional().describe('extra environment variables'),
      workDir: option.string().optional().describe('where data, manifests, logs and results live'),
      formats: z.array(option.choice(['chat', 'prompt-completion', 'text'])).min(1).optional().describe('formats your script trains on'),
      minExamples: option.positiveInt().optional().describe('fewest examples to accept (default 1)'),
      provider: option.string().optional().describe('provider id recorded in journals and reports (default command)'),
      maskSpans: option.boolean().optional().describe("whether your script honours records' loss-mask spans (default true)"),
    }),
    // The program runs from the config file's directory, so relative script paths work.
    create: ({ command, args, ...rest }, _apiKey, { baseDir }) =>
      commandFinetune({ cwd: baseDir, ...definedOnly(rest), command: command[0]!, args: [...command.slice(1), ...(args ?? [])] }),
  }),
]);

/**
 * The built-in chat provider called `name`; an unknown name throws `InvalidArgumentError` listing the known ones.
 *
 * @example
 * ```ts
 * findChatProvider('anthropic').keyEnv; // 'ANTHROPIC_API_KEY'
 * ```
 */
export function findChatProvider(name: string): ChatProviderEntry {
  return findByName(CHAT_PROVIDERS, name, 'chat provider');
}

/**
 * The built-in finetune provider called `name` (see {@link findChatProvider}).
 *
 * @example
 * ```ts
 * findFinetuneProvider('together').keyEnv; // 'TOGETHER_API_KEY'
 * ```
 */
export function findFinetuneProvider(name: string): FinetuneProviderEntry {
  return findByName(FINETUNE_PROVIDERS, name, 'finetune provider');
}

function findByName<T extends { name: string }>(list: readonly T[], name: string, what: string): T {
  const entry = list.find((e) => e.name === name);
  if (!entry) throw new InvalidArgumentError(what, `one of ${list.map((e) => e.name).join(', ')}`, name);
  return entry;
}

/** Drops keys whose value is `undefined` (options left out), for the adapters' exact optional types. */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
