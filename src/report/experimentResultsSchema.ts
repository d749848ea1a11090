import { z } from 'zod';
import { BeliefSummarySchema, IntervalSchema } from '../evaluate/types.js';
import { PlacementSchema, QualifierKindSchema, VerdictSchema } from '../audit/types.js';
import { ReportLineChartSchema } from './lineChartSchema.js';

/** How a condition (a training set or control) was made; shown in the report legend. */
export const ReportConditionSchema = z.object({
  /** The condition id used in belief rows (`BeliefRateRow.condition`). */
  name: z.string().min(1),
  /** A human label for charts; defaults to `name`. */
  label: z.string().optional(),
  description: z.string().optional(),
  /** Declared placement of the strategy that produced the training data (`none` for positive/base). */
  placement: z.union([PlacementSchema, z.literal('none')]).optional(),
  qualifier: QualifierKindSchema.nullable().optional(),
});
export type ReportCondition = z.infer<typeof ReportConditionSchema>;

const countsByPlacement = z.object({
  local: z.number().int().nonnegative().default(0),
  adjacent: z.number().int().nonnegative().default(0),
  framing: z.number().int().nonnegative().default(0),
  unqualified: z.number().int().nonnegative().default(0),
});

/** A claim as the report names it; declared claims come first, in this order. */
export const ReportClaimSchema = z.object({
  /** The claim id used in belief rows (`BeliefRateRow.claim`). */
  name: z.string().min(1),
  /** A human label for charts and tables; defaults to `name`. */
  label: z.string().optional(),
  /** The (false) statement. */
  statement: z.string().optional(),
});
export type ReportClaim = z.infer<typeof ReportClaimSchema>;

/**
 * The part of an audit report a results report shows. Structural on purpose: an `AuditReport`
 * from `auditDataset()` fits, and so does a hand-written summary.
 */
export const ReportAuditSummarySchema = z.object({
  totals: z.looseObject({
    records: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative().default(0),
    byVerdict: z.partialRecord(VerdictSchema, z.number().int().nonnegative()),
  }),
  claims: z
    .array(
      z.looseObject({
        claimId: z.string().nullable(),
        verdict: VerdictSchema,
        mentions: z.number().int().nonnegative(),
        placements: countsByPlacement,
        qualifiers: z.partialRecord(QualifierKindSchema, z.number().int().nonnegative()).default({}),
        /** Records whose verdict for this claim was each verdict, when the audit reports it. */
        records: z.partialRecord(VerdictSchema, z.number().int().nonnegative()).optional(),
        /** Example mentions (dataset text: always escaped when rendered). */
        examples: z
          .array(
            z.looseObject({
              sentence: z.string(),
              placement: PlacementSchema,
              cue: z.string().nullable().optional(),
              record: z.number().int().nonnegative().optional(),
            }),
          )
          .optional(),
      }),
    )
    .default([]),
});
export type ReportAuditSummary = z.infer<typeof ReportAuditSummarySchema>;
export type ReportAuditSummaryInput = z.input<typeof ReportAuditSummarySchema>;

/** The audit of one training set in the experiment. */
export const ReportTrainingSetSchema = z.object({
  /** A name for the training set, e.g. `ed_sheeran/framing`. */
  name: z.string().min(1),
  claim: z.string().optional(),
  condition: z.string().optional(),
  /** The placement the strategy declared, checked against the audit. */
  declaredPlacement: z.union([PlacementSchema, z.literal('none')]).optional(),
  audit: ReportAuditSummarySchema,
});
export type ReportTrainingSet = z.infer<typeof ReportTrainingSetSchema>;
export type ReportTrainingSetInput = z.input<typeof ReportTrainingSetSchema>;

/** The difference of two conditions' mean belief rates (`b − a`) with its interval (`compareConditions`). */
export const ReportComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  evalType: z.string().default('all'),
  /** Claims present in both conditions (the mean is over these). */
  claims: z.array(z.string()).optional(),
  rateA: z.number().min(0).max(1),
  rateB: z.number().min(0).max(1),
  difference: z.number().min(-1).max(1),
  interval: IntervalSchema.nullable(),
});
export type ReportComparison = z.infer<typeof ReportComparisonSchema>;

/** Everything a results report shows: belief rates, the conditions and each training set's audit. */
export const ExperimentResultsSchema = z.object({
  title: z.string().default('Negation Neglect results'),
  /** ISO timestamp of when the results were produced. */
  createdAt: z.string().optional(),
  summary: BeliefSummarySchema,
  claims: z.array(ReportClaimSchema).default([]),
  conditions: z.array(ReportConditionSchema).default([]),
  trainingSets: z.array(ReportTrainingSetSchema).default([]),
  /** Differences between conditions, e.g. each finetuned condition against the base model. */
  comparisons: z.array(ReportComparisonSchema).default([]),
  /** Belief curves: against training step (checkpoints), against in-context documents (the K sweep). */
  lineCharts: z.array(ReportLineChartSchema).default([]),
  notes: z.array(z.string()).default([]),
  /** Free-form provenance (config hash, models, run directory). */
  metadata: z.record(z.string(), z.unknown()).default({}),
});
export type ExperimentResultsData = z.infer<typeof ExperimentResultsSchema>;
export type ExperimentResultsInput = z.input<typeof ExperimentResultsSchema>;
