import { join } from 'node:path';
import { z } from 'zod';
import { inContextSolver } from '../../evaluate/solvers.js';
import { option } from '../../util/optionSchema.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { InContextInput, InContextSweepOutput, StepEstimate } from '../experimentTypes.js';
import { evaluationPlan } from './describeGrid.js';
import { documentText } from './stepKit.js';

/** The paper's in-context sweep: K ∈ {0, 1, 2, 5, 10, 20, 50} documents in the prompt. */
export const PAPER_IN_CONTEXT_K = [0, 1, 2, 5, 10, 20, 50] as const;

/** Options of the in-context K sweep (`evaluation.inContextSweep` in a config); unset or `false`: no sweep. */
export const InContextSweepOptionsSchema = z
  .union(
    [
      z.literal(false),
      z.strictObject({
        k: z
          .array(option.nonNegativeInt(), { error: 'a list of non-negative integers' })
          .min(1, { error: 'at least one K' })
          .readonly()
          .optional()
          .describe('numbers of documents to put in the prompt (default the paper\'s 0, 1, 2, 5, 10, 20, 50; 0 = the base model alone)'),
        seeds: z
          .union([option.positiveInt(), z.array(option.nonNegativeInt()).min(1).readonly()], { error: 'a positive integer or a list of seeds' })
          .optional()
          .describe('seeds (which K documents are drawn), or how many seeds 0..n-1 (default 3)'),
        maxPromptTokens: option.positiveInt().optional().describe('skip a K whose documents would take more prompt tokens than this (about 4 characters a token)'),
      }),
    ],
    { error: 'false or { k, seeds, maxPromptTokens }' },
  )
  .optional()
  .describe('the in-context control swept over K documents in the prompt and several seeds, with its own line chart; off unless given');

/** Options of the in-context K sweep. */
export type InContextSweepOptions = Exclude<z.input<typeof InContextSweepOptionsSchema>, false | undefined>;

/**
 * The `evaluate-in-context-sweep` step: for each K and seed, the base model answers with K of the
 * condition's documents in the prompt (K = 0: none), judged like the other evaluations. A K larger
 * than the condition's documents, or over `maxPromptTokens`, is skipped and reported, never silently.
 * Each (K, seed) evaluation keeps its own directory, so batch judging resumes per point.
 */
export const inContextSweepStep = declareExperimentStep<'inContextSweep', true, InContextInput, InContextSweepOutput>()({
  slot: 'inContextSweep',
  summary: 'the in-context control swept over K and seeds',
  optional: true,
  options: { key: 'inContextSweep', config: 'evaluation', schema: InContextSweepOptionsSchema },
  scope: 'evaluation',
  plan: (point) => (point.condition ? evaluationPlan(point, 'in-context-sweep', 'strategy', (s) => ({ documents: s['documents'] })) : undefined),
  create(options, kit) {
    if (!options) return undefined;
    const ks = [...(options.k ?? PAPER_IN_CONTEXT_K)];
    const seeds = typeof options.seeds === 'number' || options.seeds === undefined ? Array.from({ length: options.seeds ?? 3 }, (_, i) => i) : [...options.seeds];
    const budget = options.maxPromptTokens;
    // Only the judge and samples per question are recorded here (the other evaluations record the sampling
    // preset and reasoning depth too): sweeps planned before those were keep their results.
    const params = { judge: kit.evaluationParams['judge']!, samplesPerQuestion: kit.evaluationParams['samplesPerQuestion']! };
    return {
      name: 'evaluate-in-context-sweep',
      version: 1,
      params: { ...params, k: ks, seeds, maxPromptTokens: budget ?? null },
      paid: true,
      async run(input, ctx) {
        const texts = input.documents.map(documentText);
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
            const { samples } = await kit.evaluate(input, pointCtx, solver);
            out.points.push({ k, seed, samples });
          }
        }
        for (const s of out.skipped) ctx.report(`K=${s.k} skipped: ${s.reason}`);
        return out;
      },
      identify: kit.identifyQuestions,
      estimate: (input, a) =>
        ks.flatMap((k) => {
          if (budget !== undefined && k * a.tokensPerDocument > budget) return [];
          const runs = k === 0 ? 1 : seeds.length;
          return kit.estimateEvaluation(k * a.tokensPerDocument)(input, a).map((e: StepEstimate) => ({ ...e, calls: e.calls * runs, inputTokens: e.inputTokens * runs, outputTokens: e.outputTokens * runs }));
        }),
    };
  },
});
