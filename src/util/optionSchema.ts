import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';

// One declaration per plugin option (a zod schema) gives the TypeScript type, the runtime check,
// the default, the CLI help and the parsed value that is recorded. This module turns zod's issues
// into the project's errors and reads the schema back for help texts and `--set key=value` parsing.

/** An options schema: a zod object whose fields are the options. */
export type OptionsSchema = z.ZodObject;

/** One option as help texts and the CLI see it, read from the schema. */
export interface OptionSpec {
  name: string;
  /** `string-list` values are separated by `|` on the command line; `json` values are written as JSON. */
  type: 'string' | 'number' | 'boolean' | 'string-list' | 'json';
  choices?: readonly string[];
  default?: unknown;
  /** Whether the option must be given (no default, not optional). */
  required?: true;
  description: string;
}

/**
 * Builders for option schemas whose error text reads "Expected `name` to be <text>, got `value`".
 * Plain zod schemas work too; these keep the usual phrasings in one place.
 */
export const option = {
  choice<const T extends string>(values: readonly T[]) {
    return z.enum(values as unknown as [T, ...T[]], { error: `one of ${values.join(', ')}` });
  },
  boolean() {
    return z.boolean({ error: 'a boolean' });
  },
  positiveInt() {
    const error = 'a positive integer';
    return z.number({ error }).int({ error }).min(1, { error });
  },
  nonNegativeInt() {
    const error = 'a non-negative integer';
    return z.number({ error }).int({ error }).min(0, { error });
  },
  /** A finite number within `[min, max]`. */
  number(min = -Infinity, max = Infinity) {
    const error =
      min > -Infinity && max < Infinity ? `a number between ${min} and ${max}` : min > -Infinity ? `a number >= ${min}` : max < Infinity ? `a number <= ${max}` : 'a number';
    return z.number({ error }).min(min, { error }).max(max, { error });
  },
  /** A non-empty string. */
  string() {
    return z.string({ error: 'a non-empty string' }).min(1, { error: 'a non-empty string' });
  },
  /** An array of non-empty strings (readonly arrays accepted). */
  strings() {
    // Checked, not trimmed: the strings are used (and recorded) as given.
    const nonBlank = z.string({ error: 'a non-empty string' }).refine((v) => v.trim() !== '', { error: 'a non-empty string' });
    return z.array(nonBlank, { error: 'an array of non-empty strings' }).readonly();
  },
};

/**
 * Validates `value` against an options schema and returns the parsed options (defaults filled in).
 * The first problem throws `InvalidArgumentError` naming the field (`path` prefixes it, e.g.
 * `framing` gives `framing.position`); an unknown option names the known ones.
 *
 * @example
 * ```ts
 * const schema = z.strictObject({ concurrency: option.positiveInt().default(8) });
 * parseOptions(schema, { concurrency: 0 }); // throws: Expected `concurrency` to be a positive integer, got `0`
 * ```
 */
export function parseOptions<S extends z.ZodType>(schema: S, value: unknown, options: { path?: string; label?: string } = {}): z.output<S> {
  // No options at all are an empty object, unless the schema takes their absence itself (a default, optional).
  const input = value == null && !schema.safeParse(value).success ? {} : value;
  const result = schema.safeParse(input, { error: optionErrorText });
  if (result.success) return result.data;
  const problem = describeIssue(schema, input, result.error.issues[0]!, options);
  throw new InvalidArgumentError(problem.argument, problem.expected, problem.value);
}

/** What an issue says, in the parts of an `InvalidArgumentError`: the field, what was expected, what was given. */
export function describeIssue(
  schema: z.ZodType,
  input: unknown,
  issue: z.core.$ZodIssue,
  options: { path?: string; label?: string } = {},
): { argument: string; expected: string; value: unknown } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const prefix = options.path ? [options.path] : [];
  if (issue.code === 'unrecognized_keys') {
    const node = schemaAt(schema, path);
    const known = node instanceof z.ZodObject ? Object.keys(node.shape) : [];
    const argument = path.length > 0 ? `${formatPath([...prefix, ...path])} key` : `${options.label ?? options.path ?? 'unknown'} option`;
    return { argument, expected: known.length > 0 ? `one of ${known.join(', ')}` : 'absent (no options)', value: issue.keys[0] };
  }
  return { argument: formatPath([...prefix, ...path]), expected: issue.message, value: valueAt(input, path) };
}

/**
 * The message a zod issue gets when its schema has no error text of its own: the "expected" part
 * (pass it as `safeParse(value, { error: optionErrorText })`).
 */
export function optionErrorText(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'an integer' : /^[aeiou]/.test(String(issue.expected)) ? `an ${issue.expected}` : `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `${issue.origin === 'array' || issue.origin === 'string' ? `a ${issue.origin} of length` : 'a number'} ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `${issue.origin === 'array' || issue.origin === 'string' ? `a ${issue.origin} of length` : 'a number'} ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return `a valid ${issue.format}`;
    default:
      return 'valid';
  }
}

/**
 * The options of a schema as help texts and the CLI see them (type, choices, default, description).
 *
 * @example
 * ```ts
 * describeOptions(z.strictObject({ n: option.positiveInt().default(1).describe('how many') }));
 * // [{ name: 'n', type: 'number', default: 1, description: 'how many' }]
 * ```
 */
export function describeOptions(schema: OptionsSchema): OptionSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let node = field as z.ZodType;
    let description = node.description;
    let defaultValue: unknown;
    let optional = false;
    for (;;) {
      const def = node._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
      if (def.type === 'default') defaultValue = def.defaultValue;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') optional = true;
      if (!def.innerType) break;
      node = def.innerType;
      description ??= node.description;
    }
    const spec: OptionSpec = { name, type: cliType(node), description: description ?? '' };
    if (node instanceof z.ZodEnum) spec.choices = node.options.map(String);
    if (defaultValue !== undefined) spec.default = defaultValue;
    if (!optional) spec.required = true;
    return spec;
  });
}

function cliType(node: z.ZodType): OptionSpec['type'] {
  if (node instanceof z.ZodNumber) return 'number';
  if (node instanceof z.ZodBoolean) return 'boolean';
  if (node instanceof z.ZodString || node instanceof z.ZodEnum) return 'string';
  if (node instanceof z.ZodArray && unwrap(node.element as z.ZodType) instanceof z.ZodString) return 'string-list';
  return 'json';
}

/**
 * Converts command-line settings (`--set kind=fiction`) to option values by each option's declared
 * type and validates them; errors name `<label>.<option>`.
 *
 * @example
 * ```ts
 * optionsFromSettings(schema, { n: '3' }, 'framing'); // { n: 3 }
 * ```
 */
export function optionsFromSettings<S extends OptionsSchema>(schema: S, settings: Record<string, string>, label: string): z.output<S> {
  const specs = describeOptions(schema);
  const values: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(settings)) {
    const spec = specs.find((o) => o.name === key);
    if (!spec) throw new InvalidArgumentError(`${label} option`, `one of ${specs.map((o) => o.name).join(', ') || '(none)'}`, key);
    values[key] = fromString(`${label}.${key}`, spec, raw);
  }
  return parseOptions(schema, values, { path: label });
}

function fromString(where: string, spec: OptionSpec, raw: string): unknown {
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
    case 'json':
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new InvalidArgumentError(where, 'JSON', raw);
      }
    default:
      return raw;
  }
}

/** Dotted path with indices: `conditions[3].options.kind`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function unwrap(node: z.ZodType): z.ZodType {
  let current = node;
  for (;;) {
    const inner = (current._zod.def as { innerType?: z.ZodType }).innerType;
    if (!inner) return current;
    current = inner;
  }
}

function schemaAt(schema: z.ZodType, path: ReadonlyArray<string | number>): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (node instanceof z.ZodObject) node = node.shape[key] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return undefined;
    if (node) node = unwrap(node);
  }
  return node;
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
