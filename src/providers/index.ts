/**
 * The provider layer: chat models (adapters, middleware, cache), provider batch APIs and
 * finetune clients.
 */
export * from './chat/index.js';
export * from './cache/index.js';
export * from './batch/index.js';
export * from './finetune/index.js';
