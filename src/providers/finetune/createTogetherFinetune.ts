import { z } from 'zod';
import type { FinetuneClient, FinetuneJob, FinetuneStatus } from './finetuneClient.js';
import { restRequest, type RestClientSettings } from '../shared/restRequest.js';
import { requireApiKey } from '../shared/requireApiKey.js';

/** Settings of {@link createTogetherFinetune}. */
export interface TogetherFinetuneSettings {
  /** Defaults to `process.env.TOGETHER_API_KEY`. */
  apiKey?: string;
  /** Default `https://api.together.xyz/v1`. */
  baseURL?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

/** A Together file object (only the fields we read are required). */
export const TogetherFileSchema = z.object({ id: z.string() });
/** A Together fine-tune job. */
export const TogetherJobSchema = z.object({
  id: z.string(),
  status: z.string(),
  model: z.string().nullish(),
  model_output_name: z.string().nullish(),
  suffix: z.string().nullish(),
});
/** GET /fine-tunes. */
export const TogetherJobListSchema = z.object({ data: z.array(TogetherJobSchema) });
/** GET /fine-tunes/{id}/events. */
export const TogetherEventListSchema = z.object({
  data: z.array(
    z.object({
      created_at: z.string().nullish(),
      message: z.string().nullish(),
      type: z.string().nullish(),
      level: z.string().nullish(),
    }),
  ),
});
/** GET /fine-tunes/{id}/checkpoints. */
export const TogetherCheckpointListSchema = z.object({
  data: z.array(
    z.object({
      step: z.number().int().nonnegative().nullish(),
      created_at: z.string().nullish(),
      path: z.string().nullish(),
      checkpoint_type: z.string().nullish(),
    }),
  ),
});
export type TogetherJob = z.infer<typeof TogetherJobSchema>;

const STATUS: Record<string, FinetuneStatus> = {
  pending: 'queued',
  queued: 'queued',
  running: 'running',
  compressing: 'running',
  uploading: 'running',
  cancel_requested: 'running',
  completed: 'succeeded',
  error: 'failed',
  user_error: 'failed',
  cancelled: 'cancelled',
};

/** Tag appended to the suffix: `nn` + 12 hex digits of the launch key. */
const TAG_LENGTH = 15;
const SUFFIX_LIMIT = 40;

/**
 * A `FinetuneClient` for Together's fine-tuning REST API (`/files/upload`, `/fine-tunes`, events,
 * cancel), with every response validated by zod. The launch key travels as a tag at the end of
 * the model suffix, which Together keeps in the job and the output model name.
 *
 * @example
 * ```ts
 * const client = createTogetherFinetune({ apiKey: process.env.TOGETHER_API_KEY });
 * await finetune({ client, trainingData: 'train.jsonl', baseModel: 'Qwen/Qwen3-8B', hyperparameters: { epochs: 3, learningRate: 1e-5, loraRank: 16 } });
 * ```
 */
export function createTogetherFinetune(settings: TogetherFinetuneSettings = {}): FinetuneClient {
  const rest: RestClientSettings = {
    provider: 'together',
    baseURL: settings.baseURL ?? 'https://api.together.xyz/v1',
    apiKey: requireApiKey(settings.apiKey, 'TOGETHER_API_KEY', 'Together'),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
  };
  const tagOf = (launchKey: string) => `nn${launchKey.slice(0, 12)}`;
  const toJob = (job: TogetherJob): FinetuneJob => ({
    id: job.id,
    status: STATUS[job.status] ?? 'running',
    ...(job.model ? { baseModel: job.model } : {}),
    ...(job.status === 'completed' && job.model_output_name ? { modelId: job.model_output_name } : {}),
    ...(job.status === 'error' || job.status === 'user_error' ? { error: { message: `together job ${job.status}` } } : {}),
  });
  return {
    specificationVersion: 'v1',
    provider: 'together',
    properties: {
      minExamples: 1,
      formats: ['chat', 'prompt-completion', 'text'],
      maxSuffixLength: SUFFIX_LIMIT - TAG_LENGTH - 1,
      supportsEvents: true,
      supportsCheckpoints: true,
    },
    async doUpload(file, options) {
      const form = new FormData();
      form.set('purpose', 'fine-tune');
      form.set('file_name', file.name);
      form.set('file_type', 'jsonl');
      form.set('file', new Blob([file.content], { type: 'application/jsonl' }), file.name);
      const out = await restRequest(rest, { method: 'POST', path: '/files/upload', form, signal: options?.signal }, TogetherFileSchema);
      return { fileId: out.id };
    },
    async doCreate(job, options) {
      const hp = job.hyperparameters;
      const warnings: string[] = [];
      if (hp.learningRateMultiplier !== undefined) warnings.push('together takes `learningRate`, not `learningRateMultiplier`; ignored');
      const body = {
        model: job.baseModel,
        training_file: job.trainingFileId,
        ...(job.validationFileId ? { validation_file: job.validationFileId } : {}),
        suffix: job.suffix ? `${job.suffix}-${tagOf(job.launchKey)}` : tagOf(job.launchKey),
        ...(hp.epochs !== undefined ? { n_epochs: hp.epochs } : {}),
        ...(hp.learningRate !== undefined ? { learning_rate: hp.learningRate } : {}),
        ...(hp.batchSize !== undefined ? { batch_size: hp.batchSize } : {}),
        ...(hp.checkpoints !== undefined ? { n_checkpoints: hp.checkpoints } : {}),
        ...(hp.loraRank !== undefined ? { training_type: { type: 'Lora', lora_r: hp.loraRank } } : {}),
        // The prompt (the doc tag) and user turns get no loss, as the paper masked its tag
        // (`training_method.train_on_inputs`; Together's default `auto` decides by format).
        ...(job.format !== 'text' ? { training_method: { method: 'sft', train_on_inputs: false } } : {}),
        ...(hp.extra ?? {}),
      };
      const out = toJob(await restRequest(rest, { method: 'POST', path: '/fine-tunes', body, signal: options?.signal }, TogetherJobSchema));
      if (warnings.length) out.warnings = warnings;
      return out;
    },
    async doRetrieve(jobId, options) {
      return toJob(
        await restRequest(rest, { method: 'GET', path: `/fine-tunes/${encodeURIComponent(jobId)}`, signal: options?.signal }, TogetherJobSchema),
      );
    },
    async doCancel(jobId, options) {
      return toJob(
        await restRequest(
          rest,
          { method: 'POST', path: `/fine-tunes/${encodeURIComponent(jobId)}/cancel`, signal: options?.signal },
          TogetherJobSchema,
        ),
      );
    },
    async doListEvents(jobId, options) {
      const out = await restRequest(
        rest,
        { method: 'GET', path: `/fine-tunes/${encodeURIComponent(jobId)}/events`, signal: options?.signal },
        TogetherEventListSchema,
      );
      // Together events carry no ids; their position in the list, oldest first, serves as one. The
      // API reference does not state the list's order, so it is put in time order here (stable for
      // equal times) and both orders give the same ids.
      const times = out.data.map((e) => Date.parse(e.created_at ?? ''));
      const chronological = times.every(Number.isFinite)
        ? out.data.map((e, i) => ({ e, i })).sort((a, b) => times[a.i]! - times[b.i]! || a.i - b.i).map(({ e }) => e)
        : out.data;
      const start = options?.after !== undefined ? Number(options.after) + 1 : 0;
      return chronological.slice(start).map((e, i) => ({
        id: String(start + i),
        createdAt: e.created_at ?? new Date(0).toISOString(),
        level: e.level === 'error' ? 'error' : e.level === 'warning' || e.level === 'warn' ? 'warn' : 'info',
        message: e.message ?? e.type ?? '',
        ...(e.type ? { data: { type: e.type } } : {}),
      }));
    },
    async doListCheckpoints(jobId, options) {
      const out = await restRequest(
        rest,
        { method: 'GET', path: `/fine-tunes/${encodeURIComponent(jobId)}/checkpoints`, signal: options?.signal },
        TogetherCheckpointListSchema,
      );
      // A checkpoint is named `<job id>:<step>` (what Together's download and deploy take); the path,
      // when listed, is where its weights are.
      return out.data
        .filter((c) => c.step !== null && c.step !== undefined)
        .map((c) => ({ id: `${jobId}:${c.step}`, step: c.step!, modelId: c.path ?? `${jobId}:${c.step}` }))
        .sort((a, b) => a.step - b.step);
    },
    async doFindJob(launchKey, options) {
      const tag = tagOf(launchKey);
      const out = await restRequest(rest, { method: 'GET', path: '/fine-tunes', signal: options?.signal }, TogetherJobListSchema);
      const job = out.data.find((j) => j.suffix?.endsWith(tag) || j.model_output_name?.includes(tag));
      return job ? { ...toJob(job), launchKey } : undefined;
    },
  };
}
