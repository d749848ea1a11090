import type { Claim } from '../claims/claim.js';
import type { ChatModel, ReasoningMode } from '../providers/chat/chatModel.js';
import type { FinetuneClient, FinetuneHyperparameters } from '../providers/finetune/finetuneClient.js';
import type { ScoredSample } from '../evaluate/beliefRate.js';
import type { InsertedSpan, JsonValue, Strategy, StrategyDocument } from '../strategies/types.js';

/** A training condition: a named strategy applied to every claim's documents. */
export interface ExperimentCondition {
  /** Unique condition id used in journals, reports and model suffixes, e.g. `negated`. */
  name: string;
  strategy: Strategy;
  description?: string;
}

/** A base model: how to finetune it and how to talk to it (and to its finetuned versions). */
export interface ExperimentModel {
  /** Unique short name, e.g. `gpt-4.1-mini`. */
  name: string;
  /** Provider's id of the base model to finetune, e.g. `gpt-4.1-mini-2025-04-14`. */
  baseModel: string;
  /** A chat model for a model id (the base id, or a finetuned id returned by the provider). */
  chat: (modelId: string) => ChatModel;
  /** The chat API's base URL, named in the message of a refusal no retry can fix (a wrong URL often causes 401s and 404s). */
  baseURL?: string;
  finetune: FinetuneClient;
  hyperparameters?: FinetuneHyperparameters;
  /** First job-status poll interval for this model's finetunes (ms). */
  pollIntervalMs?: number;
}

/** Token and call counts of a planned step; priced with the price table when one is given. */
export interface StepEstimate {
  /** Which model the tokens are billed to (a model id, or a judge id). */
  billedModel?: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Tokens trained on (documents × epochs), for finetune steps. */
  trainingTokens: number;
  /** The finetune provider billing the training tokens (prices training from its table when `prices` has none). */
  provider?: string;
  /**
   * What one epoch of `trainingTokens` is made of: each source of the training set (the condition's
   * `documents`, and the mixed-in sources such as `pretraining` and `instruction`) with its record
   * count and mean tokens per record. `trainingTokens` = Σ records × tokensPerRecord × `epochs`.
   */
  trainingMix?: Array<{ source: string; records: number; tokensPerRecord: number }>;
  /** Epochs the training tokens count. */
  epochs?: number;
}

/** What a step receives besides its input. */
export interface StepContext {
  runDir: string;
  /** A directory this step may use for its own files (created on demand by the step). */
  stepDir: string;
  signal?: AbortSignal;
  /** Progress inside the step (e.g. finetune events, evaluated samples). */
  report(message: string): void;
}

/** Sizes the planner assumes before any document exists (dry runs). */
export interface PlanAssumptions {
  documentsPerClaim: number;
  tokensPerDocument: number;
  questionsPerClaim: number;
  samplesPerQuestion: number;
}

/**
 * A step plugin: a declared name, version and JSON parameters (recorded in the journal and hashed
 * into its input hash), and a `run`. The runner never looks at what a plugin does, only at these.
 */
export interface ExperimentStep<Input, Output> {
  readonly name: string;
  /** Bump when the step's behaviour changes so earlier results are not reused. */
  readonly version: number;
  readonly params: { [key: string]: JsonValue };
  /** Whether this step costs money (finetunes, model calls); shown in the plan. */
  readonly paid: boolean;
  run(input: Input, context: StepContext): Promise<Output>;
  /**
   * Extra identity of a step's inputs that the plan cannot see (e.g. the content of the question sets
   * an evaluation reads), hashed into the step's input hash so that editing them reruns the step.
   */
  identify?(input: EstimateInput<Input>): unknown;
  /**
   * Whether an output is whole. An incomplete output (an evaluation with failed samples) goes into
   * the report but is not journaled as done, so the next run runs the step again, and the model
   * cache answers what was already answered. Default: complete.
   */
  isComplete?(output: Output): boolean;
  /** Token estimate for a dry run (one entry per billed model). */
  estimate?(input: EstimateInput<Input>, assumptions: PlanAssumptions): StepEstimate | StepEstimate[];
}

/** What `estimate` sees: the input without the data produced by earlier steps. */
export type EstimateInput<Input> = Partial<Input>;

/**
 * Documents as produced and transformed by the pipeline; after the strategy step they carry the
 * spans the strategy added (`inserted`, empty when it added none), which training can mask.
 */
export type ExperimentDocument = StrategyDocument & { id: string; inserted?: InsertedSpan[] };

export interface DocumentsInput {
  claim: Claim;
}
export interface DocumentsOutput {
  documents: ExperimentDocument[];
}
export interface StrategyInput {
  claim: Claim;
  condition: ExperimentCondition;
  documents: ExperimentDocument[];
}
export interface AuditInput {
  claim: Claim;
  condition: ExperimentCondition;
  documents: ExperimentDocument[];
}
export interface TrainingDataInput {
  claim: Claim;
  condition: ExperimentCondition;
  documents: ExperimentDocument[];
}
export interface TrainingDataOutput {
  records: unknown[];
  /** How the records were blended with other data, when they were. */
  mix?: { sources: Array<{ name: string; available: number; drawn: number; withReplacement: boolean }>; warnings: string[] };
}
export interface FinetuneInput {
  model: ExperimentModel;
  claim: Claim;
  condition: ExperimentCondition;
  records: unknown[];
  /** A short suffix for the trained model's name. */
  suffix: string;
}
export interface FinetuneOutput {
  modelId: string;
  jobId: string;
  /** Intermediate checkpoints with a known step, oldest first (for training-dynamics evaluations). */
  checkpoints?: Array<{ step: number; modelId: string }>;
}
export interface EvaluateInput {
  model: ExperimentModel;
  /** The model id to ask (the base id or a finetuned id). */
  modelId: string;
  claim: Claim;
  /** The condition label the samples are recorded under. */
  condition: string;
  /** Ask the model to think first (`on`) or not (`off`); unset: the model's default. */
  reasoning?: ReasoningMode;
}
export interface InContextInput extends EvaluateInput {
  /** Training documents to put in the prompt. */
  documents: ExperimentDocument[];
}
export interface EvaluateOutput {
  samples: ScoredSample[];
}
export interface CheckpointsInput {
  model: ExperimentModel;
  claim: Claim;
  /** The condition label the curve is recorded under. */
  condition: string;
  /** The finetune's checkpoints. */
  checkpoints: Array<{ step: number; modelId: string }>;
  /** Ask the model to think first (`on`) or not (`off`); unset: the model's default. */
  reasoning?: ReasoningMode;
}
export interface CheckpointsOutput {
  /** The evaluated checkpoints, by training step. */
  checkpoints: Array<{ step: number; modelId: string; samples: ScoredSample[] }>;
  /** Requested steps the finetune has no checkpoint for. */
  missing: number[];
}
export interface InContextSweepOutput {
  /** Judged samples per number of documents in the prompt (K) and seed (which K documents). */
  points: Array<{ k: number; seed: number; samples: ScoredSample[] }>;
  /** K values not evaluated, and why (more documents than the condition has, over the token budget). */
  skipped: Array<{ k: number; reason: string }>;
}
/** Which checkpoints of each finetune to evaluate: the final model only, every checkpoint, or these training steps. */
export type CheckpointSelection = 'final' | 'all' | number[];

/** Prices in USD per million tokens, by model id (or by a `*` default). */
export type PriceTable = Record<string, { input?: number; output?: number; training?: number }>;
