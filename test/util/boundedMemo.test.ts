import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/util/boundedMemo.js';

describe('boundedMemo', () => {
  it('computes a key once, null results included, and starts over at its limit', () => {
    const calls: string[] = [];
    const memo = boundedMemo((key) => {
      calls.push(key);
      return key === 'none' ? null : key.length;
    }, 2);
    expect([memo('ab'), memo('ab'), memo('none'), memo('none')]).toEqual([2, 2, null, null]);
    expect(calls).toEqual(['ab', 'none']);
    memo('abc'); // the third key empties the map first
    memo('ab');
    expect(calls).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
