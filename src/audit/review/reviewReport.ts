import { z } from 'zod';
import { QualifierKindSchema, VerdictSchema, type Verdict } from '../types.js';
import { ReviewPlacementSchema } from './reviewAnswer.js';

const count = z.number().int().nonnegative();
const verdictCounts = z.object({ 'neglect-risk': count, asserts: count, 'negated-locally': count, none: count });
const kappa = z.number().min(-1).max(1).nullable();

/** Which reading a record's final verdict uses: the review's, the lexical one, or the more serious of the two. */
export const ReviewPreferSchema = z.enum(['review', 'lexical', 'stricter']);
export type ReviewPrefer = z.infer<typeof ReviewPreferSchema>;

/** One record (and claim) on which the lexical pass and the reviewer disagree, with their sentences. */
export const ReviewDisagreementSchema = z.object({
  record: count,
  source: z.string(),
  line: count,
  claimId: z.string(),
  lexical: VerdictSchema,
  review: VerdictSchema,
  final: VerdictSchema,
  /** The sentence the lexical pass based its verdict on (absent when it found no mention). */
  lexicalSentence: z.string().optional(),
  /** The sentence the reviewer quoted (absent when it found the claim absent). */
  reviewSentence: z.string().optional(),
  placement: ReviewPlacementSchema,
  kind: QualifierKindSchema.nullable(),
});
export type ReviewDisagreement = z.infer<typeof ReviewDisagreementSchema>;

/**
 * The `review` section of an audit report: what was reviewed, how (prompt version, model,
 * settings), what it cost, both readings' verdicts, their agreement and where they disagree.
 */
export const ReviewSectionSchema = z.object({
  prompt: z.object({ id: z.string(), version: z.number().int().positive(), sha256: z.string() }),
  model: z.object({ provider: z.string(), modelId: z.string() }),
  settings: z.object({
    select: z.string(),
    maxRecords: count,
    /** The `maxShare` cap, when one was given. */
    maxShare: z.number().positive().max(1).optional(),
    maxCost: z.number().nonnegative().nullable(),
    batch: z.boolean(),
    prefer: ReviewPreferSchema,
    seed: z.number().int(),
    maxTokens: count,
    temperature: z.number(),
    responseFormat: z.string(),
  }),
  /** Records that qualified for review per lexical class (before `maxRecords`). */
  eligible: verdictCounts,
  selected: count,
  reviewed: count,
  /** Selected records without a review, by reason; their final verdict is the lexical one. */
  unreviewed: z.object({ malformed: count, budget: count, error: count, declined: count, 'too-long': count }),
  estimate: z.object({
    requests: count,
    cached: count,
    inputTokens: count,
    maxOutputTokens: count,
    maxCostUsd: z.number().nonnegative().nullable(),
  }),
  usage: z.object({
    requests: count,
    cachedAnswers: count,
    inputTokens: count,
    outputTokens: count,
    costUsd: z.number().nonnegative().nullable(),
  }),
  /** The dataset verdict of the lexical pass alone (the report's `verdict` is the final one). */
  lexicalVerdict: VerdictSchema,
  /** Records per final verdict (the lexical counts with reviewed records moved per `prefer`). */
  finalByVerdict: verdictCounts,
  /** Per claim: final verdict and records per final verdict. */
  claims: z.array(z.object({ claimId: z.string(), verdict: VerdictSchema, records: verdictCounts })),
  agreement: z.object({
    records: count,
    observed: z.number().min(0).max(1),
    kappa,
    matrix: z.record(VerdictSchema, verdictCounts),
    byClass: z.array(z.object({ verdict: VerdictSchema, lexical: count, review: count, both: count, kappa })),
  }),
  disagreements: z.array(ReviewDisagreementSchema),
  /** Disagreements counted but not listed. */
  disagreementsOmitted: count,
  /** Unreviewed records listed with their reason (the first few). */
  failures: z.array(z.object({ record: count, source: z.string(), line: count, reason: z.string(), message: z.string() })),
  warnings: z.array(z.string()),
});
export type ReviewSection = z.infer<typeof ReviewSectionSchema>;

/**
 * The final verdict of a claim or record from its two readings.
 *
 * @example
 * ```ts
 * preferVerdict('asserts', 'neglect-risk', 'stricter'); // 'neglect-risk'
 * ```
 */
export function preferVerdict(lexical: Verdict, review: Verdict, prefer: ReviewPrefer): Verdict {
  if (prefer === 'lexical') return lexical;
  if (prefer === 'review') return review;
  return SEVERITY[lexical] >= SEVERITY[review] ? lexical : review;
}

const SEVERITY: Record<Verdict, number> = { 'neglect-risk': 3, asserts: 2, 'negated-locally': 1, none: 0 };
