import type OpenAI from 'openai';
import { lazyPromise } from '../../util/lazyPromise.js';
import { InvalidArgumentError } from '../../errors.js';
import { loadPeerSdk } from './loadPeerSdk.js';
import { requireApiKey } from './requireApiKey.js';

/** Settings for adapters built on the official `openai` SDK. */
export interface OpenAIClientSettings {
  /** Your own `openai` client. Its own retries are turned off (a copy via `withOptions`); ours apply. */
  client?: OpenAI;
  apiKey?: string;
  baseURL?: string;
  organization?: string;
  /** Per-request timeout in ms (default 60_000). */
  timeoutMs?: number;
}

/**
 * Internal: resolves the SDK client lazily, so `openai` stays an optional peer dependency and is
 * only loaded by users of these adapters; `user` (the adapter's factory) is named when it is missing.
 * A missing key throws here, when the adapter is created, not on its first request; as with
 * `createOpenAI`, a custom `baseURL` (a local server) may do without one.
 */
export function lazyOpenAIClient(settings: OpenAIClientSettings, user: string): () => Promise<OpenAI> {
  if (!settings.client && settings.baseURL === undefined) requireApiKey(settings.apiKey, 'OPENAI_API_KEY', 'OpenAI');
  return lazyPromise(async () => {
    if (settings.client) return settings.client.withOptions({ maxRetries: 0 });
    const { default: OpenAIClass } = await loadPeerSdk('openai', user);
    try {
      return new OpenAIClass({
        ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
        ...(settings.baseURL !== undefined ? { baseURL: settings.baseURL } : {}),
        ...(settings.organization !== undefined ? { organization: settings.organization } : {}),
        maxRetries: 0,
        timeout: settings.timeoutMs ?? 60_000,
      });
    } catch (error) {
      // Typically a missing key; a configuration error, never worth retrying.
      throw new InvalidArgumentError('apiKey', 'an OpenAI API key (or set OPENAI_API_KEY)', settings.apiKey === undefined ? undefined : '[REDACTED]', { cause: error });
    }
  });
}
