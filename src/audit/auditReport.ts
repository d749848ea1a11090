import { z } from 'zod';
import type { PlacementCounts } from './decideVerdict.js';
import type { InvalidRecord } from './recordResults.js';
import { ExpectedBeliefSchema, PlacementSchema, QualifierKindSchema, VerdictSchema } from './types.js';
import { ReviewSectionSchema } from './review/reviewReport.js';

const count = z.number().int().nonnegative();

/** Records (or mentions) per verdict. */
export const VerdictCountsSchema = z.object({
  'neglect-risk': count,
  asserts: count,
  'negated-locally': count,
  none: count,
});
export type VerdictCounts = z.infer<typeof VerdictCountsSchema>;

/** Mentions per placement. */
export const PlacementCountsSchema = z.object({ local: count, adjacent: count, framing: count, unqualified: count }) satisfies z.ZodType<PlacementCounts>;
// One declaration of the type (decideVerdict.ts); the schema is checked against it.
export type { PlacementCounts };

/** Mentions per qualifier kind (kinds never seen are absent). */
export const QualifierCountsSchema = z.partialRecord(QualifierKindSchema, count);
export type QualifierCounts = z.infer<typeof QualifierCountsSchema>;

/** One example mention, located in the input. */
export const AuditExampleSchema = z.object({
  /** 0-based index of the record over all sources. */
  record: count,
  source: z.string(),
  /** 1-based line in the file (the record's line for JSONL/JSON; the sentence's line for text files). */
  line: count,
  /** Message index within the record (0 for documents) and its role. */
  segment: count,
  role: z.string(),
  /** Character span of the sentence within that message's text. */
  start: count,
  end: count,
  sentence: z.string(),
  placement: PlacementSchema,
  qualifier: QualifierKindSchema.nullable(),
  /** The qualifier cue found (e.g. "This is false."), or null when unqualified. */
  cue: z.string().nullable(),
  score: z.number().min(0).max(1),
});
export type AuditExample = z.infer<typeof AuditExampleSchema>;

/** What the whole dataset says about one claim. */
export const ClaimAuditSchema = z.object({
  claimId: z.string(),
  statement: z.string().optional(),
  /** The most serious verdict over all records. */
  verdict: VerdictSchema,
  /** Records per verdict for this claim (`none`: records that do not mention it). */
  records: VerdictCountsSchema,
  mentions: count,
  placements: PlacementCountsSchema,
  qualifiers: QualifierCountsSchema,
  /** The belief the paper measured after training on data like the claim's most serious records. */
  expectedBelief: ExpectedBeliefSchema,
  /** Sentences that name the subject without the claim's predicate: context, not mentions. */
  context: z.object({ subject: count, setting: count }).optional(),
  /** Plain-language reading of the verdict with the paper's figures. */
  explanation: z.string(),
  examples: z.array(AuditExampleSchema),
});
export type ClaimAudit = z.infer<typeof ClaimAuditSchema>;

/** A record pointer. */
export const RecordRefSchema = z.object({ record: count, source: z.string(), line: count });
export type RecordRef = z.infer<typeof RecordRefSchema>;

/** Non-local notices not tied to a known claim ("this article is satire"), grouped by topic. */
export const UnattachedNoticeGroupSchema = z.object({
  topic: z.string(),
  records: count,
  placements: PlacementCountsSchema,
  qualifiers: QualifierCountsSchema,
  /** The belief the paper measured with such notices around documents. */
  expectedBelief: ExpectedBeliefSchema,
  explanation: z.string(),
  examples: z.array(AuditExampleSchema),
  /** The first records carrying such a notice. */
  sampleRecords: z.array(RecordRefSchema),
});
export type UnattachedNoticeGroup = z.infer<typeof UnattachedNoticeGroupSchema>;

/** A record that could not be audited (or a file-level problem with `line: 0`). */
export const InvalidRecordSchema = z.object({
  file: z.string(),
  line: count,
  reason: z.string(),
  field: z.string().optional(),
  record: count.optional(),
}) satisfies z.ZodType<InvalidRecord>;

/** Per-input statistics. */
export const SourceSummarySchema = z.object({
  source: z.string(),
  format: z.enum(['jsonl', 'json', 'text', 'parquet', 'records']),
  /** How the file was stored (absent for in-memory sources and older reports). */
  compression: z.enum(['none', 'gzip', 'zstd']).optional(),
  bytes: count,
  records: count,
  invalid: count,
  blankLines: count,
  bom: z.boolean(),
  crlfLines: count,
  /** Audited records of this source per verdict. */
  byVerdict: VerdictCountsSchema,
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

/** One piece of a sharded audit (a file or a byte range of one), as `mergeAuditReports()` needs it. */
export const AuditPartSchema = z.object({
  /** Position of the piece among all pieces of the dataset. */
  order: count,
  source: z.string(),
  range: z.object({ start: count, end: count }).optional(),
  /** Counts and top examples (record indexes relative to the piece); produced by the report builder. */
  partial: z.object({
    records: count,
    audited: count,
    byVerdict: VerdictCountsSchema,
    claims: z.array(z.tuple([z.string(), z.any()])),
    topics: z.array(z.tuple([z.string(), z.any()])),
  }),
  invalid: z.array(InvalidRecordSchema),
  invalidCount: count,
  readErrors: z.array(InvalidRecordSchema),
  sources: z.array(SourceSummarySchema),
  formats: z.array(z.tuple([z.string(), z.string()])),
  warnings: z.array(z.string()),
});
export type AuditPartData = z.infer<typeof AuditPartSchema>;

/** What makes a report one shard of a larger audit (`auditDataset(..., { shard })`, `--shard K/N`). */
export const ShardInfoSchema = z.object({
  /** 0-based shard index (`--shard 1/4` is index 0). */
  index: count,
  count: z.number().int().positive(),
  /** Pieces in the whole dataset; merging checks that every one is present once. */
  pieceCount: count,
  /** The claims audited, in their order (the merged report lists them in the same order). */
  claims: z.array(z.object({ id: z.string(), statement: z.string().optional() })),
  maxExamples: count,
  maxInvalidListed: count,
  parts: z.array(AuditPartSchema),
});
export type ShardInfo = z.infer<typeof ShardInfoSchema>;

/**
 * The result of `auditDataset()` as plain data (what `toJSON()` returns and the JSON Schema
 * describes). `schemaVersion` changes only with incompatible changes.
 */
export const AuditReportSchema = z.object({
  schemaVersion: z.literal(1),
  /** The dataset's most serious verdict (with a model review: the final verdict, see `review`). */
  verdict: VerdictSchema,
  totals: z.object({
    /** Records read (valid and invalid). */
    records: count,
    /** Records audited (valid). */
    audited: count,
    bytes: count,
    /** Invalid records plus file-level problems. */
    invalid: count,
    blankLines: count,
    /** Audited records per record verdict. */
    byVerdict: VerdictCountsSchema,
  }),
  sources: z.array(SourceSummarySchema),
  claims: z.array(ClaimAuditSchema),
  unattached: z.array(UnattachedNoticeGroupSchema),
  invalid: z.array(InvalidRecordSchema),
  /** Invalid entries counted but not listed (the list is capped). */
  invalidOmitted: count,
  /**
   * Sources that could not be read to their end (missing, unreadable, truncated or damaged). When
   * any is listed the verdict covers only what was read: the CLI exits 2.
   */
  readErrors: z.array(InvalidRecordSchema).default([]),
  warnings: z.array(z.string()),
  /** Present on the report of one shard: what `mergeAuditReports()` combines. */
  shard: ShardInfoSchema.optional(),
  timing: z.object({
    startedAt: z.string(),
    finishedAt: z.string(),
    durationMs: z.number().nonnegative(),
    megabytesPerSecond: z.number().nonnegative(),
    workers: z.number().int().positive(),
  }),
  /** Present when a model reviewed some records: both readings, agreement, disagreements, cost. */
  review: ReviewSectionSchema.optional(),
  /** Present when the verdicts were decided by the learned model (`auditorOptions.decision: 'learned'`) instead of the rules. */
  decision: z.literal('learned').optional(),
});
/** Plain data of an audit report. */
export type AuditReportData = z.infer<typeof AuditReportSchema>;

/**
 * An audit report: the plain data plus non-enumerable helpers so it prints well in a terminal,
 * a Node REPL and notebooks (`toJSON`, `toString`, `toMarkdown`, `_repr_html_`, `_repr_markdown_`,
 * `util.inspect`, and Deno Jupyter's `Symbol.for('Jupyter.display')`).
 */
export type AuditReport = AuditReportData & {
  toJSON(): AuditReportData;
  toString(): string;
  toMarkdown(): string;
  _repr_html_(): string;
  _repr_markdown_(): string;
};
