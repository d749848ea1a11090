import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCsvParser, parseCsv, readCsvTable } from '../../src/evaluate/index.js';
import { InputError } from '../../src/errors.js';

const SAMPLE =
  'id,text,json\r\n' +
  '1,"line one\nline two","{""answer"": ""yes""}"\r\n' +
  '2,plain,"a, b"\n' +
  '3,,""\n' +
  '4,"ends with quote """,x\n';

const EXPECTED = [
  { fields: ['id', 'text', 'json'], line: 1 },
  { fields: ['1', 'line one\nline two', '{"answer": "yes"}'], line: 2 },
  { fields: ['2', 'plain', 'a, b'], line: 4 },
  { fields: ['3', '', ''], line: 5 },
  { fields: ['4', 'ends with quote "', 'x'], line: 6 },
];

describe('parseCsv', () => {
  it('handles quoted newlines, doubled quotes, embedded JSON, empty fields, CRLF and LF', () => {
    const { records, issues } = parseCsv(SAMPLE);
    expect(records).toEqual(EXPECTED);
    expect(issues).toEqual([]);
  });

  it('gives the same records however the input is split into chunks', () => {
    for (let size = 1; size <= 7; size++) {
      const parser = createCsvParser();
      const records = [];
      for (let i = 0; i < SAMPLE.length; i += size) records.push(...parser.push(SAMPLE.slice(i, i + size)));
      records.push(...parser.end());
      expect(records, `chunk size ${size}`).toEqual(EXPECTED);
    }
    // and at every single split point in two chunks (a CRLF or a doubled quote split in half)
    for (let cut = 0; cut <= SAMPLE.length; cut++) {
      const parser = createCsvParser();
      const records = [...parser.push(SAMPLE.slice(0, cut)), ...parser.push(SAMPLE.slice(cut)), ...parser.end()];
      expect(records, `cut at ${cut}`).toEqual(EXPECTED);
    }
  });

  it('round-trips random fields (quotes, commas, CR, LF, JSON) under random chunking', () => {
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', '{', '}', ':', 'é', '—', '\\'];
    const field = () => Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const quote = (f: string) => (/[",\r\n]/.test(f) || (f === '' && rand() < 0.5) ? `"${f.replace(/"/g, '""')}"` : f);
    for (let round = 0; round < 200; round++) {
      const width = 1 + Math.floor(rand() * 5);
      const rows = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => Array.from({ length: width }, field));
      // a row of one empty field is a blank line, which CSV cannot tell from nothing; keep rows non-blank
      for (const row of rows) if (row.length === 1 && row[0] === '') row[0] = 'x';
      const eol = rand() < 0.5 ? '\n' : '\r\n';
      const text = rows.map((r) => r.map(quote).join(',')).join(eol) + (rand() < 0.5 ? eol : '');
      const parser = createCsvParser();
      const got: string[][] = [];
      for (let i = 0; i < text.length; ) {
        const size = 1 + Math.floor(rand() * 9);
        for (const rec of parser.push(text.slice(i, i + size))) got.push(rec.fields);
        i += size;
      }
      for (const rec of parser.end()) got.push(rec.fields);
      expect(got, JSON.stringify(text)).toEqual(rows);
      expect(parser.issues).toEqual([]);
    }
  });

  it('accepts a last record without a newline and ignores blank lines', () => {
    expect(parseCsv('a,b\n\n1,2').records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 3 },
    ]);
  });

  it('reports stray quotes, text after a closing quote and an unterminated field', () => {
    expect(parseCsv('a,b"c\n').issues).toEqual([{ line: 1, message: 'stray quote in unquoted field 2' }]);
    const after = parseCsv('"x"y,z\n');
    expect(after.records[0]!.fields).toEqual(['xy', 'z']);
    expect(after.issues[0]!.message).toMatch(/text after a closing quote/);
    expect(parseCsv('a,"open\nmore').issues).toEqual([{ line: 1, message: 'unterminated quoted field at end of input' }]);
  });
});

describe('readCsvTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-csv-'));

  it('reads rows as objects, skips a BOM, and lists malformed rows with their line', async () => {
    const file = join(dir, 't.csv');
    writeFileSync(file, '\uFEFFq,a\n1,"multi\nline"\n2,too,many\n3,"x"oops\n4,ok\n');
    const table = await readCsvTable(file);
    expect(table.header).toEqual(['q', 'a']);
    expect(table.rows).toEqual([
      { values: { q: '1', a: 'multi\nline' }, line: 2 },
      { values: { q: '4', a: 'ok' }, line: 6 },
    ]);
    expect(table.malformed).toEqual([
      { line: 4, reason: 'expected 2 fields (header), got 3' },
      { line: 5, reason: 'text after a closing quote in field 2' },
    ]);
  });

  it('throws an InputError naming the file for an empty file', async () => {
    const file = join(dir, 'empty.csv');
    writeFileSync(file, '');
    await expect(readCsvTable(file)).rejects.toThrow(InputError);
    await expect(readCsvTable(file)).rejects.toThrow(/empty\.csv:1: empty CSV/);
  });
});
