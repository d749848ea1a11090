import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { estimateTextBytes } from '../../src/audit/estimateTextBytes.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-estimate-'));
const text = '{"text": "The committee met on Tuesday to review the budget."}\n'.repeat(2000);
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('estimateTextBytes', () => {
  it('reads plain files by size and gzip by its trailer', async () => {
    expect(await estimateTextBytes(file('a.jsonl', text))).toBe(text.length);
    const gz = gzipSync(text);
    // The trailer says the decoded size, whatever the compression ratio (here ≈ 60×).
    expect(await estimateTextBytes(file('a.jsonl.gz', gz))).toBe(text.length);
    // Several members: the trailer is only the last's; below the stored size, 4× the stored size.
    const tiny = gzipSync('{}\n');
    expect(await estimateTextBytes(file('b.jsonl.gz', Buffer.concat([gz, tiny])))).toBe(4 * (gz.length + tiny.length));
    expect(await estimateTextBytes(join(dir, 'missing.jsonl'))).toBe(0);
  });

  it('reads the content size of a zstd frame header, when it has one', async () => {
    // Magic, then a single-segment descriptor with a 4-byte content size (RFC 8878, 3.1.1.1), then a stand-in body.
    const header = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0, 0, 0, 0]);
    header.writeUInt32LE(5_000_000, 5);
    expect(await estimateTextBytes(file('a.jsonl.zst', Buffer.concat([header, Buffer.alloc(1000)])))).toBe(5_000_000);
    // No content size (a streamed frame): 4× the stored size.
    const streamed = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58]);
    expect(await estimateTextBytes(file('b.jsonl.zst', Buffer.concat([streamed, Buffer.alloc(994)])))).toBe(4000);
  });

  it('reads the uncompressed row-group sizes of a Parquet footer', async () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Record ${i}: the committee met on Tuesday to review the budget.`);
    const bytes = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: texts }], rowGroupSize: 1000 }));
    const estimate = await estimateTextBytes(file('a.parquet', bytes));
    const chars = texts.reduce((n, t) => n + t.length, 0);
    expect(estimate).toBeGreaterThan(chars);
    expect(estimate).toBeLessThan(2 * chars);
    // A footer longer than the first read (1,500 row groups): read in two.
    const many = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: texts }], rowGroupSize: 2 }));
    expect(many.readUInt32LE(many.length - 8)).toBeGreaterThan(64 * 1024);
    expect(await estimateTextBytes(file('many.parquet', many))).toBeGreaterThan(chars);
    // A damaged footer (its length past the file's start): 4× the stored size, as for a stream.
    const damaged = Buffer.from(bytes);
    damaged.writeUInt32LE(bytes.length, bytes.length - 8);
    expect(await estimateTextBytes(file('b.parquet', damaged))).toBe(4 * bytes.length);
  });
});
