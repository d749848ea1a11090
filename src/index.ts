/**
 * negation-neglect: audit training data for Negation Neglect, apply negation-placement strategies,
 * launch finetunes and measure belief rates. Each stage is also importable on its own subpath
 * (`negation-neglect/audit`, `negation-neglect/providers`, ...).
 */
export {
  NegationNeglectError,
  InvalidArgumentError,
  InputError,
  APICallError,
  AbortError,
  TimeoutError,
  errorMarker,
  hasErrorMarker,
  markError,
  redactSecrets,
  formatLocation,
} from './errors.js';
export type { InputLocation, APICallErrorFields, NegationNeglectErrorOptions } from './errors.js';
export * from './claims/index.js';
export * from './text/index.js';
export * from './audit/index.js';
export * from './strategies/index.js';
export * from './generate/index.js';
export * from './providers/index.js';
export * from './evaluate/index.js';
export * from './experiment/index.js';
export * from './report/index.js';
