import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { auditRecords, type RecordAuditResult, type InvalidRecord } from '../../src/audit/auditRecords.js';
import { InputError, InvalidArgumentError, AbortError } from '../../src/errors.js';
import { createFakeAuditor } from './fakeAuditor.js';
import { TooManyInvalidRecordsError } from '../../src/audit/tooManyInvalidRecordsError.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-audit-records-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function collect(source: Parameters<typeof auditRecords>[0], options: Parameters<typeof auditRecords>[1] = {}) {
  const invalid: InvalidRecord[] = [];
  const warnings: string[] = [];
  const results: RecordAuditResult[] = [];
  for await (const r of auditRecords(source, {
    auditor: createFakeAuditor(),
    onInvalid: (i) => invalid.push(i),
    onWarning: (w) => warnings.push(w),
    ...options,
  })) results.push(r);
  return { results, invalid, warnings };
}
const errors = (results: RecordAuditResult[]) => results.filter((r) => 'error' in r) as Extract<RecordAuditResult, { error: string }>[];

describe('auditRecords: record shapes', () => {
  it('reads text, content, prompt/completion, chat (with parts) and system+messages records', async () => {
    const lines = [
      { text: 'He won the gold.' },
      { content: 'Nothing here.' },
      { prompt: 'Did he win?', completion: 'He did not win the gold.' },
      { messages: [{ role: 'user', content: [{ type: 'text', text: 'Tell me.' }] }, { role: 'assistant', content: 'He won gold.' }] },
      { system: 'This is false.', messages: [{ role: 'user', content: 'gold?' }] },
    ];
    const auditor = createFakeAuditor();
    const { results, invalid } = await collect(file('shapes.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n'), { auditor });
    expect(invalid).toEqual([]);
    expect(results.map((r) => ('verdict' in r ? r.verdict : r.error))).toEqual(['asserts', 'none', 'negated-locally', 'asserts', 'neglect-risk']);
    expect(results.map((r) => [r.record, r.line])).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
    // Chat messages are separate segments with their roles; a system field comes first.
    expect(auditor.calls[3]!.map((s) => [s.index, s.role, s.text])).toEqual([[0, 'user', 'Tell me.'], [1, 'assistant', 'He won gold.']]);
    expect(auditor.calls[4]!.map((s) => s.role)).toEqual(['system', 'user']);
    expect(auditor.calls[2]!.map((s) => s.role)).toEqual(['prompt', 'completion']);
  });

  it('uses getText for other shapes and keeps data when asked', async () => {
    const { results } = await collect([{ body: { words: 'gold medal' } }], {
      getText: (r) => (r as { body: { words: string } }).body.words,
      includeData: true,
    });
    expect(results[0]).toMatchObject({ verdict: 'asserts', data: { body: { words: 'gold medal' } }, source: '<iterable>', line: 1 });
  });
});

describe('auditRecords: bad input is reported with file, line and reason, and the scan goes on', () => {
  it('malformed JSON, unknown shape, empty record, bad chat message', async () => {
    const path = file(
      'bad.jsonl',
      ['{"text": "gold"}', '{"text": "unterminated', '{"foo": 1}', '{"text": "   "}', '{"messages": [{"content": "x"}]}', '[1,2]', '{"text": "gold again"}'].join('\n') + '\n',
    );
    const { results, invalid } = await collect(path);
    expect(results).toHaveLength(7);
    const bad = errors(results);
    expect(bad.map((b) => b.line)).toEqual([2, 3, 4, 5, 6]);
    expect(bad[0]!.error).toMatch(/^malformed JSON/);
    expect(bad[1]!.error).toMatch(/unknown record shape.*keys foo/);
    expect(bad[2]!.error).toMatch(/empty record/);
    expect(bad[3]).toMatchObject({ field: 'messages[0].role' });
    expect(bad[4]!.error).toMatch(/got an array/);
    expect(invalid.map((i) => [i.file, i.line, i.record])).toEqual(bad.map((b) => [path, b.line, b.record]));
    expect(results[6]).toMatchObject({ verdict: 'asserts', line: 7, record: 6 });
  });

  it('invalid UTF-8: names the line and the byte; other lines still audited', async () => {
    const path = file('utf8.jsonl', Buffer.concat([Buffer.from('{"text": "gold"}\n{"text": "ab'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"text": "ok é"}\n')]));
    const { results } = await collect(path);
    expect(errors(results)).toEqual([expect.objectContaining({ line: 2, error: 'invalid UTF-8 at byte 12 of the line' })]);
    expect(results).toHaveLength(3);
  });

  it('BOM and CRLF are handled and noted in warnings', async () => {
    const path = file('bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text": "gold"}\r\n{"text": "not gold."}\r\n')]));
    const { results, warnings } = await collect(path);
    expect(errors(results)).toEqual([]);
    expect(results.map((r) => ('verdict' in r ? r.verdict : ''))).toEqual(['asserts', 'negated-locally']);
    expect(warnings).toEqual([`${path}: starts with a UTF-8 byte order mark (ignored)`, `${path}: 2 line(s) end in CRLF (handled)`]);
  });

  it('a truncated last line is reported as such; a complete last line without newline is fine', async () => {
    const truncated = await collect(file('trunc.jsonl', '{"text": "gold"}\n{"text": "go'));
    expect(errors(truncated.results)).toEqual([expect.objectContaining({ line: 2 })]);
    expect(errors(truncated.results)[0]!.error).toMatch(/^truncated last line \(no newline at end of file\)/);
    const complete = await collect(file('nonl.jsonl', '{"text": "gold"}\n{"text": "gold"}'));
    expect(errors(complete.results)).toEqual([]);
    expect(complete.results).toHaveLength(2);
  });

  it('a line over maxLineBytes is skipped without buffering it, in one read or across many', async () => {
    const huge = 'x'.repeat(5000);
    const path = file('huge.jsonl', `{"text": "gold"}\n{"text": "${huge}"}\n{"text": "gold 3"}\n{"text": "${huge}`);
    // chunkBytes 64 forces the long line to span many reads (the streaming skip path).
    for (const chunkBytes of [64, 1 << 20]) {
      const { results } = await collect(path, { maxLineBytes: 1000, chunkBytes });
      expect(results.map((r) => r.line)).toEqual([1, 2, 3, 4]);
      const bad = errors(results);
      expect(bad.map((b) => b.line)).toEqual([2, 4]);
      // The reason names the limit, not an option: library and CLI users read the same report.
      expect(bad[0]!.error).toBe(`line is ${huge.length + 12} bytes, over the 1000-byte limit; skipped`);
      expect(bad[1]!.error).toMatch(/^line is (\d+ bytes, over the 1000-byte limit|over the 1000-byte limit and the input ends before its newline); skipped$/);
    }
  });

  it('empty file and missing path are file-level invalid entries; blank lines are not records', async () => {
    const empty = file('empty.jsonl', '');
    const blank = file('blank.jsonl', '\n\n  \n');
    const missing = join(dir, 'nope.jsonl');
    const { results, invalid, warnings } = await collect([empty, missing, blank, file('one.jsonl', '{"text":"gold"}\n')]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ record: 0, line: 1 });
    expect(invalid).toEqual([
      { file: empty, line: 0, reason: 'empty file: no records' },
      { file: missing, line: 0, reason: 'file not found' },
    ]);
    expect(warnings).toContain(`${blank}: no records (only blank lines)`);
  });

  it("onInvalid 'throw' raises an InputError naming file, line and field", async () => {
    const path = file('strict.jsonl', '{"text":"gold"}\n{"messages": [{"role": "user", "content": 5}]}\n');
    const run = collect(path, { onInvalid: 'throw' });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(`${path}:2: messages[0].content: expected a string or an array of content parts, got number`);
  });

  it('maxInvalid is an error budget', async () => {
    const path = file('budget.jsonl', 'x\ny\n{"text":"gold"}\nz\n');
    await expect(collect(path, { maxInvalid: 3 })).resolves.toBeDefined();
    await expect(collect(path, { maxInvalid: 2 })).rejects.toThrow(/:4: more than 2 invalid records \(maxInvalid\); last: malformed JSON/);
    const error = await collect(path, { maxInvalid: 2 }).then(() => undefined, (e: unknown) => e);
    expect(TooManyInvalidRecordsError.isInstance(error) && InputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ maxInvalid: 2, line: 4, last: { line: 4, reason: expect.stringMatching(/^malformed JSON/) } });
  });

  it('rejects bad options with InvalidArgumentError', () => {
    expect(() => auditRecords('x.jsonl', { workers: 0 })).toThrow(InvalidArgumentError);
    expect(() => auditRecords('x.jsonl', { onInvalid: 'explode' as 'skip' })).toThrow(/onInvalid/);
    expect(() => auditRecords(42 as unknown as string)).toThrow(InvalidArgumentError);
  });
});

describe('auditRecords: sources', () => {
  it('JSON arrays stream element by element with their lines', async () => {
    const path = file('arr.json', '[\n  {"text": "gold"},\n  {"text": "not gold."},\n  {"bad": 1},\n  {"text": "a \\"quoted\\" ] bracket, gold"}\n]\n');
    const { results } = await collect(path, { chunkBytes: 7 });
    expect(results.map((r) => [r.line, 'verdict' in r ? r.verdict : 'error'])).toEqual([[2, 'asserts'], [3, 'negated-locally'], [4, 'error'], [5, 'asserts']]);
  });

  it('JSON arrays: oversize elements are skipped, content after `]` and a non-array file are reported', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(3000) });
    const { results } = await collect(file('big.json', `[{"text": "gold"}, ${big},\n {"text": "not gold."}] trailing`), { maxLineBytes: 1000, chunkBytes: 512 });
    expect(results.map((r) => ('error' in r ? r.error.slice(0, 30) : r.verdict))).toEqual([
      'asserts',
      'record is 3011 bytes, over the',
      'negated-locally',
      'unexpected content after the c',
    ]);
    const notArray = await collect(file('obj.json', '  {"text": "gold"}\n'), { format: 'json' });
    expect(errors(notArray.results)).toEqual([expect.objectContaining({ line: 1, error: 'expected a JSON array (`[`) at the start of the file' })]);
  });

  it('a truncated JSON array reports the unfinished record', async () => {
    const { results } = await collect(file('cut.json', '[{"text": "gold"},\n {"text": "go'));
    expect(errors(results)).toEqual([expect.objectContaining({ line: 2, error: 'truncated JSON array: the file ends inside this record' })]);
  });

  it('plain text files are one document; format is sniffed for unknown extensions', async () => {
    const txt = await collect(file('doc.txt', 'Title\n\nHe won the gold.\n'));
    expect(txt.results).toEqual([expect.objectContaining({ line: 1, verdict: 'asserts' })]);
    const sniffed = await collect(file('data.dat', '{"text": "gold"}\n{"text": "x"}\n'));
    expect(sniffed.results).toHaveLength(2);
    const bad = await collect(file('bad.txt', Buffer.concat([Buffer.from('ok\nline two \xff'.slice(0, 12)), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])));
    expect(errors(bad.results)).toEqual([expect.objectContaining({ line: 2, error: 'invalid UTF-8 at line 2, byte 9 of that line' })]);
  });

  it('iterables of strings/records, async generators, Node Readables and web ReadableStreams', async () => {
    function* docs() {
      yield 'He won gold.';
      yield 'Unrelated.';
    }
    expect((await collect(docs())).results.map((r) => ('verdict' in r ? r.verdict : ''))).toEqual(['asserts', 'none']);
    async function* recs() {
      yield { text: 'gold' };
    }
    expect((await collect(recs())).results).toHaveLength(1);
    const node = Readable.from([Buffer.from('{"text": "go'), Buffer.from('ld"}\n{"text": "x"}\n')]);
    expect((await collect(node)).results.map((r) => r.line)).toEqual([1, 2]);
    const objects = Readable.from([{ text: 'gold' }, { text: 'x' }]);
    expect((await collect(objects)).results.map((r) => r.source)).toEqual(['<iterable>', '<iterable>'].map(() => '<stream>'));
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"text": "gold"}\n'));
        c.close();
      },
    });
    expect((await collect(web)).results).toEqual([expect.objectContaining({ verdict: 'asserts', source: '<stream>' })]);
  });

  it('reports progress and honours an AbortSignal', async () => {
    const path = file('many.jsonl', Array.from({ length: 2000 }, (_, i) => JSON.stringify({ text: `gold ${i}` })).join('\n') + '\n');
    const seen: number[] = [];
    await collect(path, { chunkBytes: 4096, onProgress: (p) => seen.push(p.bytes) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(statSync(path).size);
    const controller = new AbortController();
    let n = 0;
    const run = (async () => {
      for await (const _ of auditRecords(path, { auditor: createFakeAuditor(), chunkBytes: 4096, signal: controller.signal })) {
        if (++n === 10) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(AbortError);
  });

  it('workers > 1 falls back to one thread with a warning when no worker file exists (running from src)', async () => {
    const { results, warnings } = await collect(file('w.jsonl', '{"text":"gold"}\n'), { workers: 2 });
    expect(results).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/`workers` ignored/);
  });
});

describe('auditRecords / auditDataset: unknown options are refused, not ignored', () => {
  it('names the unknown option and points auditor options to `auditorOptions`', async () => {
    const { auditDataset } = await import('../../src/audit/auditDataset.js');
    const options = { decision: 'learned' } as unknown as Parameters<typeof auditDataset>[1];
    await expect(auditDataset('unused.jsonl', options)).rejects.toThrow(
      "Expected `decision` to be an option of `auditDataset` (unknown option; `decision` goes in `auditorOptions`), got `learned`",
    );
    const error = await auditDataset('unused.jsonl', options).catch((e: unknown) => e);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(() => auditRecords('unused.jsonl', { wrokers: 2 } as never)).toThrow('Expected `wrokers` to be an option of `auditRecords` (unknown option)');
  });

  it('accepts every documented option, including ones left undefined', async () => {
    const { auditDataset } = await import('../../src/audit/auditDataset.js');
    const dir = mkdtempSync(join(tmpdir(), 'nn-options-'));
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, '{"text":"Nothing to see."}\n');
    const report = await auditDataset(file, {
      claims: [{ id: 'c', statement: 'The moon is made of cheese.' }],
      auditorOptions: { decision: 'rules' },
      workers: 1,
      maxExamples: 1,
      onProgress: undefined,
      textField: undefined,
    });
    expect(report.totals.records).toBe(1);
  });
});
