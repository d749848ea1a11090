import { APICallError } from '../../errors.js';
import type { CallWarning, ChatCallSettings, SamplingParameter } from './chatModel.js';

/** How each droppable setting is spelled in provider error messages. `maxTokens` is never dropped. */
const SPELLINGS: ReadonlyArray<[SamplingParameter, RegExp]> = [
  ['temperature', /\btemperature\b/i],
  ['topP', /\btop[_-]?p\b/i],
  ['seed', /\bseed\b/i],
  ['stop', /\bstop(?:_sequences)?\b/i],
  ['responseFormat', /\bresponse[_-]?format\b/i],
  ['reasoning', /\breasoning[_-]?effort\b|\bchat[_-]?template[_-]?kwargs\b|\benable[_-]?thinking\b|\bthinking\b/i],
];

const REFUSAL = /unsupported|not supported|does not support|isn'?t supported|unrecognized|not allowed|not permitted|only the default|cannot be (?:set|used)|deprecated for this model/i;

/**
 * The setting a provider refused, read from a 400 that names it ("Unsupported parameter:
 * 'temperature' is not supported with this model"), or undefined for any other error.
 *
 * @example
 * ```ts
 * refusedSetting(error, { temperature: 0.7 }); // 'temperature'
 * ```
 */
export function refusedSetting(error: unknown, sent: ChatCallSettings): SamplingParameter | undefined {
  if (!APICallError.isInstance(error) || error.statusCode !== 400) return undefined;
  const text = `${error.message} ${error.responseBody ?? ''}`;
  if (!REFUSAL.test(text)) return undefined;
  return SPELLINGS.find(([name, spelling]) => sent[name] !== undefined && spelling.test(text))?.[0];
}

/**
 * Makes a call; when the provider refuses one of the sampling settings with a 400 (reasoning
 * models refuse `temperature`, Anthropic's 2026-10-21 API `temperature` and `top_p`), makes it
 * again without that setting, once per setting, and returns a warning for each one dropped.
 *
 * @example
 * ```ts
 * const { result, warnings } = await withoutRefusedSettings(settings, 'openai', (s) => model.doGenerate({ ...s, messages, n: 1 }));
 * ```
 */
export async function withoutRefusedSettings<T>(
  settings: ChatCallSettings,
  provider: string,
  call: (settings: ChatCallSettings) => Promise<T>,
): Promise<{ result: T; settings: ChatCallSettings; warnings: CallWarning[] }> {
  let current = settings;
  const warnings: CallWarning[] = [];
  for (;;) {
    try {
      return { result: await call(current), settings: current, warnings };
    } catch (error) {
      const refused = refusedSetting(error, current);
      if (!refused) throw error;
      const { [refused]: _dropped, ...rest } = current;
      current = rest;
      warnings.push({ type: 'unsupported-setting', setting: refused, message: `${provider} refused \`${refused}\`; the call was made without it.` });
    }
  }
}
