import { join } from 'node:path';
import { InvalidArgumentError } from '../errors.js';
import { inContextSolver, type Solver } from '../evaluate/solvers.js';
import type { JsonValue } from '../strategies/types.js';
import type { EvaluateInput, EvaluateOutput, ExperimentStep, InContextInput, InContextSweepOutput, StepContext, StepEstimate } from './experimentTypes.js';

/** The paper's in-context sweep: K ∈ {0, 1, 2, 5, 10, 20, 50} documents in the prompt. */
export const PAPER_IN_CONTEXT_K = [0, 1, 2, 5, 10, 20, 50] as const;

/** Options of the in-context K sweep (`evaluation.inContextSweep`). */
export interface InContextSweepOptions {
  /** Numbers of documents to put in the prompt (default {@link PAPER_IN_CONTEXT_K}; 0 = the base model alone). */
  k?: readonly number[];
  /** Seeds (which K documents are drawn), or how many seeds `0..n-1` (default 3). */
  seeds?: number | readonly number[];
  /** Skip a K whose documents would take more prompt tokens than this (about 4 characters a token). */
  maxPromptTokens?: number;
}

/**
 * Builds the `evaluate-in-context-sweep` step: for each K and seed, the base model answers with K of
 * the condition's documents in the prompt (K = 0: none), judged like the other evaluations. A K larger
 * than the condition's documents, or over `maxPromptTokens`, is skipped and reported, never silently.
 * Each (K, seed) evaluation keeps its own directory, so batch judging resumes per point.
 *
 * @example
 * ```ts
 * const sweep = inContextSweepStep({ k: [0, 5, 50], seeds: 3 }, { evaluate, params: { judge }, estimate });
 * ```
 */
export function inContextSweepStep(
  options: InContextSweepOptions,
  parts: {
    evaluate: (input: EvaluateInput, ctx: StepContext, solver?: Solver) => Promise<EvaluateOutput>;
    params: { [key: string]: JsonValue };
    identify: ExperimentStep<InContextInput, InContextSweepOutput>['identify'];
    /** The estimate of one evaluation with `extraInputTokens` more per call. */
    estimate: (extraInputTokens: number) => NonNullable<ExperimentStep<InContextInput, InContextSweepOutput>['estimate']>;
  },
): ExperimentStep<InContextInput, InContextSweepOutput> {
  const ks = [...(options.k ?? PAPER_IN_CONTEXT_K)];
  ks.forEach((k, i) => {
    if (!Number.isInteger(k) || k < 0) throw new InvalidArgumentError(`inContextSweep.k[${i}]`, 'a non-negative integer', k);
  });
  const seeds = typeof options.seeds === 'number' || options.seeds === undefined ? Array.from({ length: options.seeds ?? 3 }, (_, i) => i) : [...options.seeds];
  if (seeds.length === 0) throw new InvalidArgumentError('inContextSweep.seeds', 'at least one seed', options.seeds);
  const budget = options.maxPromptTokens;
  return {
    name: 'evaluate-in-context-sweep',
    version: 1,
    params: { ...parts.params, k: ks, seeds, maxPromptTokens: budget ?? null },
    paid: true,
    async run(input, ctx) {
      const texts = input.documents.map((d) => ('messages' in d ? d.messages.map((m) => `${m.role}: ${m.content}`).join('\n') : d.text));
      const meanTokens = texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length) / 4;
      const out: InContextSweepOutput = { points: [], skipped: [] };
      for (const k of ks) {
        if (k > texts.length) {
          out.skipped.push({ k, reason: `the condition has ${texts.length} documents` });
          continue;
        }
        if (budget !== undefined && k * meanTokens > budget) {
          out.skipped.push({ k, reason: `about ${Math.round(k * meanTokens)} prompt tokens, over the budget of ${budget}` });
          continue;
        }
        // K = 0 draws no documents: one seed says all there is.
        for (const seed of k === 0 ? seeds.slice(0, 1) : seeds) {
          ctx.report(`K=${k} seed ${seed}`);
          const pointCtx = { ...ctx, stepDir: join(ctx.stepDir, `k${k}-seed${seed}`) };
          const solver = k === 0 ? undefined : inContextSolver({ documents: texts, k, seed });
          const { samples } = await parts.evaluate(input, pointCtx, solver);
          out.points.push({ k, seed, samples });
        }
      }
      for (const s of out.skipped) ctx.report(`K=${s.k} skipped: ${s.reason}`);
      return out;
    },
    ...(parts.identify ? { identify: parts.identify } : {}),
    estimate: (input, a) =>
      ks.flatMap((k) => {
        if (budget !== undefined && k * a.tokensPerDocument > budget) return [];
        const runs = k === 0 ? 1 : seeds.length;
        const one = parts.estimate(k * a.tokensPerDocument)(input, a);
        return (Array.isArray(one) ? one : [one]).map((e: StepEstimate) => ({ ...e, calls: e.calls * runs, inputTokens: e.inputTokens * runs, outputTokens: e.outputTokens * runs }));
      }),
  };
}
