import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, type RecordAuditResult } from '../../src/audit/auditRecords.js';
import { auditDataset } from '../../src/audit/auditDataset.js';
import { createChunkWorkerPool, releaseAuditWorkers } from '../../src/audit/auditWorkerPool.js';
import { parseOutcome, type BatchOutcome, type RunnableBatch } from '../../src/audit/batchRunner.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Claim } from '../../src/claims/claim.js';

// Workers run built JavaScript; from src we bundle the worker entry once into a temp dir.
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nn-audit-workers-'));
const workerFile = join(dir, 'auditWorker.cjs');
const dataPath = join(dir, 'data.jsonl');
let claims: Claim[];

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src/audit/auditWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: workerFile,
    logLevel: 'silent',
  });
  claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
  const example = (await import('node:fs')).readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8');
  // 50 copies of the example (with its bad lines): many chunks at chunkBytes 4096.
  writeFileSync(dataPath, example.repeat(50));
});

async function collect(options: Parameters<typeof auditRecords>[1]) {
  const out: RecordAuditResult[] = [];
  for await (const r of auditRecords(dataPath, { claims, chunkBytes: 4096, ...options })) out.push(r);
  return out;
}

describe('auditRecords with workers', () => {
  it('gives the same results, in the same order, as one thread', async () => {
    const warnings: string[] = [];
    const single = await collect({});
    const parallel = await collect({ workers: 2, workerFile, awaitWorkers: true, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(parallel).toHaveLength(2000);
    expect(parallel).toEqual(single);
    expect(parallel.filter((r) => 'error' in r)).toHaveLength(150);
    // Without waiting, the first chunks are audited on this thread while the workers start.
    expect(await collect({ workers: 2, workerFile })).toEqual(single);
  });

  it('stops with an AbortError and shuts the workers down', async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = (async () => {
      for await (const _ of auditRecords(dataPath, { claims, workers: 2, workerFile, awaitWorkers: true, chunkBytes: 4096, signal: controller.signal })) {
        if (++seen === 100) controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(100);
    // A worker interrupted mid-audit is stopped, not kept for the next audit.
    expect(await releaseAuditWorkers()).toBe(0);
  });

  it('keeps a worker for the next audit in the process, which rebuilds its auditor for other claims', async () => {
    await releaseAuditWorkers();
    const run = (some: Claim[], workers: number) => auditDataset(dataPath, { claims: some, workers, workerFile, awaitWorkers: true, chunkBytes: 4096, maxExamples: 20 });
    const strip = (r: Awaited<ReturnType<typeof run>>) => ({ claims: r.claims, totals: r.totals, invalid: r.invalid, unattached: r.unattached });
    const first = await run(claims, 2);
    expect(first.timing.workers).toBe(2);
    // The kept worker audits for other claims, then for the first ones again: each equals one thread.
    const fewer = claims.slice(0, 1);
    const second = await run(fewer, 2);
    expect(second.timing.workers).toBe(2);
    expect(strip(second)).toEqual(strip(await run(fewer, 1)));
    const third = await run(claims, 2);
    expect(strip(third)).toEqual(strip(first));
    expect(strip(third)).toEqual(strip(await run(claims, 1)));
    expect(await releaseAuditWorkers()).toBe(1);
    expect(await releaseAuditWorkers()).toBe(0);
  });

  it('auditDataset reports the workers used; a broken worker file falls back with a warning', async () => {
    const report = await auditDataset(dataPath, { claims, workers: 2, workerFile, awaitWorkers: true, chunkBytes: 4096 });
    expect(report.timing.workers).toBe(2);
    expect(report.totals.records).toBe(2000);
    // Workers send chunk aggregates; merged, they must give exactly the single-thread report
    // (many examples, so they come from many chunks and prove the record offsets).
    const many = { claims, chunkBytes: 4096, maxExamples: 60 };
    const merged = await auditDataset(dataPath, { ...many, workers: 2, workerFile, awaitWorkers: true });
    expect(merged.timing.workers).toBe(2);
    const single = await auditDataset(dataPath, many);
    expect(merged.claims).toEqual(single.claims);
    expect(merged.unattached).toEqual(single.unattached);
    expect(merged.invalid).toEqual(single.invalid);
    expect(merged.totals).toEqual(single.totals);
    expect(merged.sources).toEqual(single.sources);
    expect(merged.claims.some((c) => c.examples.some((e) => e.record > 1000))).toBe(true);
    // With a per-record callback every record still arrives, in order.
    const seen: number[] = [];
    await auditDataset(dataPath, { claims, workers: 2, workerFile, awaitWorkers: true, chunkBytes: 4096, onRecord: (r) => void seen.push(r.record) });
    expect(seen).toEqual([...Array(2000).keys()]);
    const bad = join(dir, 'broken.cjs');
    writeFileSync(bad, 'throw new Error("boom")');
    const fallback = await auditDataset(dataPath, { claims, workers: 2, workerFile: bad, awaitWorkers: true, chunkBytes: 4096 });
    expect(fallback.timing.workers).toBe(1);
    expect(fallback.warnings.join('\n')).toMatch(/`workers` ignored: audit workers could not start \(boom\)/);
    expect(fallback.totals).toEqual(report.totals);
  });

  it('reuses read buffers only once a batch is audited: plain and gzip files on two threads equal a copied stream on one', async () => {
    const bytes = (await import('node:fs')).readFileSync(dataPath);
    const gzPath = join(dir, 'data.jsonl.gz');
    writeFileSync(gzPath, (await import('node:zlib')).gzipSync(bytes));
    // A stream's chunks are not the reader's buffers: nothing of it is reused (the reference).
    const { Readable } = await import('node:stream');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3000) }, (_, i) => Buffer.from(bytes.subarray(i * 3000, (i + 1) * 3000)));
    const reference: RecordAuditResult[] = [];
    for await (const r of auditRecords(Readable.from(chunks, { objectMode: false }), { claims, chunkBytes: 4096 })) reference.push({ ...r, source: dataPath });
    expect(reference).toHaveLength(2000);
    for (const [path, workers] of [[dataPath, 2], [gzPath, 2], [gzPath, 1]] as const) {
      const out: RecordAuditResult[] = [];
      for await (const r of auditRecords(path, { claims, chunkBytes: 4096, workers, workerFile })) out.push({ ...r, source: dataPath });
      expect(out).toEqual(reference);
    }
  });

  it('Parquet rows cross to workers as JSON lines in the shared buffers: records, data and report equal one thread', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const lines = (await import('node:fs')).readFileSync(dataPath, 'utf8').split('\n').filter(Boolean);
    // The example's records as one text column (null for its bad lines: invalid records), with a row
    // longer than a buffer (chunkBytes), which goes as a value.
    const text = lines.map((line, i) => {
      if (i === 777) return `${'Mount Vesuvius erupted in 2015. '.repeat(200)}`;
      try {
        const record = JSON.parse(line) as { text?: string; messages?: { content: string }[] };
        return record.text ?? record.messages?.map((m) => m.content).join('\n\n') ?? null;
      } catch {
        return null;
      }
    });
    const path = join(dir, 'data.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }], rowGroupSize: 300 })));
    const records = async (workers: number) => {
      const out: RecordAuditResult[] = [];
      for await (const r of auditRecords(path, { claims, chunkBytes: 4096, includeData: true, workers, workerFile, awaitWorkers: true })) out.push(r);
      return out;
    };
    const single = await records(1);
    expect(single).toHaveLength(2000);
    expect(single.filter((r) => 'error' in r).length).toBeGreaterThan(0);
    expect(await records(2)).toEqual(single);
    const many = { claims, chunkBytes: 4096, maxExamples: 60 };
    const merged = await auditDataset(path, { ...many, workers: 2, workerFile, awaitWorkers: true });
    expect(merged.timing.workers).toBe(2);
    const one = await auditDataset(path, many);
    expect(merged.claims).toEqual(one.claims);
    expect(merged.invalid).toEqual(one.invalid);
    expect(merged.totals).toEqual(one.totals);
    expect(merged.sources).toEqual(one.sources);
  });

  it('sees a worker\'s finished batches after each batch it hands on: a Parquet row group of many batches reuses a few buffers', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const { runAudit } = await import('../../src/audit/runAudit.js');
    const { normalizeDatasetSource } = await import('../../src/audit/datasetSource.js');
    const example = (await import('node:fs')).readFileSync(join(root, 'examples/data/mixed-training-set.jsonl'), 'utf8');
    const texts = example.split('\n').flatMap((line) => {
      try {
        const text = (JSON.parse(line) as { text?: unknown }).text;
        return typeof text === 'string' ? [text] : [];
      } catch {
        return [];
      }
    });
    // One row group of 4,000 rows: about a hundred batches of 4 KiB, all decoded before any is handed on.
    const text = Array.from({ length: 4000 }, (_, i) => texts[i % texts.length]!);
    const path = join(dir, 'one-group.parquet');
    writeFileSync(path, Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }], rowGroupSize: 4000 })));
    const audit = async (awaitWorkers: boolean) => {
      let buffers: { made: number } | undefined;
      let threads = 0;
      let records = 0;
      const hooks = { onBuffers: (b: { made: number }) => (buffers = b), onWorkersUsed: (n: number) => (threads = n) };
      for await (const _ of runAudit(normalizeDatasetSource(path), { claims, chunkBytes: 4096, workers: 2, workerFile, awaitWorkers }, hooks)) records++;
      expect(records).toBe(4000);
      return { made: buffers!.made, threads };
    };
    // The first audit starts the worker (and keeps it); the second gets it ready at once and hands it
    // batches from the start, while this thread audits the others.
    await releaseAuditWorkers();
    await audit(true);
    const { made, threads } = await audit(false);
    expect(threads).toBe(2);
    // The worker holds at most 3 batches queued and one begun, and this thread fills one more: without a
    // turn of its event loop after each batch, the worker's finished batches waited for the row group's end (9-11 buffers).
    expect(made).toBeLessThanOrEqual(6);
  });

  it('hands a starting worker its first batches once its init is posted; audits them here if it never starts', async () => {
    // A worker whose start takes 300 ms: the batches below are all asked for before it is ready.
    const slowFile = join(dir, 'slowWorker.cjs');
    writeFileSync(slowFile, `const end = Date.now() + 300; while (Date.now() < end); require(${JSON.stringify(workerFile)});`);
    const failingFile = join(dir, 'failingWorker.cjs');
    writeFileSync(failingFile, 'const end = Date.now() + 300; while (Date.now() < end); process.exit(3);');
    // 500 lines, over 64 KiB: a batch this thread's speed is timed on.
    const lines = (await import('node:fs')).readFileSync(dataPath, 'utf8').split('\n').slice(0, 500).join('\n') + '\n';
    const batch: RunnableBatch = { kind: 'chunk', buffer: Buffer.from(lines), firstLine: 1, lineCount: 500, endsWithNewline: true };
    expect(batch.buffer.byteLength).toBeGreaterThan(64 * 1024);
    const run = async (file: string, batchMs = 120) => {
      let inlined = 0;
      // A slow thread (its code not yet optimised, as in a fresh process): a batch takes it 120 ms.
      const inline = (): BatchOutcome => {
        const end = performance.now() + batchMs;
        while (performance.now() < end);
        return (inlined++, { serialized: '"inline"' });
      };
      const { pool } = createChunkWorkerPool({ size: 1, callerShare: 3, claims, maxLineBytes: 1 << 20, includeData: false, auditorOptions: {}, auditorCompiled: Promise.resolve(undefined), workerFile: file, inline });
      // The init is posted once this thread's tables are compiled (here: at once, after a turn).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const outcomes = (await Promise.all(Array.from({ length: 5 }, () => pool!.run(batch)))).map(parseOutcome);
      const threads = pool!.started;
      await pool!.close();
      return { inlined, outcomes, threads };
    };
    const slow = await run(slowFile);
    // The first is audited here (slowly); the next three (callerShare) wait for the worker, the last is audited here.
    expect(slow.inlined).toBe(2);
    expect(slow.threads).toBe(2);
    expect(slow.outcomes[0]).toBe('inline');
    for (const outcome of slow.outcomes.slice(1, 4)) expect((outcome as { results: unknown[] }).results).toHaveLength(500);
    expect(slow.outcomes[4]).toBe('inline');
    // A fast thread keeps auditing while the worker starts: batches handed to it would head the window.
    expect((await run(slowFile, 0)).inlined).toBe(5);
    // A worker that exits while starting: the batches it was handed are audited here, once each.
    const failing = await run(failingFile);
    expect(failing.inlined).toBe(5);
    expect(failing.outcomes).toEqual(Array(5).fill('inline'));
    expect(failing.threads).toBe(1);
  });

  it("workers: 'auto' (the default) keeps small inputs and per-record audits on one thread, silently", async () => {
    const small = await auditDataset(dataPath, { claims, workerFile, chunkBytes: 4096 });
    expect(small.timing.workers).toBe(1);
    expect(small.warnings).toEqual([]);
    // Running from source (no worker file): no warning either, unlike an explicit `workers: 2`.
    const fromSource = await auditDataset(dataPath, { claims, workers: 'auto' });
    expect(fromSource.warnings).toEqual([]);
    expect((await auditDataset(dataPath, { claims, workers: 2 })).warnings.join('\n')).toMatch(/`workers` ignored/);
    expect(() => auditRecords(dataPath, { workers: 0 })).toThrow("Expected `workers` to be a positive integer or 'auto'");
  });
});
