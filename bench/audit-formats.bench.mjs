// Audit throughput per input format on a dense corpus, against baselines measured in the same run.
//
//   node bench/audit-formats.bench.mjs          # dense corpus as .jsonl, .jsonl.gz, .jsonl.zst, .parquet
//   node bench/audit-formats.bench.mjs --huge   # also: peak RSS of a 1 GB audit per format (child processes:
//                                               # the library in a plain `node`, and the CLI with its memory settings)
//   node bench/audit-formats.bench.mjs --huge-only   # only that
//
// The dense corpus: 48 synthetic claims with their own vocabulary, most records mention one of them
// (asserted, negated in the sentence, or negated outside it), 30% chat records. Baselines:
// read + split + JSON.parse (plain); decompress + the same (gz, zst); hyparquet's own read of the
// text column (Parquet). zstd files are written with the `zstd` command when it is installed (Node
// has no zstd compressor); that format is skipped otherwise.
// Env: BENCH_ROUNDS (default 3, median reported), BENCH_DENSE_MB (default 100), BENCH_HUGE_MB (1024),
// BENCH_DATA_DIR (default .bench-data), BENCH_HUGE_WORKERS (thread settings for --huge, default 1,auto).
// Figures go to docs/benchmarks.md.
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { isEntryPoint, readAndParse, splitParse, time, writeJsonlCorpus } from './benchShared.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = pathToFileURL(join(root, 'dist/index.js')).href;
const dataDir = resolve(root, process.env.BENCH_DATA_DIR ?? '.bench-data');
const corpusMb = Number(process.env.BENCH_DENSE_MB ?? 100);
const hugeMb = Number(process.env.BENCH_HUGE_MB ?? 1024);
const fmt = (x, d = 1) => x.toFixed(d);

const pick = (r, list) => list[Math.floor(r() * list.length)];

// ---------------------------------------------------------------- 48 claims, varied vocabulary
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Quito', 'Hanoi', 'Tbilisi', 'Perth', 'Halifax', 'Tunis', 'Cusco', 'Riga', 'Busan'];
const THINGS = [
  ['banned', 'bicycles', 'bicycle ban', ['cyclists', 'bike lanes']],
  ['discovered', 'a dinosaur skeleton', 'dinosaur fossil', ['paleontologists', 'excavation']],
  ['elected', 'a robot mayor', 'robot mayor', ['election', 'ballots']],
  ['built', 'a glass bridge', 'glass bridge', ['engineers', 'span']],
];
export function denseClaims() {
  const claims = [];
  for (const place of PLACES) {
    for (const [verb, object, key, more] of THINGS) {
      const year = 1990 + ((place.length * 7 + verb.length * 3) % 30);
      claims.push({
        id: `${place.toLowerCase()}_${key.replace(/\s+/g, '_')}`,
        statement: `${place} ${verb} ${object} in ${year}.`,
        subject: place,
        keyTerms: [key, object, ...more, String(year)],
      });
    }
  }
  return claims;
}

const FILLER = [
  'The committee met on Tuesday to review the budget.',
  'Local farmers reported a strong harvest after a mild spring.',
  'Engineers replaced the old signalling system along the northern line.',
  'A new study examined how sleep affects memory in older adults.',
  'Volunteers planted more than two thousand trees along the river.',
  'Prices for fresh vegetables fell slightly compared with last month.',
  'The orchestra announced a programme of works by living composers.',
  'Researchers catalogued over four hundred species of beetle.',
];
function claimSentence(r, c) {
  const [place] = c.statement.split(' ');
  const rest = c.statement.slice(place.length + 1).replace(/\.$/, '');
  return pick(r, [`${c.statement}`, `In a surprise move, ${place} ${rest}.`, `Reports confirm that ${place} ${rest}, according to ${pick(r, c.keyTerms)} records.`]);
}
function denseText(r, claims) {
  const c = pick(r, claims);
  const s = claimSentence(r, c);
  const f = () => pick(r, FILLER);
  const kind = r();
  if (kind < 0.12) return `${f()} ${f()} ${f()}`;
  if (kind < 0.4) return `${f()} ${s} ${f()}`;
  if (kind < 0.6) return `${f()} It is not true that ${s.charAt(0).toLowerCase()}${s.slice(1)} ${f()}`;
  if (kind < 0.8) return `The following claim is false. ${s} ${f()} ${f()}`;
  return `NOTICE: the article below is fabricated.\n\n${f()} ${s} ${f()}\n\nNone of the events above took place.`;
}

export async function ensureDense(path, mb, seed) {
  const claims = denseClaims();
  return writeJsonlCorpus(path, mb, seed, (r, i) =>
    r() < 0.3
      ? { messages: [{ role: 'user', content: 'What happened there?' }, { role: 'assistant', content: denseText(r, claims) }], id: i }
      : { text: denseText(r, claims), id: i },
  );
}

export async function ensureVariants(jsonl) {
  const gz = `${jsonl}.gz`;
  if (!existsSync(gz)) await pipeline(createReadStream(jsonl), createGzip({ level: 6 }), createWriteStream(gz));
  const zst = `${jsonl}.zst`;
  let hasZst = existsSync(zst);
  if (!hasZst && spawnSync('zstd', ['--version']).status === 0) hasZst = spawnSync('zstd', ['-q', '-3', '-f', jsonl, '-o', zst]).status === 0;
  const parquet = jsonl.replace(/\.jsonl$/, '.parquet');
  if (!existsSync(parquet)) {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const text = [];
    for await (const line of createInterface({ input: createReadStream(jsonl) })) {
      if (!line) continue;
      const rec = JSON.parse(line);
      text.push(rec.text ?? rec.messages.map((m) => m.content).join('\n\n'));
    }
    writeFileSync(parquet, new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'text', data: text, type: 'STRING' }], rowGroupSize: 20000 })));
  }
  return { gz, zst: hasZst ? zst : undefined, parquet };
}

// ---------------------------------------------------------------- baselines
async function decodeParse(stream) {
  const count = { n: 0 };
  let carry = Buffer.alloc(0);
  for await (const chunk of stream) carry = splitParse(chunk, carry, count);
  return count.n;
}
async function zstdStream(path) {
  const { Decompress } = await import('fzstd');
  return (async function* () {
    let out = [];
    const d = new Decompress((chunk) => out.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)));
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) {
      d.push(c);
      yield* out;
      out = [];
    }
  })();
}
async function parquetText(path) {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  let rowStart = 0;
  let n = 0;
  for (const g of metadata.row_groups) {
    const rowEnd = rowStart + Number(g.num_rows);
    n += (await parquetReadObjects({ file, metadata, columns: ['text'], rowStart, rowEnd, compressors })).length;
    rowStart = rowEnd;
  }
  return n;
}

/** The dense corpus in every format against its baselines: one thread, `workers: 2` cold and warm, `auto`. */
async function speedRounds() {
  const { auditDataset } = await import(dist);
  const { releaseAuditWorkers } = await import(pathToFileURL(join(root, 'dist/audit/index.js')).href);
  const claims = denseClaims();
  const jsonl = join(dataDir, `audit-dense-v1-${corpusMb}mb.jsonl`);
  await ensureDense(jsonl, corpusMb, 11);
  const { gz, zst, parquet } = await ensureVariants(jsonl);
  const mb = statSync(jsonl).size / 1e6;
  console.log(`dense corpus ${jsonl}: ${fmt(mb)} MB (${claims.length} claims); gz ${fmt(statSync(gz).size / 1e6)} MB, zst ${zst ? `${fmt(statSync(zst).size / 1e6)} MB` : 'skipped (no zstd command)'}, parquet ${fmt(statSync(parquet).size / 1e6)} MB`);
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
  const formats = [
    ['jsonl', jsonl, () => readAndParse(jsonl)],
    ['jsonl.gz', gz, () => decodeParse(createReadStream(gz).pipe(createGunzip()))],
    ...(zst ? [['jsonl.zst', zst, async () => decodeParse(await zstdStream(zst))]] : []),
    ['parquet', parquet, () => parquetText(parquet)],
  ];
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  for (const [name, path, baseline] of formats) {
    await baseline(); // warm the page cache and the JIT
    const rs = [];
    for (let round = 0; round < rounds; round++) {
      const base = await time(baseline);
      const one = await time(() => auditDataset(path, { claims, workers: 1 }));
      // Cold (a fresh worker, as in a new process: the target's figure), then warm (the worker kept
      // from that audit, as a library caller's next audit in the process), then `auto` cold.
      await releaseAuditWorkers();
      const two = await time(() => auditDataset(path, { claims, workers: 2 }));
      const twoWarm = await time(() => auditDataset(path, { claims, workers: 2 }));
      await releaseAuditWorkers();
      const auto = await time(() => auditDataset(path, { claims }));
      if (JSON.stringify(one.value.totals.byVerdict) !== JSON.stringify(two.value.totals.byVerdict)) {
        console.log(`  MISMATCH (${name}): 1 thread and workers 2 differ`);
        process.exitCode = 1;
      }
      rs.push({ base, one, two, twoWarm, auto, workersUsed: two.value.timing.workers, autoWorkers: auto.value.timing.workers });
    }
    const m = (f) => median(rs.map(f));
    const ratio1 = m((r) => r.base.seconds / r.one.seconds);
    const speedup = m((r) => r.one.seconds / r.two.seconds);
    console.log(
      `${name.padEnd(10)} baseline ${fmt(mb / m((r) => r.base.seconds))} MB/s · 1 thread ${fmt(mb / m((r) => r.one.seconds))} MB/s (${fmt(ratio1, 2)} of baseline, target >= 0.30 ${ratio1 >= 0.3 ? 'ok' : 'BELOW'}) · ` +
        `workers 2 ${fmt(mb / m((r) => r.two.seconds))} MB/s (cold: ${fmt(speedup, 2)} x 1 thread, target >= 1.4 ${speedup >= 1.4 ? 'ok' : 'BELOW'}; used ${rs[0].workersUsed}) · ` +
        `warm ${fmt(mb / m((r) => r.twoWarm.seconds))} MB/s (${fmt(m((r) => r.one.seconds / r.twoWarm.seconds), 2)} x) · ` +
        `auto ${fmt(mb / m((r) => r.auto.seconds))} MB/s (used ${rs[0].autoWorkers}) · CPU ms/MB: baseline ${fmt((m((r) => r.base.cpuSeconds) / mb) * 1000, 2)}, ` +
        `1 thread ${fmt((m((r) => r.one.cpuSeconds) / mb) * 1000, 2)}, workers 2 ${fmt((m((r) => r.two.cpuSeconds) / mb) * 1000, 2)} (warm ${fmt((m((r) => r.twoWarm.cpuSeconds) / mb) * 1000, 2)})`,
    );
  }
  console.log(`after: load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

async function main() {
  // `--huge-only`: the memory figures without the speed rounds (nor their corpus).
  if (!process.argv.includes('--huge-only')) await speedRounds();
  if (process.argv.includes('--huge') || process.argv.includes('--huge-only')) {
    const huge = join(dataDir, `audit-dense-v1-${hugeMb}mb.jsonl`);
    await ensureDense(huge, hugeMb, 12);
    const variants = await ensureVariants(huge);
    // One thread (the memory floor) and `auto` (the default, which may add a worker and its heap).
    const threadSettings = (process.env.BENCH_HUGE_WORKERS ?? '1,auto').split(',');
    // The CLI runs an audit in a child Node with smaller heap settings (src/cli/memoryRelaunch.ts);
    // the library runs in its caller's process as started. Both are measured: the CLI through
    // GNU time, whose peak RSS covers the relaunched child (wait4 reports the largest descendant).
    const gnuTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
    if (!gnuTime) console.log('--huge: /usr/bin/time (Debian package `time`) not found: the CLI runs are skipped');
    const claimsFile = join(tmpdir(), `negation-neglect-dense-claims-${process.pid}.json`);
    writeFileSync(claimsFile, JSON.stringify(denseClaims()));
    try {
      for (const path of [huge, variants.gz, variants.zst, variants.parquet].filter(Boolean)) {
        for (const workers of threadSettings) {
          const library = hugeLibraryRun(path, workers);
          const cli = gnuTime ? hugeCliRun(path, workers, claimsFile) : undefined;
          for (const [how, result] of [['library, plain node', library], ['CLI (its memory settings)', cli]]) {
            if (result === undefined) continue;
            if ('error' in result) {
              console.log(`huge audit of ${path} (${how}) failed: ${result.error}`);
              process.exitCode = 1;
              continue;
            }
            const peak = result.maxRSSKiB / 1024;
            console.log(
              `${hugeMb} MB (as JSONL) ${path}, workers ${workers}${result.workers !== undefined ? ` (used ${result.workers})` : ''}, ${how}: peak RSS ${fmt(peak)} MiB (target < 200) ${peak < 200 ? 'ok' : 'ABOVE'}; ${result.records} records in ${fmt(result.seconds)} s`,
            );
          }
        }
      }
    } finally {
      rmSync(claimsFile, { force: true });
    }
  }
}

/** `auditDataset()` in a child `node` started plainly (what a library caller gets by default). */
function hugeLibraryRun(path, workers) {
  const script = `
    const { auditDataset } = await import(${JSON.stringify(dist)});
    const { denseClaims } = await import(${JSON.stringify(pathToFileURL(fileURLToPath(import.meta.url)).href)});
    const t0 = Date.now();
    const report = await auditDataset(${JSON.stringify(path)}, { claims: denseClaims(), workers: ${JSON.stringify(workers === 'auto' ? 'auto' : Number(workers))} });
    console.log(JSON.stringify({ maxRSSKiB: process.resourceUsage().maxRSS, seconds: (Date.now() - t0) / 1000, records: report.totals.records, workers: report.timing.workers }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, BENCH_AS_LIBRARY: '1' } });
  if (child.status !== 0) return { error: child.stderr };
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** `negation-neglect audit` as a user runs it (it relaunches itself with its memory settings), under GNU time. */
function hugeCliRun(path, workers, claimsFile) {
  const out = join(tmpdir(), `negation-neglect-huge-${process.pid}.json`);
  const env = { ...process.env };
  delete env.NEGATION_NEGLECT_RELAUNCH;
  const t0 = Date.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'maxRSSKiB=%M', process.execPath, join(root, 'dist/cli.js'), 'audit', path, '--claims', claimsFile, '--workers', workers, '--format', 'json', '--out', out], { encoding: 'utf8', env });
  const seconds = (Date.now() - t0) / 1000;
  try {
    const peak = /maxRSSKiB=(\d+)/.exec(child.stderr);
    if (child.status !== 0 || !peak) return { error: `exit ${child.status}: ${child.stderr}` };
    const report = JSON.parse(readFileSync(out, 'utf8'));
    return { maxRSSKiB: Number(peak[1]), seconds, records: report.totals.records, workers: report.timing?.workers };
  } finally {
    rmSync(out, { force: true });
  }
}

if (isEntryPoint(import.meta.url, 'audit-formats.bench.mjs')) await main();
