import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { autoThreadCount } from '../../src/audit/autoThreadCount.js';

describe('autoThreadCount', () => {
  it('is one thread per core, at most 4', () => {
    expect(autoThreadCount(1)).toBe(1);
    expect(autoThreadCount(2)).toBe(2);
    expect(autoThreadCount(4)).toBe(4);
    expect(autoThreadCount(64)).toBe(4);
    expect(autoThreadCount()).toBe(Math.min(4, availableParallelism()));
  });
});
