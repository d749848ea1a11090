import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDataset, auditDatasetHere, type AuditDatasetOptions } from '../../src/audit/auditDataset.js';
import { TooManyInvalidRecordsError } from '../../src/audit/tooManyInvalidRecordsError.js';
import { wantsMemoryWorker } from '../../src/audit/auditInWorker.js';
import { normalizeDatasetSource, type DatasetInput } from '../../src/audit/datasetSource.js';
import { AbortError, InputError } from '../../src/errors.js';
import type { AuditProgress } from '../../src/audit/recordResults.js';

// The memory worker runs built JavaScript; from src we bundle its entry once into a temp dir.
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nn-audit-in-worker-'));
const memoryWorkerFile = join(dir, 'auditHostWorker.cjs');
const dataPath = join(dir, 'data.jsonl');
const claims = join(root, 'examples/data/claims.yaml');

beforeAll(async () => {
  await build({ entryPoints: [join(root, 'src/audit/auditHostWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: memoryWorkerFile, logLevel: 'silent' });
  // 20 copies of the example (with its bad lines and a CRLF line): several chunks at chunkBytes 4096.
  writeFileSync(dataPath, readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8').repeat(20) + '{"text": "ends in CRLF"}\r\n');
});

/** A run's report (without its timing) and what its callbacks saw. */
async function run(options: AuditDatasetOptions, path = dataPath) {
  const progress: AuditProgress[] = [];
  const warnings: string[] = [];
  const report = await auditDataset(path, { claims, chunkBytes: 4096, workers: 1, onProgress: (p) => progress.push(p), onWarning: (w) => warnings.push(w), ...options });
  const { timing: _timing, ...data } = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  return { report, data, progress, warnings };
}

describe('auditDataset in its memory worker', () => {
  it('gives the same report, progress and warnings as on this thread', async () => {
    const here = await run({ memoryWorker: false });
    const there = await run({ memoryWorker: true, memoryWorkerFile });
    expect(there.data).toEqual(here.data);
    expect(there.progress).toEqual(here.progress);
    expect(there.progress.length).toBeGreaterThan(5);
    expect(there.warnings).toEqual(here.warnings);
    expect(there.warnings.some((w) => w.includes('CRLF'))).toBe(true);
    expect(String(there.report)).toContain('CRLF');
  });

  it('audits a directory or a glob as this thread does (listed once, before the sizes are read)', async () => {
    const shards = join(dir, 'shards');
    mkdirSync(shards, { recursive: true });
    const lines = readFileSync(dataPath, 'utf8').split('\n');
    writeFileSync(join(shards, 'b.jsonl'), lines.slice(0, 40).join('\n'));
    writeFileSync(join(shards, 'a.jsonl'), lines.slice(40).join('\n'));
    for (const source of [shards, join(shards, '*.jsonl')]) {
      const here = await run({ memoryWorker: false }, source);
      const there = await run({ memoryWorker: true, memoryWorkerFile }, source);
      expect(there.data).toEqual(here.data);
      expect((there.data.sources as { source: string }[]).map((s) => s.source)).toEqual([join(shards, 'a.jsonl'), join(shards, 'b.jsonl')]);
    }
  });

  it('throws the same errors, with their class and location', async () => {
    const thrown = async (options: AuditDatasetOptions) => {
      try {
        await run(options);
      } catch (error) {
        return error as Error;
      }
      throw new Error('no error');
    };
    const here = await thrown({ memoryWorker: false, onInvalid: 'throw' });
    const there = await thrown({ memoryWorker: true, memoryWorkerFile, onInvalid: 'throw' });
    expect(InputError.isInstance(there)).toBe(true);
    expect(there).toBeInstanceOf(InputError);
    expect(there.message).toBe(here.message);
    expect({ ...there }).toEqual({ ...here });
    const budget = await thrown({ memoryWorker: true, memoryWorkerFile, maxInvalid: 2 });
    expect(TooManyInvalidRecordsError.isInstance(budget)).toBe(true);
    expect((budget as TooManyInvalidRecordsError).last).toEqual((await thrown({ memoryWorker: false, maxInvalid: 2 }) as TooManyInvalidRecordsError).last);
    // A callback that throws stops the audit with its own error.
    const mine = new Error('stop here');
    await expect(run({ memoryWorker: true, memoryWorkerFile, onProgress: () => { throw mine; } })).rejects.toBe(mine);
  });

  it('passes an abort on and rejects as on this thread', async () => {
    const controller = new AbortController();
    const reason = new AbortError('enough');
    const audit = run({ memoryWorker: true, memoryWorkerFile, signal: controller.signal, onProgress: (p) => p.records > 100 && controller.abort(reason) });
    await expect(audit).rejects.toBe(reason);
  });

  it('audits again on this thread when the worker runs out of heap, repeating no progress or warning', async () => {
    // One record of 9 MB of text: more than a 16 MiB heap can audit.
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, `{"text": "ends in CRLF"}\r\n${JSON.stringify({ text: 'The committee met on Tuesday. '.repeat(300_000) })}\n${readFileSync(dataPath, 'utf8')}`);
    const options = { chunkBytes: 2 ** 20 };
    const here = await run({ ...options, memoryWorker: false }, big);
    const there = await run({ ...options, memoryWorker: true, memoryWorkerFile, memoryWorkerHeapMb: 16 }, big);
    const note = there.warnings.find((w) => w.includes('MiB of heap'));
    expect(note).toMatch(/more than its worker thread's 16 MiB of heap .*audited again on the calling thread/);
    expect(there.warnings.filter((w) => w !== note)).toEqual(here.warnings);
    expect(there.progress).toEqual(here.progress);
    expect(there.data).toEqual({ ...here.data, warnings: [...(here.data.warnings as string[]), note] });
  });

  it("'auto' starts it only for much text, in a process whose heap limit is V8's default", async () => {
    const inputs = normalizeDatasetSource(dataPath);
    expect(await wantsMemoryWorker(inputs, {})).toBe(false);
    expect(await wantsMemoryWorker(inputs, { memoryWorker: true })).toBe(true);
    // A gzip file whose trailer says 1 GB of text (only the magic and the trailer are read).
    const gz = Buffer.alloc(64);
    gz.set([0x1f, 0x8b, 8]);
    gz.writeUInt32LE(1_000_000_000, 60);
    writeFileSync(join(dir, 'huge.jsonl.gz'), gz);
    expect(await wantsMemoryWorker(normalizeDatasetSource(join(dir, 'huge.jsonl.gz')), {})).toBe(true);
  });

  it('keeps the first bytes the estimate read, and the audit takes the format from them without reading them again', async () => {
    const inputs = normalizeDatasetSource(dataPath);
    expect(await wantsMemoryWorker(inputs, {})).toBe(false);
    const head = inputs[0]!.kind === 'file' ? inputs[0]!.head : undefined;
    expect(Buffer.from(head ?? [])).toEqual(readFileSync(dataPath).subarray(0, 18));
    // A head that says Parquet (not what the file holds): the audit trusts it.
    const [file] = normalizeDatasetSource(dataPath);
    const data = await auditDatasetHere([{ ...file!, head: Buffer.from('PAR1') } as DatasetInput], { claims, workers: 1 });
    expect(data.sources[0]).toMatchObject({ format: 'parquet' });
    expect((await auditDatasetHere(normalizeDatasetSource(dataPath), { claims, workers: 1 })).sources[0]).toMatchObject({ format: 'jsonl' });
  });
});
