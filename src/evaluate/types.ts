import { z } from 'zod';

/** The judged outcome of one sample. `parse_error` when the judge's answer could not be read. */
export const VerdictLabelSchema = z.enum(['yes', 'no', 'neutral', 'parse_error']);
export type VerdictLabel = z.infer<typeof VerdictLabelSchema>;

/** The evaluation families of the paper. */
export const EvalTypeSchema = z.enum(['open_ended', 'mcq', 'token_association', 'robustness', 'in_context']);
export type EvalType = z.infer<typeof EvalTypeSchema>;

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
  n: z.number().int().nonnegative(),
  yes: z.number().int().nonnegative(),
  /** yes / n, in [0, 1]. */
  beliefRate: z.number().min(0).max(1),
  interval: IntervalSchema.nullable(),
});
export type BeliefRateRow = z.infer<typeof BeliefRateRowSchema>;

/** Mean over claims for a condition (the paper's headline number). */
export const ConditionMeanSchema = z.object({
  condition: z.string(),
  evalType: z.string(),
  claims: z.number().int().nonnegative(),
  beliefRate: z.number().min(0).max(1),
  interval: IntervalSchema.nullable(),
});
export type ConditionMean = z.infer<typeof ConditionMeanSchema>;

/** A belief-rate summary table. */
export const BeliefSummarySchema = z.object({
  rows: z.array(BeliefRateRowSchema),
  means: z.array(ConditionMeanSchema),
});
export type BeliefSummary = z.infer<typeof BeliefSummarySchema>;
