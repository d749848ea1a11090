import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, readOffsetIndex } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { rowGroupSlices } from '../../src/audit/rowGroupSlices.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-slices-'));

/** One row group of `n` distinct texts of about 500 bytes (PLAIN pages of about `pageSize` bytes). */
async function write(name: string, columnData: Parameters<typeof parquetWriteBuffer>[0]['columnData'], pageSize = 8192) {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData, rowGroupSize: 100_000, pageSize })));
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  return { file, group: metadata.row_groups[0]! };
}
const texts = (n: number) => Array.from({ length: n }, (_, i) => `Row ${i}: Mount Vesuvius did not erupt. ${'v'.repeat(440 + (i % 37))}`);

describe('rowGroupSlices', () => {
  it('cuts a row group where a page starts, once each slice holds sliceBytes of text', async () => {
    const { file, group } = await write('pages.parquet', [{ name: 'text', data: texts(400), type: 'STRING' }]);
    const meta = group.columns[0]!;
    const index = await file.slice(Number(meta.offset_index_offset), Number(meta.offset_index_offset) + meta.offset_index_length!);
    const pageStarts = readOffsetIndex({ view: new DataView(index), offset: 0 }).page_locations.map((p) => Number(p.first_row_index));
    expect(pageStarts.length).toBeGreaterThan(10);

    const ends = await rowGroupSlices(file, group, ['text'], 32 * 1024);
    expect(ends.length).toBeGreaterThan(3);
    expect(ends.at(-1)).toBe(400);
    const bytesPerRow = Number(meta.meta_data!.total_uncompressed_size) / 400;
    let from = 0;
    for (const end of ends.slice(0, -1)) {
      expect(pageStarts).toContain(end);
      expect((end - from) * bytesPerRow).toBeGreaterThanOrEqual(32 * 1024);
      from = end;
    }
  });

  it('reads a row group whole when it holds under two slices, or a column read has no offset index or has a dictionary', async () => {
    const plain = await write('small.parquet', [{ name: 'text', data: texts(400), type: 'STRING' }]);
    expect(await rowGroupSlices(plain.file, plain.group, ['text'], 1 << 20)).toEqual([400]);
    // About one and a half slices: one cut would leave a short second read, so none is made.
    const total = Number(plain.group.columns[0]!.meta_data!.total_uncompressed_size);
    expect(await rowGroupSlices(plain.file, plain.group, ['text'], Math.ceil(total / 1.5))).toEqual([400]);
    const unindexed = await write('unindexed.parquet', [{ name: 'text', data: texts(400), type: 'STRING', offsetIndex: false }]);
    expect(await rowGroupSlices(unindexed.file, unindexed.group, ['text'], 32 * 1024)).toEqual([400]);
    // 400 rows of 4 repeated texts: dictionary-encoded.
    const repeated = await write('dictionary.parquet', [{ name: 'text', data: texts(400).map((_, i) => texts(4)[i % 4]!), type: 'STRING' }], 64);
    expect(repeated.group.columns[0]!.meta_data!.encodings.some((e) => e.includes('DICTIONARY'))).toBe(true);
    expect(await rowGroupSlices(repeated.file, repeated.group, ['text'], 1024)).toEqual([400]);
  });
});
