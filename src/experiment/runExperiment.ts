import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeBeliefRates } from '../evaluate/summarizeBeliefRates.js';
import { compareConditions } from '../evaluate/compareConditions.js';
import type { ScoredSample } from '../evaluate/beliefRate.js';
import { ExperimentResults } from '../report/ExperimentResults.js';
import type { ReportCondition, ReportTrainingSetInput, ReportAuditSummaryInput } from '../report/experimentResultsSchema.js';
import { readResultsBrowserData } from '../report/readResultsBrowserData.js';
import { renderResultsBrowser } from '../report/renderResultsBrowser.js';
import { beliefCurveSeries } from '../report/beliefCurveSeries.js';
import type { ReportLineChartInput } from '../report/lineChartSchema.js';
import type { CheckpointsOutput, InContextSweepOutput } from './experimentTypes.js';
import { renderMarkdownReport } from '../report/renderMarkdownReport.js';
import { RESULTS_FILE_NAME } from '../report/readExperimentResults.js';
import { throwIfAborted, toAbortError } from '../util/abort.js';
import { AbortError } from '../errors.js';
import { checkPlacement } from './checkPlacement.js';
import { contentHash, stableStringify } from '../util/contentHash.js';
import type { ExperimentConfig } from './experimentConfig.js';
import type { PlanAssumptions, StepEstimate } from './experimentTypes.js';
import { planAssumptions, planExperimentSteps, samplesOf, stepInputHash, type PlannedStep } from './planExperiment.js';
import { acquireRunDirLock } from './runDirLock.js';
import { mergeTrainingPrices, TRAINING_PRICES_DATE, trainingPricePerMillion } from './trainingPrices.js';
import { DEFAULT_PRICES, DEFAULT_PRICES_DATE } from '../providers/chat/defaultPrices.js';
import { openRunJournal, writeFileAtomic, type RunJournal } from './runJournal.js';

/** Progress of a run, for progress bars and logs. */
export type ExperimentProgress =
  | { type: 'plan'; total: number; done: number }
  | { type: 'step-start'; key: string; step: string; index: number; total: number }
  | { type: 'step-reused'; key: string; step: string; index: number; total: number }
  | { type: 'step-done'; key: string; step: string; index: number; total: number; durationMs: number }
  | { type: 'step-message'; key: string; message: string }
  | { type: 'report'; files: string[] };

/** Options of {@link runExperiment}. */
export interface RunExperimentOptions {
  /** Where the journal, step outputs and reports live. Rerunning with the same directory resumes. */
  runDir: string;
  signal?: AbortSignal;
  onProgress?: (progress: ExperimentProgress) => void;
  /** Only plan: return the steps still to run and a token and cost estimate, run nothing. */
  dryRun?: boolean;
  /** Independent steps of one kind (the finetunes; the evaluations) run this many at a time. Default 4. */
  concurrency?: number;
}

/** A planned step in a dry run. */
export interface PlanEntry {
  key: string;
  step: string;
  params: unknown;
  paid: boolean;
  /** `done` when the journal already holds this step with the same inputs. */
  status: 'done' | 'pending';
  /** Token estimates, one per billed model (empty when the step declares none or is done). */
  estimate: StepEstimate[];
  /** USD, when the price table covers every billed model of the step. */
  costUsd: number | null;
}

/** What a dry run returns. */
export interface ExperimentPlan {
  dryRun: true;
  name: string;
  runDir: string;
  assumptions: PlanAssumptions;
  steps: PlanEntry[];
  totals: {
    pending: number;
    done: number;
    paidPending: number;
    inputTokens: number;
    outputTokens: number;
    trainingTokens: number;
    /** Sum of priced steps; `unpricedSteps` counts pending paid steps without a price. */
    costUsd: number;
    unpricedSteps: number;
    /** Training to pay for, per finetune provider: tokens, USD (null when some finetune has no price), and finetunes without a price. */
    training: Array<{
      provider: string;
      finetunes: number;
      trainingTokens: number;
      costUsd: number | null;
      unpriced: number;
      /** The training tokens by source of the training sets (`documents`, and mixed-in sources such as `pretraining`, `instruction`), epochs included. */
      sources: Array<{ source: string; records: number; trainingTokens: number }>;
    }>;
  };
  /** A readable summary of the plan. */
  text: string;
}

/** What a completed run returns. */
export interface ExperimentRun {
  dryRun: false;
  runDir: string;
  results: ExperimentResults;
  /** Keys of steps run in this call, and of steps reused from the journal. */
  executed: string[];
  reused: string[];
  /** Report files written (results.json, report.html with the samples view, report.md). */
  files: string[];
  /**
   * Keys of steps whose output is not whole (evaluations with failed samples). They are in the
   * report, with their failures counted, and run again by the next run.
   */
  incomplete: string[];
  /** Journal lines that could not be read (a torn write after a crash); their steps ran again. */
  skippedJournalLines: number;
}

function outputFile(key: string): string {
  return `steps/${key}.json`;
}

async function loadOutput(journal: RunJournal, step: PlannedStep, inputHash: string): Promise<{ output: unknown; hash: string } | undefined> {
  const done = journal.completed(step.key, inputHash);
  if (!done) return undefined;
  try {
    const output: unknown = JSON.parse(await readFile(join(journal.runDir, done.output), 'utf8'));
    // A step file that does not match its journal entry is treated as missing.
    return contentHash(output) === done.outputHash ? { output, hash: done.outputHash } : undefined;
  } catch {
    return undefined;
  }
}

/** USD of an estimate: the config's `prices` first, then the dated default chat and training tables; null when a billed part has no price. */
function priceOf(config: ExperimentConfig, estimate: StepEstimate): number | null {
  const table = config.prices ?? {};
  const price = (estimate.billedModel !== undefined ? table[estimate.billedModel] : undefined) ?? table['*'];
  const chat = estimate.billedModel !== undefined ? DEFAULT_PRICES[estimate.billedModel] : undefined;
  const input = price?.input ?? chat?.inputPerMillion;
  const output = price?.output ?? chat?.outputPerMillion;
  const training =
    price?.training ??
    (estimate.provider !== undefined && estimate.billedModel !== undefined
      ? trainingPricePerMillion(estimate.provider, estimate.billedModel, mergeTrainingPrices(config.trainingPrices))
      : undefined);
  const parts: Array<[number, number | undefined]> = [[estimate.inputTokens, input], [estimate.outputTokens, output], [estimate.trainingTokens, training]];
  if (parts.some(([tokens, perMillion]) => tokens > 0 && perMillion === undefined)) return null;
  return parts.reduce((usd, [tokens, perMillion]) => usd + (tokens * (perMillion ?? 0)) / 1e6, 0);
}

async function planRun(config: ExperimentConfig, options: RunExperimentOptions): Promise<ExperimentPlan> {
  const plan = planExperimentSteps(config);
  const assumptions = planAssumptions(config);
  const journal = await openRunJournal(options.runDir, { readOnly: true });
  const outputHashes = new Map<string, string>();
  const entries: PlanEntry[] = [];
  for (const step of plan) {
    const deps = step.dependsOn.map((k) => outputHashes.get(k));
    let status: PlanEntry['status'] = 'pending';
    if (deps.every((h): h is string => h !== undefined)) {
      const done = journal.completed(step.key, await stepInputHash(step, deps));
      if (done) {
        status = 'done';
        outputHashes.set(step.key, done.outputHash);
      }
    }
    const raw = status === 'pending' && step.plugin.estimate ? step.plugin.estimate(step.estimateInput as never, assumptions) : [];
    const estimate = Array.isArray(raw) ? raw : [raw];
    const prices = estimate.map((e) => (e.inputTokens + e.outputTokens + e.trainingTokens === 0 ? 0 : priceOf(config, e)));
    entries.push({
      key: step.key,
      step: `${step.plugin.name}@${step.plugin.version}`,
      params: step.plugin.params,
      paid: step.plugin.paid,
      status,
      estimate,
      costUsd: estimate.length === 0 || prices.some((p) => p === null) ? null : prices.reduce<number>((a, p) => a + (p ?? 0), 0),
    });
  }
  const pending = entries.filter((e) => e.status === 'pending');
  const sum = (f: (e: StepEstimate) => number) => pending.reduce((a, e) => a + e.estimate.reduce((b, x) => b + f(x), 0), 0);
  const totals: ExperimentPlan['totals'] = {
    pending: pending.length,
    done: entries.length - pending.length,
    paidPending: pending.filter((e) => e.paid).length,
    inputTokens: sum((e) => e.inputTokens),
    outputTokens: sum((e) => e.outputTokens),
    trainingTokens: sum((e) => e.trainingTokens),
    costUsd: pending.reduce((a, e) => a + (e.costUsd ?? 0), 0),
    unpricedSteps: pending.filter((e) => e.paid && e.costUsd === null).length,
    training: [],
  };
  for (const e of pending.flatMap((p) => p.estimate).filter((x) => x.trainingTokens > 0)) {
    const provider = e.provider ?? 'unknown';
    let row = totals.training.find((t) => t.provider === provider);
    if (!row) totals.training.push((row = { provider, finetunes: 0, trainingTokens: 0, costUsd: 0, unpriced: 0, sources: [] }));
    const usd = priceOf(config, e);
    row.finetunes++;
    row.trainingTokens += e.trainingTokens;
    for (const m of e.trainingMix ?? []) {
      let source = row.sources.find((x) => x.source === m.source);
      if (!source) row.sources.push((source = { source: m.source, records: 0, trainingTokens: 0 }));
      source.records += m.records;
      source.trainingTokens += m.records * m.tokensPerRecord * (e.epochs ?? 1);
    }
    if (usd === null) row.unpriced++;
    row.costUsd = row.unpriced > 0 ? null : row.costUsd! + usd!;
  }
  const fmt = (n: number) => n.toLocaleString('en-US');
  const lines = [
    `Experiment ${config.name}: ${entries.length} steps (${totals.done} done, ${totals.pending} to run, ${totals.paidPending} of them paid)`,
    `Claims: ${config.claims.map((c) => c.id).join(', ')}`,
    `Conditions: ${config.conditions.map((c) => `${c.name} (${c.strategy.name}, placement ${c.strategy.placement})`).join(', ')}`,
    `Models: ${config.models.map((m) => `${m.name} (${m.baseModel} via ${m.finetune.provider})`).join(', ')}`,
    `Estimate for the steps to run: ${fmt(totals.inputTokens)} input + ${fmt(totals.outputTokens)} output tokens, ${fmt(totals.trainingTokens)} training tokens` +
      `, about $${totals.costUsd.toFixed(2)}${totals.unpricedSteps ? ` (+ ${totals.unpricedSteps} paid steps without a price)` : ''}`,
    ...totals.training.flatMap((t) => [
      `Training via ${t.provider}: ${t.finetunes} finetune(s), ${fmt(t.trainingTokens)} tokens, ` +
        (t.costUsd !== null ? `about $${t.costUsd.toFixed(2)}` : `${t.unpriced} without a price (set \`prices: { <base model>: { training } }\`)`),
      ...(t.sources.length > 1 || t.sources.some((x) => x.source !== 'documents')
        ? [`  of which ${t.sources.map((x) => `${x.source} ${fmt(x.trainingTokens)} (${fmt(x.records)} records)`).join(', ')}`]
        : []),
    ]),
    `Prices: the config's \`prices\` first, then list prices of ${DEFAULT_PRICES_DATE} (chat) and ${TRAINING_PRICES_DATE} (training, unverified)` +
      `${config.trainingPrices ? ` with the config's \`trainingPrices\` for ${Object.keys(config.trainingPrices).join(', ')}` : ''}; see docs/finetune.md`,
    `Assumed: ${assumptions.documentsPerClaim} documents/claim × ${assumptions.tokensPerDocument} tokens, ${assumptions.questionsPerClaim} questions/claim × ${assumptions.samplesPerQuestion} samples`,
    '',
    ...entries.map((e) => `${e.status === 'done' ? '✓' : e.paid ? '$' : '·'} ${e.key}  [${e.step}]${e.costUsd !== null ? `  ~$${e.costUsd.toFixed(2)}` : ''}`),
  ];
  return { dryRun: true, name: config.name, runDir: options.runDir, assumptions, steps: entries, totals, text: `${lines.join('\n')}\n` };
}

/**
 * Runs an experiment over claims × conditions (strategies) × base models: documents → strategy →
 * audit (stops before any finetune when a training set lacks its declared placement) → training
 * records → finetune → evaluation of each base model, each finetuned model and the in-context
 * control → report. Every completed step is journalled in `runDir` with a hash of its inputs, so a
 * crash or abort loses nothing and a rerun never repeats a finished (paid) step. With `dryRun`, it
 * returns the plan and a token and cost estimate instead.
 *
 * @example
 * ```ts
 * const config = await loadExperimentConfig('experiment.yaml');
 * const plan = await runExperiment(config, { runDir: 'runs/exp1', dryRun: true });
 * console.log(plan.text);
 * const run = await runExperiment(config, { runDir: 'runs/exp1', signal, onProgress: console.log });
 * console.log(run.results);
 * ```
 */
export async function runExperiment(config: ExperimentConfig, options: RunExperimentOptions & { dryRun: true }): Promise<ExperimentPlan>;
export async function runExperiment(config: ExperimentConfig, options: RunExperimentOptions & { dryRun?: false }): Promise<ExperimentRun>;
export async function runExperiment(config: ExperimentConfig, options: RunExperimentOptions): Promise<ExperimentPlan | ExperimentRun>;
export async function runExperiment(config: ExperimentConfig, options: RunExperimentOptions): Promise<ExperimentPlan | ExperimentRun> {
  if (options.dryRun) return planRun(config, options);
  throwIfAborted(options.signal);
  const plan = planExperimentSteps(config);
  await mkdir(options.runDir, { recursive: true });
  const release = await acquireRunDirLock(options.runDir);
  try {
    return await executePlan(config, plan, options);
  } finally {
    await release();
  }
}

async function executePlan(config: ExperimentConfig, plan: PlannedStep[], options: RunExperimentOptions): Promise<ExperimentRun> {
  const { signal, onProgress, runDir } = options;
  const minShare = config.minPlacementShare ?? 0.9;
  const journal = await openRunJournal(runDir);
  await journal.append({
    type: 'run-started',
    at: new Date().toISOString(),
    configHash: contentHash(plan.map((s) => [s.key, s.plugin.name, s.plugin.version, s.plugin.params, s.identity])),
    plan: plan.length,
  });
  const outputs = new Map<string, unknown>();
  const outputHashes = new Map<string, string>();
  const executed: string[] = [];
  const reused: string[] = [];
  const incomplete: string[] = [];
  onProgress?.({ type: 'plan', total: plan.length, done: 0 });

  const runStep = async (step: PlannedStep, index: number): Promise<void> => {
    throwIfAborted(signal);
    const inputHash = await stepInputHash(step, step.dependsOn.map((k) => outputHashes.get(k)!));
    const base = { key: step.key, step: step.plugin.name, index, total: plan.length };
    let output: unknown;
    const previous = await loadOutput(journal, step, inputHash);
    if (previous) {
      output = previous.output;
      outputHashes.set(step.key, previous.hash);
      reused.push(step.key);
      onProgress?.({ type: 'step-reused', ...base });
    } else {
      onProgress?.({ type: 'step-start', ...base });
      const started = Date.now();
      try {
        const result = await step.plugin.run(step.input(outputs), {
          runDir,
          stepDir: join(runDir, 'work', step.key),
          ...(signal ? { signal } : {}),
          report: (message) => onProgress?.({ type: 'step-message', key: step.key, message }),
        });
        // Round-trip through JSON so a reused output is byte-for-byte what a fresh run passes on.
        output = JSON.parse(stableStringify(result));
      } catch (error) {
        if (signal?.aborted) throw toAbortError(signal);
        await journal.append({ type: 'step-failed', at: new Date().toISOString(), key: step.key, step: step.plugin.name, inputHash, error: String((error as Error)?.message ?? error) });
        throw error;
      }
      const hash = contentHash(output);
      await writeFileAtomic(join(runDir, outputFile(step.key)), `${JSON.stringify(output)}\n`);
      if (step.plugin.isComplete && !step.plugin.isComplete(output as never)) {
        await journal.append({ type: 'step-incomplete', at: new Date().toISOString(), key: step.key, step: step.plugin.name, inputHash, output: outputFile(step.key) });
        incomplete.push(step.key);
      } else await journal.append({
        type: 'step-completed',
        at: new Date().toISOString(),
        key: step.key,
        step: step.plugin.name,
        version: step.plugin.version,
        params: step.plugin.params,
        inputHash,
        outputHash: hash,
        output: outputFile(step.key),
        durationMs: Date.now() - started,
      });
      outputHashes.set(step.key, hash);
      executed.push(step.key);
      onProgress?.({ type: 'step-done', ...base, durationMs: Date.now() - started });
    }
    outputs.set(step.key, output);
    if (step.slot === 'audit' && step.condition) {
      checkPlacement(output as ReportAuditSummaryInput, {
        trainingSet: `${step.claim.id}/${step.condition.name}`,
        claimId: step.claim.id,
        declared: step.condition.strategy.placement,
        minShare,
      });
    }
  };

  // Consecutive steps of the same kind that do not read each other's outputs (all finetunes, all
  // evaluations) run together, up to `concurrency` at a time; the plan order is kept otherwise.
  const limit = options.concurrency ?? 4;
  const kind = (step: PlannedStep) => (step.slot === 'inContext' || step.slot === 'inContextSweep' ? 'evaluate' : step.slot);
  for (let start = 0; start < plan.length; ) {
    let end = start + 1;
    const wave = new Set([plan[start]!.key]);
    while (end < plan.length && kind(plan[end]!) === kind(plan[start]!) && !plan[end]!.dependsOn.some((k) => wave.has(k))) wave.add(plan[end++]!.key);
    const indices = Array.from({ length: end - start }, (_, i) => start + i);
    let next = 0;
    const errors: unknown[] = [];
    const worker = async () => {
      while (next < indices.length && errors.length === 0) {
        const index = indices[next++]!;
        try {
          await runStep(plan[index]!, index);
        } catch (error) {
          errors.push(error);
        }
      }
    };
    // Every started step settles before the run returns, so nothing writes to the journal afterwards.
    await Promise.all(Array.from({ length: Math.min(limit, indices.length) }, worker));
    if (signal?.aborted) throw toAbortError(signal);
    if (errors.length > 0) throw errors.find((e) => !(AbortError.isInstance(e))) ?? errors[0];
    start = end;
  }

  const results = buildResults(config, plan, outputs);
  const files = [RESULTS_FILE_NAME, 'report.html', 'report.md'];
  await writeFileAtomic(join(runDir, RESULTS_FILE_NAME), `${JSON.stringify(results, null, 2)}\n`);
  // report.html is what `negation-neglect view` writes: the report plus every sample behind its bars,
  // read back from the step outputs (samples that are not whole records are counted in its notes).
  const browser = await readResultsBrowserData(runDir, { signal });
  await writeFileAtomic(join(runDir, 'report.html'), renderResultsBrowser(browser.results, browser.samples));
  await writeFileAtomic(join(runDir, 'report.md'), renderMarkdownReport(results.data));
  await journal.append({ type: 'run-finished', at: new Date().toISOString(), results: RESULTS_FILE_NAME });
  onProgress?.({ type: 'report', files });
  return { dryRun: false, runDir, results, executed, reused, incomplete, files: files.map((f) => join(runDir, f)), skippedJournalLines: journal.skippedLines.length };
}

/** A base evaluation is the baseline of the conditions of its model and reasoning mode. */
const baseKey = (step: PlannedStep) => JSON.stringify([step.model?.name, step.reasoning ?? null]);

function buildResults(config: ExperimentConfig, plan: PlannedStep[], outputs: ReadonlyMap<string, unknown>): ExperimentResults {
  const samples: ScoredSample[] = [];
  const conditions: ReportCondition[] = [];
  const rank = new Map<string, number>();
  // Each finetuned or in-context condition is compared with its own model's base condition.
  const baseOf = new Map<string, string>();
  for (const step of plan) {
    if (step.slot === 'evaluate' && !step.condition && step.model && step.evalCondition) baseOf.set(baseKey(step), step.evalCondition);
  }
  const pairs: Array<{ a: string; b: string }> = [];
  const thinking = (step: PlannedStep) => (step.reasoning ? `, reasoning ${step.reasoning}` : '');
  for (const step of plan) {
    // Checkpoint evaluations and the K sweep are curves, not conditions of the bar charts.
    if (step.evalCondition === undefined || step.slot === 'checkpoints' || step.slot === 'inContextSweep') continue;
    for (const s of samplesOf(outputs.get(step.key))) samples.push({ ...s, claim: step.claim.id, condition: step.evalCondition });
    if (rank.has(step.evalCondition)) continue;
    rank.set(step.evalCondition, step.slot === 'inContext' ? 2 : step.condition ? 1 : 0);
    const base = step.model ? baseOf.get(baseKey(step)) : undefined;
    if (step.condition && base) pairs.push({ a: base, b: step.evalCondition });
    const strategy = step.slot === 'evaluate' ? step.condition?.strategy : undefined;
    conditions.push({
      name: step.evalCondition,
      placement: strategy ? strategy.placement : 'none',
      qualifier: strategy?.qualifier ?? null,
      description:
        step.slot === 'inContext'
          ? `${step.model?.baseModel} with ${step.condition?.name} documents in the prompt (in-context control${thinking(step)})`
          : strategy
            ? `${step.model?.baseModel} finetuned on ${step.condition?.name} documents (${strategy.name}${thinking(step)})${step.condition?.description ? `: ${step.condition.description}` : ''}`
            : `${step.model?.baseModel}, not finetuned${thinking(step)}`,
    });
  }
  // Charts read left to right: base models, finetuned conditions, then the in-context controls.
  conditions.sort((a, b) => rank.get(a.name)! - rank.get(b.name)!);
  const summary = summarizeBeliefRates(samples, { conditionOrder: conditions.map((c) => c.name), seed: 0 });
  const comparisons = pairs.map((p) => compareConditions(samples, { ...p, seed: 0 }));
  const trainingSets: ReportTrainingSetInput[] = plan
    .filter((s) => s.slot === 'audit' && s.condition)
    .map((s) => ({
      name: `${s.claim.id}/${s.condition!.name}`,
      claim: s.claim.id,
      condition: s.condition!.name,
      declaredPlacement: s.condition!.strategy.placement,
      audit: outputs.get(s.key) as ReportAuditSummaryInput,
    }));
  const lineCharts = lineChartsOf(plan, outputs);
  return new ExperimentResults({
    title: `Experiment ${config.name}`,
    ...(lineCharts.length ? { lineCharts } : {}),
    createdAt: new Date().toISOString(),
    summary,
    claims: config.claims.map((c) => ({ name: c.id, statement: c.statement })),
    conditions,
    trainingSets,
    comparisons,
    metadata: { claims: config.claims.map((c) => c.id), models: config.models.map((m) => ({ name: m.name, baseModel: m.baseModel })) },
  });
}

/**
 * Curves of one slot's outputs: one series per condition label, each point the samples at one `x`
 * pooled over claims (and seeds), summarized as the mean over claims.
 */
function beliefCurves(
  plan: PlannedStep[],
  outputs: ReadonlyMap<string, unknown>,
  slot: PlannedStep['slot'],
  pointsOf: (output: unknown) => Array<{ x: number; samples: ScoredSample[] }>,
): ReportLineChartInput['series'] {
  const byCondition = new Map<string, Map<number, ScoredSample[]>>();
  for (const step of plan) {
    if (step.slot !== slot || step.evalCondition === undefined) continue;
    const curve = byCondition.get(step.evalCondition) ?? new Map<number, ScoredSample[]>();
    byCondition.set(step.evalCondition, curve);
    for (const p of pointsOf(outputs.get(step.key))) {
      const at = curve.get(p.x) ?? [];
      curve.set(p.x, at);
      for (const s of p.samples) at.push({ ...s, claim: step.claim.id });
    }
  }
  return [...byCondition].map(([name, curve]) => beliefCurveSeries({ name, points: [...curve].map(([x, samples]) => ({ x, samples })) }));
}

/** The report's line charts: belief by training step (checkpoints) and by documents in the prompt (K sweep). */
function lineChartsOf(plan: PlannedStep[], outputs: ReadonlyMap<string, unknown>): ReportLineChartInput[] {
  const charts: ReportLineChartInput[] = [];
  const bySteps = beliefCurves(plan, outputs, 'checkpoints', (o) => (o as CheckpointsOutput).checkpoints.map((c) => ({ x: c.step, samples: c.samples })));
  if (bySteps.some((s) => s.points.length > 0)) {
    charts.push({ id: 'belief-by-step', title: 'Belief by training step (mean over claims)', xLabel: 'training step', xScale: 'log', series: bySteps });
  }
  const byK = beliefCurves(plan, outputs, 'inContextSweep', (o) => (o as InContextSweepOutput).points.map((p) => ({ x: p.k, samples: p.samples })));
  if (byK.some((s) => s.points.length > 0)) {
    charts.push({ id: 'belief-by-k', title: 'Belief with K documents in the prompt (base model, mean over claims)', xLabel: 'K', xScale: 'linear', series: byK });
  }
  return charts;
}
