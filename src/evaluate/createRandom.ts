import { mulberry32 } from '../util/random.js';

/**
 * A small seeded PRNG (mulberry32) returning floats in [0, 1). Bootstrap intervals use it so the
 * same seed gives the same interval on every machine.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * random(); // 0.6011037519201636 (always, for seed 42)
 * ```
 */
export function createRandom(seed: number): () => number {
  return mulberry32(seed);
}

/** Mixes a string into a seed (FNV-1a), so each table row gets its own reproducible stream. */
export function seedFor(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
