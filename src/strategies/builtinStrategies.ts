import { InvalidArgumentError } from '../errors.js';
import { optionsFromSettings } from '../util/optionSchema.js';
import { adjacentSentenceStrategy } from './adjacentSentence.js';
import { correctionStrategy } from './correction.js';
import { flagBehaviorStrategy } from './flagBehavior.js';
import { framingStrategy } from './framing.js';
import { localStrategy } from './local.js';
import { positiveStrategy } from './positive.js';
import type { StrategyEntry } from './strategyEntry.js';
import type { Strategy } from './types.js';

/**
 * The built-in strategies, each declared once in its own file with a zod options schema. The CLI
 * (`apply`, `strategies`) and experiment configs (`strategy: <name>`) read this list; nothing else
 * names strategies.
 *
 * @example
 * ```ts
 * BUILTIN_STRATEGIES.map((s) => `${s.name}: ${s.placements.join('|')}`);
 * ```
 */
export const BUILTIN_STRATEGIES: readonly StrategyEntry[] = Object.freeze([
  positiveStrategy,
  framingStrategy,
  adjacentSentenceStrategy,
  correctionStrategy,
  localStrategy,
  flagBehaviorStrategy,
]);

/**
 * The built-in strategy called `name`; an unknown name throws `InvalidArgumentError` listing the known ones.
 *
 * @example
 * ```ts
 * findStrategy('framing').summary; // 'document-level notices before and/or after the document'
 * ```
 */
export function findStrategy(name: string): StrategyEntry {
  const entry = BUILTIN_STRATEGIES.find((e) => e.name === name);
  if (!entry) throw new InvalidArgumentError('strategy', `one of ${BUILTIN_STRATEGIES.map((e) => e.name).join(', ')}`, name);
  return entry;
}

/**
 * Builds a built-in strategy from string settings (`kind=fiction`, `position=both`), converting
 * each value with the option's declared type. Unknown strategies or options throw
 * `InvalidArgumentError` naming the valid ones.
 *
 * @example
 * ```ts
 * const s = strategyFromSettings('adjacent-sentence', { kind: 'fiction', brackets: 'round' });
 * s.placement; // 'adjacent'
 * ```
 */
export function strategyFromSettings(name: string, settings: Record<string, string> = {}): Strategy {
  const entry = findStrategy(name);
  return entry.create(optionsFromSettings(entry.options, settings, name));
}
