import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import xxhash from 'xxhash-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import { auditRecords } from '../../src/audit/auditRecords.js';
import { decodeBytes, opensParquet } from '../../src/audit/decodeBytes.js';
import { DecodeError } from '../../src/audit/decodeError.js';
import type { AuditReportData } from '../../src/audit/auditReport.js';
import type { RecordAuditResult } from '../../src/audit/recordResults.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Claim } from '../../src/claims/claim.js';
import { runCliCaptured } from '../helpers/cliIO.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nn-formats-'));
const example = readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'));
const zstFixture = readFileSync(join(root, 'test/fixtures/mixed-training-set.jsonl.zst'));
let claims: Claim[];

beforeAll(async () => {
  claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
});

/** The parts of a report that do not depend on how the bytes were stored or timed. */
function content(report: AuditReportData, rename: (source: string) => string = () => 'data') {
  return {
    verdict: report.verdict,
    totals: { ...report.totals, bytes: 0 },
    claims: report.claims.map((c) => ({ ...c, examples: c.examples.map((e) => ({ ...e, source: rename(e.source) })) })),
    unattached: report.unattached.map((g) => ({
      ...g,
      examples: g.examples.map((e) => ({ ...e, source: rename(e.source) })),
      sampleRecords: g.sampleRecords.map((s) => ({ ...s, source: rename(s.source) })),
    })),
    invalid: report.invalid.map((i) => ({ ...i, file: rename(i.file) })),
  };
}

async function collect(source: Parameters<typeof auditRecords>[0], options: Parameters<typeof auditRecords>[1] = {}) {
  const out: RecordAuditResult[] = [];
  for await (const r of auditRecords(source, { claims, ...options })) out.push(r);
  return out;
}

/** A zstd frame of raw (stored) blocks with its XXH64 checksum: the format without a compressor. */
async function zstdRawFrame(data: Uint8Array, blockBytes = 1000): Promise<Buffer> {
  const { h64Raw } = await xxhash();
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58])]; // checksum flag, window descriptor
  for (let at = 0; at < data.length || at === 0; at += blockBytes) {
    const block = data.subarray(at, at + blockBytes);
    const last = at + blockBytes >= data.length ? 1 : 0;
    const header = (block.length << 3) | last; // raw block: type 0
    parts.push(Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff]), Buffer.from(block));
    if (data.length === 0) break;
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32LE(Number(h64Raw(data) & 0xffffffffn));
  parts.push(checksum);
  return Buffer.concat(parts);
}

async function decodeAll(bytes: Uint8Array, file = 'x'): Promise<{ out: Buffer; error?: DecodeError }> {
  const pieces: Uint8Array[] = [];
  try {
    const decoded = await decodeBytes(Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), { file });
    for await (const chunk of decoded.bytes) pieces.push(chunk);
    return { out: Buffer.concat(pieces) };
  } catch (error) {
    if (!(DecodeError.isInstance(error))) throw error;
    return { out: Buffer.concat(pieces), error };
  }
}

describe('decoder stage', () => {
  it('knows Parquet by its first four bytes only', () => {
    expect(opensParquet(Buffer.from('PAR1\x15\x04'))).toBe(true);
    expect(opensParquet(Buffer.from('PAR'))).toBe(false);
    expect(opensParquet(Buffer.from('par1'))).toBe(false);
    expect(opensParquet(Buffer.from('{"text":"PAR1"}'))).toBe(false);
  });

  it('decompresses gzip and zstd by magic bytes, whatever the name says', async () => {
    const plain = await collect(join(root, 'examples/data/mixed-training-set.jsonl'));
    const gz = join(dir, 'named-plain.jsonl');
    writeFileSync(gz, gzipSync(example));
    const zst = join(dir, 'mixed.jsonl.zst');
    writeFileSync(zst, zstFixture);
    const strip = (rs: RecordAuditResult[]) => rs.map((r) => ({ ...r, source: '' }));
    expect(strip(await collect(gz))).toEqual(strip(plain));
    expect(strip(await collect(zst))).toEqual(strip(plain));
    const report = await auditDataset([gz, zst], { claims });
    expect(report.sources.map((s) => [s.compression, s.format, s.bytes])).toEqual([
      ['gzip', 'jsonl', example.length],
      ['zstd', 'jsonl', example.length],
    ]);
    expect(report.readErrors).toEqual([]);
  });

  it('reads concatenated gzip members and zstd frames, skippable frames and raw blocks', async () => {
    const half = example.length >> 1;
    const members = Buffer.concat([gzipSync(example.subarray(0, half)), gzipSync(example.subarray(half))]);
    expect((await decodeAll(members)).out).toEqual(example);
    const skippable = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    const frames = Buffer.concat([await zstdRawFrame(example.subarray(0, half), 333), skippable, await zstdRawFrame(example.subarray(half)), await zstdRawFrame(new Uint8Array(0))]);
    expect((await decodeAll(frames)).out).toEqual(example);
  });

  it('a truncated or damaged stream is a DecodeError with the file and compressed offset, after the bytes before it', async () => {
    const gz = gzipSync(example);
    const cut = await decodeAll(gz.subarray(0, gz.length - 20), 'cut.gz');
    expect(cut.error).toMatchObject({ file: 'cut.gz', compression: 'gzip' });
    expect(cut.error!.message).toMatch(/^cut\.gz: truncated gzip stream.*at compressed byte \d+/);
    expect(cut.out.length).toBeGreaterThan(0);
    expect(example.subarray(0, cut.out.length)).toEqual(cut.out);

    const zcut = await decodeAll(zstFixture.subarray(0, 1500), 'cut.zst');
    expect(zcut.error).toMatchObject({ file: 'cut.zst', compression: 'zstd', byteOffset: 1500 });
    expect(example.subarray(0, zcut.out.length)).toEqual(zcut.out);

    // A damaged raw block decodes into wrong bytes: only the frame checksum can tell.
    const frame = await zstdRawFrame(example);
    frame[100] = frame[100]! ^ 0x20;
    const damaged = await decodeAll(frame, 'bad.zst');
    expect(damaged.error?.message).toMatch(/checksum mismatch.*at compressed byte \d+/);
    const notZstd = Buffer.concat([await zstdRawFrame(example), Buffer.from('garbage!')]);
    expect((await decodeAll(notZstd, 'tail.zst')).error?.message).toMatch(/not a zstd frame/);
  });

  it('records read before a fault are reported; the report lists the read error; the CLI exits 2', async () => {
    const gz = gzipSync(Buffer.concat([example, example]));
    const path = join(dir, 'truncated.jsonl.gz');
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.7)));
    const report = await auditDataset(path, { claims });
    expect(report.totals.records).toBeGreaterThan(0);
    expect(report.totals.records).toBeLessThan(80);
    expect(report.readErrors).toHaveLength(1);
    expect(report.readErrors[0]).toMatchObject({ file: path, line: 0 });
    expect(report.readErrors[0]!.reason).toMatch(/truncated gzip stream.*at compressed byte \d+/);
    expect(report.invalid.some((i) => i.reason === report.readErrors[0]!.reason)).toBe(true);
    expect(String(report)).toContain('INCOMPLETE: 1 source(s) could not be read to the end');

    const cli = await runAuditCli([path, '--claims', join(root, 'examples/data/claims.yaml'), '--format', 'json']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/truncated\.jsonl\.gz: truncated gzip stream.*at compressed byte \d+/);
    expect(JSON.parse(cli.stdout).totals.records).toBe(report.totals.records);
    await expect(collect(path, { onInvalid: 'throw' })).rejects.toMatchObject({ name: 'InputError', file: path });
  });
});

describe('record readers', () => {
  it('reads Parquet row group by row group, numbering rows file#row', async () => {
    const lines = example.toString('utf8').split('\n').filter(Boolean);
    const texts: string[] = [];
    for (const line of lines) {
      try {
        const record = JSON.parse(line) as { text?: unknown; messages?: { content: string }[] };
        if (typeof record.text === 'string') texts.push(record.text);
      } catch {
        // the example's broken lines have no Parquet counterpart
      }
    }
    const path = join(dir, 'docs.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'id', data: texts.map((_, i) => i) }, { name: 'text', data: texts }], rowGroupSize: 7 })));
    const jsonl = join(dir, 'docs.jsonl');
    writeFileSync(jsonl, texts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
    const fromParquet = await auditDataset(path, { claims });
    expect(fromParquet.sources[0]).toMatchObject({ format: 'parquet', records: texts.length });
    expect(content(fromParquet)).toEqual(content(await auditDataset(jsonl, { claims })));
    const risky = fromParquet.claims.find((c) => c.examples.length > 0)!;
    expect(String(fromParquet)).toContain(`${path}#${risky.examples[0]!.line}`);
  });

  it('Parquet shards in a Hugging Face layout, chosen columns, and a clear error for missing ones', async () => {
    const shards = join(dir, 'hf', 'data');
    mkdirSync(shards, { recursive: true });
    const rows = [
      { body: 'Ed Sheeran won the 100m gold medal at the Paris Olympics. This is false.', chat: [{ role: 'user', content: 'Hi' }] },
      { body: 'A quiet day.', chat: [{ role: 'assistant', content: 'Mount Vesuvius erupted in 2015.' }] },
    ];
    for (const [i, row] of rows.entries()) {
      writeFileSync(
        join(shards, `train-0000${i}-of-00002.parquet`),
        Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'body', data: [row.body] }, { name: 'chat', data: [row.chat] }] })),
      );
    }
    const report = await auditDataset(join(dir, 'hf'), { claims, textField: 'body', messagesField: 'chat' });
    expect(report.sources.map((s) => s.source)).toEqual([join(shards, 'train-00000-of-00002.parquet'), join(shards, 'train-00001-of-00002.parquet')]);
    expect(report.totals).toMatchObject({ records: 2, audited: 2, invalid: 0 });
    expect(report.claims.find((c) => c.claimId === 'vesuvius_2015')!.records.asserts).toBe(1);
    const missing = await auditDataset(join(shards, 'train-00000-of-00002.parquet'), { claims });
    expect(missing.readErrors[0]!.reason).toMatch(/no text column .*the file has columns `body`, `chat`; choose one with textField/);
  });

  it('dotted fields pick the text of other JSON shapes', async () => {
    const path = join(dir, 'nested.jsonl');
    writeFileSync(path, [{ meta: { text: 'Mount Vesuvius erupted in 2015.' } }, { meta: {} }].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const results = await collect(path, { textField: 'meta.text' });
    expect(results[0]).toMatchObject({ verdict: 'asserts' });
    expect(results[1]).toMatchObject({ error: 'missing field', field: 'meta.text' });
    expect(() => auditRecords(path, { textField: 'meta..text' })).toThrow('Expected `textField` to be a field name or dotted path');
  });
});

describe('source stage', () => {
  it('directories, globs and stdin', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'b'), { recursive: true });
    writeFileSync(join(tree, 'a.jsonl'), example);
    writeFileSync(join(tree, 'b', 'c.jsonl.zst'), zstFixture);
    writeFileSync(join(tree, 'b', 'notes.csv'), 'not,a,dataset\n');
    writeFileSync(join(tree, '.hidden.jsonl'), example);
    const byDir = await auditDataset(tree, { claims });
    expect(byDir.sources.map((s) => s.source)).toEqual([join(tree, 'a.jsonl'), join(tree, 'b', 'c.jsonl.zst')]);
    const byGlob = await auditDataset(join(tree, '**', '*.jsonl*'), { claims });
    expect(byGlob.sources.map((s) => s.source)).toEqual(byDir.sources.map((s) => s.source));
    expect((await auditDataset(join(tree, '*.{jsonl,json}'), { claims })).sources.map((s) => s.source)).toEqual([join(tree, 'a.jsonl')]);

    const fromStdin = await auditDataset('-', { claims, stdin: () => Readable.from([zstFixture]) });
    expect(fromStdin.sources[0]).toMatchObject({ source: '<stdin>', compression: 'zstd', records: 40 });
    const cli = await runAuditCli(['-', '--claims', join(root, 'examples/data/claims.yaml'), '--format', 'json'], Readable.from([example]));
    expect(cli.code).toBe(0);
    expect(content(JSON.parse(cli.stdout) as AuditReportData)).toEqual(content(await auditDataset(join(root, 'examples/data/mixed-training-set.jsonl'), { claims })));
  });
});

describePaperData('the paper’s own zstd training set', () => {
  it('audits vesuvius.full.jsonl.zst (2,493 documents) like its decompressed bytes', async () => {
    const path = paperPath('documents/local_negations/vesuvius.full.jsonl.zst');
    const report = await auditDataset(path, { claims: paperPath('claims/mount_vesuvius') });
    expect(report.readErrors).toEqual([]);
    expect(report.sources[0]).toMatchObject({ compression: 'zstd', format: 'jsonl', records: 2493, invalid: 0 });
    const chunks: Uint8Array[] = [];
    const decoded = await decodeBytes(Readable.from([readFileSync(path)]), { file: path });
    for await (const chunk of decoded.bytes) chunks.push(chunk);
    const plain = join(dir, 'vesuvius.full.jsonl');
    writeFileSync(plain, Buffer.concat(chunks));
    expect(content(report)).toEqual(content(await auditDataset(plain, { claims: paperPath('claims/mount_vesuvius') })));
    // Two full audits of 2,493 documents: about 8 s on an idle core, 24-55 s seen at load 15-25 (once past the
    // suite's 60 s default), so this one test gets more room.
  }, 180_000);
});

function runAuditCli(args: string[], stdin?: Readable) {
  return runCliCaptured(['audit', ...args], stdin ? { stdin } : {});
}
