// Linux only: where each thread's time goes during an audit (running, runnable but waiting for a
// CPU, idle), from /proc/self/task/<tid>/schedstat. Tells a starved worker pipeline (idle workers)
// from an overloaded machine (workers runnable but waiting). Not run by bench/run.mjs.
//
//   node bench/audit-threads.mjs [workers=2] [file=.bench-data/audit-corpus-v2-220mb.jsonl]
// A file named audit-dense-* (bench/audit-formats.bench.mjs) is audited with the dense corpus's 48 claims.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { auditDataset, loadClaims } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const workers = Number(process.argv[2] ?? 2);
const file = resolve(process.argv[3] ?? join(root, '.bench-data/audit-corpus-v2-220mb.jsonl'));
process.env.BENCH_AS_LIBRARY = '1';
const claims = file.includes('audit-dense-')
  ? (await import('./audit-formats.bench.mjs')).denseClaims()
  : await loadClaims(join(root, 'examples/data/claims.yaml'));

function threads() {
  const out = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    out.set(tid, { run: run / 1e9, wait: wait / 1e9 });
  }
  return out;
}

const before = threads();
let last = before;
const t0 = performance.now();
// Sampled on progress: worker threads are gone once the audit returns.
await auditDataset(file, { claims, workers, onProgress: () => (last = threads()) });
const wall = (performance.now() - t0) / 1000;
console.log(`${file}: workers ${workers}, ${(statSync(file).size / 1e6 / wall).toFixed(1)} MB/s, wall ${wall.toFixed(2)} s`);
for (const [tid, now] of last) {
  const b = before.get(tid) ?? { run: 0, wait: 0 };
  const run = now.run - b.run;
  const wait = now.wait - b.wait;
  if (run < 0.05) continue;
  console.log(`thread ${tid}: running ${run.toFixed(2)} s, runnable but waiting ${wait.toFixed(2)} s, idle ${Math.max(0, wall - run - wait).toFixed(2)} s`);
}
