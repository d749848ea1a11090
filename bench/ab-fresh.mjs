// Fresh-process A/B of one-thread audit CPU: builds (or throwaway stubs of one stage) audit the same corpus, each in
// a new `node` process per round, rounds alternating between the builds. Each process audits the corpus `audits`
// times and keeps the median CPU of the warm audits (all but the first two: the JIT is still compiling through the
// second audit of 20 MB). Prints, per build, the median over rounds, and its speed against the first build.
//
// Why next to bench/ab.mjs: two builds in one process share a heap, and at load 10-15 the two orders of ab.mjs gave
// 2.17 and 1.10 for the same pair (main against a stub that skips the findings, fourteenth session), then 1.45 and
// 1.27 forty minutes later; three fresh-process runs of the pair gave 1.21-1.50 per round and 1.35-1.43 as medians,
// a fourth beside the test suite 1.20 (docs/benchmarks-history.md). No build here sees another's code or garbage; it costs a cold audit per process and
// still swings with the load, so it is for stages' ceilings and large changes, not for 2-5%.
//
//   npm run build && cp -r dist .ab-before   # inside the repository, so its imports resolve from node_modules
//   node bench/ab-fresh.mjs .bench-data/audit-dense-v1-60mb.jsonl dense 3 5 .ab-before dist
//
// Arguments: corpus, `sparse` (the example claims) or `dense` (the dense corpus's 48 claims), rounds, audits per
// process (at least 3), then two or more build directories (each holding the package's `index.js`).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [corpus, kind = 'dense', roundsArg = '3', auditsArg = '5', ...dists] = process.argv.slice(2);

if (process.env.AB_FRESH_CHILD === '1') {
  // The child: one build, `audits` audits, one CPU figure (ms) per line.
  const { denseClaims } = await import('./audit-formats.bench.mjs');
  const lib = await import(pathToFileURL(resolve(dists[0], 'index.js')).href);
  const claims = kind === 'dense' ? denseClaims() : resolve(import.meta.dirname ?? '.', '../examples/data/claims.yaml');
  for (let i = 0; i < Number(auditsArg); i++) {
    const before = process.cpuUsage();
    await lib.auditDataset(corpus, { claims, workers: 1 });
    const used = process.cpuUsage(before);
    console.log(((used.user + used.system) / 1000).toFixed(1));
  }
} else {
  const rounds = Number(roundsArg);
  const audits = Number(auditsArg);
  if (!corpus || (kind !== 'sparse' && kind !== 'dense') || !(rounds >= 1) || !(audits >= 3) || dists.length < 2) {
    console.error('usage: node bench/ab-fresh.mjs <corpus> sparse|dense <rounds> <audits per process, >= 3> <dist> <dist> [...]');
    process.exit(2);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const self = fileURLToPath(import.meta.url);
  const perBuild = dists.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // Alternate the order of the builds round by round, so none always follows the same one.
    const order = dists.map((_, k) => k);
    if (round % 2 === 1) order.reverse();
    for (const k of order) {
      const child = spawnSync(process.execPath, [self, corpus, kind, '1', String(audits), dists[k]], {
        encoding: 'utf8',
        env: { ...process.env, AB_FRESH_CHILD: '1' },
      });
      if (child.status !== 0) throw new Error(`${dists[k]}: ${child.stderr}`);
      const cpu = child.stdout.trim().split('\n').map(Number);
      perBuild[k].push(median(cpu.slice(2)));
      console.log(`round ${round + 1} ${dists[k]}: ${cpu.map((c) => c.toFixed(0)).join(' ')} ms`);
    }
  }
  const first = median(perBuild[0]);
  for (let k = 0; k < dists.length; k++) {
    const m = median(perBuild[k]);
    console.log(`${kind} ${corpus} ${dists[k]}: ${m.toFixed(0)} ms (warm median), speed against ${dists[0]} ${(first / m).toFixed(3)}`);
  }
}
