import { AbortError, InputError, InvalidArgumentError, NegationNeglectError } from '../errors.js';
import { DecodeError } from './decodeError.js';
import { TooManyInvalidRecordsError } from './tooManyInvalidRecordsError.js';

/** An error as it crosses a thread: what `postMessage` would otherwise drop (its class, markers, fields). */
export interface ThreadError {
  name: string;
  message: string;
  stack?: string | undefined;
  /** The descriptions of its `Symbol.for` markers (`errorMarker`), so `isInstance` holds on the other side. */
  markers: string[];
  /** Its own enumerable fields (`code`, `file`, `line`, `reason`, ...), as far as they can be cloned. */
  fields: Record<string, unknown>;
  cause?: ThreadError | { value: unknown } | undefined;
}

// The classes an audit can throw, by name: the revived error is an instance of the same class.
const CLASSES: Record<string, { prototype: object }> = {
  NegationNeglectError,
  InvalidArgumentError,
  InputError,
  DecodeError,
  TooManyInvalidRecordsError,
  AbortError,
};

/**
 * Describes `error` for `postMessage`. Structured cloning keeps only an `Error`'s name, message and
 * stack: an `InputError` would arrive as a plain `Error` without its file and line.
 *
 * @example
 * ```ts
 * port.postMessage({ type: 'error', error: toThreadError(e) });
 * ```
 */
export function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), markers: [], fields: {}, cause: { value: cloneable(error) } };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    const copy = cloneable(value);
    if (copy !== undefined) fields[key] = copy;
  }
  const markers = Object.getOwnPropertySymbols(error)
    .map((s) => Symbol.keyFor(s))
    .filter((key): key is string => key !== undefined && key.startsWith('negation-neglect.error.'));
  const out: ThreadError = { name: error.name, message: error.message, stack: error.stack, markers, fields };
  if (error.cause !== undefined) out.cause = error.cause instanceof Error ? toThreadError(error.cause) : { value: cloneable(error.cause) };
  return out;
}

/**
 * The error described by {@link toThreadError}, rebuilt on this thread: same class (for the SDK's
 * audit errors), `isInstance` markers, fields, message and stack (the other thread's).
 *
 * @example
 * ```ts
 * worker.on('message', (m) => m.type === 'error' && reject(fromThreadError(m.error)));
 * ```
 */
export function fromThreadError(described: ThreadError): Error {
  const proto = CLASSES[described.name]?.prototype ?? Error.prototype;
  const error = Object.create(proto) as Error;
  Object.defineProperty(error, 'message', { value: described.message, writable: true, configurable: true });
  Object.defineProperty(error, 'stack', { value: described.stack, writable: true, configurable: true });
  Object.assign(error, described.fields);
  // `name` is an own field of the SDK's errors (set in their constructor) and inherited otherwise.
  if (!('name' in described.fields) && error.name !== described.name) Object.defineProperty(error, 'name', { value: described.name, writable: true, configurable: true });
  for (const marker of described.markers) Object.defineProperty(error, Symbol.for(marker), { value: true });
  if (described.cause !== undefined) {
    const cause = 'value' in described.cause ? described.cause.value : fromThreadError(described.cause);
    Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true });
  }
  return error;
}

/** `value` if `postMessage` can copy it, else undefined. */
function cloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}
