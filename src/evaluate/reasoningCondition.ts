import type { ReasoningMode } from '../providers/chat/chatModel.js';

/**
 * The condition label of samples drawn with thinking on or off: `<condition>/reasoning-on` or
 * `<condition>/reasoning-off`, the condition itself when no mode was asked for. Reasoning is then a
 * condition of the grid like any other: summaries and reports group by the label, and the two modes
 * of the same condition sit side by side.
 *
 * @example
 * ```ts
 * reasoningCondition('negated', 'off'); // 'negated/reasoning-off'
 * reasoningCondition('negated', undefined); // 'negated'
 * ```
 */
export function reasoningCondition(condition: string, mode: ReasoningMode | undefined): string {
  return mode === undefined ? condition : `${condition}/reasoning-${mode}`;
}
