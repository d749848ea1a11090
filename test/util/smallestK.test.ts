import { describe, expect, it } from 'vitest';
import { smallestK } from '../../src/util/smallestK.js';

/** A seeded sequence, so a failure repeats. */
function numbers(count: number, seed: number): number[] {
  let state = seed;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    out.push(state % 1000); // many ties, as the review's tiers give
  }
  return out;
}

describe('smallestK', () => {
  it('keeps the k lowest priorities of any sequence, as sorting all of them would', () => {
    for (const [count, k, seed] of [[0, 3, 1], [5, 10, 2], [1000, 1, 3], [1000, 37, 4], [5000, 999, 5]] as const) {
      const offered = numbers(count, seed);
      const kept = smallestK<number>(k);
      offered.forEach((priority, index) => kept.add(priority, index));
      const expected = [...offered].sort((a, b) => a - b).slice(0, k);
      expect(kept.sorted().map((item) => item.priority)).toEqual(expected);
      expect(kept.size).toBe(Math.min(k, count));
      // Each kept value is the index its priority was offered at.
      for (const item of kept.sorted()) expect(offered[item.value]).toBe(item.priority);
    }
  });

  it('admits only what add would keep: anything while not full, then only a lower priority than the highest kept', () => {
    const kept = smallestK<string>(2);
    expect(kept.admits(5)).toBe(true);
    kept.add(5, 'five');
    kept.add(3, 'three');
    expect(kept.admits(5)).toBe(false); // a tie with the highest kept is not better
    expect(kept.admits(4)).toBe(true);
    kept.add(9, 'nine'); // not admitted: ignored
    expect(kept.sorted().map((item) => item.value)).toEqual(['three', 'five']);
    kept.add(1, 'one');
    expect(kept.sorted().map((item) => item.value)).toEqual(['one', 'three']);
  });
});
