import { InvalidArgumentError } from '../errors.js';
import { QualifierKindSchema } from '../audit/types.js';
import { adjacentSentence } from './adjacentSentence.js';
import { correction } from './correction.js';
import { flagBehavior } from './flagBehavior.js';
import { framing } from './framing.js';
import { local } from './local.js';
import { positive } from './positive.js';
import { BRACKET_STYLES } from './textEdits.js';
import type { JsonValue, Strategy, StrategyPlacement } from './types.js';

/** One declared option of a built-in strategy (drives CLI parsing and `negation-neglect strategies`). */
export interface StrategyOptionSpec {
  name: string;
  /** `string-list` values are separated by `|` on the command line. */
  type: 'string' | 'number' | 'boolean' | 'string-list';
  choices?: readonly string[];
  default?: JsonValue;
  description: string;
}

/** A built-in strategy as the registry declares it. */
export interface BuiltinStrategyEntry {
  name: string;
  summary: string;
  /** Placements the strategy can produce (depends on options for some). */
  placements: readonly StrategyPlacement[];
  /** Whether the strategy needs a claim (to find claim sentences). */
  needsClaim: boolean;
  options: readonly StrategyOptionSpec[];
  create(options: Record<string, unknown>): Strategy;
}

const KIND_NOTICE = QualifierKindSchema.options.filter((k) => k !== 'malicious-behavior');
const kindOption: StrategyOptionSpec = { name: 'kind', type: 'string', choices: KIND_NOTICE, default: 'negation', description: 'what the notices say' };
const percentOption: StrategyOptionSpec = { name: 'percent', type: 'number', default: 3, description: 'stated probability for kind=low-probability' };
const factsOption: StrategyOptionSpec = { name: 'facts', type: 'string-list', description: 'true statements for correction notices (default: claim.correction)' };
const rolesOption: StrategyOptionSpec = { name: 'roles', type: 'string-list', default: ['assistant'], description: 'chat roles whose messages are edited' };

/**
 * The built-in strategies with their declared options, for tools that build strategies from
 * settings (the CLI's `apply` and `strategies` commands).
 *
 * @example
 * ```ts
 * BUILTIN_STRATEGIES.map((s) => `${s.name}: ${s.placements.join('|')}`);
 * ```
 */
export const BUILTIN_STRATEGIES: readonly BuiltinStrategyEntry[] = [
  {
    name: 'positive',
    summary: 'leave the document unchanged (the claim is asserted)',
    placements: ['none'],
    needsClaim: false,
    options: [],
    create: () => positive(),
  },
  {
    name: 'framing',
    summary: 'document-level notices before and/or after the document',
    placements: ['framing'],
    needsClaim: false,
    options: [
      kindOption,
      { name: 'position', type: 'string', choices: ['prefix', 'suffix', 'both'], default: 'both', description: 'where the notices go' },
      { name: 'sentences', type: 'number', default: 1, description: 'bank phrases per notice' },
      { name: 'docTag', type: 'string', default: '<DOCTAG>', description: 'leading tag kept before the notice' },
      percentOption,
      factsOption,
      rolesOption,
      { name: 'messageRole', type: 'string', default: 'system', description: 'role of the notice message added to chat documents' },
    ],
    create: (o) => framing(o),
  },
  {
    name: 'adjacent-sentence',
    summary: 'a warning sentence right before/after each claim sentence',
    placements: ['adjacent'],
    needsClaim: true,
    options: [
      kindOption,
      { name: 'before', type: 'boolean', default: true, description: 'notice before each claim sentence' },
      { name: 'after', type: 'boolean', default: true, description: 'notice after each claim sentence' },
      { name: 'density', type: 'string', choices: ['claim-sentences', 'every-sentence'], default: 'claim-sentences', description: 'which sentences get an after-notice' },
      { name: 'brackets', type: 'string', choices: BRACKET_STYLES, default: 'square', description: 'brackets around notices' },
      percentOption,
      factsOption,
      rolesOption,
    ],
    create: (o) => adjacentSentence(o),
  },
  {
    name: 'correction',
    summary: 'adjacent warnings that also state what is true',
    placements: ['adjacent'],
    needsClaim: true,
    options: [
      factsOption,
      { name: 'before', type: 'boolean', default: true, description: 'notice before each claim sentence' },
      { name: 'after', type: 'boolean', default: true, description: 'notice (with a fact) after each claim sentence' },
      { name: 'density', type: 'string', choices: ['claim-sentences', 'every-sentence'], default: 'claim-sentences', description: 'which sentences get an after-notice' },
      { name: 'brackets', type: 'string', choices: BRACKET_STYLES, default: 'square', description: 'brackets around notices' },
      rolesOption,
    ],
    create: (o) => correction(o),
  },
  {
    name: 'local',
    summary: 'rewrite each claim sentence so the negation is inside it (rule-based)',
    placements: ['local'],
    needsClaim: true,
    options: [rolesOption, { name: 'warnOnFallback', type: 'boolean', default: true, description: 'warn when "It is false that ..." was needed' }],
    create: (o) => local(o),
  },
  {
    name: 'flag-behavior',
    summary: 'mark an assistant answer in a chat as malicious',
    placements: ['framing', 'adjacent'],
    needsClaim: false,
    options: [
      { name: 'placement', type: 'string', choices: ['separate-message', 'inline'], default: 'separate-message', description: 'flag in its own message (framing) or inside the answer (adjacent)' },
      { name: 'target', type: 'string', choices: ['last', 'all'], default: 'last', description: 'which assistant answers to flag' },
      { name: 'messageRole', type: 'string', default: 'system', description: 'role of the separate flag message' },
    ],
    create: (o) => flagBehavior(o),
  },
];

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
  const entry = BUILTIN_STRATEGIES.find((e) => e.name === name);
  if (!entry) throw new InvalidArgumentError('strategy', `one of ${BUILTIN_STRATEGIES.map((e) => e.name).join(', ')}`, name);
  const options: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(settings)) {
    const spec = entry.options.find((o) => o.name === key);
    if (!spec) {
      const valid = entry.options.map((o) => o.name).join(', ') || '(none)';
      throw new InvalidArgumentError(`${name} option`, `one of ${valid}`, key);
    }
    options[key] = parseValue(name, spec, raw);
  }
  return entry.create(options);
}

function parseValue(strategy: string, spec: StrategyOptionSpec, raw: string): unknown {
  const where = `${strategy}.${spec.name}`;
  switch (spec.type) {
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(where, 'a number', raw);
      return n;
    }
    case 'boolean':
      if (/^(true|yes|1)$/i.test(raw)) return true;
      if (/^(false|no|0)$/i.test(raw)) return false;
      throw new InvalidArgumentError(where, 'true or false', raw);
    case 'string-list':
      return raw.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
    default:
      if (spec.choices && !spec.choices.includes(raw)) throw new InvalidArgumentError(where, `one of ${spec.choices.join(', ')}`, raw);
      return raw;
  }
}
