import { describe, expect, it } from 'vitest';
import { createChunkBuffers } from '../../src/audit/chunkBuffers.js';

describe('createChunkBuffers', () => {
  it('hands out shared buffers of its size and reuses only its own, up to its limit', () => {
    const buffers = createChunkBuffers(16, 1);
    const a = buffers.take();
    const b = buffers.take();
    expect(a.length).toBe(16);
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(a.buffer).not.toBe(b.buffer);
    expect(buffers.owns(a.buffer)).toBe(true);
    expect(buffers.owns(new SharedArrayBuffer(16))).toBe(false);
    buffers.give(new SharedArrayBuffer(16)); // not one of its buffers: ignored
    buffers.give(a.subarray(4).buffer);
    buffers.give(a.buffer); // given twice: kept once
    buffers.give(b.buffer); // over the limit: dropped
    expect(buffers.made).toBe(2);
    expect(buffers.take().buffer).toBe(a.buffer);
    expect(buffers.made).toBe(2); // reused, not made
    expect(buffers.take().buffer).not.toBe(b.buffer);
    expect(buffers.made).toBe(3);
  });
});
