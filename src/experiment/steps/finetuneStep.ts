import { join } from 'node:path';
import { NegationNeglectError } from '../../errors.js';
import { finetune } from '../../providers/finetune/finetune.js';
import { contentHash } from '../../util/contentHash.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { FinetuneInput, FinetuneOutput } from '../experimentTypes.js';
import { describeModel, outputOf } from './describeGrid.js';

/** Finetunes each base model on each training set; `finetune()`'s own journal reattaches to a job launched before a crash. */
export const finetuneStep = declareExperimentStep<'finetune', false, FinetuneInput, FinetuneOutput>()({
  slot: 'finetune',
  summary: 'finetune each base model on each training set',
  optional: false,
  options: undefined,
  scope: 'finetune',
  plan: ({ model, claim, condition }) => {
    const cell = `${claim.id}/${condition!.name}`;
    const records = `training-data/${cell}`;
    const suffix = `nn-${contentHash({ claim: claim.id, condition: condition!.name }).slice(0, 8)}`;
    return {
      key: `finetune/${model!.name}/${cell}`,
      dependsOn: [records],
      identity: { model: describeModel(model!), claim: claim.id, condition: condition!.name, suffix },
      input: (o) => ({ model, claim, condition, records: outputOf(records, o)['records'], suffix }),
      estimateInput: { model, claim, condition, suffix },
    };
  },
  create: (_options, kit) => ({
    name: 'finetune',
    version: 1,
    params: {},
    paid: true,
    async run({ model, claim, records, suffix }, ctx) {
      const pollIntervalMs = model.pollIntervalMs ?? kit.shared.pollIntervalMs;
      const result = await finetune({
        claims: [claim],
        client: model.finetune,
        trainingData: records,
        baseModel: model.baseModel,
        ...(model.hyperparameters ? { hyperparameters: model.hyperparameters } : {}),
        suffix,
        // finetune()'s own journal lets a rerun reattach to a job launched before a crash.
        journalDir: join(ctx.runDir, 'finetune-journal'),
        ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        onProgress: (p) => ctx.report(p.type === 'event' ? p.event.message : p.type === 'status' ? `status ${p.status}` : p.type),
      });
      for (const warning of result.warnings) ctx.report(warning);
      if (result.status !== 'succeeded' || !result.modelId) {
        throw new NegationNeglectError(`finetune job ${result.jobId} ended ${result.status}${result.error ? `: ${result.error.message}` : ''}`, 'finetune_failed');
      }
      const checkpoints = result.checkpoints.flatMap((c) => (c.step !== undefined ? [{ step: c.step, modelId: c.modelId }] : []));
      return { modelId: result.modelId, jobId: result.jobId, ...(checkpoints.length ? { checkpoints } : {}) };
    },
    estimate: (input, a) => {
      const epochs = Number((input.model?.hyperparameters as { epochs?: number } | undefined)?.epochs ?? 3);
      const trainingMix = kit.trainingMix(a.documentsPerClaim, a.tokensPerDocument);
      return {
        billedModel: input.model?.baseModel,
        ...(input.model ? { provider: input.model.finetune.provider } : {}),
        calls: 1,
        inputTokens: 0,
        outputTokens: 0,
        trainingTokens: trainingMix.reduce((n, m) => n + m.records * m.tokensPerRecord, 0) * epochs,
        trainingMix,
        epochs,
      };
    },
  }),
});
