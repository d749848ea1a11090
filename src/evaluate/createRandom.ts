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
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
