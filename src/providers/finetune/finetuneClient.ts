/**
 * The finetune-client contract, version 1. Implementers provide the `do*` methods; users call
 * `finetune()`, which validates data, keys the launch, journals it, polls and reports.
 */

/** Training-data layouts the SDK can validate. All are JSONL, one example per line. */
export type TrainingDataFormat = 'chat' | 'prompt-completion' | 'text';

/** Normalised job status across providers. */
export type FinetuneStatus = 'validating' | 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Hyperparameters; adapters map the ones their API knows and report the rest as warnings. */
export interface FinetuneHyperparameters {
  epochs?: number;
  batchSize?: number;
  /** Absolute learning rate (Together, Fireworks, command runners). */
  learningRate?: number;
  /** Multiplier on the provider default (OpenAI). */
  learningRateMultiplier?: number;
  loraRank?: number;
  /**
   * Intermediate checkpoints to keep for training-dynamics evaluations (the paper evaluated 15,
   * log-spaced). Together: `n_checkpoints`; command recipes: log-spaced steps; OpenAI keeps its own
   * (the last epochs), so there it is reported as a warning.
   */
  checkpoints?: number;
  /** Provider- or script-specific extras, passed through untouched. */
  extra?: Record<string, unknown>;
}

/** What a client declares about its provider; `finetune()` reads these, never provider names. */
export interface FinetuneClientProperties {
  /** Fewest training examples the provider accepts (OpenAI: 10). */
  minExamples: number;
  /** Data formats the provider trains on. */
  formats: readonly TrainingDataFormat[];
  /** Longest `suffix` the provider accepts. */
  maxSuffixLength: number;
  /** Whether `doListEvents` returns real provider events. */
  supportsEvents: boolean;
  /** Whether finished jobs expose checkpoints. */
  supportsCheckpoints: boolean;
  /**
   * Whether the provider trains with records' loss-mask spans (`mask`). Default `false`: `finetune()`
   * removes the spans before upload and returns a warning saying how many examples lost them.
   */
  maskSpans?: boolean;
}

/** A file handed to `doUpload`: validated JSONL content. */
export interface FinetuneUploadFile {
  /** File name to show at the provider, e.g. `train-<key>.jsonl`. */
  name: string;
  content: string;
  role: 'training' | 'validation';
  format: TrainingDataFormat;
  exampleCount: number;
  /** The launch key, so adapters can name or tag uploads after it. */
  launchKey: string;
}

/** What `doCreate` receives. */
export interface FinetuneJobRequest {
  baseModel: string;
  trainingFileId: string;
  validationFileId?: string;
  hyperparameters: FinetuneHyperparameters;
  /** The user's suffix; adapters may append a launch-key tag within `maxSuffixLength`. */
  suffix?: string;
  format: TrainingDataFormat;
  /** sha256 launch key; adapters store it in job metadata/suffix/display name so `doFindJob` can find it. */
  launchKey: string;
}

/** A checkpoint of a job (OpenAI step checkpoints, script-written checkpoint paths). */
export interface FinetuneCheckpoint {
  id: string;
  step?: number;
  /** Model id usable for sampling, or a path/URI (e.g. `tinker://...`). */
  modelId: string;
  metrics?: Record<string, number | null>;
}

/** A provider job, normalised. */
export interface FinetuneJob {
  id: string;
  status: FinetuneStatus;
  baseModel?: string;
  /** The trained model's id once it exists. */
  modelId?: string;
  /** Launch key recovered from the provider's metadata/suffix, when present. */
  launchKey?: string;
  error?: { message: string; code?: string };
  checkpoints?: FinetuneCheckpoint[];
  /** Non-fatal notes, e.g. hyperparameters the provider ignores. */
  warnings?: string[];
}

/** One progress event of a job. */
export interface FinetuneEvent {
  id: string;
  /** ISO-8601 timestamp. */
  createdAt: string;
  level: 'info' | 'warn' | 'error';
  message: string;
  data?: unknown;
}

/** Options every `do*` call accepts. */
export interface FinetuneCallOptions {
  signal?: AbortSignal;
}

/**
 * A finetuning provider, contract version 1.
 *
 * @example
 * ```ts
 * const client = createOpenAIFinetune({ apiKey: process.env.OPENAI_API_KEY });
 * const { modelId } = await finetune({ client, trainingData: 'train.jsonl', baseModel: 'gpt-4.1-mini-2025-04-14', journalDir: '.runs' });
 * ```
 */
export interface FinetuneClient {
  readonly specificationVersion: 'v1';
  /** Provider id, e.g. `openai`, `together`, `fireworks`, `command`. Recorded in journals and reports. */
  readonly provider: string;
  readonly properties: FinetuneClientProperties;
  doUpload(file: FinetuneUploadFile, options?: FinetuneCallOptions): Promise<{ fileId: string }>;
  doCreate(job: FinetuneJobRequest, options?: FinetuneCallOptions): Promise<FinetuneJob>;
  doRetrieve(jobId: string, options?: FinetuneCallOptions): Promise<FinetuneJob>;
  doCancel(jobId: string, options?: FinetuneCallOptions): Promise<FinetuneJob>;
  /** Events newer than the event id `after` (all when omitted), oldest first. */
  doListEvents(jobId: string, options?: FinetuneCallOptions & { after?: string }): Promise<FinetuneEvent[]>;
  /** The provider's job carrying this launch key, if one exists (used to reattach after a crash). */
  doFindJob(launchKey: string, options?: FinetuneCallOptions): Promise<FinetuneJob | undefined>;
  /** Checkpoints of a job, where the provider keeps them. */
  doListCheckpoints?(jobId: string, options?: FinetuneCallOptions): Promise<FinetuneCheckpoint[]>;
}

/**
 * Whether a status is final (`succeeded`, `failed`, `cancelled`): polling stops there.
 *
 * @example
 * ```ts
 * if (isTerminalFinetuneStatus(job.status)) console.log('done');
 * ```
 */
export function isTerminalFinetuneStatus(status: FinetuneStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}
