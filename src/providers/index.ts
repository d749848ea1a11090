/**
 * The provider layer: chat models (adapters, middleware, cache), and, from their own folders,
 * finetune clients and batch clients.
 */
export * from './chat/index.js';
export * from './cache/index.js';
