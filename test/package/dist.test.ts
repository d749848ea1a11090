import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// These tests exercise the *built* package (dist/), the way a user installs it: resolved by name through the
// `exports` map, from both ESM (`import`) and CommonJS (`require`), and the `bin` from the build.
const root = resolve(__dirname, '../..');
const dist = join(root, 'dist');
let consumer = '';

const subpaths = ['', '/claims', '/audit', '/strategies', '/generate', '/providers', '/evaluate', '/experiment', '/report'];

function node(args: string[], cwd = consumer) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it in its pretest step)');
  }
  // A consumer project whose node_modules/negation-neglect links to this package.
  consumer = mkdtempSync(join(tmpdir(), 'nn-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'negation-neglect'), 'dir');
});

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('built package', () => {
  it.each(subpaths)('loads negation-neglect%s with import and require and exposes the same names', (sub) => {
    const spec = `negation-neglect${sub}`;
    const esm = node(['--input-type=module', '-e', `const m = await import(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).sort()));`]);
    expect(esm.stderr).toBe('');
    const cjs = node(['-e', `const m = require(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).sort()));`]);
    expect(cjs.stderr).toBe('');
    const esmNames = JSON.parse(esm.stdout) as string[];
    const cjsNames = (JSON.parse(cjs.stdout) as string[]).filter((n) => n !== 'default' && n !== '__esModule');
    expect(cjsNames).toEqual(esmNames.filter((n) => n !== 'default'));
  });

  it('runs the audit from CommonJS, including code that bundles the ESM-only p-retry', () => {
    const script = `
      const nn = require('negation-neglect');
      const claims = [nn.defineClaim({ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' })];
      const findings = nn.auditText('[The following claim is false.] Ed Sheeran won the 100m gold at the 2024 Olympics. [This never happened.]', { claims });
      console.log(findings.verdict);
      const model = nn.wrapChatModel({ model: {
        specificationVersion: 'v1', provider: 'fake', modelId: 'fake-1',
        capabilities: { samplingParameters: [], maxSamplesPerCall: 1, supportsBatch: false, supportsSystemMessage: true },
        async doGenerate() { return { choices: [{ text: 'ok', finishReason: 'stop' }], usage: { inputTokens: 1, outputTokens: 1 }, warnings: [] }; },
      }, middleware: [nn.retry({ maxRetries: 2 })] });
      nn.generateText({ model, messages: [{ role: 'user', content: 'hi' }] }).then((r) => console.log(r.text));
    `;
    const out = node(['-e', script]);
    expect(out.stderr).toBe('');
    expect(out.stdout.trim().split('\n')).toEqual(['neglect-risk', 'ok']);
  });

  it('recognises errors across the ESM and CJS builds with isInstance, where instanceof fails', () => {
    const script = `
      import { createRequire } from 'node:module';
      const esm = await import('negation-neglect');
      const cjs = createRequire(process.cwd() + '/consumer.cjs')('negation-neglect');
      let thrown;
      try { cjs.defineClaim({ id: 'x' }); } catch (e) { thrown = e; }
      console.log(JSON.stringify({
        instanceOf: thrown instanceof esm.NegationNeglectError,
        base: esm.NegationNeglectError.isInstance(thrown),
        own: esm[thrown.name].isInstance(thrown),
        other: esm.APICallError.isInstance(thrown),
        code: typeof thrown.code,
      }));
    `;
    const out = node(['--input-type=module', '-e', script]);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ instanceOf: false, base: true, own: true, other: false, code: 'string' });
  });

  it('runs the CLI from the build', () => {
    const help = node([join(dist, 'cli.js'), '--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('audit');
    expect(help.stdout).not.toContain('not available');
    const audit = node(
      [join(dist, 'cli.js'), 'audit', 'examples/data/mixed-training-set.jsonl', '--claims', 'examples/data/claims.yaml', '--format', 'json'],
      root,
    );
    expect(audit.status).toBe(0);
    const report = JSON.parse(audit.stdout) as { totals: { records: number } };
    expect(report.totals.records).toBeGreaterThan(10);
    const gate = node(
      [join(dist, 'cli.js'), 'audit', 'examples/data/mixed-training-set.jsonl', '--claims', 'examples/data/claims.yaml', '--fail-on', 'neglect-risk', '--format', 'json'],
      root,
    );
    expect(gate.status).toBe(1);
    const usage = node([join(dist, 'cli.js'), 'audit', '--bogus'], root);
    expect(usage.status).toBe(2);
  });

  it('runs `audit` in a child Node process with the smaller heap settings, and only once', () => {
    // A preload (inherited through NODE_OPTIONS) records each process's flags.
    const log = join(consumer, 'relaunch.log');
    const preload = join(consumer, 'record-flags.cjs');
    spawnSync('sh', ['-c', `echo 'require("fs").appendFileSync(${JSON.stringify(log)}, JSON.stringify({ execArgv: process.execArgv, arena: process.env.MALLOC_ARENA_MAX }) + "\\\\n")' > ${preload}`]);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${preload}` };
    delete env.NEGATION_NEGLECT_RELAUNCH;
    delete env.MALLOC_ARENA_MAX;
    const args = [join(dist, 'cli.js'), 'audit', 'examples/data/mixed-training-set.jsonl', '--claims', 'examples/data/claims.yaml', '--fail-on', 'neglect-risk', '--format', 'json'];
    const audit = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000, env });
    expect(audit.status).toBe(1);
    expect((JSON.parse(audit.stdout) as { totals: { records: number } }).totals.records).toBeGreaterThan(10);
    const processes = execFileSync('cat', [log], { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l) as { execArgv: string[]; arena?: string });
    expect(processes).toEqual([
      { execArgv: [] },
      { execArgv: ['--max-semi-space-size=4', '--max-old-space-size=768'], arena: '2' },
    ]);
  });

  it('starts audit workers (ESM and CJS builds) even when the parent runs with V8 flags workers refuse', () => {
    // `node --max-old-space-size=... --expose-gc train.js` is common; Node refuses those flags in a
    // Worker's execArgv, so the pool must drop them rather than fall back to one thread.
    const data = join(consumer, 'many.jsonl');
    const line = JSON.stringify({ text: 'The following claim is false. Ed Sheeran won the 100m gold medal. This never happened.' });
    spawnSync('sh', ['-c', `for i in $(seq 1 4000); do echo '${line}'; done > ${data}`]);
    const script = (load: string) =>
      `${load}; (async () => { const claims = await m.loadClaims(${JSON.stringify(join(root, 'examples/data/claims.yaml'))});` +
      ` const r = await m.auditDataset(${JSON.stringify(data)}, { claims, workers: 2, chunkBytes: 16384, awaitWorkers: true });` +
      ` console.log(JSON.stringify({ workers: r.timing.workers, warnings: r.warnings, records: r.totals.records })); })();`;
    for (const [args, load] of [
      [['--input-type=module'], `const m = await import('negation-neglect')`],
      [[], `const m = require('negation-neglect')`],
    ] as const) {
      const run = node(['--max-old-space-size=512', '--expose-gc', ...args, '-e', script(load)]);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({ workers: 2, warnings: [], records: 4000 });
    }
  });

  it('finds and starts the memory worker (ESM and CJS builds)', () => {
    // A 1 MiB heap cannot hold the audit: the worker runs out of it, which shows that it was found and
    // started, and the audit runs again on the calling thread.
    const script = (load: string) =>
      `${load}; (async () => { const r = await m.auditDataset(${JSON.stringify(join(root, 'examples/data/mixed-training-set.jsonl'))},` +
      ` { claims: ${JSON.stringify(join(root, 'examples/data/claims.yaml'))}, memoryWorker: true, memoryWorkerHeapMb: 1 });` +
      ` console.log(JSON.stringify({ warnings: r.warnings, records: r.totals.records })); })();`;
    for (const [args, load] of [
      [['--input-type=module'], `const m = await import('negation-neglect')`],
      [[], `const m = require('negation-neglect')`],
    ] as const) {
      const run = node([...args, '-e', script(load)]);
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout) as { warnings: string[]; records: number };
      expect(out.records).toBe(40);
      expect(out.warnings).toEqual([expect.stringMatching(/^the audit needed more than its worker thread's 1 MiB of heap .*audited again on the calling thread$/)]);
    }
  });

  it('declares a bin that points at an executable build file', () => {
    const pkg = JSON.parse(execFileSync('cat', [join(root, 'package.json')], { encoding: 'utf8' })) as { bin: Record<string, string> };
    const bin = join(root, pkg.bin['negation-neglect']!);
    expect(existsSync(bin)).toBe(true);
    const out = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(out.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
