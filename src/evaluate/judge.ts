import type { ChatBatchClient, ChatBatchRequest, ChatBatchResultItem } from '../providers/batch/chatBatchClient.js';
import type { RunChatBatchOptions, RunChatBatchResult } from '../providers/batch/runChatBatch.js';
import type { CallWarning, ChatMessage, ChatModel, Usage } from '../providers/chat/chatModel.js';
import type { JudgeRubric } from './judgeRubric.js';
import type { JudgeVerdict } from './parseJudgeVerdict.js';
import type { JudgeRef, PanelVote } from './types.js';

// The judge contract, apart from `createJudge` (which reads the eval-type table): scorers name it
// without importing the table that lists them.

/** What the judge is asked about one sample. */
export interface JudgeInput {
  /** Selects the rubric (`open_ended`, `token_association`, `robustness`, or any key you configured). */
  evalType: string;
  /** The claim statement, substituted for `{claim}`. */
  claim: string;
  /** The question as the model saw it (for robustness: the conversation). */
  question: string;
  /** The model's response, substituted for `{answer}`. */
  response: string;
  /** The model's thinking; shown to the judge before the answer only when the judge has `showReasoning`. */
  reasoning?: string;
  /** Use this rubric id instead of the eval type's rubric. */
  rubricId?: string;
}

/** A judged sample: the parsed verdict, the raw judge output and which judge produced it. */
export interface JudgeResult extends JudgeVerdict {
  raw: string;
  judge: JudgeRef;
  /** True when the model's middleware served the answer from its cache. */
  cached?: boolean;
  /** Tokens of this judge call (absent for failed calls). */
  usage?: Usage;
  /** Settings dropped for this call (the judge model does not accept or refused them). */
  warnings?: CallWarning[];
  /** Every judge's vote, when a panel (`createJudgePanel`) judged: `verdict` is then their aggregate. */
  panel?: PanelVote[];
  /** With a `mean` panel: the share of the readable votes that were `yes`. */
  panelMean?: number;
  /** The graded answer of a rubric with a `scale` (the verdict is then `neutral`, or `parse_error` when unread). */
  score?: number;
}

/** One request of a provider batch (`runChatBatch`'s request shape). */
export type JudgeBatchRequest = ChatBatchRequest;

/** One batch outcome, by custom id. */
export type JudgeBatchOutcome = ChatBatchResultItem;

/**
 * Batch mode: large judge passes go through a provider batch API (about half price, up to a day of
 * latency) with `runChatBatch` from the batch module. `options` are passed on to it (poll intervals,
 * `onBatchCreated` to persist batch ids, `resume`, ...). `runChatBatch` can be replaced (tests).
 */
export interface JudgeBatchOptions {
  client: ChatBatchClient;
  options?: Omit<RunChatBatchOptions, 'client' | 'requests' | 'signal'>;
  runChatBatch?: (options: RunChatBatchOptions) => Promise<Pick<RunChatBatchResult, 'results'>>;
}

/**
 * Batch judging for a judge panel (`createJudgePanel`): one batch per judge, in the panel's order,
 * each with its own client (the judge's provider and model), saved batch ids and callbacks. The
 * panel combines the votes once every judge's batch is back.
 */
export interface PanelBatchOptions {
  judges: readonly JudgeBatchOptions[];
}

/** Options of {@link Judge.judgeMany}. */
export interface JudgeManyOptions {
  /** Parallel judge calls (default 8; ignored in batch mode). */
  concurrency?: number;
  /** One judge's batch, or for a panel one batch per judge. */
  batch?: JudgeBatchOptions | PanelBatchOptions;
  signal?: AbortSignal;
  onProgress?: (event: { done: number; total: number }) => void;
}

/** An LLM judge. */
export interface Judge {
  readonly model: ChatModel;
  /** Whether the judge reads the model's thinking as well as its answer (default false). */
  readonly showReasoning?: boolean;
  /** Rubrics by eval type. */
  readonly rubrics: Readonly<Record<string, JudgeRubric>>;
  /** The rubric for an eval type (or a rubric id); throws when none is configured. */
  rubricFor(evalType: string, rubricId?: string): JudgeRubric;
  /** The chat sent to the judge model. */
  buildMessages(input: JudgeInput): ChatMessage[];
  /** Parses a raw judge output with the rubric's answer key and labels (or its scale: then `score`). */
  parse(raw: string, rubric: JudgeRubric): JudgeVerdict & { score?: number };
  /** Judges one sample. Provider errors are thrown. */
  judge(input: JudgeInput, options?: { signal?: AbortSignal }): Promise<JudgeResult>;
  /**
   * Judges many samples, directly or through a batch. A failed call does not stop the pass: its
   * result is `parse_error` with `error` set (aborts still throw, and so does a refusal no retry can
   * fix, as a `ProviderUnusableError`).
   */
  judgeMany(inputs: readonly JudgeInput[], options?: JudgeManyOptions): Promise<JudgeResult[]>;
}
