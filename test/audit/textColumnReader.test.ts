import { parquetMetadata, parquetRead, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { TextArena } from '../../src/audit/textArena.js';
import { TextColumnReader } from '../../src/audit/textColumnReader.js';

/** An AsyncBuffer over bytes in memory. */
function memoryFile(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { byteLength: buffer.byteLength, slice: (start: number, end?: number) => buffer.slice(start, end) };
}

describe('TextColumnReader', () => {
  it("gives each row group's values as spans into the arena, row by row, column by column (-1: null), as hyparquet reads them", async () => {
    const n = 60;
    // Repeated values (dictionary pages), nulls, non-ASCII text, several pages per row group, two columns.
    const text = Array.from({ length: n }, (_, i) => (i % 11 === 3 ? null : i % 4 === 0 ? 'Mount Vesuvius erupted in 2015.' : `Row ${i}: "café" 東京 ${'y'.repeat(i * 13)}`));
    const prompt = Array.from({ length: n }, (_, i) => (i % 6 === 1 ? null : `Prompt ${i % 5}`));
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }, { name: 'prompt', data: prompt, type: 'STRING' }], rowGroupSize: 25, pageSize: 256 });
    const file = memoryFile(new Uint8Array(bytes));
    const metadata = parquetMetadata(file.slice(0));
    const columns = ['prompt', 'text'];
    const expected = await parquetReadObjects({ file, columns, compressors });
    const arena = new TextArena();
    const reader = new TextColumnReader(arena);
    const rows: Record<string, string | null>[] = [];
    let spans: Int32Array = new Int32Array(0);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      arena.reset();
      spans = await reader.read(parquetRead, { file, metadata, columns, rowStart, rowEnd, compressors }, spans);
      for (let r = 0; r < rowEnd - rowStart; r++) {
        const row: Record<string, string | null> = {};
        columns.forEach((column, c) => {
          const at = (r * columns.length + c) * 2;
          row[column] = spans[at] === -1 ? null : arena.bytes.toString('utf8', spans[at], spans[at + 1]);
        });
        rows.push(row);
      }
      rowStart = rowEnd;
    }
    expect(metadata.row_groups).toHaveLength(3);
    expect(rows).toEqual(expected);
  });

  it('fails when a column holds anything but the numbers its parser gave, or leaves a row without a value', async () => {
    const bytes = parquetWriteBuffer({ columnData: [{ name: 'text', data: ['a', 'b', 'c'], type: 'STRING' }] });
    const file = memoryFile(new Uint8Array(bytes));
    const metadata = parquetMetadata(file.slice(0));
    const request = { file, metadata, columns: ['text'], rowStart: 0, rowEnd: 3, compressors };
    const reader = new TextColumnReader(new TextArena());
    // A read that hands on strings (as hyparquet's own parser makes them) is refused, not taken for nulls.
    const strings: typeof parquetRead = (options) => parquetRead({ ...options, parsers: {} });
    await expect(reader.read(strings, request, new Int32Array(0))).rejects.toThrow('row 1, column `text`: a string where text was expected');
    // A read that hands on fewer rows than asked for.
    const short: typeof parquetRead = (options) => parquetRead({ ...options, onChunk: (chunk) => options.onChunk!({ ...chunk, columnData: chunk.columnData.slice(0, 2) }) });
    await expect(reader.read(short, request, new Int32Array(0))).rejects.toThrow('row 3, column `text`: no value read');
  });
});
