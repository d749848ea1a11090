import { describe, expect, it } from 'vitest';
import { zstdContentSize, zstdFrameHeader, zstdFrameKind } from '../../src/audit/zstdFrameHeader.js';

const MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

describe('zstdFrameHeader', () => {
  it('tells data frames from skippable ones by the magic number', () => {
    expect(zstdFrameKind(Uint8Array.of(...MAGIC))).toBe('frame');
    expect(zstdFrameKind(Uint8Array.of(0x5f, 0x2a, 0x4d, 0x18))).toBe('skippable');
    expect(zstdFrameKind(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00))).toBeUndefined();
    expect(zstdFrameKind(Uint8Array.of(...MAGIC.slice(0, 3)))).toBeUndefined();
  });

  it('lays out the header from its descriptor (window byte, dictionary id, content size)', () => {
    // Not single-segment: a window byte; dictionary id of 2 bytes; 4-byte content size; checksum.
    expect(zstdFrameHeader(0x80 | 0x04 | 0x02)).toEqual({ size: 12, contentSizeAt: 8, contentSizeWidth: 4, checksum: true });
    // Single segment, size flag 0: a 1-byte content size and no window byte.
    expect(zstdFrameHeader(0x20)).toEqual({ size: 6, contentSizeAt: 5, contentSizeWidth: 1, checksum: false });
    // Neither: no content size at all.
    expect(zstdFrameHeader(0x00).contentSizeWidth).toBe(0);
  });

  it('reads the declared content size of every width', () => {
    expect(zstdContentSize(Uint8Array.of(...MAGIC, 0x20, 42))).toBe(42);
    // Two bytes store the size less 256.
    expect(zstdContentSize(Uint8Array.of(...MAGIC, 0x60, 0x00, 0x01, 0))).toBe(256 + 256);
    const eight = Uint8Array.of(...MAGIC, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0);
    new DataView(eight.buffer).setBigUint64(5, 6_000_000_000n, true);
    expect(zstdContentSize(eight)).toBe(6_000_000_000);
    // No size, a cut header, or not zstd.
    expect(zstdContentSize(Uint8Array.of(...MAGIC, 0x00, 0x58))).toBeUndefined();
    expect(zstdContentSize(Uint8Array.of(...MAGIC, 0x80, 0x58, 1))).toBeUndefined();
    expect(zstdContentSize(Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x20, 42))).toBeUndefined();
  });
});
