import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquetBatches } from '../../src/audit/readParquetBatches.js';
import { createChunkBuffers } from '../../src/audit/chunkBuffers.js';
import { InputError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-parquet-'));

async function readAll(path: string, options: { batchRecords?: number; fields?: { textField?: string; messagesField?: string } } = {}) {
  const rows: { line: number; value: unknown }[] = [];
  const sizes: number[] = [];
  for await (const batch of readParquetBatches(path, { label: path, ...options })) {
    if (batch.kind !== 'values') throw new Error('values expected');
    sizes.push(batch.items.length);
    for (const item of batch.items) rows.push({ line: item.line, value: 'value' in item ? item.value : item });
  }
  return { rows, sizes };
}

describe('readParquetBatches', () => {
  it('gives the values hyparquet reads, row group after row group, as fresh strings', async () => {
    // Repeated strings (dictionary pages), a null, non-ASCII text and a list of structs, over several row groups.
    const n = 50;
    const text = Array.from({ length: n }, (_, i) => (i === 7 ? null : i % 3 === 0 ? 'Mount Vesuvius erupted in 2015.' : `Row ${i}: café, naïve, 東京 ${'x'.repeat(i)}`));
    const messages = Array.from({ length: n }, (_, i) => [
      { role: 'user', content: `Question ${i % 4}` },
      { role: 'assistant', content: i % 5 === 0 ? '' : `Answer ${i} ✓` },
    ]);
    const path = join(dir, 'mixed.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }, { name: 'messages', data: messages }], rowGroupSize: 12 })));
    const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['text', 'messages'], compressors });

    const { rows, sizes } = await readAll(path, { batchRecords: 5 });
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.map((r) => r.value)).toEqual(expected);
    // Batches never span row groups (12 rows: 5 + 5 + 2).
    expect(sizes.slice(0, 4)).toEqual([5, 5, 2, 5]);
  });

  it('gives the same values for rows of text columns only (kept as offsets; snappy pages decompressed into one reused buffer)', async () => {
    const n = 70;
    const text = Array.from({ length: n }, (_, i) => (i % 11 === 3 ? null : i % 4 === 0 ? 'Mount Vesuvius erupted in 2015.' : `Row ${i}: "café" \\ 東京 ${'y'.repeat(i * 37)}`));
    const prompt = Array.from({ length: n }, (_, i) => (i % 6 === 1 ? null : `Prompt ${i % 5}`));
    const path = join(dir, 'flat.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }, { name: 'prompt', data: prompt, type: 'STRING' }], rowGroupSize: 16, pageSize: 512 })));
    const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['text', 'prompt'], compressors });
    expect(expected.some((row) => row.text === null)).toBe(true);
    const { rows } = await readAll(path, { batchRecords: 7 });
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.map((r) => r.value)).toEqual(expected);
    expect(rows.map((r) => Object.keys(r.value as object))).toEqual(expected.map((row) => Object.keys(row)));
  });

  it('reads only the chosen columns', async () => {
    const path = join(dir, 'chosen.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2] }, { name: 'body', data: ['a', 'b'] }] })));
    const { rows } = await readAll(path, { fields: { textField: 'body' } });
    expect(rows.map((r) => r.value)).toEqual([{ body: 'a' }, { body: 'b' }]);
  });

  it('with rowBuffers, writes rows of text columns as text rows (no strings made), which read back as hyparquet reads them', async () => {
    const n = 45;
    const text = Array.from({ length: n }, (_, i) => (i % 11 === 3 ? null : `Row ${i}: "café" \\ 東京\n${'z'.repeat(i % 7 === 2 ? 300 : i)}`));
    const prompt = Array.from({ length: n }, (_, i) => (i % 6 === 1 ? null : `Prompt ${i % 5}`));
    const path = join(dir, 'textrows.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }, { name: 'prompt', data: prompt, type: 'STRING' }], rowGroupSize: 16 })));
    const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['text', 'prompt'], compressors });
    const buffers = createChunkBuffers(300, 4);
    const rows: { line: number; value: unknown }[] = [];
    const kinds: string[] = [];
    for await (const batch of readParquetBatches(path, { label: path, rowBuffers: () => buffers })) {
      if (batch.kind === 'values') {
        kinds.push(`values ${batch.items.map((item) => item.line).join(' ')}`);
        for (const item of batch.items) rows.push({ line: item.line, value: 'value' in item ? item.value : item });
        continue;
      }
      expect(batch).toMatchObject({ rows: true, pooled: true, columns: ['text', 'prompt'] });
      const buf = Buffer.from(batch.buffer);
      let at = 0;
      for (let r = 0; r < batch.lineCount; r++) {
        const value: Record<string, string | null> = {};
        for (const column of batch.columns!) {
          const length = buf.readInt32LE(at);
          at += 4;
          value[column] = length < 0 ? null : buf.toString('utf8', at, (at += length));
        }
        rows.push({ line: batch.firstLine + r, value });
      }
      expect(at).toBe(buf.length);
      kinds.push(`rows ${batch.firstLine}+${batch.lineCount}`);
      buffers.give(batch.buffer.buffer);
    }
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.map((r) => r.value)).toEqual(expected);
    // Rows 3, 10, 17, 24, 31, 38, 45 are too long for a 300-byte buffer: values; chunks run across row groups.
    expect(kinds.filter((k) => k.startsWith('values'))).toEqual(['values 3', 'values 10', 'values 17', 'values 24', 'values 31', 'values 38', 'values 45']);
    expect(kinds.some((k) => k.startsWith('rows 11+'))).toBe(true);
  });

  it('with rowBuffers, writes rows as JSON lines into the shared buffers; rows JSON cannot carry, or too long for a buffer, go as values', async () => {
    const n = 40;
    // A BigInt (INT64) makes a row a value; the long rows do not fit a 256-byte buffer.
    const content = Array.from({ length: n }, (_, i) => (i % 9 === 4 ? `long ${'é'.repeat(200)}` : `Row ${i}: "quoted" \\ café\n東京`));
    const system = Array.from({ length: n }, (_, i) => (i % 13 === 5 ? BigInt(i) : null));
    const path = join(dir, 'rows.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'content', data: content }, { name: 'system', data: system, type: 'INT64' }], rowGroupSize: 16 })));
    const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['content', 'system'], compressors });
    const buffers = createChunkBuffers(256, 4);
    let asked = 0;
    const rows: { line: number; value: unknown }[] = [];
    const kinds: string[] = [];
    for await (const batch of readParquetBatches(path, { label: path, rowBuffers: () => (++asked < 10 ? buffers : undefined) })) {
      if (batch.kind === 'values') {
        kinds.push(`values ${batch.items.map((item) => item.line).join(' ')}`);
        for (const item of batch.items) rows.push({ line: item.line, value: 'value' in item ? item.value : item });
        continue;
      }
      expect(batch).toMatchObject({ rows: true, pooled: true, endsWithNewline: true });
      expect(buffers.owns(batch.buffer.buffer)).toBe(true);
      const lines = Buffer.from(batch.buffer).toString('utf8').split('\n').slice(0, -1);
      expect(lines).toHaveLength(batch.lineCount);
      kinds.push(`lines ${batch.firstLine}+${lines.length}`);
      lines.forEach((line, i) => rows.push({ line: batch.firstLine + i, value: JSON.parse(line) }));
      buffers.give(batch.buffer.buffer);
    }
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.map((r) => r.value)).toEqual(expected);
    // Rows 5, 14, 23, 32 are long, 6, 19, 32 hold a BigInt; lines run across row groups (16 rows), values do not.
    // Rows 5, 14, 23, 32 are long, 6, 19, 32 hold a BigInt; lines run across row groups (16 rows), values do not;
    // the 10th batch of lines finds no buffer: from row 28 on, values, as on one thread.
    expect(kinds).toEqual([
      'lines 1+4', 'values 5 6', 'lines 7+4', 'lines 11+3', 'values 14', 'lines 15+4', 'values 19', 'lines 20+3', 'values 23',
      'lines 24+4', 'values 28 29 30 31 32', 'values 33 34 35 36 37 38 39 40',
    ]);
  });

  it('reads a large row group of text columns a slice of pages at a time (sliceBytes), with the same rows, as text rows or values', async () => {
    const n = 600;
    const text = Array.from({ length: n }, (_, i) => (i % 97 === 5 ? null : `Row ${i}: "café" 東京 ${'s'.repeat(300 + (i % 41))}`));
    const path = join(dir, 'sliced.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }], rowGroupSize: 250, pageSize: 4096 })));
    const expected = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['text'], compressors });
    for (const withBuffers of [true, false]) {
      const buffers = createChunkBuffers(16 * 1024, 4);
      const read: number[] = [];
      const rows: unknown[] = [];
      const options = { label: path, sliceBytes: 16 * 1024, onRowsRead: (f: number) => read.push(Math.round(f * n)), ...(withBuffers ? { rowBuffers: () => buffers } : {}) };
      for await (const batch of readParquetBatches(path, options)) {
        if (batch.kind === 'values') {
          for (const item of batch.items) rows.push('value' in item ? item.value : item);
          continue;
        }
        const buf = Buffer.from(batch.buffer);
        for (let r = 0, at = 0; r < batch.lineCount; r++) {
          const length = buf.readInt32LE(at);
          at += 4;
          rows.push({ text: length < 0 ? null : buf.toString('utf8', at, (at += length)) });
        }
        buffers.give(batch.buffer.buffer);
      }
      expect(rows).toEqual(expected);
      // Row groups of 250 rows (about 87 KB of text) are read in slices: progress comes within them too.
      expect(read.length).toBeGreaterThan(6);
      expect(read.at(-1)).toBe(n);
      expect(read.filter((r) => r % 250 !== 0 && r !== n).length).toBeGreaterThan(3);
    }
  });

  it('asks rowBuffers whether the rows are text rows (every column read text or null), so that text rows may be written on one thread too', async () => {
    const textOnly = join(dir, 'asked-text.parquet');
    writeFileSync(textOnly, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: ['a', null, 'c'], type: 'STRING' }] })));
    const chat = join(dir, 'asked-chat.parquet');
    writeFileSync(chat, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'messages', data: [[{ role: 'user', content: 'a' }], [{ role: 'user', content: 'b' }]] }] })));
    for (const [path, expected] of [[textOnly, true], [chat, false]] as const) {
      const asked: boolean[] = [];
      for await (const batch of readParquetBatches(path, { label: path, rowBuffers: (textRows) => void asked.push(textRows) as undefined })) void batch;
      expect(asked.length).toBeGreaterThan(0);
      expect(new Set(asked)).toEqual(new Set([expected]));
    }
  });

  it('a damaged row group: the rows before it are handed on, then an input error naming the file; a cut file is one too', async () => {
    const text = Array.from({ length: 30 }, (_, i) => `Row ${i}: Mount Vesuvius ${'w'.repeat(i * 7)}`);
    const bytes = Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }], rowGroupSize: 10 }));
    // The second row group's page, overwritten past its header.
    const second = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)).row_groups[1]!.columns[0]!.meta_data!;
    const start = Number(second.data_page_offset);
    bytes.fill(0xff, start + 6, start + Number(second.total_compressed_size) - 2);
    const path = join(dir, 'damaged.parquet');
    writeFileSync(path, bytes);
    for (const rowBuffers of [undefined, () => createChunkBuffers(1 << 16, 2)]) {
      const lines: number[] = [];
      let fault: unknown;
      try {
        for await (const batch of readParquetBatches(path, { label: 'damaged.parquet', ...(rowBuffers ? { rowBuffers } : {}) })) {
          if (batch.kind === 'values') lines.push(...batch.items.map((item) => item.line));
          else if (batch.kind === 'chunk') lines.push(...Array.from({ length: batch.lineCount }, (_, i) => batch.firstLine + i));
        }
      } catch (error) {
        fault = error;
      }
      expect(lines).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(InputError.isInstance(fault)).toBe(true);
      expect(fault).toMatchObject({ file: 'damaged.parquet', message: expect.stringContaining('cannot read Parquet') });
    }
    const cut = join(dir, 'cut.parquet');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 100));
    await expect(readAll(cut)).rejects.toMatchObject({ file: cut, message: expect.stringContaining('cannot read Parquet') });
  });
});
