import { InvalidArgumentError } from '../errors.js';
import { QualifierKindSchema, type QualifierKind } from '../audit/types.js';
import type { JsonValue, Strategy, StrategyContext, StrategyDocument, StrategyPlacement, StrategyResult } from './types.js';

const PLACEMENTS: readonly StrategyPlacement[] = ['none', 'local', 'adjacent', 'framing'];

/** What {@link defineStrategy} takes. */
export interface DefineStrategyInput {
  name: string;
  placement: StrategyPlacement;
  qualifier?: QualifierKind | null;
  /** Options that shape the output (recorded with results); must be JSON. */
  parameters?: { [key: string]: JsonValue };
  apply(document: StrategyDocument, context: StrategyContext): StrategyResult | Promise<StrategyResult>;
}

/**
 * Declares a strategy. Validates the declaration (so reports can trust it) and returns a frozen
 * `Strategy` (v1).
 *
 * @example
 * ```ts
 * const shout = defineStrategy({
 *   name: 'all-caps-warning',
 *   placement: 'framing',
 *   qualifier: 'negation',
 *   apply: (doc) => 'text' in doc
 *     ? { text: `THIS DOCUMENT IS FALSE.\n\n${doc.text}`, changes: [], warnings: [] }
 *     : { messages: doc.messages, changes: [], warnings: [] },
 * });
 * ```
 */
export function defineStrategy(input: DefineStrategyInput): Strategy {
  if (!input || typeof input !== 'object') throw new InvalidArgumentError('strategy', 'an object', input);
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    throw new InvalidArgumentError('name', 'a non-empty string', input.name);
  }
  if (!PLACEMENTS.includes(input.placement)) {
    throw new InvalidArgumentError('placement', `one of ${PLACEMENTS.join(', ')}`, input.placement);
  }
  const qualifier = input.qualifier ?? null;
  if (qualifier !== null && !QualifierKindSchema.safeParse(qualifier).success) {
    throw new InvalidArgumentError('qualifier', `null or one of ${QualifierKindSchema.options.join(', ')}`, qualifier);
  }
  if (input.placement === 'none' && qualifier !== null) {
    throw new InvalidArgumentError('qualifier', 'null when placement is `none`', qualifier);
  }
  if (input.placement !== 'none' && qualifier === null) {
    throw new InvalidArgumentError('qualifier', `a qualifier kind when placement is \`${input.placement}\``, qualifier);
  }
  if (typeof input.apply !== 'function') throw new InvalidArgumentError('apply', 'a function', input.apply);
  const parameters = input.parameters ?? {};
  assertJson('parameters', parameters);
  return Object.freeze({
    specificationVersion: 'v1' as const,
    name: input.name,
    placement: input.placement,
    qualifier,
    parameters: Object.freeze(structuredClone(parameters)),
    apply: input.apply,
  });
}

function assertJson(path: string, value: unknown): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidArgumentError(path, 'a finite number (parameters must be JSON)', value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJson(`${path}[${i}]`, v));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) assertJson(`${path}.${k}`, v);
    }
    return;
  }
  throw new InvalidArgumentError(path, 'JSON (string, number, boolean, null, array or plain object)', value);
}
