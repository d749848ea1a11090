// What a cold audit worker costs on this machine, and from how much work left `workers: 'auto'`
// should start one (NEGATION_NEGLECT_WORKERS_MIN_MS). Run it on an otherwise idle machine.
//
//   node bench/audit-worker-cost.mjs [file=.bench-data/audit-dense-v1-60mb.jsonl] [rounds=5]
//
// Each round audits the file on one thread, then with `workers: 2` and a fresh worker (the calling
// thread warm in both, as when `auto` decides part way through an input). Two threads finish the
// same work W in about (W + C) / 2, where C is the cold worker's cost in seconds of this machine
// (its start-up, its isolate's JIT warm-up and collections), so C = 2 x T2 - T1 from the wall times.
// A worker started with R seconds of this thread's work left saves time when (R + C) / 2 < R, and at
// least 10% from R = C / 0.8: the break-even printed. A file named audit-dense-* (bench/audit-formats.bench.mjs)
// is audited with the dense corpus's 48 claims, any other with examples/data/claims.yaml.
//
// On Linux it also splits the cold worker's extra CPU by thread (from /proc/self/task/*/schedstat: the calling
// thread, the worker's thread, which is new in the audit, and V8's helper threads, which exist before it: its
// TurboFan compiles land there) and gives the system time and minor page faults (the new isolate's fresh pages).
// CPU time moves less with other load than wall time does, so on a busy machine read C from "extra CPU".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { auditDataset, loadClaims } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const { releaseAuditWorkers } = await import(pathToFileURL(join(root, 'dist/audit/index.js')).href);
const file = resolve(process.argv[2] ?? join(root, '.bench-data/audit-dense-v1-60mb.jsonl'));
const rounds = Math.max(1, Number(process.argv[3] ?? 5));
process.env.BENCH_AS_LIBRARY = '1';
const claims = file.includes('audit-dense-')
  ? (await import('./audit-formats.bench.mjs')).denseClaims()
  : await loadClaims(join(root, 'examples/data/claims.yaml'));

/** CPU seconds of each of this process's threads so far (empty where /proc is not there). */
function threadCpu() {
  const out = new Map();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        out.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9);
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

async function timed(workers) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r0 = process.resourceUsage();
  const before = threadCpu();
  // Sampled on progress too: the worker's thread may be gone once the audit returns.
  let last = before;
  const report = await auditDataset(file, { claims, workers, onProgress: () => (last = threadCpu()) });
  const cpu = process.cpuUsage(c0);
  const r1 = process.resourceUsage();
  for (const [tid, run] of threadCpu()) last.set(tid, run);
  const threads = { caller: 0, worker: 0, helpers: 0 };
  for (const [tid, run] of last) threads[tid === String(process.pid) ? 'caller' : before.has(tid) ? 'helpers' : 'worker'] += run - (before.get(tid) ?? 0);
  return {
    wall: (performance.now() - t0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    used: report.timing.workers,
    threads,
    system: (r1.systemCPUTime - r0.systemCPUTime) / 1e6,
    faults: r1.minorPageFault - r0.minorPageFault,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg()[0].toFixed(2);
console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${rounds} rounds, load average ${load()}`);
await timed(1); // warms this thread's code: `auto` decides with this thread already auditing
const rows = [];
for (let i = 0; i < rounds; i++) {
  const one = await timed(1);
  await releaseAuditWorkers();
  const two = await timed(2);
  await releaseAuditWorkers();
  if (two.used < 2) console.log(`round ${i + 1}: the worker did not audit (used ${two.used})`);
  rows.push({ one, two, cost: 2 * two.wall - one.wall, cpuCost: two.cpu - one.cpu });
  const t = (x) => `caller ${x.threads.caller.toFixed(2)}${x.threads.worker > 0 ? `, worker ${x.threads.worker.toFixed(2)}` : ''}, V8 helpers ${x.threads.helpers.toFixed(2)}, system ${x.system.toFixed(2)}, ${x.faults} page faults`;
  if (one.threads.caller > 0) console.log(`  CPU s by thread: one thread ${t(one)}; workers 2 cold ${t(two)}`);
  console.log(
    `round ${i + 1}: one thread ${one.wall.toFixed(2)} s (CPU ${one.cpu.toFixed(2)}), workers 2 cold ${two.wall.toFixed(2)} s (CPU ${two.cpu.toFixed(2)}), ${(one.wall / two.wall).toFixed(2)}x; cold worker ${(2 * two.wall - one.wall).toFixed(2)} s`,
  );
}
const cost = median(rows.map((r) => r.cost));
console.log(
  `cold worker: ${cost.toFixed(2)} s of this machine (median; extra CPU ${median(rows.map((r) => r.cpuCost)).toFixed(2)} s); ` +
    `a worker pays 10% from ${((Math.max(0, cost) / 0.8) * 1000).toFixed(0)} ms of work left: NEGATION_NEGLECT_WORKERS_MIN_MS=${Math.round((Math.max(0, cost) / 0.8) * 1000)} (load average now ${load()}${Number(load()) > 0.5 ? ': not idle, the figure is too high' : ''})`,
);
