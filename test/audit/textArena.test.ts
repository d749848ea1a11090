import { describe, expect, it } from 'vitest';
import { TextArena } from '../../src/audit/textArena.js';

describe('TextArena', () => {
  it('gives the span of a value where it lies in a page decompressed into the arena, and copies other values', () => {
    const arena = new TextArena();
    const page = arena.reserve(11);
    page.set(Buffer.from('hello world'));
    const inPage = arena.add(page.subarray(6, 11));
    expect([inPage.start, inPage.end]).toEqual([6, 11]);
    const copied = arena.add(Buffer.from('café'));
    expect([copied.start, copied.end]).toEqual([11, 16]);
    // A page larger than the arena grows it; earlier spans still read the same text.
    const big = arena.reserve(3 * 1024 * 1024);
    big.fill(120);
    const far = arena.add(big.subarray(10, 20));
    expect(arena.text(inPage.start, inPage.end)).toBe('world');
    expect(arena.text(copied.start, copied.end)).toBe('café');
    expect(arena.text(far.start, far.end)).toBe('x'.repeat(10));
  });
});
