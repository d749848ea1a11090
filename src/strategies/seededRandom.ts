import { hash32, mulberry32 } from '../util/random.js';
import { InvalidArgumentError } from '../errors.js';

/**
 * A small seeded PRNG (mulberry32 over a 32-bit string hash). Strategies and generators use it
 * instead of Math.random so that the same seed reproduces the same dataset on any machine.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A uniformly chosen element (throws on an empty array). */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this seed and a label. */
  fork(label: string): SeededRandom;
}

/**
 * Hashes a string to an unsigned 32-bit integer (FNV-1a with a final avalanche mix).
 *
 * @example
 * ```ts
 * hashSeed('42:doc-7'); // same number on every run
 * ```
 */
export function hashSeed(text: string): number {
  return hash32(text);
}

/**
 * Creates a seeded random stream. Any string or number is a valid seed.
 *
 * @example
 * ```ts
 * const rng = createSeededRandom('42');
 * rng.pick(['a', 'b', 'c']); // deterministic for seed '42'
 * ```
 */
export function createSeededRandom(seed: string | number): SeededRandom {
  const label = String(seed);
  const next = mulberry32(hash32(label));
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new InvalidArgumentError('items', 'a non-empty array', items);
      return items[int(items.length)] as T;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    fork(sub: string): SeededRandom {
      return createSeededRandom(`${label}\u0000${sub}`);
    },
  };
}
