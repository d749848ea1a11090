import { join } from 'node:path';
import { z } from 'zod';
import { option } from '../../util/optionSchema.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { CheckpointsInput, CheckpointsOutput } from '../experimentTypes.js';
import { evaluationPlan } from './describeGrid.js';

/** Which checkpoints of each finetune to evaluate (`evaluation.checkpoints` in a config). */
export const CheckpointsOptionsSchema = z
  .union([option.choice(['final', 'all']), z.array(option.positiveInt()).min(1).readonly()], { error: 'final, all or a list of training steps' })
  .default('final')
  .describe('training dynamics: final (the final model only), all (every checkpoint the finetune reports) or a list of training steps; the report draws belief against training step');

/** Evaluates each finetune's intermediate checkpoints (training dynamics), under the final model's condition label. */
export const checkpointsStep = declareExperimentStep<'checkpoints', true, CheckpointsInput, CheckpointsOutput>()({
  slot: 'checkpoints',
  summary: "evaluate each finetune's intermediate checkpoints",
  optional: true,
  options: { key: 'checkpoints', config: 'evaluation', schema: CheckpointsOptionsSchema },
  scope: 'curve',
  plan: (point) => evaluationPlan(point, 'checkpoints', 'finetune', (ft) => ({ checkpoints: ft['checkpoints'] ?? [] })),
  create(selection, kit) {
    if (selection === 'final') return undefined;
    return {
      name: 'evaluate-checkpoints',
      version: 1,
      params: { ...kit.evaluationParams, checkpoints: selection === 'all' ? selection : [...selection] },
      paid: true,
      async run({ model, claim, condition, checkpoints, reasoning }, ctx) {
        const wanted = selection === 'all' ? checkpoints : checkpoints.filter((c) => selection.includes(c.step));
        const missing = selection === 'all' ? [] : selection.filter((step) => !checkpoints.some((c) => c.step === step));
        if (missing.length) ctx.report(`no checkpoint at step(s) ${missing.join(', ')} (the finetune has ${checkpoints.map((c) => c.step).join(', ') || 'none'})`);
        if (wanted.length === 0) ctx.report('no checkpoints to evaluate: the finetune reported none with a step');
        const out = [];
        for (const c of wanted) {
          ctx.report(`checkpoint step ${c.step}`);
          const { samples } = await kit.evaluate({ model, modelId: c.modelId, claim, condition, ...(reasoning ? { reasoning } : {}) }, { ...ctx, stepDir: join(ctx.stepDir, `step-${c.step}`) });
          out.push({ step: c.step, modelId: c.modelId, samples });
        }
        return { checkpoints: out, missing };
      },
      identify: kit.identifyQuestions,
      estimate: (input, a) => {
        const count = selection === 'all' ? Number(input.model?.hyperparameters?.checkpoints ?? 15) : selection.length;
        return kit.estimateEvaluation(0)(input, a).map((e) => ({ ...e, calls: e.calls * count, inputTokens: e.inputTokens * count, outputTokens: e.outputTokens * count }));
      },
    };
  },
});
