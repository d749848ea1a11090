import { InvalidArgumentError } from '../errors.js';
import { defineStrategy } from './defineStrategy.js';
import type { InsertedSpan, JsonValue, Strategy, StrategyChange, StrategyPlacement, StrategyWarning } from './types.js';
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
      let inserted: InsertedSpan[] = [];
      for (const [i, strategy] of strategies.entries()) {
        const rng = context.rng.fork(`${i}:${strategy.name}`);
        const out = await strategy.apply(current, { ...context, rng });
        changes.push(...out.changes);
        warnings.push(...out.warnings);
        // What earlier parts added moves with this part's edits.
        inserted = [...carrySpans(inserted, out.changes), ...(out.inserted ?? [])];
        current = isChatDocument(current)
          ? { ...current, messages: out.messages ?? current.messages }
          : { ...current, text: out.text ?? current.text };
      }
      return isChatDocument(current)
        ? { messages: current.messages, changes, warnings, inserted }
        : { text: current.text, changes, warnings, inserted };
    },
  });
}

/**
 * Moves spans of a text through the edits a later strategy made to it (its `changes`, in offsets
 * of the text it received; added messages shift the message indices after them). A span whose
 * text a later edit replaced shrinks to what is left of it.
 */
function carrySpans(spans: readonly InsertedSpan[], changes: readonly StrategyChange[]): InsertedSpan[] {
  const added = changes.filter((c) => c.type === 'add-message').map((c) => c.segment).sort((a, b) => a - b);
  const out: InsertedSpan[] = [];
  for (const span of spans) {
    let segment = span.segment;
    for (const k of added) if (k <= segment) segment++;
    const edits = changes
      .filter((c): c is StrategyChange & { start: number; end: number } => c.type !== 'add-message' && c.segment === segment && c.start !== undefined && c.end !== undefined)
      .sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
    const start = moveOffset(span.start, edits, 'start');
    const end = moveOffset(span.end, edits, 'end');
    if (end > start) out.push({ ...span, segment, start, end });
  }
  return out;
}

/** Where an offset ends up after edits (sorted, non-overlapping); an insert at a span's start goes before it, at its end after it. */
function moveOffset(offset: number, edits: ReadonlyArray<{ start: number; end: number; after: string }>, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    const removed = e.end - e.start;
    const before = side === 'start' ? e.end <= offset : e.end < offset || (e.end === offset && removed > 0);
    if (before) delta += e.after.length - removed;
    else if (e.start <= offset && offset < e.end && removed > 0 && (side === 'start' || e.start < offset)) {
      // Inside text the edit replaced: a start moves past the replacement, an end before it.
      return side === 'start' ? e.start + delta + e.after.length : e.start + delta;
    } else if (e.start > offset) break;
  }
  return offset + delta;
}
