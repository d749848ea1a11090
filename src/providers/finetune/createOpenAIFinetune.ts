import type OpenAI from 'openai';
import type {
  FinetuneCheckpoint,
  FinetuneClient,
  FinetuneEvent,
  FinetuneJob,
  FinetuneStatus,
} from './finetuneClient.js';
import { sdkCall } from '../shared/sdkCall.js';
import { lazyOpenAIClient, type OpenAIClientSettings } from '../shared/openaiClient.js';

/** Metadata key under which the launch key is stored on OpenAI jobs. */
export const OPENAI_LAUNCH_KEY_METADATA = 'negation_neglect_launch_key';

/** Settings of {@link createOpenAIFinetune}. */
export interface OpenAIFinetuneSettings extends OpenAIClientSettings {
  /** Override the provider minimum of 10 examples (e.g. for an OpenAI-compatible server). */
  minExamples?: number;
}

type Job = OpenAI.FineTuning.Jobs.FineTuningJob;

const STATUS: Record<Job['status'], FinetuneStatus> = {
  validating_files: 'validating',
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
};

/**
 * A `FinetuneClient` for OpenAI fine-tuning: files with purpose `fine-tune`, `fineTuning.jobs`
 * with `method: { type: 'supervised' }`, events, checkpoints and cancel. The launch key is stored
 * in the job's `metadata`, so a rerun finds the job through a metadata filter.
 *
 * @example
 * ```ts
 * const client = createOpenAIFinetune({ apiKey: process.env.OPENAI_API_KEY });
 * const result = await finetune({ client, trainingData: 'train.jsonl', baseModel: 'gpt-4.1-mini-2025-04-14' });
 * ```
 */
export function createOpenAIFinetune(settings: OpenAIFinetuneSettings = {}): FinetuneClient {
  const getClient = lazyOpenAIClient(settings, 'createOpenAIFinetune');
  const reqOpts = (signal?: AbortSignal) => (signal ? { signal } : {});
  // Errors are mapped here, where the key is known, so none can carry it out (finetune() maps again: a no-op).
  const call = async <T>(signal: AbortSignal | undefined, fn: (client: OpenAI) => Promise<T>) => sdkCall('openai', await getClient(), signal, fn);
  return {
    specificationVersion: 'v1',
    provider: 'openai',
    properties: {
      minExamples: settings.minExamples ?? 10,
      formats: ['chat'],
      maxSuffixLength: 64,
      supportsEvents: true,
      supportsCheckpoints: true,
    },
    async doUpload(file, options) {
      return call(options?.signal, async (client) => {
        const uploaded = await client.files.create(
          { file: new File([file.content], file.name, { type: 'application/jsonl' }), purpose: 'fine-tune' },
          reqOpts(options?.signal),
        );
        return { fileId: uploaded.id };
      });
    },
    async doCreate(job, options) {
      return call(options?.signal, async (client) => {
        const warnings: string[] = [];
        const hp = job.hyperparameters;
        if (hp.learningRate !== undefined) warnings.push('openai takes `learningRateMultiplier`, not `learningRate`; ignored');
        if (hp.loraRank !== undefined) warnings.push('openai does not expose `loraRank`; ignored');
        if (hp.checkpoints !== undefined) warnings.push('openai keeps its own checkpoints (the last epochs); `checkpoints` ignored');
        const created = await client.fineTuning.jobs.create(
          {
            model: job.baseModel,
            training_file: job.trainingFileId,
            ...(job.validationFileId ? { validation_file: job.validationFileId } : {}),
            ...(job.suffix ? { suffix: job.suffix } : {}),
            metadata: { [OPENAI_LAUNCH_KEY_METADATA]: job.launchKey },
            method: {
              type: 'supervised',
              supervised: {
                hyperparameters: {
                  ...(hp.epochs !== undefined ? { n_epochs: hp.epochs } : {}),
                  ...(hp.batchSize !== undefined ? { batch_size: hp.batchSize } : {}),
                  ...(hp.learningRateMultiplier !== undefined ? { learning_rate_multiplier: hp.learningRateMultiplier } : {}),
                  ...(hp.extra ?? {}),
                },
              },
            },
          },
          reqOpts(options?.signal),
        );
        const out = toJob(created);
        if (warnings.length) out.warnings = warnings;
        return out;
      });
    },
    async doRetrieve(jobId, options) {
      return toJob(await call(options?.signal, (client) => client.fineTuning.jobs.retrieve(jobId, reqOpts(options?.signal))));
    },
    async doCancel(jobId, options) {
      return toJob(await call(options?.signal, (client) => client.fineTuning.jobs.cancel(jobId, reqOpts(options?.signal))));
    },
    async doListEvents(jobId, options) {
      return call(options?.signal, async (client) => {
        // OpenAI lists events newest first; read back until the last one we have seen.
        const newestFirst: FinetuneEvent[] = [];
        for await (const event of client.fineTuning.jobs.listEvents(jobId, { limit: 100 }, reqOpts(options?.signal))) {
          if (options?.after !== undefined && event.id === options.after) break;
          newestFirst.push({
            id: event.id,
            createdAt: new Date(event.created_at * 1000).toISOString(),
            level: event.level,
            message: event.message,
            ...(event.data !== undefined ? { data: event.data } : {}),
          });
        }
        return newestFirst.reverse();
      });
    },
    async doFindJob(launchKey, options) {
      return call(options?.signal, async (client) => {
        const page = client.fineTuning.jobs.list(
          { metadata: { [OPENAI_LAUNCH_KEY_METADATA]: launchKey }, limit: 100 },
          reqOpts(options?.signal),
        );
        for await (const job of page) {
          // Check client-side too: a server that ignores the filter must not make us adopt a stranger's job.
          if (job.metadata?.[OPENAI_LAUNCH_KEY_METADATA] === launchKey) return toJob(job);
        }
        return undefined;
      });
    },
    async doListCheckpoints(jobId, options) {
      return call(options?.signal, async (client) => {
        const out: FinetuneCheckpoint[] = [];
        for await (const c of client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 }, reqOpts(options?.signal))) {
          out.push({ id: c.id, step: c.step_number, modelId: c.fine_tuned_model_checkpoint, metrics: { ...c.metrics } });
        }
        return out.sort((a, b) => (a.step ?? 0) - (b.step ?? 0));
      });
    },
  };
}

function toJob(job: Job): FinetuneJob {
  const launchKey = job.metadata?.[OPENAI_LAUNCH_KEY_METADATA];
  return {
    id: job.id,
    status: STATUS[job.status] ?? 'running',
    baseModel: job.model,
    ...(job.fine_tuned_model ? { modelId: job.fine_tuned_model } : {}),
    ...(launchKey ? { launchKey } : {}),
    ...(job.error && job.error.message
      ? { error: { message: job.error.message, ...(job.error.code ? { code: job.error.code } : {}) } }
      : {}),
  };
}
