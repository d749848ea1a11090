import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '../errors.js';

/**
 * JSON with object keys sorted at every level, so equal values always serialise the same way.
 * `undefined` members are dropped (as JSON does); functions and symbols are not allowed.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new InvalidArgumentError('value', 'JSON-like data (functions and symbols cannot be hashed; record their declared parameters instead)', String(value));
    }
    return value;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortKeys((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/**
 * SHA-256 (hex) of a value's stable JSON: the identity of a step's inputs in the run journal.
 *
 * @example
 * ```ts
 * contentHash({ b: 1, a: [2] }) === contentHash({ a: [2], b: 1 }); // true
 * ```
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}
