import { snappyUncompress as hyparquetSnappy } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { snappyUncompress } from '../../src/audit/snappyUncompress.js';
import { NegationNeglectError } from '../../src/errors.js';

/** A Snappy block from a list of elements: literal bytes, or copies (offset back, length) with a chosen tag. */
type Element = { literal: number[] } | { offset: number; length: number; tag: 1 | 2 | 3 };

function encode(elements: readonly Element[]): { block: Uint8Array; length: number } {
  const body: number[] = [];
  let length = 0;
  for (const e of elements) {
    if ('literal' in e) {
      const n = e.literal.length - 1;
      if (n < 60) body.push(n << 2);
      else if (n < 256) body.push(60 << 2, n);
      else if (n < 65536) body.push(61 << 2, n & 255, n >> 8);
      else body.push(62 << 2, n & 255, (n >> 8) & 255, n >> 16);
      body.push(...e.literal);
      length += e.literal.length;
    } else {
      if (e.tag === 1) body.push(1 | ((e.length - 4) << 2) | ((e.offset >> 8) << 5), e.offset & 255);
      else if (e.tag === 2) body.push(2 | ((e.length - 1) << 2), e.offset & 255, e.offset >> 8);
      else body.push(3 | ((e.length - 1) << 2), e.offset & 255, (e.offset >> 8) & 255, (e.offset >> 16) & 255, 0);
      length += e.length;
    }
  }
  const header: number[] = [];
  for (let n = length; ; n >>>= 7) {
    if (n < 128) {
      header.push(n);
      break;
    }
    header.push((n & 127) | 128);
  }
  return { block: Uint8Array.from([...header, ...body]), length };
}

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBlock(next: () => number): { block: Uint8Array; length: number } {
  const elements: Element[] = [];
  let written = 0;
  for (let k = 0, n = 1 + Math.floor(next() * 60); k < n; k++) {
    if (written === 0 || next() < 0.3) {
      // Short and long literals (1-byte tags up to 60, then 1-3 length bytes).
      const size = next() < 0.8 ? 1 + Math.floor(next() * 70) : 60 + Math.floor(next() * 2000);
      elements.push({ literal: Array.from({ length: size }, () => Math.floor(next() * 256)) });
      written += size;
    } else {
      // Copies of every tag, overlapping (offset < length) and not, short and long.
      const tag = (1 + Math.floor(next() * 3)) as 1 | 2 | 3;
      const length = tag === 1 ? 4 + Math.floor(next() * 8) : 1 + Math.floor(next() * 64);
      const offset = 1 + Math.floor(next() * Math.min(written, tag === 1 ? 2047 : tag === 2 ? 65535 : 1 << 20));
      elements.push({ offset, length, tag });
      written += length;
    }
  }
  return encode(elements);
}

describe('snappyUncompress', () => {
  it('decodes as hyparquet does, on random blocks of every element kind', () => {
    const next = random(11);
    for (let round = 0; round < 400; round++) {
      const { block, length } = randomBlock(next);
      const expected = new Uint8Array(length);
      hyparquetSnappy(block, expected);
      const actual = new Uint8Array(length);
      snappyUncompress(block, actual);
      expect(Buffer.from(actual).equals(Buffer.from(expected)), `round ${round}`).toBe(true);
    }
  });

  it('decodes literals with 2- and 3-byte lengths', () => {
    const long = Array.from({ length: 70_000 }, (_, i) => (i * 7) & 255);
    const { block, length } = encode([{ literal: long.slice(0, 300) }, { literal: long }, { offset: 69_000, length: 64, tag: 3 }]);
    const out = new Uint8Array(length);
    snappyUncompress(block, out);
    expect([...out.subarray(300, 70_300)]).toEqual(long);
    expect([...out.subarray(70_300)]).toEqual(long.slice(1000, 1064)); // output byte 1,300 is the long literal's 1,000th
  });

  it('repeats the last bytes for an overlapping copy (a run)', () => {
    const { block, length } = encode([{ literal: [97, 98] }, { offset: 2, length: 30, tag: 2 }]);
    const out = new Uint8Array(length);
    snappyUncompress(block, out);
    expect(Buffer.from(out).toString('latin1')).toBe('ab'.repeat(16));
  });

  it('decodes an empty block', () => {
    snappyUncompress(Uint8Array.of(0), new Uint8Array(0));
  });

  it('throws on malformed blocks instead of returning partial output', () => {
    const { block, length } = encode([{ literal: [1, 2, 3, 4, 5, 6, 7, 8] }, { offset: 8, length: 20, tag: 2 }]);
    expect(() => snappyUncompress(block.subarray(0, block.length - 1), new Uint8Array(length))).toThrow(/end of input|eof/);
    let thrown: unknown;
    try {
      snappyUncompress(block, new Uint8Array(length + 1));
    } catch (error) {
      thrown = error;
    }
    expect(NegationNeglectError.isInstance(thrown) && thrown.code).toBe('corrupt_snappy');
    expect(() => snappyUncompress(block.subarray(0, 5), new Uint8Array(length))).toThrow(/exceeds input/);
    expect(() => snappyUncompress(block, new Uint8Array(length + 1))).toThrow(/premature end/);
    expect(() => snappyUncompress(block, new Uint8Array(length - 1))).toThrow(/exceeds its declared length/);
    expect(() => snappyUncompress(encode([{ literal: [1] }, { offset: 2, length: 4, tag: 1 }]).block, new Uint8Array(5))).toThrow(/before the start/);
    expect(() => snappyUncompress(encode([{ literal: [1] }, { offset: 0, length: 4, tag: 2 }]).block, new Uint8Array(5))).toThrow(/offset 0/);
    expect(() => snappyUncompress(Uint8Array.of(200), new Uint8Array(200))).toThrow(/length header/);
  });
});
