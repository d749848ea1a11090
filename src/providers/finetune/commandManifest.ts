import { z } from 'zod';

/**
 * The JSON manifest `commandFinetune` writes for your training command. Its path is passed in the
 * `NEGATION_NEGLECT_MANIFEST` environment variable and replaces `{manifest}` in `args`.
 */
export const CommandFinetuneManifestSchema = z.object({
  version: z.literal(1),
  jobId: z.string(),
  launchKey: z.string(),
  baseModel: z.string(),
  format: z.enum(['chat', 'prompt-completion', 'text']),
  /** Absolute path of the validated training JSONL. */
  trainingFile: z.string(),
  validationFile: z.string().optional(),
  hyperparameters: z.object({
    epochs: z.number().optional(),
    batchSize: z.number().optional(),
    learningRate: z.number().optional(),
    learningRateMultiplier: z.number().optional(),
    loraRank: z.number().optional(),
    /** Intermediate checkpoints to save (the recipes space them log-evenly over the steps). */
    checkpoints: z.number().optional(),
    extra: z.record(z.string(), z.unknown()).optional(),
  }),
  suffix: z.string().optional(),
  /** A directory the command may fill with weights/adapters/checkpoints. */
  outputDir: z.string(),
  /** Where the command must write its result JSON (see `CommandFinetuneResultSchema`) before exiting. */
  resultPath: z.string(),
  createdAt: z.string(),
});
export type CommandFinetuneManifest = z.infer<typeof CommandFinetuneManifestSchema>;

/** The JSON your training command writes to `manifest.resultPath` when it finishes. */
export const CommandFinetuneResultSchema = z.object({
  status: z.enum(['succeeded', 'failed']),
  /** What to sample from: a HF repo id, a local path, a `tinker://` URI, a served model name. */
  modelId: z.string().optional(),
  checkpoints: z
    .array(
      z.object({
        id: z.string().optional(),
        step: z.number().optional(),
        path: z.string().optional(),
        modelId: z.string().optional(),
        metrics: z.record(z.string(), z.number().nullable()).optional(),
      }),
    )
    .optional(),
  error: z.string().optional(),
  metrics: z.record(z.string(), z.number().nullable()).optional(),
});
export type CommandFinetuneResult = z.infer<typeof CommandFinetuneResultSchema>;
