import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import xxhash from 'xxhash-wasm';
import { describe, expect, it } from 'vitest';
import { decompressZstd } from '../../src/audit/decompressZstd.js';

/** A zstd frame of raw blocks with a window of 2^(10 + exponent) bytes and its XXH64 checksum. */
async function rawFrame(data: Uint8Array, blockBytes: number, windowExponent: number): Promise<Buffer> {
  const { h64Raw } = await xxhash();
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, windowExponent << 3])];
  for (let at = 0; at < data.length; at += blockBytes) {
    const block = data.subarray(at, at + blockBytes);
    const header = (block.length << 3) | (at + blockBytes >= data.length ? 1 : 0);
    parts.push(Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]), Buffer.from(block));
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32LE(Number(h64Raw(data) & 0xffffffffn));
  parts.push(checksum);
  return Buffer.concat(parts);
}

/** Decodes in 64 KiB reads, copying each chunk (a chunk is valid until the next is asked for). */
async function decode(bytes: Uint8Array): Promise<{ out: Buffer; buffers: Set<ArrayBufferLike>; chunks: number }> {
  const reads = [];
  for (let at = 0; at < bytes.length; at += 65536) reads.push(bytes.subarray(at, at + 65536));
  const copies: Buffer[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const chunk of decompressZstd(Readable.from(reads), 'x.zst')) {
    buffers.add(chunk.buffer);
    copies.push(Buffer.from(chunk));
  }
  return { out: Buffer.concat(copies), buffers, chunks: copies.length };
}

/** Text that compresses with back-references: JSON lines drawn from a small vocabulary. */
function jsonLines(bytes: number): Buffer {
  const words = ['the', 'volcano', 'never', 'erupted', 'in', '2024', 'Mount', 'Vesuvius', 'is', 'not', 'active', 'report'];
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = Array.from({ length: 8 + (i % 23) }, (_, k) => words[(i * 7 + k * k) % words.length]).join(' ');
    const line = JSON.stringify({ id: i, text });
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(lines.join('\n') + '\n');
}

describe('decompressZstd', () => {
  it('decodes every block into one reused window, moving it when the output passes its room', async () => {
    // 2.5 MiB through a 1 KiB window: the 1 MiB of room past the window fills and is moved twice.
    const data = Buffer.alloc(2.5 * 2 ** 20);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    const { out, buffers, chunks } = await decode(await rawFrame(data, 1000, 0));
    expect(out.equals(data)).toBe(true);
    expect(chunks).toBe(Math.ceil(data.length / 1000));
    // fzstd's streaming decoder returned a fresh buffer per block.
    expect(buffers.size).toBe(1);
  });

  it.skipIf(spawnSync('zstd', ['--version']).status !== 0)('keeps the window that compressed blocks refer back to across moves', async () => {
    const data = jsonLines(3 * 2 ** 20);
    // A 64 KiB window (and 64 KiB blocks): matches reach back across block boundaries and across the moves.
    const compressed = spawnSync('zstd', ['-q', '-c', '--zstd=wlog=16', '-'], { input: data, maxBuffer: 64 * 2 ** 20 });
    expect(compressed.status).toBe(0);
    const { out, buffers } = await decode(compressed.stdout);
    expect(out.equals(data)).toBe(true);
    expect(buffers.size).toBe(1);
  });
});
