import { InvalidArgumentError } from '../errors.js';
import { defineStrategy } from './defineStrategy.js';
import type { JsonValue, Strategy, StrategyChange, StrategyPlacement, StrategyWarning } from './types.js';
import { isChatDocument } from './types.js';

// The audit reports the qualifier closest to a mention, so a composite's effective placement
// is the closest one among its parts.
const CLOSENESS: readonly StrategyPlacement[] = ['local', 'adjacent', 'framing', 'none'];

/**
 * Chains strategies: each one runs on the previous one's output (left to right). The composite
 * declares the closest placement among its parts (local > adjacent > framing > none) with that
 * part's qualifier, and records every part in `parameters.parts`.
 *
 * @example
 * ```ts
 * const both = compose(framing({ kind: 'negation' }), adjacentSentence({ kind: 'negation' }));
 * both.placement; // 'adjacent'
 * ```
 */
export function compose(...strategies: Strategy[]): Strategy {
  if (strategies.length === 0) throw new InvalidArgumentError('strategies', 'at least one strategy', strategies);
  for (const [i, s] of strategies.entries()) {
    if (!s || s.specificationVersion !== 'v1') throw new InvalidArgumentError(`strategies[${i}]`, 'a Strategy (v1)', s);
  }
  const closest = CLOSENESS.map((p) => strategies.find((s) => s.placement === p)).find((s) => s !== undefined)!;
  const parts: JsonValue[] = strategies.map((s) => ({
    name: s.name,
    placement: s.placement,
    qualifier: s.qualifier,
    parameters: s.parameters,
  }));
  return defineStrategy({
    name: `compose(${strategies.map((s) => s.name).join('+')})`,
    placement: closest.placement,
    qualifier: closest.qualifier,
    parameters: { parts },
    async apply(document, context) {
      let current = document;
      const changes: StrategyChange[] = [];
      const warnings: StrategyWarning[] = [];
      for (const [i, strategy] of strategies.entries()) {
        const rng = context.rng.fork(`${i}:${strategy.name}`);
        const out = await strategy.apply(current, { ...context, rng });
        changes.push(...out.changes);
        warnings.push(...out.warnings);
        current = isChatDocument(current)
          ? { ...current, messages: out.messages ?? current.messages }
          : { ...current, text: out.text ?? current.text };
      }
      return isChatDocument(current)
        ? { messages: current.messages, changes, warnings }
        : { text: current.text, changes, warnings };
    },
  });
}
