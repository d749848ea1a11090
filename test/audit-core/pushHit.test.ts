import { describe, expect, it } from 'vitest';
import { pushHit } from '../../src/audit/scan/pushHit.js';

describe('pushHit', () => {
  it('appends hits in order and doubles the arrays when they are full', () => {
    const sink = { pat: new Int32Array(1), start: new Int32Array(1), end: new Int32Array(1), count: 0 };
    pushHit(sink, 7, 0, 5);
    pushHit(sink, 8, 6, 9);
    pushHit(sink, 9, 10, 12);
    expect(sink.count).toBe(3);
    expect(sink.pat.length).toBe(4);
    expect([...sink.pat.subarray(0, 3)]).toEqual([7, 8, 9]);
    expect([...sink.start.subarray(0, 3)]).toEqual([0, 6, 10]);
    expect([...sink.end.subarray(0, 3)]).toEqual([5, 9, 12]);
  });
});
