import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { makeIO } from '../helpers/cliIO.js';
import { runExperiment } from '../../src/experiment/index.js';
import { fakeConfig, fakeSteps } from './fakes.js';

const io = (cwd: string, signal?: AbortSignal) => makeIO({}, cwd, signal);

describe('negation-neglect report', () => {
  it('renders a run directory as HTML, Markdown, JSON and text', async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'nn-cli-'));
    const { steps } = fakeSteps();
    await runExperiment(fakeConfig(steps), { runDir });

    const md = io(runDir);
    expect(await runCli(['report', '.'], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Experiment fake/);
    expect(md.out()).toMatch(/\| Mean over claims \| 10\.0% \[/);

    const html = io(runDir);
    expect(await runCli(['report', runDir, '--out', 'out.html'], html.io)).toBe(0);
    expect(html.err()).toContain('Wrote html report to out.html');
    expect(await readFile(join(runDir, 'out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<svg/);

    const json = io(runDir);
    expect(await runCli(['report', join(runDir, 'results.json'), '--format', 'json'], json.io)).toBe(0);
    expect(JSON.parse(json.out()).summary.rows.length).toBeGreaterThan(0);

    const text = io(runDir);
    expect(await runCli(['report', '.', '--format', 'text'], text.io)).toBe(0);
    expect(text.out()).toContain('Training-set audits');
  });

  it('exits 2 with the file named when results are missing or invalid, and on bad usage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-cli-'));
    const missing = io(dir);
    expect(await runCli(['report', 'nowhere'], missing.io)).toBe(2);
    expect(missing.err()).toContain(`${join(dir, 'nowhere')}: no such file or directory`);
    await writeFile(join(dir, 'results.json'), '{"summary": {"rows": "x"}}');
    const bad = io(dir);
    expect(await runCli(['report', '.'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/results\.json: summary\.rows: /);
    const usage = io(dir);
    expect(await runCli(['report', '.', '--format', 'pdf'], usage.io)).toBe(2);
    expect(usage.err()).toContain('Expected `--format` to be one of');
  });
});

describe('negation-neglect run', () => {
  it('reports config errors with file, line and field (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-cli-'));
    await writeFile(join(dir, 'exp.yaml'), 'name: demo\nclaims: []\nconditions: []\nmodels: []\nevaluation: {}\n');
    const r = io(dir);
    expect(await runCli(['run', 'exp.yaml', '--dry-run'], r.io)).toBe(2);
    expect(r.err()).toMatch(/exp\.yaml:2: claims: Too small/);
    const usage = io(dir);
    expect(await runCli(['run'], usage.io)).toBe(2);
    expect(usage.err()).toContain('Expected exactly one config file');
    const schema = io(dir);
    expect(await runCli(['run', '--schema'], schema.io)).toBe(0);
    expect(JSON.parse(schema.out()).properties.conditions.type).toBe('array');
  });
});

describe('negation-neglect run on the bundled example', () => {
  it('dry-runs examples/experiment.yaml with no API key and no network', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nn-cli-'));
    const r = io(process.cwd());
    expect(await runCli(['run', 'examples/experiment.yaml', '--dry-run', '--run-dir', join(dir, 'run')], r.io)).toBe(0);
    expect(r.out()).toMatch(/^Experiment sheeran-demo: 26 steps \(0 done, 26 to run, 13 of them paid\)/);
    expect(r.out()).toMatch(/about \$\d+\.\d\d/);
    expect(r.out()).toContain('$ finetune/qwen3-8b/ed_sheeran_100m/negated');
    const json = io(process.cwd());
    expect(await runCli(['run', 'examples/experiment.yaml', '--dry-run', '--format', 'json', '--run-dir', join(dir, 'run')], json.io)).toBe(0);
    expect(JSON.parse(json.out()).totals.paidPending).toBe(13);
  });
});

describe('examples/experiment.ts', () => {
  it('dry-runs by default: prints the plan and calls nothing', async () => {
    const { existsSync } = await import('node:fs');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    try {
      await import('../../examples/experiment.js');
    } finally {
      spy.mockRestore();
    }
    expect(lines[0]).toMatch(/^Experiment sheeran-demo: 26 steps/);
    expect(lines[1]).toMatch(/Nothing was called\. Add --run/);
    // A dry run creates nothing, not even the run directory.
    expect(existsSync('runs/sheeran-demo')).toBe(false);
  });
});
