import { z } from 'zod';
import { APICallError, InvalidArgumentError } from '../../errors.js';
import { sleep } from '../../util/abort.js';
import type { FinetuneClient, FinetuneJob, FinetuneStatus } from './finetuneClient.js';
import { restRequest, type RestClientSettings } from '../shared/restRequest.js';
import { requireApiKey } from '../shared/requireApiKey.js';

/** Settings of {@link createFireworksFinetune}. */
export interface FireworksFinetuneSettings {
  /** Defaults to `process.env.FIREWORKS_API_KEY`. */
  apiKey?: string;
  /** Your Fireworks account id (the `{account}` in `accounts/{account}/...`). */
  accountId: string;
  /** Default `https://api.fireworks.ai`. */
  baseURL?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** How many times to check that an uploaded dataset is READY before giving up (default 60). */
  datasetReadyPolls?: number;
}

/** A Fireworks dataset resource. */
export const FireworksDatasetSchema = z.object({ name: z.string(), state: z.string().nullish() });
/** A Fireworks supervised fine-tuning job resource. */
export const FireworksJobSchema = z.object({
  name: z.string(),
  state: z.string(),
  baseModel: z.string().nullish(),
  outputModel: z.string().nullish(),
  displayName: z.string().nullish(),
  status: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});
export type FireworksJob = z.infer<typeof FireworksJobSchema>;

const STATUS: Record<string, FinetuneStatus> = {
  JOB_STATE_CREATING: 'queued',
  JOB_STATE_PENDING: 'queued',
  JOB_STATE_VALIDATING: 'validating',
  JOB_STATE_RUNNING: 'running',
  JOB_STATE_WRITING_RESULTS: 'running',
  JOB_STATE_COMPLETED: 'succeeded',
  JOB_STATE_FAILED: 'failed',
  JOB_STATE_FAILED_CLEANING_UP: 'failed',
  JOB_STATE_EXPIRED: 'failed',
  JOB_STATE_CANCELLED: 'cancelled',
  JOB_STATE_DELETING: 'cancelled',
};

/**
 * A `FinetuneClient` for Fireworks supervised fine-tuning (REST under `/v1/accounts/{account}`).
 * Dataset and job ids are derived from the launch key, so a repeated create is refused by
 * Fireworks itself (409) and a rerun finds its job with one GET. Fireworks has no event feed;
 * status changes are still reported by `finetune()`.
 *
 * @example
 * ```ts
 * const client = createFireworksFinetune({ apiKey: process.env.FIREWORKS_API_KEY, accountId: 'my-team' });
 * await finetune({ client, trainingData: 'train.jsonl', baseModel: 'accounts/fireworks/models/qwen3-8b', hyperparameters: { epochs: 2, loraRank: 8 } });
 * ```
 */
export function createFireworksFinetune(settings: FireworksFinetuneSettings): FinetuneClient {
  if (!settings || typeof settings.accountId !== 'string' || !/^[a-z0-9-]+$/.test(settings.accountId)) {
    throw new InvalidArgumentError('accountId', 'a Fireworks account id (lowercase letters, digits, dashes)', settings?.accountId);
  }
  const account = settings.accountId;
  const rest: RestClientSettings = {
    provider: 'fireworks',
    baseURL: settings.baseURL ?? 'https://api.fireworks.ai',
    apiKey: requireApiKey(settings.apiKey, 'FIREWORKS_API_KEY', 'Fireworks'),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
  };
  const prefix = `/v1/accounts/${account}`;
  const datasetReadyPolls = settings.datasetReadyPolls ?? 60;
  const jobIdOf = (launchKey: string) => `nn-${launchKey.slice(0, 24)}`;
  const lastSegment = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  const toJob = (job: FireworksJob): FinetuneJob => {
    const status = STATUS[job.state] ?? 'running';
    return {
      id: lastSegment(job.name),
      status,
      ...(job.baseModel ? { baseModel: job.baseModel } : {}),
      ...(status === 'succeeded' && job.outputModel ? { modelId: job.outputModel } : {}),
      ...(status === 'failed' ? { error: { message: job.status?.message || job.state, ...(job.status?.code ? { code: job.status.code } : {}) } } : {}),
    };
  };
  const retrieve = async (jobId: string, signal?: AbortSignal) =>
    toJob(await restRequest(rest, { method: 'GET', path: `${prefix}/supervisedFineTuningJobs/${jobId}`, signal }, FireworksJobSchema));
  const tolerate409 = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      if (APICallError.isInstance(error) && error.statusCode === 409) return undefined;
      throw error;
    }
  };
  return {
    specificationVersion: 'v1',
    provider: 'fireworks',
    properties: {
      minExamples: 1,
      formats: ['chat', 'prompt-completion', 'text'],
      maxSuffixLength: 30,
      supportsEvents: false,
      supportsCheckpoints: false,
    },
    async doUpload(file, options) {
      const datasetId = `nn-${file.role === 'training' ? 'train' : 'val'}-${file.launchKey.slice(0, 24)}`;
      // A dataset left by a crashed run already exists (409); uploading again replaces its content.
      await tolerate409(() =>
        restRequest(
          rest,
          {
            method: 'POST',
            path: `${prefix}/datasets`,
            body: { datasetId, dataset: { userUploaded: {}, exampleCount: String(file.exampleCount) } },
            signal: options?.signal,
          },
          FireworksDatasetSchema,
        ),
      );
      const form = new FormData();
      form.set('file', new Blob([file.content], { type: 'application/jsonl' }), file.name);
      await restRequest(rest, { method: 'POST', path: `${prefix}/datasets/${datasetId}:upload`, form, signal: options?.signal }, z.object({}).loose());
      // Fireworks processes an upload before a job may use it; wait for READY.
      for (let i = 0; ; i++) {
        const dataset = await restRequest(rest, { method: 'GET', path: `${prefix}/datasets/${datasetId}`, signal: options?.signal }, FireworksDatasetSchema);
        if (dataset.state === 'READY' || dataset.state === undefined || dataset.state === null) break;
        if (i >= datasetReadyPolls) {
          throw new APICallError(`fireworks: dataset ${datasetId} is still ${dataset.state}`, { provider: 'fireworks', isRetryable: true });
        }
        await sleep(Math.min(5_000, 250 * 2 ** i), options?.signal);
      }
      return { fileId: `accounts/${account}/datasets/${datasetId}` };
    },
    async doCreate(job, options) {
      const hp = job.hyperparameters;
      const jobId = jobIdOf(job.launchKey);
      const warnings: string[] = [];
      if (hp.learningRateMultiplier !== undefined) warnings.push('fireworks takes `learningRate`, not `learningRateMultiplier`; ignored');
      if (hp.checkpoints !== undefined) warnings.push('fireworks exposes no intermediate checkpoints here; `checkpoints` ignored');
      const slug = (job.suffix ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
      const body = {
        dataset: job.trainingFileId,
        baseModel: job.baseModel,
        displayName: `${job.suffix ? `${job.suffix} ` : ''}nn:${job.launchKey.slice(0, 16)}`,
        outputModel: `accounts/${account}/models/${slug ? `${slug}-` : ''}${job.launchKey.slice(0, 12)}`,
        ...(job.validationFileId ? { evaluationDataset: job.validationFileId } : {}),
        ...(hp.epochs !== undefined ? { epochs: hp.epochs } : {}),
        ...(hp.learningRate !== undefined ? { learningRate: hp.learningRate } : {}),
        ...(hp.batchSize !== undefined ? { batchSize: hp.batchSize } : {}),
        ...(hp.loraRank !== undefined ? { loraRank: hp.loraRank } : {}),
        ...(hp.extra ?? {}),
      };
      const created = await tolerate409(() =>
        restRequest(
          rest,
          { method: 'POST', path: `${prefix}/supervisedFineTuningJobs?supervisedFineTuningJobId=${jobId}`, body, signal: options?.signal },
          FireworksJobSchema,
        ),
      );
      // 409: the job id (derived from the launch key) exists already, so this launch was made before.
      const out = created ? toJob(created) : await retrieve(jobId, options?.signal);
      if (warnings.length) out.warnings = warnings;
      return out;
    },
    doRetrieve: (jobId, options) => retrieve(jobId, options?.signal),
    async doCancel(jobId, options) {
      const signal = options?.signal;
      try {
        await restRequest(rest, { method: 'POST', path: `${prefix}/supervisedFineTuningJobs/${jobId}:cancel`, body: {}, signal }, z.object({}).loose());
      } catch (error) {
        // Fireworks' REST reference documents create, get, delete and `:resume` for supervised jobs;
        // `:cancel` (what firectl's cancel command suggests) may be unrouted. When it is, and the job
        // exists, DELETE is the documented way to stop it.
        const unrouted = APICallError.isInstance(error) && (error.statusCode === 404 || error.statusCode === 405 || error.statusCode === 501);
        if (!unrouted) throw error;
        const before = await retrieve(jobId, signal); // a missing job throws its own 404 here
        await restRequest(rest, { method: 'DELETE', path: `${prefix}/supervisedFineTuningJobs/${jobId}`, signal }, z.object({}).loose());
        try {
          return await retrieve(jobId, signal);
        } catch (retrieveError) {
          // A deleted job may be gone at once: it was stopped, which is what cancel promises.
          if (APICallError.isInstance(retrieveError) && retrieveError.statusCode === 404) return { ...before, status: 'cancelled' };
          throw retrieveError;
        }
      }
      return retrieve(jobId, signal);
    },
    async doListEvents() {
      return [];
    },
    async doFindJob(launchKey, options) {
      try {
        return { ...(await retrieve(jobIdOf(launchKey), options?.signal)), launchKey };
      } catch (error) {
        if (APICallError.isInstance(error) && error.statusCode === 404) return undefined;
        throw error;
      }
    },
  };
}
