import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquetBatches } from '../../src/audit/readParquetBatches.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-parquet-'));

async function readAll(path: string, options: { batchRecords?: number; fields?: { textField?: string; messagesField?: string } } = {}) {
  const rows: { line: number; value: unknown }[] = [];
  const sizes: number[] = [];
  for await (const batch of readParquetBatches(path, { label: path, ...options })) {
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

  it('reads only the chosen columns', async () => {
    const path = join(dir, 'chosen.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2] }, { name: 'body', data: ['a', 'b'] }] })));
    const { rows } = await readAll(path, { fields: { textField: 'body' } });
    expect(rows.map((r) => r.value)).toEqual([{ body: 'a' }, { body: 'b' }]);
  });
});
