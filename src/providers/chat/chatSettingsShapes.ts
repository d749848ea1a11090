import { z } from 'zod';
import { option } from '../../util/optionSchema.js';
import { SAMPLING_PARAMETERS } from './chatModel.js';

// The settings every chat provider takes, as zod fields, so `createX(settings)` and `provider(modelId,
// settings)` reject a bad value when they are called, not at the first request ("Expected `baseURL`
// to be an http(s) URL, got `localhost:8000`").

/** An http(s) URL (`https://api.example.com/v1`; `localhost:8000` is refused: URL-wise its scheme is `localhost`). */
export const urlSetting = z.string({ error: 'an http(s) URL' }).url({ protocol: /^https?$/, error: 'an http(s) URL' });

const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', { error: what });

/** The fields of a provider's settings that `createOpenAI` and `createAnthropic` share. */
export const providerSettingsShape = {
  apiKey: z.string({ error: 'a string' }).optional(),
  baseURL: urlSetting.optional(),
  headers: z.record(z.string(), z.string({ error: 'a string' }), { error: 'an object of header names to strings' }).optional(),
  fetch: fn<typeof fetch>('a fetch function').optional(),
  providerId: option.string().optional(),
};

/** The per-model capability overrides (`Partial<ChatModelCapabilities>`). */
export const capabilitySettingsShape = {
  samplingParameters: z.array(option.choice(SAMPLING_PARAMETERS), { error: `an array of ${SAMPLING_PARAMETERS.join(', ')}` }).readonly().optional(),
  maxSamplesPerCall: option.positiveInt().optional(),
  supportsBatch: option.boolean().optional(),
  supportsSystemMessage: option.boolean().optional(),
};

/**
 * A client the caller passes, checked for the method the adapter calls (`chat.completions.create`,
 * `messages.create`), so a wrong object fails at creation.
 */
export function clientSetting<T>(what: string, method: (client: Record<string, unknown>) => unknown) {
  return z.custom<T>((value) => typeof value === 'object' && value !== null && typeof method(value as Record<string, unknown>) === 'function', { error: what }).optional();
}
