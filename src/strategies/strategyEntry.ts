import type { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { parseOptions, type OptionsSchema } from '../util/optionSchema.js';
import type { Strategy, StrategyPlacement } from './types.js';

/**
 * A strategy as the registry declares it: its name, what it does, and one zod schema for its
 * options. The schema is the single declaration: it gives the options' TypeScript type
 * (`z.input`), their runtime check and defaults, the CLI's `--set` parsing and help
 * (`negation-neglect strategies`), experiment-config validation, and the recorded parameters
 * (the parsed options).
 */
export interface StrategyEntry<S extends OptionsSchema = OptionsSchema> {
  readonly name: string;
  readonly summary: string;
  /** Placements the strategy can produce (depends on options for some). */
  readonly placements: readonly StrategyPlacement[];
  /** Whether the strategy needs a claim (to find claim sentences). */
  readonly needsClaim: boolean;
  readonly options: S;
  /** Recorded parameters that are not options: the strategy sets them itself (correction's `kind`). */
  readonly recordedOnly: readonly string[];
  /** Builds the strategy; options are validated with `options` (defaults filled in). */
  create(options?: z.input<S>): Strategy;
}

/**
 * Declares a strategy for the registry. `create` receives the parsed options (defaults filled in);
 * the returned entry's `create` validates its input first, so errors name the option.
 *
 * @example
 * ```ts
 * const shoutStrategy = declareStrategy({
 *   name: 'shout',
 *   summary: 'an all-caps warning before the document',
 *   placements: ['framing'],
 *   needsClaim: false,
 *   options: z.strictObject({ text: option.string().default('THIS IS FALSE.').describe('the warning') }),
 *   create: (o) => shout(o),
 * });
 * ```
 */
export function declareStrategy<S extends OptionsSchema>(entry: {
  name: string;
  summary: string;
  placements: readonly StrategyPlacement[];
  needsClaim: boolean;
  options: S;
  recordedOnly?: readonly string[];
  create(options: z.output<S>): Strategy;
}): StrategyEntry<S> {
  if (!/^[a-z][a-z0-9-]*$/.test(entry.name)) throw new InvalidArgumentError('name', 'a lower-case name with dashes (the CLI and configs use it)', entry.name);
  if (entry.placements.length === 0) throw new InvalidArgumentError(`${entry.name}.placements`, 'at least one placement', entry.placements);
  const build = entry.create;
  return Object.freeze({
    name: entry.name,
    summary: entry.summary,
    placements: Object.freeze([...entry.placements]),
    needsClaim: entry.needsClaim,
    options: entry.options,
    recordedOnly: Object.freeze([...(entry.recordedOnly ?? [])]),
    create: (options?: z.input<S>) => build(parseOptions(entry.options, options ?? {})),
  });
}
