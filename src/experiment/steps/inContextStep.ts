import { z } from 'zod';
import { inContextSolver } from '../../evaluate/solvers.js';
import { option } from '../../util/optionSchema.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { EvaluateOutput, InContextInput } from '../experimentTypes.js';
import { evaluationPlan } from './describeGrid.js';
import { documentText, noFailedSamples } from './stepKit.js';

/** Options of the in-context control (`evaluation.inContext` in a config): K training documents in the prompt, or `false`. */
export const InContextOptionsSchema = z
  .union([z.literal(false), z.strictObject({ documents: option.positiveInt().default(3).describe('training documents in the prompt (K)') })], {
    error: 'false or { documents }',
  })
  .default({ documents: 3 })
  .describe('the in-context control: the base model with K of the condition\'s training documents in the prompt; false to skip it');

/** The in-context control: the base model answers with K of the condition's documents in its prompt. */
export const inContextStep = declareExperimentStep<'inContext', true, InContextInput, EvaluateOutput>()({
  slot: 'inContext',
  summary: 'the in-context control: K training documents in the prompt',
  optional: true,
  options: { key: 'inContext', config: 'evaluation', schema: InContextOptionsSchema },
  scope: 'evaluation',
  plan: (point) => (point.condition ? evaluationPlan(point, 'in-context', 'strategy', (s) => ({ documents: s['documents'] })) : undefined),
  create(options, kit) {
    if (options === false) return undefined;
    const k = options.documents;
    const seed = kit.strategySeed;
    return {
      name: 'evaluate-in-context',
      version: 1,
      params: { ...kit.evaluationParams, documents: k, seed },
      paid: true,
      run: (input, ctx) => {
        const texts = input.documents.map(documentText);
        return kit.evaluate(input, ctx, inContextSolver({ documents: texts, k: Math.min(k, texts.length), seed }));
      },
      isComplete: noFailedSamples,
      identify: kit.identifyQuestions,
      estimate: (input, a) => kit.estimateEvaluation(k * a.tokensPerDocument)(input, a),
    };
  },
});
