// What the audit benchmarks share: the JSONL corpus writer (on the package's seeded PRNG), the read + split +
// JSON.parse baseline and the CPU/wall timer (one copy each; audit.bench.mjs and
// audit-formats.bench.mjs write different corpora with the same writer).
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The package's seeded PRNG (`mulberry32` of src/util/random.ts), so every run writes and audits the
 * same bytes and there is one implementation of it. It is internal (not in dist), so it is loaded from
 * the source through tsx, only when a corpus is written: timed runs on an existing corpus never load
 * tsx, and its loader hooks never reach the audit's worker threads (Node 20 does not pass them on).
 */
async function seededRandom(seed) {
  const { tsImport } = await import('tsx/esm/api');
  const { mulberry32 } = await tsImport('../src/util/random.ts', import.meta.url);
  return mulberry32(seed);
}

/**
 * Writes JSONL records `record(r, i)` (r: the seeded PRNG) to `path` until it holds `mb` MB, in batches
 * of 2,000 lines with backpressure. Returns false without writing when the file is already that large.
 */
export async function writeJsonlCorpus(path, mb, seed, record) {
  if (existsSync(path) && statSync(path).size >= mb * 1e6) return false;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const r = await seededRandom(seed);
  let bytes = 0;
  let batch = [];
  for (let i = 0; bytes < mb * 1e6; i++) {
    const line = `${JSON.stringify(record(r, i))}\n`;
    bytes += Buffer.byteLength(line);
    batch.push(line);
    if (batch.length === 2000) {
      if (!out.write(batch.join(''))) await new Promise((done) => out.once('drain', done));
      batch = [];
    }
  }
  out.write(batch.join(''));
  await new Promise((done) => out.end(done));
  return true;
}

/** Splits `carry` + `buf` at newlines and JSON.parses each whole line (counting them in `count.n`); returns the unfinished tail. */
export function splitParse(buf, carry, count) {
  const all = carry.length ? Buffer.concat([carry, buf]) : buf;
  let start = 0;
  for (let nl = all.indexOf(10); nl !== -1; nl = all.indexOf(10, start)) {
    if (nl > start) {
      JSON.parse(all.toString('utf8', start, nl));
      count.n++;
    }
    start = nl + 1;
  }
  return Buffer.from(all.subarray(start));
}

/** Baseline: read the file in 1 MiB chunks, split lines, JSON.parse each one. Returns the record count. */
export function readAndParse(path) {
  const fd = openSync(path, 'r');
  const count = { n: 0 };
  let carry = Buffer.alloc(0);
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      carry = splitParse(chunk.subarray(0, n), carry, count);
    }
  } finally {
    closeSync(fd);
  }
  return count.n;
}

/** Wall time and CPU time of the whole process (all threads, workers included). */
export async function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (c.user + c.system) / 1e6 };
}

/**
 * Whether the module at `moduleUrl`, the bench file `fileName`, is the script Node was started with. A bench runs
 * its measurement only then (and not under BENCH_AS_LIBRARY): importing it from a throwaway script for one of its
 * helpers must not start minutes of benchmarking that disturb everyone else's timings. The file name is asked for
 * because a bundle (esbuild) gives every module it holds the bundle's own URL, which is the script Node started:
 * a harness bundled with audit-formats.bench.mjs ran its benchmark and wrote a corpus into the shared .bench-data.
 *
 * @example
 * ```js
 * if (isEntryPoint(import.meta.url, 'audit.bench.mjs')) await main();
 * ```
 */
export function isEntryPoint(moduleUrl, fileName) {
  if (process.env.BENCH_AS_LIBRARY) return false;
  const script = process.argv[1];
  return script !== undefined && moduleUrl.endsWith(`/${fileName}`) && pathToFileURL(resolve(script)).href === moduleUrl;
}
