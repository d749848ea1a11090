/**
 * Every error this SDK throws extends {@link NegationNeglectError} and carries a stable `code`.
 * Check errors with the static `isInstance` of a class (`APICallError.isInstance(e)`): unlike
 * `instanceof`, it also recognises errors thrown by another copy of the SDK (its ESM and CJS
 * builds loaded side by side, or two installed versions), because it reads a marker symbol from
 * the global registry (`Symbol.for`), the convention of the Vercel AI SDK.
 */

/** Options shared by all SDK errors. */
export interface NegationNeglectErrorOptions {
  cause?: unknown;
}

/**
 * The marker symbol of an error class; `Symbol.for` makes it the same in every copy of the SDK.
 * Your own subclasses can use it as the SDK's classes do.
 *
 * @example
 * ```ts
 * const MY_ERROR = errorMarker('MyError');
 * class MyError extends NegationNeglectError {
 *   constructor(message: string) { super(message, 'my_error'); markError(this, MY_ERROR); }
 *   static override isInstance(e: unknown): e is MyError { return hasErrorMarker(e, MY_ERROR); }
 * }
 * ```
 */
export function errorMarker(name: string): symbol {
  return Symbol.for(`negation-neglect.error.${name}`);
}

/**
 * Sets `marker` on an error (not enumerable, so logs and JSON stay as they were).
 *
 * @example
 * ```ts
 * markError(this, errorMarker('MyError')); // in MyError's constructor
 * ```
 */
export function markError(error: Error, marker: symbol): void {
  Object.defineProperty(error, marker, { value: true });
}

/**
 * Whether `value` is an object carrying `marker` (see {@link errorMarker}).
 *
 * @example
 * ```ts
 * hasErrorMarker(new InputError('bad'), errorMarker('InputError')); // true
 * ```
 */
export function hasErrorMarker(value: unknown, marker: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
}

const BASE = errorMarker('NegationNeglectError');

/**
 * Base class of every error thrown by `negation-neglect`.
 *
 * @example
 * ```ts
 * try { await auditDataset('data.jsonl', { claims }); }
 * catch (e) { if (NegationNeglectError.isInstance(e)) console.error(e.code, e.message); }
 * ```
 */
export class NegationNeglectError extends Error {
  /** A stable machine-readable code, e.g. `invalid_argument`. */
  readonly code: string;

  constructor(message: string, code = 'negation_neglect_error', options: NegationNeglectErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    markError(this, BASE);
    this.name = new.target.name;
    this.code = code;
  }

  /**
   * Whether `error` is a `NegationNeglectError`, from this copy of the SDK or any other.
   *
   * @example
   * ```ts
   * if (NegationNeglectError.isInstance(e)) console.error(e.code);
   * ```
   */
  static isInstance(error: unknown): error is NegationNeglectError {
    return hasErrorMarker(error, BASE);
  }
}

/**
 * A caller passed a value the API cannot use. The message names the option and the value,
 * e.g. "Expected `concurrency` to be a positive integer, got `0`".
 *
 * @example
 * ```ts
 * throw new InvalidArgumentError('concurrency', 'a positive integer', 0);
 * ```
 */
const INVALID_ARGUMENT = errorMarker('InvalidArgumentError');

export class InvalidArgumentError extends NegationNeglectError {
  readonly argument: string;
  readonly value: unknown;

  constructor(argument: string, expected: string, value: unknown, options: NegationNeglectErrorOptions = {}) {
    super(`Expected \`${argument}\` to be ${expected}, got \`${describeValue(value)}\``, 'invalid_argument', options);
    markError(this, INVALID_ARGUMENT);
    this.argument = argument;
    this.value = value;
  }

  /** Whether `error` is an `InvalidArgumentError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is InvalidArgumentError {
    return hasErrorMarker(error, INVALID_ARGUMENT);
  }
}

/** Where in an input file something went wrong. */
export interface InputLocation {
  /** Path of the file, or a label such as `<iterable>` for in-memory sources. */
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** 1-based column (UTF-16 code units) within the line, when known (syntax errors). */
  column?: number;
  /** Dotted path of the offending field, e.g. `messages[2].content`. */
  field?: string;
}

/**
 * Input data (a dataset, a claim file, a config) is malformed. The message always names
 * the file, line and field when they are known.
 *
 * @example
 * ```ts
 * throw new InputError('expected a string', { file: 'claims.yaml', line: 4, field: 'claims[0].statement' });
 * // InputError: claims.yaml:4: claims[0].statement: expected a string
 * ```
 */
const INPUT = errorMarker('InputError');

export class InputError extends NegationNeglectError {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  /** The reason without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: InputLocation = {}, options: NegationNeglectErrorOptions = {}) {
    super(`${formatLocation(location)}${reason}`, 'invalid_input', options);
    markError(this, INPUT);
    this.reason = reason;
    if (location.file !== undefined) this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
    if (location.field !== undefined) this.field = location.field;
  }

  /** Whether `error` is an `InputError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is InputError {
    return hasErrorMarker(error, INPUT);
  }
}

/** Fields describing a failed provider API call. */
export interface APICallErrorFields {
  /** Provider id, e.g. `openai`, `anthropic`, `together`. */
  provider: string;
  /** HTTP status, when the server answered. */
  statusCode?: number;
  /** Whether retrying the same request may succeed (429, 408, 409, 5xx, network errors, timeouts). */
  isRetryable: boolean;
  /** The provider's request id, for support tickets. */
  requestId?: string;
  /** Milliseconds the server asked us to wait (from `Retry-After`/`retry-after-ms`). */
  retryAfterMs?: number;
  /** A (truncated, credential-scrubbed) excerpt of the response body. */
  responseBody?: string;
  /**
   * Values to scrub from the message and body besides key-shaped strings: the API key in use. Key
   * formats of particular providers belong with their adapters, which pass their key here.
   */
  secrets?: readonly string[];
  cause?: unknown;
}

/**
 * A call to a model provider failed. Carries the HTTP status, whether a retry may help,
 * the provider and its request id. Messages never contain credentials.
 *
 * @example
 * ```ts
 * if (APICallError.isInstance(e) && e.isRetryable) scheduleRetry(e.retryAfterMs);
 * ```
 */
const API_CALL = errorMarker('APICallError');

export class APICallError extends NegationNeglectError {
  readonly provider: string;
  readonly statusCode?: number;
  readonly isRetryable: boolean;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly responseBody?: string;

  constructor(message: string, fields: APICallErrorFields) {
    super(redactSecrets(message, fields.secrets), 'api_call_error', { cause: fields.cause });
    markError(this, API_CALL);
    this.provider = fields.provider;
    this.isRetryable = fields.isRetryable;
    if (fields.statusCode !== undefined) this.statusCode = fields.statusCode;
    if (fields.requestId !== undefined) this.requestId = fields.requestId;
    if (fields.retryAfterMs !== undefined) this.retryAfterMs = fields.retryAfterMs;
    if (fields.responseBody !== undefined) this.responseBody = redactSecrets(fields.responseBody, fields.secrets).slice(0, 2000);
  }

  /** Whether `error` is an `APICallError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is APICallError {
    return hasErrorMarker(error, API_CALL);
  }
}

/**
 * The operation was cancelled through an `AbortSignal`.
 *
 * @example
 * ```ts
 * if (AbortError.isInstance(e)) console.log('cancelled');
 * ```
 */
const ABORT = errorMarker('AbortError');

export class AbortError extends NegationNeglectError {
  constructor(message = 'The operation was aborted', options: NegationNeglectErrorOptions = {}) {
    super(message, 'aborted', options);
    markError(this, ABORT);
  }

  /** Whether `error` is an `AbortError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is AbortError {
    return hasErrorMarker(error, ABORT);
  }
}

/**
 * An operation exceeded its time limit.
 *
 * @example
 * ```ts
 * if (TimeoutError.isInstance(e)) console.log(e.timeoutMs);
 * ```
 */
const TIMEOUT = errorMarker('TimeoutError');

export class TimeoutError extends NegationNeglectError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, what = 'The operation') {
    super(`${what} timed out after ${timeoutMs} ms`, 'timeout');
    markError(this, TIMEOUT);
    this.timeoutMs = timeoutMs;
  }

  /** Whether `error` is a `TimeoutError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is TimeoutError {
    return hasErrorMarker(error, TIMEOUT);
  }
}

/** Formats `file:line:column: field: ` for error messages; empty when nothing is known. */
export function formatLocation(location: InputLocation): string {
  let prefix = '';
  if (location.file !== undefined) prefix += location.file;
  if (location.line !== undefined) prefix += `${prefix ? ':' : 'line '}${location.line}`;
  if (location.line !== undefined && location.column !== undefined) prefix += `:${location.column}`;
  if (prefix) prefix += ': ';
  if (location.field !== undefined && location.field !== '') prefix += `${location.field}: `;
  return prefix;
}

const SECRET_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_\-]{8,}/g, // OpenAI / Anthropic style keys (sk-..., sk-ant-...)
  /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}/gi,
  /\b(x-api-key|api[_-]?key|authorization)(["']?\s*[:=]\s*["']?)[^\s"',}]{6,}/gi,
];

/**
 * Replaces anything that looks like a credential with `[REDACTED]`; used on every message and
 * body excerpt that may reach logs.
 *
 * @example
 * ```ts
 * redactSecrets('key sk-abc123456789'); // 'key [REDACTED]'
 * ```
 */
export function redactSecrets(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of extraSecrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[REDACTED]');
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, name?: string, sep?: string) =>
      typeof name === 'string' && typeof sep === 'string' ? `${name}${sep}[REDACTED]` : '[REDACTED]',
    );
  }
  return out;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
