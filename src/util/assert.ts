import { InvalidArgumentError } from '../errors.js';

/**
 * Throws `InvalidArgumentError` unless `value` is a positive integer.
 *
 * @example
 * ```ts
 * assertPositiveInteger('concurrency', 0); // throws: Expected `concurrency` to be a positive integer, got `0`
 * ```
 */
export function assertPositiveInteger(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new InvalidArgumentError(name, 'a positive integer', value);
  }
}

/**
 * Throws `InvalidArgumentError` unless `value` is a finite number in `[min, max]`.
 *
 * @example
 * ```ts
 * assertNumberInRange('threshold', 0.5, 0, 1);
 * ```
 */
export function assertNumberInRange(name: string, value: unknown, min: number, max: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `a number between ${min} and ${max}`, value);
  }
}

/**
 * Throws `InvalidArgumentError` unless `value` is a non-negative integer.
 *
 * @example
 * ```ts
 * assertNonNegativeInteger('seed', 42);
 * ```
 */
export function assertNonNegativeInteger(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidArgumentError(name, 'a non-negative integer', value);
  }
}
