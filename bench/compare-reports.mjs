// Checks that a change to the audit leaves its reports byte-identical: audits the same inputs with
// two builds and compares the whole JSON reports (timing left out).
//
//   npm run build && cp -r dist dist-before   # the code before the change, in this checkout's root (its imports resolve
//                                            # from node_modules; not under .bench-data, which may be a shared link)
//   npm run build && node bench/compare-reports.mjs dist-before
//
// Inputs: the dense corpus of audit-formats.bench.mjs (BENCH_COMPARE_DENSE_MB, default 60) as
// .jsonl, .jsonl.gz, .jsonl.zst and Parquet, the sparse corpus of audit.bench.mjs
// (BENCH_COMPARE_SPARSE_MB, default 40), examples/data, and the paper's document sets when
// NEGATION_NEGLECT_PAPER_DATA is set. Each with one thread, with `workers: 2` and with `workers: 'auto'`.
// Exits 1 on the first difference, naming the input and the first differing position.
// BENCH_COMPARE_ONLY (a regular expression) keeps the inputs whose name matches ("dense jsonl$|vesuvius.full");
// BENCH_COMPARE_WORKERS (comma-separated: 1,2,auto) the thread settings: a change to the lexical rules alone is
// decided by one thread on the inputs it touches, where the whole run takes most of an hour on a loaded machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.BENCH_AS_LIBRARY = '1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const before = process.argv[2];
const after = process.argv[3] ?? join(root, 'dist');
if (!before) {
  console.error('usage: node bench/compare-reports.mjs <dist-before> [dist-after]\n' +
    '  <dist-before>: a copy of an earlier build inside this checkout (`cp -r dist dist-before` before the change),\n' +
    '  so that its imports resolve from node_modules; not under .bench-data, which may be shared with other checkouts');
  process.exit(2);
}
const dataDir = resolve(root, process.env.BENCH_DATA_DIR ?? '.bench-data');
const load = (dir) => import(pathToFileURL(join(resolve(dir), 'index.js')).href);
const [a, b] = await Promise.all([load(before), load(after)]);
const formats = await import('./audit-formats.bench.mjs');
const sparse = await import('./audit.bench.mjs');

const denseMb = Number(process.env.BENCH_COMPARE_DENSE_MB ?? 60);
const sparseMb = Number(process.env.BENCH_COMPARE_SPARSE_MB ?? 40);
const densePath = join(dataDir, `audit-dense-v1-${denseMb}mb.jsonl`);
const sparsePath = join(dataDir, `audit-compare-sparse-${sparseMb}mb.jsonl`);
// Inputs are made when a case is compared: a run kept to some inputs writes no other corpus.
let variants;
const dense = async () => {
  await formats.ensureDense(densePath, denseMb, 11);
  return densePath;
};
const variant = (key) => async () => {
  variants ??= await formats.ensureVariants(await dense());
  return variants[key];
};
const hasZstd = spawnSync('zstd', ['--version']).status === 0 || existsSync(`${densePath}.zst`);

const exampleClaims = join(root, 'examples/data/claims.yaml');
const cases = [
  ['dense jsonl', dense, formats.denseClaims()],
  ['dense jsonl.gz', variant('gz'), formats.denseClaims()],
  ...(hasZstd ? [['dense jsonl.zst', variant('zst'), formats.denseClaims()]] : []),
  ['dense parquet', variant('parquet'), formats.denseClaims()],
  [
    'sparse jsonl',
    async () => {
      await sparse.ensureCorpus(sparsePath, sparseMb, 42);
      return sparsePath;
    },
    exampleClaims,
  ],
  ['examples/data', join(root, 'examples/data/mixed-training-set.jsonl'), exampleClaims],
];
const paper = process.env.NEGATION_NEGLECT_PAPER_DATA;
if (paper) {
  const claims = join(paper, 'claims');
  for (const set of readdirSync(join(paper, 'documents')).sort()) {
    for (const file of readdirSync(join(paper, 'documents', set)).sort()) cases.push([`paper ${set}/${file}`, join(paper, 'documents', set, file), claims]);
  }
}

const only = process.env.BENCH_COMPARE_ONLY ? new RegExp(process.env.BENCH_COMPARE_ONLY) : null;
const workerSettings = (process.env.BENCH_COMPARE_WORKERS ?? '1,2,auto').split(',').map((setting) => {
  const w = setting.trim();
  if (w === 'auto') return 'auto';
  // A typo ("2 ,auto" is fine, "two" is not) must stop the run, not compare with `workers: NaN`.
  if (!/^[1-9]\d*$/.test(w)) throw new Error(`BENCH_COMPARE_WORKERS: "${setting}" is neither a positive whole number nor auto`);
  return Number(w);
});
const withoutTiming = (report) => JSON.stringify({ ...report, timing: undefined });
let failed = false;
let compared = 0;
for (const [name, source, claimsSource] of cases) {
  if (only !== null && !only.test(name)) continue;
  const input = typeof source === 'function' ? await source() : source;
  if (input === undefined) continue;
  for (const workers of workerSettings) {
    compared++;
    const run = async (lib) => {
      const claims = typeof claimsSource === 'string' ? await lib.loadClaims(claimsSource) : claimsSource;
      return withoutTiming(await lib.auditDataset(input, { claims, workers }));
    };
    const t0 = performance.now();
    const left = await run(a);
    const t1 = performance.now();
    const right = await run(b);
    const t2 = performance.now();
    let at = -1;
    if (left !== right) for (at = 0; at < left.length && left[at] === right[at]; at++);
    const sizeMb = statSync(input).size / 1e6;
    console.log(
      `${left === right ? 'same' : 'DIFFERENT'}  ${name} (${sizeMb.toFixed(1)} MB, workers ${workers}): ${left.length} chars; ` +
        `before ${((t1 - t0) / 1000).toFixed(2)} s, after ${((t2 - t1) / 1000).toFixed(2)} s`,
    );
    if (at >= 0) {
      console.log(`  first difference at ${at}:\n  before …${left.slice(Math.max(0, at - 200), at + 200)}\n  after  …${right.slice(Math.max(0, at - 200), at + 200)}`);
      failed = true;
    }
  }
}
if (compared === 0) console.log('no input compared: BENCH_COMPARE_ONLY matches none');
process.exitCode = failed || compared === 0 ? 1 : 0;
