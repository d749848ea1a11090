import { describe, expect, it } from 'vitest';
import { shrinkYoungGeneration, youngGenerationMb } from '../../src/util/shrinkYoungGeneration.js';

/** Grows this thread's young generation as an import does: many young objects that survive collections. */
function growYoungGeneration(): void {
  let kept: unknown[] = [];
  for (let round = 0; round < 40 && youngGenerationMb() < 16; round++) {
    for (let i = 0; i < 50_000; i++) kept.push({ round, i, label: `object ${i}` });
    if (kept.length > 400_000) kept = kept.slice(-200_000);
  }
  kept = [];
}

describe('shrinkYoungGeneration', () => {
  it('gives back the young generation of a thread that has gone idle', async () => {
    growYoungGeneration();
    const grown = youngGenerationMb();
    expect(grown).toBeGreaterThanOrEqual(8);
    const result = await shrinkYoungGeneration({ intervalMs: 5, maxCollections: 24 });
    expect(result.beforeMb).toBe(grown);
    expect(result.collections).toBeGreaterThan(0);
    expect(result.afterMb).toBeLessThanOrEqual(4);
    expect(youngGenerationMb()).toBeLessThanOrEqual(4);
  });

  it('does nothing when the young generation is already small or when told to stop', async () => {
    growYoungGeneration();
    const stopped = await shrinkYoungGeneration({ intervalMs: 1, stop: () => true });
    expect(stopped.collections).toBe(0);
    expect(stopped.afterMb).toBe(stopped.beforeMb);
    const small = await shrinkYoungGeneration({ targetMb: 1024 });
    expect(small.collections).toBe(0);
  });
});
