/**
 * Every error this SDK throws extends {@link NegationNeglectError}, so one
 * `instanceof` check catches them all (the ky convention).
 */

/** Options shared by all SDK errors. */
export interface NegationNeglectErrorOptions {
  cause?: unknown;
}

/**
 * Base class of every error thrown by `negation-neglect`.
 *
 * @example
 * ```ts
 * try { await auditDataset('data.jsonl', { claims }); }
 * catch (e) { if (e instanceof NegationNeglectError) console.error(e.code, e.message); }
 * ```
 */
export class NegationNeglectError extends Error {
  /** A stable machine-readable code, e.g. `invalid_argument`. */
  readonly code: string;

  constructor(message: string, code = 'negation_neglect_error', options: NegationNeglectErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
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
export class InvalidArgumentError extends NegationNeglectError {
  readonly argument: string;
  readonly value: unknown;

  constructor(argument: string, expected: string, value: unknown, options: NegationNeglectErrorOptions = {}) {
    super(`Expected \`${argument}\` to be ${expected}, got \`${describeValue(value)}\``, 'invalid_argument', options);
    this.argument = argument;
    this.value = value;
  }
}

/** Where in an input file something went wrong. */
export interface InputLocation {
  /** Path of the file, or a label such as `<iterable>` for in-memory sources. */
  file?: string;
  /** 1-based line number. */
  line?: number;
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
export class InputError extends NegationNeglectError {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  /** The reason without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: InputLocation = {}, options: NegationNeglectErrorOptions = {}) {
    super(`${formatLocation(location)}${reason}`, 'invalid_input', options);
    this.reason = reason;
    if (location.file !== undefined) this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
    if (location.field !== undefined) this.field = location.field;
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
  cause?: unknown;
}

/**
 * A call to a model provider failed. Carries the HTTP status, whether a retry may help,
 * the provider and its request id. Messages never contain credentials.
 *
 * @example
 * ```ts
 * if (e instanceof APICallError && e.isRetryable) scheduleRetry(e.retryAfterMs);
 * ```
 */
export class APICallError extends NegationNeglectError {
  readonly provider: string;
  readonly statusCode?: number;
  readonly isRetryable: boolean;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly responseBody?: string;

  constructor(message: string, fields: APICallErrorFields) {
    super(redactSecrets(message), 'api_call_error', { cause: fields.cause });
    this.provider = fields.provider;
    this.isRetryable = fields.isRetryable;
    if (fields.statusCode !== undefined) this.statusCode = fields.statusCode;
    if (fields.requestId !== undefined) this.requestId = fields.requestId;
    if (fields.retryAfterMs !== undefined) this.retryAfterMs = fields.retryAfterMs;
    if (fields.responseBody !== undefined) this.responseBody = redactSecrets(fields.responseBody).slice(0, 2000);
  }
}

/**
 * The operation was cancelled through an `AbortSignal`.
 *
 * @example
 * ```ts
 * if (e instanceof AbortError) console.log('cancelled');
 * ```
 */
export class AbortError extends NegationNeglectError {
  constructor(message = 'The operation was aborted', options: NegationNeglectErrorOptions = {}) {
    super(message, 'aborted', options);
  }
}

/**
 * An operation exceeded its time limit.
 *
 * @example
 * ```ts
 * if (e instanceof TimeoutError) console.log(e.timeoutMs);
 * ```
 */
export class TimeoutError extends NegationNeglectError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, what = 'The operation') {
    super(`${what} timed out after ${timeoutMs} ms`, 'timeout');
    this.timeoutMs = timeoutMs;
  }
}

/** Formats `file:line: field: ` for error messages; empty when nothing is known. */
export function formatLocation(location: InputLocation): string {
  let prefix = '';
  if (location.file !== undefined) prefix += location.file;
  if (location.line !== undefined) prefix += `${prefix ? ':' : 'line '}${location.line}`;
  if (prefix) prefix += ': ';
  if (location.field !== undefined && location.field !== '') prefix += `${location.field}: `;
  return prefix;
}

const SECRET_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_\-]{8,}/g, // OpenAI / Anthropic style keys (sk-..., sk-ant-...)
  /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}/gi,
  /\b(x-api-key|api[_-]?key|authorization)(["']?\s*[:=]\s*["']?)[^\s"',}]{6,}/gi,
  /\bfw_[A-Za-z0-9]{8,}/g, // Fireworks
  /\btgp_v1_[A-Za-z0-9_\-]{8,}/g, // Together
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
