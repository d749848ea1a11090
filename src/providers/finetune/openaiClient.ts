import type OpenAI from 'openai';

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
 * only loaded by users of these adapters.
 */
export function lazyOpenAIClient(settings: OpenAIClientSettings): () => Promise<OpenAI> {
  let promise: Promise<OpenAI> | undefined;
  return () => {
    promise ??= (async () => {
      if (settings.client) return settings.client.withOptions({ maxRetries: 0 });
      const { default: OpenAIClass } = await import('openai');
      return new OpenAIClass({
        ...(settings.apiKey !== undefined ? { apiKey: settings.apiKey } : {}),
        ...(settings.baseURL !== undefined ? { baseURL: settings.baseURL } : {}),
        ...(settings.organization !== undefined ? { organization: settings.organization } : {}),
        maxRetries: 0,
        timeout: settings.timeoutMs ?? 60_000,
      });
    })();
    return promise;
  };
}
