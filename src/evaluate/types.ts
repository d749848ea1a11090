import { z } from 'zod';

/** The judged outcome of one sample. `parse_error` when the judge's answer could not be read. */
export const VerdictLabelSchema = z.enum(['yes', 'no', 'neutral', 'parse_error']);
export type VerdictLabel = z.infer<typeof VerdictLabelSchema>;

/** A confidence interval. */
export const IntervalSchema = z.object({
  lower: z.number(),
  upper: z.number(),
  /** e.g. 0.95 */
  level: z.number(),
  method: z.enum(['bootstrap', 'wilson']),
});
export type Interval = z.infer<typeof IntervalSchema>;

/**
 * One row of a belief-rate table: a claim × condition × eval type (or `all`).
 * This is the shape summaries, reports and the CLI share.
 */
export const BeliefRateRowSchema = z.object({
  claim: z.string(),
  condition: z.string(),
  /** An eval type, or `all` for the pooled rate. */
  evalType: z.string(),
  /** Model that answered (optional for imported tables). */
  model: z.string().optional(),
  /** Samples counted: answered and scored (failed and unparsed samples are not). */
  n: z.number().int().nonnegative(),
  yes: z.number().int().nonnegative(),
  /** yes / n, in [0, 1]; `null` when no sample could be counted ("no data"). */
  beliefRate: z.number().min(0).max(1).nullable(),
  interval: IntervalSchema.nullable(),
  /** Samples whose generation or judging failed (not in `n`). */
  failed: z.number().int().nonnegative().default(0),
  /** Samples whose answer or judge output could not be read (not in `n` by default). */
  unparsed: z.number().int().nonnegative().default(0),
  /** Answers cut off at the token limit. */
  truncated: z.number().int().nonnegative().default(0),
  /**
   * The mean judge score of the scored samples, for an eval type judged with a graded rubric that
   * also gives a verdict (the paper's 0-10 `saliency` rubric for leakage); absent otherwise.
   */
  meanScore: z.number().optional(),
});
export type BeliefRateRow = z.infer<typeof BeliefRateRowSchema>;

/** Mean over claims for a condition (the paper's headline number). */
export const ConditionMeanSchema = z.object({
  condition: z.string(),
  /** Model that answered, when the summary holds several models. */
  model: z.string().optional(),
  evalType: z.string(),
  /** Claims with data (claims whose every sample failed are left out of the mean). */
  claims: z.number().int().nonnegative(),
  /** `null` when no claim has data. */
  beliefRate: z.number().min(0).max(1).nullable(),
  interval: IntervalSchema.nullable(),
  /** Failed and unparsed samples over all claims of the condition. */
  failed: z.number().int().nonnegative().default(0),
  unparsed: z.number().int().nonnegative().default(0),
  /** The unweighted mean over claims of the rows' `meanScore`, when they have one. */
  meanScore: z.number().optional(),
});
export type ConditionMean = z.infer<typeof ConditionMeanSchema>;

/** How far the judges of a panel agree, over the samples of an eval type (or `all`). */
export const PanelAgreementSchema = z.object({
  evalType: z.string(),
  /** The judges, as `provider:modelId`. */
  judges: z.array(z.string()),
  /** Samples with at least two readable votes (what α is computed on). */
  samples: z.number().int().nonnegative(),
  /** Over the samples every judge read (Fleiss' κ needs the same raters per sample); `null` when undefined. */
  fleissKappa: z.number().nullable(),
  krippendorffAlpha: z.number().nullable(),
  /** Cohen's κ of each pair of judges, over the samples both read. */
  pairs: z.array(z.object({ a: z.string(), b: z.string(), compared: z.number().int().nonnegative(), observed: z.number().nullable(), cohenKappa: z.number().nullable() })),
});
export type PanelAgreement = z.infer<typeof PanelAgreementSchema>;

/** Coherence of one model × claim × condition: the mean 0-10 score of its coherence answers, beside its belief rate. */
export const CoherenceRowSchema = z.object({
  claim: z.string(),
  condition: z.string(),
  model: z.string().optional(),
  /** Answers scored. */
  n: z.number().int().nonnegative(),
  /** Mean score, 0-10; `null` when no answer could be scored ("no data"). */
  meanScore: z.number().nullable(),
  /** Question-clustered bootstrap interval of the mean score (0-10). */
  interval: IntervalSchema.nullable(),
  failed: z.number().int().nonnegative(),
  unparsed: z.number().int().nonnegative(),
  /** The pooled (`all`) belief rate of the same model × claim × condition, for reading the two side by side. */
  beliefRate: z.number().min(0).max(1).nullable(),
});
export type CoherenceRow = z.infer<typeof CoherenceRowSchema>;

/** Coherence per condition: the mean over claims, beside the mean belief rate. */
export const CoherenceMeanSchema = z.object({
  condition: z.string(),
  model: z.string().optional(),
  claims: z.number().int().nonnegative(),
  meanScore: z.number().nullable(),
  beliefRate: z.number().min(0).max(1).nullable(),
});
export type CoherenceMean = z.infer<typeof CoherenceMeanSchema>;

/** A belief-rate summary table. */
export const BeliefSummarySchema = z.object({
  rows: z.array(BeliefRateRowSchema),
  means: z.array(ConditionMeanSchema),
  /** Agreement between a judge panel's judges (present when samples were judged by a panel). */
  agreement: z.array(PanelAgreementSchema).optional(),
  /** Coherence (0-10) of each evaluated model beside its belief rate (present when coherence questions were asked). */
  coherence: z.object({ rows: z.array(CoherenceRowSchema), means: z.array(CoherenceMeanSchema) }).optional(),
  /** Problems a reader of the rates should know about, e.g. a sampling setting the provider refused. */
  warnings: z.array(z.string()).optional(),
});
export type BeliefSummary = z.infer<typeof BeliefSummarySchema>;

/** A chat message as stored in question sets and records. */
export const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});

/** A plugin (solver, scorer) as recorded on every sample: its name and the arguments it ran with. */
export const PluginRefSchema = z.object({
  name: z.string(),
  args: z.record(z.string(), z.unknown()).default({}),
});
export type PluginRef = z.infer<typeof PluginRefSchema>;

/** Which judge produced a verdict (so cached or imported verdicts stay attributable). */
export const JudgeRefSchema = z.object({
  provider: z.string(),
  modelId: z.string(),
  rubricId: z.string(),
  /** The judge's own reasoning settings as sent (`reasoning`, `reasoningEffort`, `thinkingBudget`), when any were. */
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type JudgeRef = z.infer<typeof JudgeRefSchema>;

/** One judge's vote on a sample judged by a panel (`createJudgePanel`). */
export const PanelVoteSchema = z.object({
  judge: JudgeRefSchema,
  verdict: VerdictLabelSchema,
  judgeRaw: z.string().optional(),
  reason: z.string().optional(),
  /** This judge's score under a graded rubric (coherence). */
  score: z.number().optional(),
  /** Set when this judge's call failed (its vote then does not count). */
  error: z.string().optional(),
});
export type PanelVote = z.infer<typeof PanelVoteSchema>;

/**
 * One scored sample: the unit every aggregate is computed from (Inspect-AI style: score each
 * sample, aggregate separately). Written one per line by `negation-neglect eval --out`.
 */
export const SampleRecordSchema = z.object({
  claim: z.string(),
  /** The training condition or run label, e.g. `positive`, `llm_negations`, `in_context`. */
  condition: z.string().default(''),
  model: z.string().optional(),
  /**
   * The checkpoint the model was evaluated at when one condition has several (the paper's results
   * folders: `base`, `final`, ...). Part of what identifies a sample.
   */
  stage: z.string().optional(),
  evalType: z.string(),
  questionId: z.string(),
  sampleIndex: z.number().int().nonnegative(),
  category: z.string().optional(),
  question: z.string().default(''),
  systemPrompt: z.string().optional(),
  messagesPrefix: z.array(ChatMessageSchema).optional(),
  /** The answer, without the model's thinking. */
  response: z.string(),
  /**
   * What the model thought before answering (reasoning content, `<think>` block, thinking blocks),
   * when it returned any. Kept apart from `response`; the judge sees it only when asked (`showReasoning`).
   */
  reasoning: z.string().optional(),
  verdict: VerdictLabelSchema,
  /** The judge's raw output (judged eval types). */
  judgeRaw: z.string().optional(),
  /** The judge's explanation when it gave one. */
  reason: z.string().optional(),
  judge: JudgeRefSchema.optional(),
  /** Every judge's vote when a panel judged the sample (`verdict` is then the panel's aggregate). */
  panel: z.array(PanelVoteSchema).optional(),
  /** With the `mean` aggregate: the share of the panel's readable votes that were `yes`. */
  panelMean: z.number().min(0).max(1).optional(),
  /**
   * The judge's score under a graded rubric: the 0-10 coherence of the answer (eval type `coherence`;
   * the verdict is then `neutral`, and the sample counts in coherence, never in belief rates).
   */
  score: z.number().optional(),
  solver: PluginRefSchema.optional(),
  scorer: PluginRefSchema,
  /**
   * Set when generating or judging this sample failed; the verdict is then `parse_error` and the
   * sample is left out of belief rates (counted as `failed`).
   */
  error: z.string().optional(),
  /** Why generation stopped: `stop`, `length` (cut off at the token limit), `content-filter`, `other`. */
  finishReason: z.string().optional(),
  /** The sampling settings the answer was drawn with (as sent, after dropping refused ones). */
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type SampleRecord = z.infer<typeof SampleRecordSchema>;
