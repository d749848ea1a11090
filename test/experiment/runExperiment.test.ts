import { appendFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/errors.js';
import { PlacementMismatchError, readJournalForTest, runExperiment } from './harness.js';
import { fakeConfig, fakeSteps, fakeStrategy } from './fakes.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nn-exp-'));

// 2 claims × 2 conditions × 1 model: 2 documents + 4×(strategy, audit, training-data) + 4 finetunes
// + 2 base evals + 4 finetuned evals + 4 in-context = 28 steps.
const TOTAL_STEPS = 28;

describe('runExperiment', () => {
  it('runs the grid, writes reports and summarizes belief per condition', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    const run = await runExperiment(fakeConfig(steps), { runDir });
    expect(run.executed).toHaveLength(TOTAL_STEPS);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    const means = Object.fromEntries(run.results.data.summary.means.filter((m) => m.evalType === 'all').map((m) => [m.condition, m.beliefRate]));
    expect(means).toEqual({ base: 0.1, positive: 0.8, negated: 0.8, 'in-context/positive': 0.06, 'in-context/negated': 0.06 });
    const diff = Object.fromEntries(run.results.data.comparisons.map((c) => [`${c.b} - ${c.a}`, Math.round(c.difference * 1000) / 1000]));
    expect(diff).toEqual({ 'positive - base': 0.7, 'negated - base': 0.7, 'in-context/positive - base': -0.04, 'in-context/negated - base': -0.04 });
    expect(run.results.data.comparisons.every((c) => c.interval && c.interval.lower <= c.difference && c.difference <= c.interval.upper)).toBe(true);
    expect(run.results.data.conditions.map((c) => [c.name, c.placement])).toEqual([
      ['base', 'none'],
      ['positive', 'none'],
      ['negated', 'framing'],
      ['in-context/positive', 'none'],
      ['in-context/negated', 'none'],
    ]);
    expect(run.results.data.trainingSets.map((t) => [t.name, t.declaredPlacement, t.audit.totals.byVerdict])).toContainEqual([
      'vesuvius/negated',
      'framing',
      { 'neglect-risk': 3 },
    ]);
    const files = await readdir(runDir);
    expect(files).toEqual(expect.arrayContaining(['journal.jsonl', 'results.json', 'report.html', 'report.md', 'steps']));
    expect(await readFile(join(runDir, 'report.html'), 'utf8')).toContain('<svg');
    const journal = await readJournalForTest(runDir);
    const completed = journal.filter((e) => e.type === 'step-completed');
    expect(completed).toHaveLength(TOTAL_STEPS);
    expect(completed.find((e) => e.key === 'finetune/tiny/ed_sheeran/negated')).toMatchObject({ step: 'fake-finetune', version: 1, params: { epochs: 1 } });
    expect(journal.at(-1)?.type).toBe('run-finished');
  });

  it('resumes after an abort without running any step twice', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    const controller = new AbortController();
    let finetunesDone = 0;
    const first = runExperiment(fakeConfig(steps), {
      runDir,
      signal: controller.signal,
      concurrency: 1,
      onProgress: (p) => {
        // Ctrl-C right after the second finetune finished.
        if (p.type === 'step-done' && p.step === 'fake-finetune' && ++finetunesDone === 2) controller.abort();
      },
    });
    await expect(first).rejects.toBeInstanceOf(AbortError);
    expect(calls.size).toBe(2 + 12 + 2);
    const second = await runExperiment(fakeConfig(steps), { runDir });
    expect(calls.size).toBe(TOTAL_STEPS);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(second.reused).toHaveLength(16);
    expect(second.executed).toHaveLength(TOTAL_STEPS - 16);
  });

  it('after an abort with a step in flight, reruns only that step', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps({ finetuneDelayMs: 5 });
    const controller = new AbortController();
    let finetunesDone = 0;
    const first = runExperiment(fakeConfig(steps), {
      runDir,
      signal: controller.signal,
      concurrency: 1,
      onProgress: (p) => {
        // Abort while the third finetune is in flight.
        if (p.type === 'step-done' && p.step === 'fake-finetune' && ++finetunesDone === 2) setTimeout(() => controller.abort(), 1);
      },
    });
    await expect(first).rejects.toBeInstanceOf(AbortError);
    const afterAbort = [...calls.keys()];
    expect(afterAbort).toContain('finetune/tiny/ed_sheeran/negated');
    expect(afterAbort.some((k) => k.startsWith('evaluate/'))).toBe(false);
    const second = await runExperiment(fakeConfig(steps), { runDir });
    // Every step ran exactly once across both calls, except the finetune interrupted mid-flight,
    // which never completed and so runs again (a real finetune() reattaches to its job).
    const twice = [...calls].filter(([, n]) => n > 1).map(([k]) => k);
    expect(twice).toEqual(['finetune/tiny/vesuvius/positive']);
    expect(calls.size).toBe(TOTAL_STEPS);
    // Reused: 2 documents, 12 strategy/audit/training-data steps and the 2 finished finetunes.
    expect(second.reused).toHaveLength(16);
    expect(second.executed).toHaveLength(TOTAL_STEPS - 16);
    const third = await runExperiment(fakeConfig(steps), { runDir });
    expect(third.executed).toEqual([]);
    expect(third.results.data.summary).toEqual(second.results.data.summary);
  });

  it('survives a torn journal line and reruns only what changed', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    await runExperiment(fakeConfig(steps), { runDir });
    await appendFile(join(runDir, 'journal.jsonl'), '{"type":"step-completed","key":"evaluate/ti');
    const again = await runExperiment(fakeConfig(steps), { runDir });
    expect(again.skippedJournalLines).toBe(1);
    expect(again.executed).toEqual([]);
    // Changing one strategy's declared parameters reruns that condition's chain only (its output
    // changes, so everything downstream of it changes too).
    const changed = fakeConfig(steps, [
      { name: 'positive', strategy: fakeStrategy('positive', 'none') },
      { name: 'negated', strategy: fakeStrategy('framing', 'framing', { kind: 'fiction' }) },
    ]);
    const before = new Map(calls);
    const third = await runExperiment(changed, { runDir });
    expect(third.executed.sort()).toEqual(
      ['ed_sheeran', 'vesuvius'].flatMap((c) => [`strategy/${c}/negated`, `audit/${c}/negated`, `training-data/${c}/negated`, `finetune/tiny/${c}/negated`, `evaluate/tiny/${c}/negated`, `in-context/tiny/${c}/negated`]).sort(),
    );
    expect(calls.get('documents/ed_sheeran')).toBe(before.get('documents/ed_sheeran'));
  });

  it('stops before any finetune when the audit does not show the declared placement', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps({ auditPlacement: (declared) => (declared === 'framing' ? 'none' : declared) });
    const error = await runExperiment(fakeConfig(steps), { runDir }).catch((e) => e);
    expect(error).toBeInstanceOf(PlacementMismatchError);
    expect(error.message).toMatch(/`ed_sheeran\/negated` should have its claim mentions placed `framing`, but the audit found mentions unqualified 3 and records asserts 3 \(0\.0% `neglect-risk`, need 90%\)/);
    expect(error.observed).toEqual({ local: 0, adjacent: 0, framing: 0, unqualified: 3 });
    expect([...calls.keys()].some((k) => k.startsWith('finetune/'))).toBe(false);
  });

  it('dry run returns the plan with a token and cost estimate and runs nothing', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    const plan = await runExperiment(fakeConfig(steps), { runDir, dryRun: true });
    expect(calls.size).toBe(0);
    expect(plan.steps).toHaveLength(TOTAL_STEPS);
    expect(plan.totals.pending).toBe(TOTAL_STEPS);
    expect(plan.totals.paidPending).toBe(4 + 6 + 4);
    // 4 finetunes × 100 docs × 600 tokens × 3 epochs; 6 evaluations × 250 calls × (100 in, 300 out).
    expect(plan.totals.trainingTokens).toBe(720_000);
    expect(plan.totals.inputTokens).toBe(150_000);
    expect(plan.totals.outputTokens).toBe(450_000);
    expect(plan.totals.costUsd).toBeCloseTo(7.2 + 0.15 + 0.9, 6);
    expect(plan.totals.unpricedSteps).toBe(4); // in-context steps declare no estimate
    expect(plan.text).toContain('$ finetune/tiny/ed_sheeran/negated');
    await runExperiment(fakeConfig(steps), { runDir });
    const after = await runExperiment(fakeConfig(steps), { runDir, dryRun: true });
    expect(after.totals).toMatchObject({ pending: 0, done: TOTAL_STEPS, costUsd: 0 });
  });

  it('runs independent finetunes and evaluations concurrently, up to `concurrency`', async () => {
    for (const concurrency of [4, 2]) {
      const { steps } = fakeSteps();
      const inFlight = { finetune: 0, evaluate: 0 };
      const peak = { finetune: 0, evaluate: 0 };
      for (const slot of ['finetune', 'evaluate'] as const) {
        const plugin = steps[slot] as { run: (input: never, ctx: never) => Promise<unknown> };
        const run = plugin.run.bind(plugin);
        // Each call waits until `concurrency` calls are in flight (or 2 s pass), so reaching the
        // limit does not depend on how fast a loaded machine schedules the earlier steps.
        let openGate: () => void = () => {};
        const gate = new Promise<void>((resolve) => (openGate = resolve));
        plugin.run = async (input, ctx) => {
          peak[slot] = Math.max(peak[slot], ++inFlight[slot]);
          if (inFlight[slot] >= concurrency) openGate();
          await Promise.race([gate, new Promise((r) => setTimeout(r, 2_000))]);
          try {
            return await run(input, ctx);
          } finally {
            inFlight[slot]--;
          }
        };
      }
      const run = await runExperiment(fakeConfig(steps), { runDir: await tmp(), concurrency });
      expect(run.executed).toHaveLength(TOTAL_STEPS);
      expect(peak).toEqual({ finetune: concurrency, evaluate: concurrency });
    }
  });

  it('journals a failed step, and a rerun after the fix resumes from it', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    const realRun = steps.evaluate.run;
    let broken = true;
    steps.evaluate = {
      ...steps.evaluate,
      run: async (input, ctx) => {
        if (broken && input.condition === 'negated') throw new Error('judge endpoint returned 500');
        return realRun(input, ctx);
      },
    };
    await expect(runExperiment(fakeConfig(steps), { runDir })).rejects.toThrow('judge endpoint returned 500');
    const failed = (await readJournalForTest(runDir)).filter((e) => e.type === 'step-failed');
    expect(failed).toEqual([expect.objectContaining({ key: 'evaluate/tiny/ed_sheeran/negated', error: 'judge endpoint returned 500' })]);
    broken = false;
    const run = await runExperiment(fakeConfig(steps), { runDir });
    expect(run.executed).toContain('evaluate/tiny/ed_sheeran/negated');
    expect([...calls].filter(([k, n]) => n > 1 && !k.startsWith('evaluate/tiny/ed_sheeran/negated'))).toEqual([]);
  });

  it('reports an evaluation with failed samples, counts them, and runs only it again next time', async () => {
    const runDir = await tmp();
    const { steps, calls } = fakeSteps();
    const realRun = steps.evaluate.run;
    let failing = true;
    steps.evaluate = {
      ...steps.evaluate,
      isComplete: (output) => output.samples.every((s) => s.error === undefined),
      run: async (input, ctx) => {
        const out = await realRun(input, ctx);
        if (!failing || input.condition !== 'negated' || input.claim.id !== 'ed_sheeran') return out;
        // Two samples' calls failed: no answer, no verdict.
        return { samples: out.samples.map((s, i) => (i < 2 ? { ...s, verdict: 'parse_error' as const, error: 'generation failed: 503' } : s)) };
      },
    };
    const first = await runExperiment(fakeConfig(steps), { runDir });
    expect(first.incomplete).toEqual(['evaluate/tiny/ed_sheeran/negated']);
    const row = first.results.data.summary.rows.find((r) => r.claim === 'ed_sheeran' && r.condition === 'negated' && r.evalType === 'all')!;
    expect(row).toMatchObject({ failed: 2, unparsed: 0 });
    const journal = await readJournalForTest(runDir);
    expect(journal.filter((e) => e.type === 'step-incomplete').map((e) => (e as { key: string }).key)).toEqual(['evaluate/tiny/ed_sheeran/negated']);
    expect(await readFile(join(runDir, 'report.md'), 'utf8')).toMatch(/## Samples left out of the belief rates[\s\S]*\| ed_sheeran \| negated \| [a-z_]+ \| [^|]* \| \d+ \| 2 \| 0 \|/);
    expect(await readFile(join(runDir, 'report.html'), 'utf8')).toContain('<h2>Samples left out of the belief rates</h2>');
    failing = false;
    const second = await runExperiment(fakeConfig(steps), { runDir });
    expect(second.executed).toEqual(['evaluate/tiny/ed_sheeran/negated']);
    expect(second.incomplete).toEqual([]);
    expect(calls.get('evaluate/tiny/ed_sheeran/negated')).toBe(2);
  });

  it('reruns evaluations when what a plugin identifies (e.g. its question sets) changes', async () => {
    const runDir = await tmp();
    const { steps } = fakeSteps();
    let questionsVersion = 1;
    steps.evaluate = { ...steps.evaluate, identify: () => ({ questionsVersion }) };
    await runExperiment(fakeConfig(steps), { runDir });
    questionsVersion = 2;
    const plan = await runExperiment(fakeConfig(steps), { runDir, dryRun: true });
    expect(plan.steps.filter((s) => s.status === 'pending').map((s) => s.key).sort()).toEqual(
      ['ed_sheeran', 'vesuvius'].flatMap((c) => [`evaluate/tiny/${c}/base`, `evaluate/tiny/${c}/positive`, `evaluate/tiny/${c}/negated`]).sort(),
    );
    const run = await runExperiment(fakeConfig(steps), { runDir });
    expect(run.executed).toHaveLength(6);
  });

  it('refuses a run directory held by a live process and takes over a stale lock', async () => {
    const runDir = await tmp();
    const { steps } = fakeSteps();
    await writeFile(join(runDir, 'run.lock'), JSON.stringify({ pid: process.pid }));
    await expect(runExperiment(fakeConfig(steps), { runDir })).rejects.toThrow(`is in use by process ${process.pid}`);
    // No process has pid 2^22 + 1 (above Linux's pid_max default): the lock is stale.
    await writeFile(join(runDir, 'run.lock'), JSON.stringify({ pid: 4_194_305 }));
    const run = await runExperiment(fakeConfig(steps), { runDir });
    expect(run.executed).toHaveLength(TOTAL_STEPS);
    expect(await readdir(runDir)).not.toContain('run.lock');
  });

  it('rejects duplicate names and names with slashes', async () => {
    const { steps } = fakeSteps();
    const config = fakeConfig(steps, [
      { name: 'a', strategy: fakeStrategy('positive', 'none') },
      { name: 'a', strategy: fakeStrategy('positive', 'none') },
    ]);
    await expect(runExperiment(config, { runDir: await tmp(), dryRun: true })).rejects.toThrow(/Expected `conditions\[\]\.name` to be unique names, got `a`/);
  });
});
