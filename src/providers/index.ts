/**
 * The provider layer: chat models (adapters, middleware, cache), provider batch APIs and
 * finetune clients.
 */
export * from './chat/index.js';
export * from './cache/index.js';
export * from './batch/index.js';
export * from './finetune/index.js';
// Chat models with the cache and the other default middleware: above chat/ and cache/, so neither imports the other.
export { withDefaults } from './withDefaults.js';
export type { WithDefaultsOptions } from './withDefaults.js';
// The provider registry: each built-in provider declared once (name, key policy, settings schema).
export { CHAT_PROVIDERS, FINETUNE_PROVIDERS, findChatProvider, findFinetuneProvider } from './providerRegistry.js';
export { declareChatProvider, declareFinetuneProvider, createChatProvider, createBatchClient, createFinetuneProvider, resolveApiKey } from './providerEntry.js';
export type { ChatProviderEntry, FinetuneProviderEntry, ProviderKeyPolicy, ProviderKeySource } from './providerEntry.js';
