import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBatch } from '../../src/audit/auditBatch.js';
import type { LineChunkSettings } from '../../src/audit/auditLineChunk.js';
import { auditTextRows } from '../../src/audit/auditTextRows.js';
import { createChunkBuffers } from '../../src/audit/chunkBuffers.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { TextRowWriter } from '../../src/audit/textRowWriter.js';
import { loadClaims } from '../../src/claims/loadClaims.js';

const root = resolve(import.meta.dirname, '../..');

/** Rows of `columns` as one buffer of UTF-8 bytes and their spans, as the Parquet reader's arena holds them. */
function arena(rows: (string | null)[][]): { bytes: Buffer; spans: number[] } {
  const parts: Buffer[] = [];
  const spans: number[] = [];
  let used = 0;
  for (const row of rows) {
    for (const value of row) {
      if (value === null) spans.push(-1, -1);
      else {
        const part = Buffer.from(value);
        spans.push(used, used + part.length);
        parts.push(part);
        used += part.length;
      }
    }
  }
  return { bytes: Buffer.concat(parts), spans };
}

describe('TextRowWriter and auditTextRows', () => {
  it('audit text rows as the same rows handed on as values: same results, lines and byte counts', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const settings: LineChunkSettings = { maxLineBytes: 1 << 20, auditor: createAuditor({ claims }) };
    const columns = ['prompt', 'completion'];
    const rows: (string | null)[][] = [];
    for (let i = 0; i < 90; i++) {
      const text = i % 17 === 3 ? null : i % 3 === 0 ? `Row ${i}: Mount Vesuvius erupted in 2015. café 東京` : `Row ${i}: it is false that Mount Vesuvius erupted in 2015. "quoted" \\ \n new line`;
      rows.push([i % 5 === 1 ? null : `Prompt ${i % 4}`, text]);
    }
    const { bytes, spans } = arena(rows);
    const writer = new TextRowWriter(createChunkBuffers(1 << 16, 2), 41, columns, 'rows.parquet');
    rows.forEach((_, r) => expect(writer.add(bytes, spans, r * columns.length * 2)).toBe(true));
    const chunk = writer.done()!;
    expect(chunk).toMatchObject({ kind: 'chunk', firstLine: 41, lineCount: 90, rows: true, pooled: true, columns });

    const values = rows.map((row, r) => ({ line: 41 + r, bytes: -1, value: Object.fromEntries(columns.map((c, k) => [c, row[k]])) }));
    const expected = auditBatch({ kind: 'values', items: values, cloneable: true }, settings);
    const got = auditTextRows({ buffer: chunk.buffer, firstLine: chunk.firstLine, columns }, settings);
    expect(got).toEqual(expected);
    // The audit stage sends such chunks there, on any thread.
    expect(auditBatch(chunk, settings)).toEqual(expected);
    expect(expected.results.some((r) => 'verdict' in r && r.verdict !== 'none')).toBe(true);
  });

  it('names the file and row of a chunk cut inside a row (a reader bug: an internal error)', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const settings: LineChunkSettings = { maxLineBytes: 1 << 20, auditor: createAuditor({ claims }) };
    const { bytes, spans } = arena([['first row'], ['second row']]);
    const writer = new TextRowWriter(createChunkBuffers(1024, 1), 7, ['text'], 'rows.parquet');
    writer.add(bytes, spans, 0);
    writer.add(bytes, spans, 2);
    const chunk = writer.done()!;
    expect(chunk.file).toBe('rows.parquet');
    // The second row's length is there, its bytes are not.
    const cut = { ...chunk, buffer: chunk.buffer.subarray(0, chunk.buffer.length - 3) };
    expect(() => auditBatch(cut, settings)).toThrow(expect.objectContaining({ code: 'internal_error', message: 'rows.parquet:8: the text rows chunk ends inside this row' }));
  });

  it('writes nothing of a row that does not fit, and gives its buffer back when empty', () => {
    const buffers = createChunkBuffers(64, 2);
    const writer = new TextRowWriter(buffers, 1, ['text'], 'rows.parquet');
    const { bytes, spans } = arena([['a'.repeat(40)], ['b'.repeat(40)]]);
    expect(writer.add(bytes, spans, 0)).toBe(true);
    expect(writer.add(bytes, spans, 2)).toBe(false);
    const chunk = writer.done()!;
    expect(chunk.lineCount).toBe(1);
    expect(chunk.buffer.length).toBe(44);
    const empty = new TextRowWriter(buffers, 2, ['text'], 'rows.parquet');
    const memory = (empty as unknown as { buffer: Buffer }).buffer.buffer;
    expect(empty.done()).toBeUndefined();
    expect(buffers.take().buffer).toBe(memory);
  });
});

describe('TextRowWriter copies', () => {
  it('values that follow each other with their lengths before them (a PLAIN page) in one copy, others one by one', () => {
    // [len][bytes] x 3, then a value whose 4 bytes before it are not its length.
    const plain = Buffer.concat(['one', 'two!', 'three'].flatMap((v) => [Buffer.from([v.length, 0, 0, 0]), Buffer.from(v)]));
    const source = Buffer.concat([plain, Buffer.from('four')]);
    let copies = 0;
    const counted = new Proxy(source, {
      get(target, key) {
        if (key === 'subarray') return (a: number, b: number) => (copies++, target.subarray(a, b));
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const spans = [4, 7, 11, 15, 19, 24, 24, 28];
    const writer = new TextRowWriter(createChunkBuffers(1024, 1), 1, ['text'], 'rows.parquet');
    for (let r = 0; r < 4; r++) expect(writer.add(counted as unknown as Uint8Array, spans, 2 * r)).toBe(true);
    const chunk = writer.done()!;
    expect(copies).toBe(2);
    expect(Buffer.from(chunk.buffer)).toEqual(Buffer.concat([plain, Buffer.from([4, 0, 0, 0]), Buffer.from('four')]));
  });
});
