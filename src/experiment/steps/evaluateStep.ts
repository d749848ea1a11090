import { declareExperimentStep } from '../experimentStepEntry.js';
import type { EvaluateInput, EvaluateOutput } from '../experimentTypes.js';
import { evaluationPlan } from './describeGrid.js';
import { noFailedSamples } from './stepKit.js';

/** Measures belief in each base model and in each finetune of it (the final model). */
export const evaluateStep = declareExperimentStep<'evaluate', false, EvaluateInput, EvaluateOutput>()({
  slot: 'evaluate',
  summary: 'measure belief in each base and finetuned model',
  optional: false,
  options: undefined,
  scope: 'evaluation',
  plan: (point) => (point.condition ? evaluationPlan(point, 'evaluate', 'finetune', (ft) => ({ modelId: ft['modelId'] })) : evaluationPlan(point, 'evaluate', 'base')),
  create: (_options, kit) => ({
    name: 'evaluate-belief',
    version: 1,
    params: kit.evaluationParams,
    paid: true,
    run: (input, ctx) => kit.evaluate(input, ctx),
    isComplete: noFailedSamples,
    identify: kit.identifyQuestions,
    estimate: kit.estimateEvaluation(0),
  }),
});
