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
