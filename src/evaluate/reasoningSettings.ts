import type { ChatCallSettings, ReasoningEffort, ReasoningMode } from '../providers/chat/chatModel.js';

/** How much a thinking model may think: an effort level, a token budget, or both (each provider sends what it declares). */
export interface ReasoningDepth {
  /** OpenAI-style `reasoning_effort` level. */
  effort?: ReasoningEffort;
  /** Thinking tokens (Anthropic `thinking.budget_tokens`). */
  thinkingBudget?: number;
}

/**
 * The call settings of one reasoning mode: `reasoning`, and the effort and budget when the model
 * thinks (left out for `off`, so a sample never records a budget it was not drawn with). Providers
 * send what their capabilities declare and drop the rest with a warning.
 *
 * @example
 * ```ts
 * reasoningSettings('on', { effort: 'high', thinkingBudget: 4096 }); // { reasoning: 'on', reasoningEffort: 'high', thinkingBudget: 4096 }
 * reasoningSettings('off', { effort: 'high' }); // { reasoning: 'off' }
 * reasoningSettings(undefined, {}); // {}
 * ```
 */
export function reasoningSettings(mode: ReasoningMode | undefined, depth: ReasoningDepth = {}): ChatCallSettings {
  const settings: ChatCallSettings = mode ? { reasoning: mode } : {};
  if (mode === 'off') return settings;
  if (depth.effort !== undefined) settings.reasoningEffort = depth.effort;
  if (depth.thinkingBudget !== undefined) settings.thinkingBudget = depth.thinkingBudget;
  return settings;
}
