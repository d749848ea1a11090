/**
 * Internal: the one seeded-randomness implementation of the package (strategies, generators and
 * bootstrap intervals all draw from it, so "same seed, same output" means the same thing everywhere).
 */

/**
 * 32-bit FNV-1a with a murmur3 finalizer, so similar strings ("seed:doc-1", "seed:doc-2") spread evenly.
 *
 * @example
 * ```ts
 * hash32('42:doc-7'); // same unsigned 32-bit number on every run
 * ```
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mulberry32: a small, fast PRNG returning floats in [0, 1) from a 32-bit seed.
 *
 * @example
 * ```ts
 * const next = mulberry32(42);
 * next(); // 0.6011037519201636 (always, for seed 42)
 * ```
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
