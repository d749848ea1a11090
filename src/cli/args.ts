import { errorMarker, hasErrorMarker, markError, NegationNeglectError } from '../errors.js';

const USAGE = errorMarker('UsageError');

/** A command-line usage error: the CLI prints it with a pointer to the command's `--help` and exits with 2. */
export class UsageError extends NegationNeglectError {
  constructor(message: string) {
    super(message, 'usage');
    markError(this, USAGE);
  }

  /** Whether `error` is a `UsageError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is UsageError {
    return hasErrorMarker(error, USAGE);
  }
}

/** Declares one option of a command. */
export interface OptionSpec {
  /** `string` takes a value; `boolean` is a flag. */
  type: 'string' | 'boolean';
  /** Repeatable options collect values in an array. */
  multiple?: boolean;
  short?: string;
}

/** Parsed command line. */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | string[] | boolean | undefined>;
}

/**
 * Parses `argv` against option specs. Accepts `--name value`, `--name=value`, `-s value`, `--flag`,
 * and `--` to end options. Unknown options are a `UsageError` (typos must not be silently ignored).
 *
 * @example
 * ```ts
 * parseArgs(['a.jsonl', '--format', 'json'], { format: { type: 'string' } });
 * // { positionals: ['a.jsonl'], options: { format: 'json' } }
 * ```
 */
export function parseArgs(argv: readonly string[], specs: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else if (arg.startsWith('-') && arg.length === 2) {
      name = byShort.get(arg.slice(1));
      if (!name) throw new UsageError(`Unknown option \`${arg}\``);
    } else {
      positionals.push(arg);
      continue;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(`Unknown option \`--${name}\``);
    let value: string | boolean;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`Option \`--${name}\` takes no value`);
      value = true;
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`Option \`--${name}\` needs a value`);
      }
      value = next;
      i++;
    }
    if (spec.multiple) {
      const list = (options[name] as string[] | undefined) ?? [];
      list.push(String(value));
      options[name] = list;
    } else {
      options[name] = value;
    }
  }
  return { positionals, options };
}

/**
 * Reads a string option, checking it is one of `choices` when given.
 *
 * @example
 * ```ts
 * const format = stringOption(parsed, 'format', ['text', 'json']) ?? 'text';
 * ```
 */
export function stringOption<T extends string>(parsed: ParsedArgs, name: string, choices?: readonly T[]): T | undefined {
  const value = parsed.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new UsageError(`Option \`--${name}\` needs a single value`);
  if (choices && !choices.includes(value as T)) {
    throw new UsageError(`Expected \`--${name}\` to be one of ${choices.map((c) => `\`${c}\``).join(', ')}, got \`${value}\``);
  }
  return value as T;
}

/**
 * Reads an integer option of at least `min` (default 1), or one of the accepted `words` (such as
 * `auto`), which are returned as they are.
 *
 * @example
 * ```ts
 * const retries = intOption(parsed, 'retries', 0) ?? 4;
 * const workers = intOption(parsed, 'workers', 1, ['auto'] as const) ?? 'auto'; // number | 'auto'
 * ```
 */
export function intOption(parsed: ParsedArgs, name: string, min?: number): number | undefined;
export function intOption<W extends string>(parsed: ParsedArgs, name: string, min: number, words: readonly W[]): number | W | undefined;
export function intOption(parsed: ParsedArgs, name: string, min = 1, words: readonly string[] = []): number | string | undefined {
  const value = stringOption(parsed, name);
  if (value === undefined || words.includes(value)) return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    const expected = min === 1 ? 'a positive integer' : min === 0 ? 'a non-negative integer' : `an integer >= ${min}`;
    const alternatives = words.map((w) => ` or \`${w}\``).join('');
    throw new UsageError(`Expected \`--${name}\` to be ${expected}${alternatives}, got \`${value}\``);
  }
  return n;
}

/**
 * Reads a repeatable option as an array (empty when absent).
 *
 * @example
 * ```ts
 * const claimFiles = listOption(parsed, 'claims');
 * ```
 */
export function listOption(parsed: ParsedArgs, name: string): string[] {
  const value = parsed.options[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}
