import { InvalidArgumentError } from '../../errors.js';
import type { CallWarning, ChatCallSettings, ChatMessage, ChatModelCapabilities, SamplingParameter } from './chatModel.js';
import { REASONING_EFFORTS, REASONING_MODES, SAMPLING_PARAMETERS } from './chatModel.js';

const ROLES = new Set(['system', 'user', 'assistant']);

/**
 * Validates `messages`; throws `InvalidArgumentError` naming the offending index.
 *
 * @example
 * ```ts
 * validateMessages([{ role: 'user', content: 'Hi' }]);
 * ```
 */
export function validateMessages(messages: unknown): asserts messages is ChatMessage[] {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidArgumentError('messages', 'a non-empty array of { role, content }', messages);
  }
  messages.forEach((message: unknown, i) => {
    const m = message as Partial<ChatMessage> | null;
    if (m === null || typeof m !== 'object') throw new InvalidArgumentError(`messages[${i}]`, 'an object', message);
    if (typeof m.role !== 'string' || !ROLES.has(m.role)) {
      throw new InvalidArgumentError(`messages[${i}].role`, "'system', 'user' or 'assistant'", m.role);
    }
    if (typeof m.content !== 'string') throw new InvalidArgumentError(`messages[${i}].content`, 'a string', m.content);
  });
}

/**
 * Validates sampling settings (types and ranges); throws `InvalidArgumentError` on the first bad one.
 *
 * @example
 * ```ts
 * validateCallSettings({ temperature: 0.7, maxTokens: 256 });
 * ```
 */
export function validateCallSettings(settings: ChatCallSettings): void {
  const { maxTokens, temperature, topP, seed, stop, responseFormat, reasoning, reasoningEffort, thinkingBudget, providerOptions } = settings;
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens <= 0)) {
    throw new InvalidArgumentError('maxTokens', 'a positive integer', maxTokens);
  }
  if (temperature !== undefined && (typeof temperature !== 'number' || !(temperature >= 0 && temperature <= 2))) {
    throw new InvalidArgumentError('temperature', 'a number between 0 and 2', temperature);
  }
  if (topP !== undefined && (typeof topP !== 'number' || !(topP >= 0 && topP <= 1))) {
    throw new InvalidArgumentError('topP', 'a number between 0 and 1', topP);
  }
  if (seed !== undefined && !Number.isInteger(seed)) throw new InvalidArgumentError('seed', 'an integer', seed);
  if (stop !== undefined && (!Array.isArray(stop) || stop.some((s) => typeof s !== 'string'))) {
    throw new InvalidArgumentError('stop', 'an array of strings', stop);
  }
  if (responseFormat !== undefined && responseFormat !== 'text' && responseFormat !== 'json') {
    throw new InvalidArgumentError('responseFormat', "'text' or 'json'", responseFormat);
  }
  if (reasoning !== undefined && !REASONING_MODES.includes(reasoning)) throw new InvalidArgumentError('reasoning', "'on' or 'off'", reasoning);
  if (reasoningEffort !== undefined && !REASONING_EFFORTS.includes(reasoningEffort)) {
    throw new InvalidArgumentError('reasoningEffort', `one of ${REASONING_EFFORTS.join(', ')}`, reasoningEffort);
  }
  if (thinkingBudget !== undefined && (!Number.isInteger(thinkingBudget) || thinkingBudget <= 0)) {
    throw new InvalidArgumentError('thinkingBudget', 'a positive integer (tokens)', thinkingBudget);
  }
  if (providerOptions !== undefined && (providerOptions === null || typeof providerOptions !== 'object' || Array.isArray(providerOptions))) {
    throw new InvalidArgumentError('providerOptions', 'a plain object', providerOptions);
  }
}

/** Result of {@link applyCapabilities}. */
export interface PreparedCallSettings {
  /** Only the settings the model declares it accepts (plus `providerOptions`). */
  settings: ChatCallSettings;
  /** One `unsupported-setting` warning per dropped setting. */
  warnings: CallWarning[];
}

/**
 * Drops the settings a model's capabilities do not list and returns a warning for each, so
 * callers can use one set of settings across providers (e.g. Anthropic's 2026-10-21 API
 * rejects `temperature`). Also used by batch clients before building requests.
 *
 * @example
 * ```ts
 * const { settings, warnings } = applyCapabilities({ temperature: 1 }, model.capabilities);
 * ```
 */
export function applyCapabilities(settings: ChatCallSettings, capabilities: ChatModelCapabilities, provider = 'the model'): PreparedCallSettings {
  const supported = new Set<SamplingParameter>(capabilities.samplingParameters);
  const out: ChatCallSettings = {};
  const warnings: CallWarning[] = [];
  for (const name of SAMPLING_PARAMETERS) {
    const value = settings[name];
    if (value === undefined) continue;
    if (supported.has(name)) {
      (out as Record<string, unknown>)[name] = value;
    } else {
      warnings.push({
        type: 'unsupported-setting',
        setting: name,
        message: `${provider} does not support \`${name}\`; it was not sent.`,
      });
    }
  }
  if (settings.providerOptions !== undefined) out.providerOptions = settings.providerOptions;
  return { settings: out, warnings };
}

/**
 * Drops system messages for models that do not honour them, folding their text into the first
 * user message instead, with a warning.
 */
export function applySystemMessageSupport(
  messages: ChatMessage[],
  capabilities: ChatModelCapabilities,
): { messages: ChatMessage[]; warnings: CallWarning[] } {
  if (capabilities.supportsSystemMessage || !messages.some((m) => m.role === 'system')) return { messages, warnings: [] };
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  const rest = messages.filter((m) => m.role !== 'system');
  const firstUser = rest.findIndex((m) => m.role === 'user');
  if (firstUser >= 0) rest[firstUser] = { role: 'user', content: `${system}\n\n${rest[firstUser]!.content}` };
  else rest.unshift({ role: 'user', content: system });
  return {
    messages: rest,
    warnings: [{ type: 'other', setting: 'messages', message: 'The model does not support system messages; they were prepended to the first user message.' }],
  };
}
