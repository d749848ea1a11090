import { describe, expect, it } from 'vitest';
import { lazyPromise } from '../../src/util/lazyPromise.js';
import { hash32, mulberry32 } from '../../src/util/random.js';

describe('lazyPromise', () => {
  it('runs the factory once while it succeeds', async () => {
    let calls = 0;
    const get = lazyPromise(async () => ++calls);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('forgets a failure so the next call tries again', async () => {
    let calls = 0;
    const get = lazyPromise(async () => {
      calls++;
      if (calls === 1) throw new Error('no key yet');
      return 'client';
    });
    await expect(get()).rejects.toThrow('no key yet');
    expect(await get()).toBe('client');
    expect(await get()).toBe('client');
    expect(calls).toBe(2);
  });
});

describe('random', () => {
  it('is deterministic and stays the published stream', () => {
    expect(mulberry32(42)()).toBe(0.6011037519201636);
    const a = mulberry32(hash32('seed:doc-1'));
    const b = mulberry32(hash32('seed:doc-1'));
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    expect(hash32('seed:doc-1')).not.toBe(hash32('seed:doc-2'));
    expect(hash32('')).toBe(hash32(''));
  });
});
