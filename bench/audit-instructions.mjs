// Instruction counts of one-thread audits (cachegrind) over text held in memory. The audit code of each
// source tree is bundled (esbuild) with a small harness that reads the corpus's first MB into memory, cuts it into
// 1 MB batches on line boundaries, as `runAudit` does, and audits each through `auditChunkSummary` (the one-thread
// report path: JSON lines, segments, scan, findings, the batch's aggregate). No file is read and no promise waits
// during the audits.
//
// Why: `bench/ab.mjs` and `bench/ab-fresh.mjs` cannot resolve 5% at load 10-20, and cachegrind over
// `auditDataset(file)` did not repeat either: two runs of one build gave 7,930 and 8,394 M instructions (5.8% apart),
// and over `auditDataset(records)` 8,226 and 8,294 M (0.8%). The throwaway harness this was written from gave 6,046.1
// and 6,044.3 M (0.03%) at load 19; this script, 6,010.0 and 6,080.8 M (1.2%). One difference was the bundle's
// name, which held the process id: the module's URL, a different string in every run, is hashed by V8 (the seed is
// fixed, the strings were not). With one fixed name (seventeenth session) main read 6,139.4, 6,127.1, 6,130.6,
// 6,127.4 and 6,144.5 M at 2 audits (0.3% apart; two runs with the process id in the name: 6,183.7 and 6,109.3 M) and
// 6,877.3 and 6,902.2 M at 3; another tree 6,089.1 and 6,146.1 M at 2 (0.9%) and 6,807.7 and 6,807.8 M at 3. So runs
// still differ by up to about 1%: run each tree twice. A lock file keeps two runs in one checkout from sharing the name;
// it holds the run's process id, is removed on Ctrl-C or SIGTERM (which also end the valgrind child), and a lock left
// by a run that no longer exists (killed with SIGKILL, a crash) is taken over.
// esbuild comes with tsup (a dev dependency).
//
// The first audit is mostly the JIT compiling (fifteenth session, 4 MB: 2,678 M cold, 778 M warm), so a change's
// steady cost is the difference between runs with 3 and 2 audits (INSTRUCTIONS_ROUNDS); a count with 0 audits is
// start-up, imports and reading alone.
//
//   git archive main src | (mkdir -p /tmp/main-tree && tar -x -C /tmp/main-tree)
//   node bench/audit-instructions.mjs /tmp/main-tree .     # source trees: each holds src/
//
// Environment: INSTRUCTIONS_CORPUS (default the 60 MB dense corpus), INSTRUCTIONS_MB (its first MB, default 4),
// INSTRUCTIONS_ROUNDS (audits per process, default 2).
//
// INSTRUCTIONS_PROFILE=<rows> (twenty-fifth session): where a steady audit's instructions go, per function. Runs
// callgrind instead, counting only the audits after INSTRUCTIONS_WARM (default 2; the JIT's compiles are then mostly
// done), with `node --perf-basic-prof`, whose map names the compiled JavaScript functions callgrind sees only as
// addresses (each tier's code and the functions inlined into it count for the function compiled); the top <rows>
// of V8's and the C library's own functions and the JavaScript ones, in millions. Counts repeat as the totals do
// and do not move with the machine's load, unlike `node --cpu-prof`'s samples.
//   INSTRUCTIONS_PROFILE=60 INSTRUCTIONS_ROUNDS=3 node bench/audit-instructions.mjs .   # the third audit alone
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.INSTRUCTIONS_CORPUS ?? join(root, '.bench-data/audit-dense-v1-60mb.jsonl'));
const mb = Number(process.env.INSTRUCTIONS_MB ?? 4);
const rounds = Number(process.env.INSTRUCTIONS_ROUNDS ?? 2);
const profileRows = Number(process.env.INSTRUCTIONS_PROFILE ?? 0);
const warm = Number(process.env.INSTRUCTIONS_WARM ?? 2);
const trees = process.argv.slice(2);
if (trees.length === 0 || !(rounds >= 0) || !(mb > 0)) {
  console.error('usage: node bench/audit-instructions.mjs <source tree> [<source tree> ...] (settings in INSTRUCTIONS_* variables)');
  process.exit(2);
}

/** The harness, bundled with the audit code of `tree` (its imports resolved from `tree`). */
const harness = (tree) => `
import { openSync, readSync, closeSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createAuditor } from ${JSON.stringify(join(tree, 'src/audit/createAuditor.ts'))};
import { auditChunkSummary } from ${JSON.stringify(join(tree, 'src/audit/auditChunkSummary.ts'))};
const { denseClaims } = await import(pathToFileURL(${JSON.stringify(join(root, 'bench/audit-formats.bench.mjs'))}).href);
const settings = { auditor: createAuditor({ claims: denseClaims() }), maxLineBytes: 1 << 24 };
const whole = Buffer.alloc(Math.floor(${mb} * 1e6));
const fd = openSync(${JSON.stringify(corpus)}, 'r');
const read = readSync(fd, whole, 0, whole.length, 0);
closeSync(fd);
const buffer = whole.subarray(0, whole.lastIndexOf(10, read - 1) + 1);
const batches = [];
for (let at = 0; at < buffer.length; ) {
  let end = Math.min(buffer.length, at + (1 << 20));
  if (end < buffer.length) end = buffer.lastIndexOf(10, end - 1) + 1;
  batches.push(buffer.subarray(at, end));
  at = end;
}
let records = 0;
const wait = new Int32Array(new SharedArrayBuffer(4));
for (let r = 0; r < ${rounds}; r++) {
  // Profile: tell the parent the warm audits are done, and wait until callgrind counts.
  if (${profileRows > 0} && r === ${warm}) {
    console.error('warm');
    while (!existsSync(${JSON.stringify(`${join(root, '.audit-instructions.mjs')}.go`)})) Atomics.wait(wait, 0, 0, 100);
  }
  for (const batch of batches) records += auditChunkSummary({ buffer: batch, firstLine: 1, endsWithNewline: true }, settings, 3).records;
}
console.log('records ' + records);
`;

const { build } = await import('esbuild');
// Inside this package, so the bundle's bare imports (yaml, hyparquet, ...) resolve from its node_modules. Always the
// same name: the name is part of what the audited process hashes (see above).
const bundle = join(root, '.audit-instructions.mjs');
const lock = `${bundle}.lock`;

/** Whether process `pid` runs (a signal 0 checks without sending; EPERM: it runs as another user). */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the lock, writing this process's id into it; a lock whose process has ended is stale and taken over. */
function takeLock() {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let owner = NaN;
    try {
      owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch {
      continue; // removed in between: try again
    }
    if (!(owner > 0)) {
      console.error(`${lock} exists without a process id (an older run of this script?): remove it if no run uses this checkout`);
      return false;
    }
    if (running(owner)) {
      console.error(`${lock} exists: run ${owner} uses this checkout`);
      return false;
    }
    console.error(`${lock}: its run ${owner} has ended, taking the lock over`);
    rmSync(lock, { force: true });
  }
  return false;
}

if (!takeLock()) process.exit(2);
let child = null;
const go = `${bundle}.go`;
const profileOut = `${bundle}.callgrind`;
process.on('exit', () => {
  for (const file of [bundle, lock, go, profileOut]) rmSync(file, { force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // Ctrl-C reaches valgrind too (one process group); a SIGTERM sent to this process alone must end it here.
    child?.kill('SIGTERM');
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Runs `command` to its end: its exit status, stdout and stderr; `onStderr` sees stderr as it comes. */
function run(command, args, onStderr) {
  return new Promise((done, fail) => {
    const started = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let stdout = '';
    let stderr = '';
    started.stdout.setEncoding('utf8').on('data', (text) => (stdout += text));
    started.stderr.setEncoding('utf8').on('data', (text) => {
      stderr += text;
      onStderr?.(stderr, started.pid);
    });
    started.on('error', fail);
    started.on('close', (status) => {
      child = null;
      done({ status, stdout, stderr });
    });
  });
}
for (const tree of trees) {
  const dir = resolve(tree);
  try {
    await build({
      stdin: { contents: harness(dir), resolveDir: dir, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: bundle,
      logLevel: 'warning',
    });
    if (profileRows > 0) {
      await profile(tree);
      continue;
    }
    const result = await run('valgrind', [
      '--tool=cachegrind', '--cache-sim=no', '--smc-check=all', '--cachegrind-out-file=/dev/null', process.execPath,
      '--single-threaded', '--hash-seed=7', '--random-seed=7', '--predictable-gc-schedule', bundle,
    ]);
    const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr);
    if (result.status !== 0 || refs === null) throw new Error(`${tree}: ${result.stderr}`);
    const millions = Number(refs[1].replaceAll(',', '')) / 1e6;
    console.log(`${tree}: ${millions.toFixed(1)} M instructions (first ${mb} MB of ${corpus}, ${rounds} audits, ${result.stdout.trim()})`);
  } finally {
    rmSync(bundle, { force: true });
  }
}

/**
 * INSTRUCTIONS_PROFILE: callgrind over the audits after the warm ones, its functions named (JavaScript through the
 * perf map of `node --perf-basic-prof`, `/tmp/perf-<pid>.map`; valgrind runs node in its own process), top rows printed.
 */
async function profile(tree) {
  rmSync(go, { force: true });
  let switched = false;
  let pid = 0;
  const result = await run('valgrind', [
    '--tool=callgrind', '--instr-atstart=no', '--smc-check=all', `--callgrind-out-file=${profileOut}`, process.execPath,
    '--perf-basic-prof', '--single-threaded', '--hash-seed=7', '--random-seed=7', '--predictable-gc-schedule', bundle,
  ], (stderr, started) => {
    pid = started;
    if (switched || !/^warm$/m.test(stderr)) return;
    switched = true;
    execFileSync('callgrind_control', ['-i', 'on', String(started)], { stdio: 'ignore' });
    writeFileSync(go, '');
  });
  const perfMap = `/tmp/perf-${pid}.map`;
  try {
    if (result.status !== 0 || !switched) throw new Error(`${tree}: ${result.stderr}`);
    const annotated = execFileSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', profileOut], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ranges = existsSync(perfMap)
      ? readFileSync(perfMap, 'utf8').trim().split('\n').map((line) => {
          const [start, size, ...name] = line.split(' ');
          return { start: Number.parseInt(start, 16), end: Number.parseInt(start, 16) + Number.parseInt(size, 16), name: name.join(' ') };
        }).sort((a, b) => a.start - b.start)
      : [];
    /** The JavaScript function whose code holds `address` (tier marks and the bundle's path left out), or null. */
    const jsFunction = (address) => {
      let lo = 0;
      let hi = ranges.length - 1;
      let found = null;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid].start <= address) {
          found = ranges[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found === null || address >= found.end) return null;
      return found.name.replace(/^(?:JS|LazyCompile|Function):[*~^+]?/, '').replace(/ file:\/\/\S+$/, '').replace(/ \S*\.audit-instructions\.mjs:\d+:\d+$/, '');
    };
    let total = 0;
    const byName = new Map();
    for (const line of annotated.split('\n')) {
      const row = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
      if (row === null) continue;
      const count = Number(row[1].replaceAll(',', ''));
      if (row[2].startsWith('PROGRAM TOTALS')) {
        total = count;
        continue;
      }
      const unknown = /^\?\?\?:0x([0-9a-f]+) \[\?\?\?\]/.exec(row[2]);
      const name = unknown === null ? row[2].replace(/ \[[^\]]*\]$/, '').replace(/^\?\?\?:/, '') : jsFunction(Number.parseInt(unknown[1], 16)) ?? '(code without a name: WebAssembly, stubs)';
      byName.set(name, (byName.get(name) ?? 0) + count);
    }
    console.log(`${tree}: ${(total / 1e6).toFixed(1)} M instructions in audits ${warm + 1}-${rounds} (first ${mb} MB of ${corpus}, ${result.stdout.trim()})`);
    for (const [name, count] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, profileRows)) {
      console.log(`${(count / 1e6).toFixed(1).padStart(8)} M ${((100 * count) / total).toFixed(2).padStart(6)}%  ${name.slice(0, 140)}`);
    }
  } finally {
    rmSync(perfMap, { force: true });
    rmSync(profileOut, { force: true });
    rmSync(go, { force: true });
  }
}
