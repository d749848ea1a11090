import type { Claim } from '../../claims/claim.js';
import { InvalidArgumentError } from '../../errors.js';
import { sleep, throwIfAborted } from '../../util/abort.js';
import { assertPositiveInteger } from '../../util/assert.js';
import {
  isTerminalFinetuneStatus,
  type FinetuneCheckpoint,
  type FinetuneClient,
  type FinetuneEvent,
  type FinetuneHyperparameters,
  type FinetuneJob,
  type FinetuneStatus,
  type TrainingDataFormat,
} from './finetuneClient.js';
import { createFinetuneJournal, type FinetuneJournal, type FinetuneJournalState } from './finetuneJournal.js';
import { withLaunchLock } from './launchLock.js';
import { computeLaunchKey } from './launchKey.js';
import { withProviderRetry, type ProviderRetryOptions } from '../shared/providerRetry.js';
import { assertValidTrainingData, validateTrainingData, type TrainingDataSource } from './validateTrainingData.js';

/** A progress report from {@link finetune}. */
export type FinetuneProgress =
  | { type: 'validated'; launchKey: string; format: TrainingDataFormat; trainingExamples: number; validationExamples?: number }
  | { type: 'uploaded'; launchKey: string; trainingFileId: string; validationFileId?: string }
  | { type: 'created'; launchKey: string; jobId: string }
  | { type: 'reattached'; launchKey: string; jobId: string; via: 'journal' | 'provider' }
  | { type: 'status'; launchKey: string; jobId: string; status: FinetuneStatus }
  | { type: 'event'; launchKey: string; jobId: string; event: FinetuneEvent };

/** Options of {@link finetune}. */
export interface FinetuneOptions {
  client: FinetuneClient;
  /** JSONL file path, `{ jsonl }` text, or records. */
  trainingData: TrainingDataSource;
  validationData?: TrainingDataSource;
  baseModel: string;
  hyperparameters?: FinetuneHyperparameters;
  /** Suffix for the trained model's name (checked against `client.properties.maxSuffixLength`). */
  suffix?: string;
  /** Data format; `auto` (default) detects it. Must be one of `client.properties.formats`. */
  format?: TrainingDataFormat | 'auto';
  /**
   * Directory of the append-only launch journal. With it, a rerun after a crash reattaches from
   * the journal; without it, only the provider-side lookup (`doFindJob`) protects against paying twice.
   */
  journalDir?: string;
  /** First poll interval (default 10 s); grows ×1.5 while nothing changes. */
  pollIntervalMs?: number;
  /** Poll interval ceiling (default 60 s). */
  maxPollIntervalMs?: number;
  /** `false` returns right after the job is created or found (default `true`: wait for a terminal status). */
  wait?: boolean;
  /**
   * Mixed into the launch key. Identical inputs reattach to the same job, even a failed one; to
   * launch again on purpose (e.g. after a failure), pass a new salt such as `'retry-1'`.
   */
  launchSalt?: string;
  /** Retry policy for every provider call. */
  retry?: ProviderRetryOptions;
  /** Stops polling (the provider job keeps running; call `client.doCancel` to stop it). */
  signal?: AbortSignal;
  /** Claims of the data: a record whose loss mask hides a whole claim sentence is refused before upload. */
  claims?: readonly Claim[];
  onProgress?: (progress: FinetuneProgress) => void;
}

/** What {@link finetune} returns. */
export interface FinetuneResult {
  jobId: string;
  /** The trained model, once `status` is `succeeded`. */
  modelId?: string;
  status: FinetuneStatus;
  checkpoints: FinetuneCheckpoint[];
  /** Every event seen, oldest first. */
  events: FinetuneEvent[];
  launchKey: string;
  /** True when an existing job was found instead of creating one. */
  reattached: boolean;
  trainingExamples: number;
  error?: { message: string; code?: string };
  warnings: string[];
}

/**
 * Validates data, uploads it, creates a finetuning job (at most once per launch key), polls it
 * with backoff while reporting events, and returns the trained model id and checkpoints.
 * Calling it again with the same inputs reattaches to the existing job instead of paying twice.
 *
 * @example
 * ```ts
 * const result = await finetune({
 *   client: createOpenAIFinetune({ apiKey: process.env.OPENAI_API_KEY }),
 *   trainingData: 'negated-docs.jsonl',
 *   baseModel: 'gpt-4.1-mini-2025-04-14',
 *   hyperparameters: { epochs: 3 },
 *   journalDir: '.negation-neglect',
 *   onProgress: (p) => p.type === 'event' && console.log(p.event.message),
 * });
 * console.log(result.modelId);
 * ```
 */
export async function finetune(options: FinetuneOptions): Promise<FinetuneResult> {
  const { client, signal } = options;
  if (!client || client.specificationVersion !== 'v1') {
    throw new InvalidArgumentError('client', 'a FinetuneClient (specificationVersion v1)', client);
  }
  if (typeof options.baseModel !== 'string' || options.baseModel === '') {
    throw new InvalidArgumentError('baseModel', 'a non-empty string', options.baseModel);
  }
  const pollIntervalMs = options.pollIntervalMs ?? 10_000;
  const maxPollIntervalMs = Math.max(options.maxPollIntervalMs ?? 60_000, pollIntervalMs);
  assertPositiveInteger('pollIntervalMs', pollIntervalMs);
  const props = client.properties;
  if (options.suffix !== undefined && options.suffix.length > props.maxSuffixLength) {
    throw new InvalidArgumentError('suffix', `at most ${props.maxSuffixLength} characters for ${client.provider}`, options.suffix);
  }
  const hyperparameters = options.hyperparameters ?? {};
  const retry = <T>(fn: () => Promise<T>) =>
    withProviderRetry(client.provider, fn, { ...options.retry, ...(signal ? { signal } : {}) });
  const report = (p: FinetuneProgress) => options.onProgress?.(p);
  const callOpts = signal ? { signal } : {};

  // 1. Validate locally: nothing is uploaded or paid for until the data is known to be good.
  const maskOptions = { maskSpans: props.maskSpans ?? false, target: client.provider, ...(options.claims ? { claims: options.claims } : {}) };
  const training = await validateTrainingData(options.trainingData, {
    format: options.format ?? 'auto',
    minExamples: props.minExamples,
    ...maskOptions,
  });
  assertValidTrainingData(training);
  if (!props.formats.includes(training.format)) {
    throw new InvalidArgumentError('format', `one of ${props.formats.join(', ')} for ${client.provider}`, training.format);
  }
  const validation =
    options.validationData === undefined
      ? undefined
      : await validateTrainingData(options.validationData, { format: training.format, minExamples: 1, ...maskOptions });
  if (validation) assertValidTrainingData(validation);

  const launchKey = computeLaunchKey({
    provider: client.provider,
    baseModel: options.baseModel,
    trainingContent: training.content,
    ...(validation ? { validationContent: validation.content } : {}),
    hyperparameters,
    ...(options.suffix !== undefined ? { suffix: options.suffix } : {}),
    ...(options.launchSalt !== undefined ? { salt: options.launchSalt } : {}),
  });
  report({
    type: 'validated',
    launchKey,
    format: training.format,
    trainingExamples: training.exampleCount,
    ...(validation ? { validationExamples: validation.exampleCount } : {}),
  });
  throwIfAborted(signal);

  const journal: FinetuneJournal | undefined = options.journalDir ? createFinetuneJournal(options.journalDir) : undefined;
  const base = { launchKey, trainingExamples: training.exampleCount };

  // Steps 2-3 run under a host-local lock per launch key, so two processes launching the same
  // thing at once cannot both miss each other's job and pay twice.
  const launch = async (): Promise<{ job: FinetuneJob; reattached: boolean }> => {
    const state: FinetuneJournalState = journal ? await journal.lookup(launchKey) : { creating: false };
    // 2. Reattach: journal first (exact job id), then the provider's own record of the launch key.
    let job: FinetuneJob | undefined;
    let reattached = false;
    if (state.jobId) {
      job = await retry(() => client.doRetrieve(state.jobId!, callOpts));
      if (job) report({ type: 'reattached', launchKey, jobId: job.id, via: 'journal' });
    } else {
      job = await retry(() => client.doFindJob(launchKey, callOpts));
      if (job) {
        await journal?.append({ launchKey, provider: client.provider, event: 'created', jobId: job.id, status: job.status });
        report({ type: 'reattached', launchKey, jobId: job.id, via: 'provider' });
      }
    }
    if (job) reattached = true;

    // 3. Upload and create, only when no job exists for this key.
    if (!job) {
      let trainingFileId = state.trainingFileId;
      let validationFileId = state.validationFileId;
      if (!trainingFileId || (validation && !validationFileId)) {
        trainingFileId = (
          await retry(() =>
            client.doUpload(
              {
                name: `train-${launchKey.slice(0, 16)}.jsonl`,
                content: training.content,
                role: 'training',
                format: training.format,
                exampleCount: training.exampleCount,
                launchKey,
              },
              callOpts,
            ),
          )
        ).fileId;
        if (validation) {
          validationFileId = (
            await retry(() =>
              client.doUpload(
                {
                  name: `validation-${launchKey.slice(0, 16)}.jsonl`,
                  content: validation.content,
                  role: 'validation',
                  format: validation.format,
                  exampleCount: validation.exampleCount,
                  launchKey,
                },
                callOpts,
              ),
            )
          ).fileId;
        }
        await journal?.append({
          launchKey,
          provider: client.provider,
          event: 'uploaded',
          trainingFileId,
          ...(validationFileId ? { validationFileId } : {}),
        });
        report({ type: 'uploaded', launchKey, trainingFileId, ...(validationFileId ? { validationFileId } : {}) });
      }
      await journal?.append({ launchKey, provider: client.provider, event: 'creating' });
      const request = {
        baseModel: options.baseModel,
        trainingFileId,
        ...(validationFileId ? { validationFileId } : {}),
        hyperparameters,
        ...(options.suffix !== undefined ? { suffix: options.suffix } : {}),
        format: training.format,
        launchKey,
      };
      let attempt = 0;
      job = await retry(async () => {
        // A failed create may still have reached the provider (lost response): look before retrying.
        if (attempt++ > 0) {
          const existing = await client.doFindJob(launchKey, callOpts);
          if (existing) return existing;
        }
        return client.doCreate(request, callOpts);
      });
      await journal?.append({ launchKey, provider: client.provider, event: 'created', jobId: job.id, status: job.status });
      report({ type: 'created', launchKey, jobId: job.id });
    }
    return { job, reattached };
  };
  const launched = options.journalDir ? await withLaunchLock(options.journalDir, launchKey, launch, signal) : await launch();
  let job = launched.job;
  const reattached = launched.reattached;

  const warnings = [...training.warnings, ...(validation?.warnings ?? []), ...(job.warnings ?? [])];
  const events: FinetuneEvent[] = [];
  const jobId = job.id;
  const finish = (current: FinetuneJob, checkpoints: FinetuneCheckpoint[]): FinetuneResult => ({
    ...base,
    jobId,
    status: current.status,
    ...(current.modelId ? { modelId: current.modelId } : {}),
    checkpoints,
    events,
    reattached,
    ...(current.error ? { error: current.error } : {}),
    warnings,
  });
  if (options.wait === false) return finish(job, job.checkpoints ?? []);

  // 4. Poll with backoff until a terminal status, reporting status changes and new events.
  let lastStatus: FinetuneStatus | undefined;
  let interval = pollIntervalMs;
  let first = true;
  for (;;) {
    if (!first) {
      await sleep(interval, signal);
      job = await retry(() => client.doRetrieve(jobId, callOpts));
    }
    first = false;
    let changed = false;
    if (job.status !== lastStatus) {
      lastStatus = job.status;
      changed = true;
      report({ type: 'status', launchKey, jobId, status: job.status });
    }
    if (props.supportsEvents) {
      const after = events.at(-1)?.id;
      const fresh = await retry(() => client.doListEvents(jobId, { ...callOpts, ...(after ? { after } : {}) }));
      for (const event of fresh) {
        events.push(event);
        report({ type: 'event', launchKey, jobId, event });
      }
      if (fresh.length) changed = true;
    }
    if (isTerminalFinetuneStatus(job.status)) break;
    interval = changed ? pollIntervalMs : Math.min(maxPollIntervalMs, Math.round(interval * 1.5));
  }

  let checkpoints = job.checkpoints ?? [];
  if (props.supportsCheckpoints && client.doListCheckpoints && job.status === 'succeeded') {
    checkpoints = await retry(() => client.doListCheckpoints!(jobId, callOpts));
  }
  await journal?.append({
    launchKey,
    provider: client.provider,
    event: 'finished',
    jobId,
    status: job.status,
    ...(job.modelId ? { modelId: job.modelId } : {}),
  });
  return finish(job, checkpoints);
}
