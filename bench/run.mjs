// Runs every bench/*.bench.mjs in its own Node process, one after another (they measure speed, so
// they must not compete for the CPU). Arguments after `--` are passed to each benchmark, e.g.
// `node bench/run.mjs -- --huge`. Benchmarks import the built package from ../dist: run `npm run build` first
// (`npm run bench` does both).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dashdash = process.argv.indexOf('--');
const extra = dashdash === -1 ? process.argv.slice(2) : process.argv.slice(dashdash + 1);
const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY=audit runs audit.bench.mjs only
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only || f.startsWith(`${only}.`))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const result = spawnSync(process.execPath, [join(here, file), ...extra], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`${file} exited with ${result.status ?? result.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
