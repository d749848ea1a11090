// Where a Parquet audit's CPU goes against its baseline, all in one process and interleaved by round
// (the Parquet counterpart of audit-floor.ts):
//
//   npx tsx bench/parquet-floor.ts            # the 60 MB dense corpus of audit-formats.bench.mjs
//
// Layers: 0 hyparquet's own read of the text column (issue 11's baseline); 1 `readParquetBatches`
// handing rows on as values (one thread); 2 the same with `rowBuffers` (rows for a worker: text rows
// or JSON lines); 3 a one-thread audit of the Parquet file; 4 a one-thread audit of the same rows
// written as JSONL (`{"text": ...}`, in the temp directory); 5 a one-thread audit of the dense JSONL.
// CPU ms per MB of the JSONL file. Env: ROUNDS (default 3), LAYERS (e.g. 0,1,2), BENCH_DATA_DIR.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readParquetBatches } from '../src/audit/readParquetBatches.js';
import { auditDataset } from '../src/audit/auditDataset.js';
import { createChunkBuffers } from '../src/audit/chunkBuffers.js';
// @ts-expect-error: a plain ES module of the benches, without types
import { denseClaims } from './audit-formats.bench.mjs';
const dataDir = resolve(process.env.BENCH_DATA_DIR ?? '.bench-data');
const pq = join(dataDir, 'audit-dense-v1-60mb.parquet');
const jsonl = join(dataDir, 'audit-dense-v1-60mb.jsonl');
const pqJsonl = join(tmpdir(), 'negation-neglect-parquet-rows-60mb.jsonl');
const mb = statSync(jsonl).size / 1e6;
const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
const { compressors } = await import('hyparquet-compressors');
/** Issue 11's baseline for Parquet, as audit-formats.bench.mjs measures it. */
async function baseline() {
  const file = await asyncBufferFromFile(pq);
  const metadata = await parquetMetadataAsync(file);
  let rowStart = 0, n = 0;
  for (const g of metadata.row_groups) {
    const rowEnd = rowStart + Number(g.num_rows);
    n += (await parquetReadObjects({ file, metadata, columns: ['text'], rowStart, rowEnd, compressors })).length;
    rowStart = rowEnd;
  }
  return n;
}
// The Parquet file's rows as JSONL, to audit the same records from both formats.
if (!existsSync(pqJsonl)) {
  const lines: string[] = [];
  for await (const b of readParquetBatches(pq, { label: pq })) if (b.kind === 'values') for (const it of b.items) lines.push(JSON.stringify((it as { value: unknown }).value));
  writeFileSync(pqJsonl, lines.join('\n') + '\n');
}
async function reader() {
  let n = 0;
  for await (const b of readParquetBatches(pq, { label: pq })) if (b.kind === 'values') n += b.items.length;
  return n;
}
let textRowChunks = 0;
/** Rows as a worker gets them (`rowBuffers`, buffers given back at once). */
async function readerLines() {
  let n = 0;
  const buffers = createChunkBuffers(1024 * 1024, 8);
  for await (const b of readParquetBatches(pq, { label: pq, rowBuffers: () => buffers, batchRecords: 1024 })) {
    if (b.kind === 'chunk') { n += b.lineCount; if (b.columns) textRowChunks++; buffers.give(b.buffer.buffer); } else n += b.items.length;
  }
  return n;
}
const claims = denseClaims();
const layers: [string, () => Promise<unknown>][] = [
  ['hyparquet baseline', baseline],
  ['readParquetBatches (values)', reader],
  ['readParquetBatches (rowBuffers)', readerLines],
  ['audit parquet 1 thread', () => auditDataset(pq, { claims, workers: 1 })],
  ['audit the same rows as JSONL, 1 thread', () => auditDataset(pqJsonl, { claims, workers: 1 })],
  ['audit dense jsonl 1 thread', () => auditDataset(jsonl, { claims, workers: 1 })],
];
const only = process.env.LAYERS?.split(',').map(Number);
const use = layers.filter((_, i) => !only || only.includes(i));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (const [, f] of use) await f();
const rounds = Number(process.env.ROUNDS ?? 3);
const t: number[][] = use.map(() => []);
const w: number[][] = use.map(() => []);
for (let r = 0; r < rounds; r++) for (let k = 0; k < use.length; k++) {
  const i = (k + r) % use.length;
  const c0 = cpu(), w0 = performance.now();
  await use[i]![1]();
  t[i]!.push(cpu() - c0); w[i]!.push(performance.now() - w0);
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
for (let i = 0; i < use.length; i++) console.log(use[i]![0].padEnd(40), (med(t[i]!) / mb).toFixed(2), 'CPU ms/MB', (med(w[i]!) / mb).toFixed(2), 'wall ms/MB (medians), CPU ms per round:', t[i]!.map((x) => x.toFixed(0)).join(' '));
console.log(`chunks of text rows read in layer 2: ${textRowChunks}`);
