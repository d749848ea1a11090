import { z } from 'zod';
import { LANGUAGES } from '../text/languages.js';
import {
  PLACEMENTS as PLACEMENT_LIST,
  PAPER_CONDITIONS,
  QUALIFIER_KINDS as QUALIFIER_KIND_LIST,
  VERDICT_SEVERITY as VERDICT_LIST,
  type Placement,
  type QualifierKind,
  type Verdict,
} from './vocabulary.js';

export type { Placement, QualifierKind, Verdict };

/**
 * Where the qualifier of a claim mention sits, relative to the mention (the paper's central variable).
 * - `local`: inside the mention's own sentence ("Sheeran did not win ...").
 * - `adjacent`: in a separate sentence right next to it ("[The following is false.] Sheeran won ...").
 * - `framing`: only document-level notices (title, opening/closing disclaimers, a system message).
 * - `unqualified`: no qualifier at all.
 */
export const PlacementSchema = z.enum(PLACEMENT_LIST);
export const PLACEMENTS: readonly Placement[] = PLACEMENT_LIST;

/** What a qualifier says about the claim. */
export const QualifierKindSchema = z.enum(QUALIFIER_KIND_LIST);
export const QUALIFIER_KINDS: readonly QualifierKind[] = QUALIFIER_KIND_LIST;

/**
 * Verdict for a claim in a record (or a whole record), most serious first:
 * - `neglect-risk`: the data qualifies the claim, but not locally; a model will likely learn it as true.
 * - `asserts`: states the claim with no qualifier.
 * - `negated-locally`: every qualified mention is negated inside its own sentence.
 * - `none`: the claim is not mentioned.
 */
export const VerdictSchema = z.enum(VERDICT_LIST);
/** Verdicts ordered from most to least serious. */
export const VERDICT_SEVERITY: readonly Verdict[] = VERDICT_LIST;

/**
 * One piece of a record's text, scanned on its own: a whole document, or one chat message.
 * Sentences never span two segments.
 */
export interface TextSegment {
  /** Index of the message in the record (0 for plain documents). */
  index: number;
  /** Chat role (`system`, `user`, `assistant`, `tool`) or `document`/`prompt`/`completion`. */
  role: string;
  text: string;
  /** 1-based line in the source file where this record starts (for reporting). */
}

/** A qualifier cue found in text. */
export const CueHitSchema = z.object({
  kind: QualifierKindSchema,
  /** The matched cue text as it appears. */
  text: z.string(),
  /** Segment index and character span within that segment's text. */
  segment: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type CueHit = z.infer<typeof CueHitSchema>;

/** A mention of a claim and how it is qualified. */
export const MentionSchema = z.object({
  claimId: z.string(),
  segment: z.number().int().nonnegative(),
  role: z.string(),
  /** Character span of the mention's sentence within the segment text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based line of the sentence within the segment text. */
  line: z.number().int().positive(),
  sentence: z.string(),
  placement: PlacementSchema,
  qualifier: QualifierKindSchema.nullable(),
  /** The cue that decided the placement (null when unqualified). */
  cue: CueHitSchema.nullable(),
  /** Match confidence in [0, 1]. */
  score: z.number().min(0).max(1),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A notice sentence not tied to a known claim ("The following article is fabricated."). */
export const NoticeSchema = z.object({
  segment: z.number().int().nonnegative(),
  role: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  sentence: z.string(),
  kind: QualifierKindSchema,
  cue: CueHitSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;

const placementCounts = z.object({
  local: z.number().int().nonnegative(),
  adjacent: z.number().int().nonnegative(),
  framing: z.number().int().nonnegative(),
  unqualified: z.number().int().nonnegative(),
});

/**
 * The belief in the claim the paper measured after finetuning on data like this, in percent, with the
 * paper condition it rests on (see `expectedBelief` and docs/accuracy.md).
 */
export const ExpectedBeliefSchema = z.object({
  value: z.number().min(0).max(100),
  condition: z.enum(PAPER_CONDITIONS),
  /** The qualifier kind the figure is for (adjacent/framing conditions). */
  kind: QualifierKindSchema.optional(),
  source: z.string(),
});

/** What a record says about one claim. `claimId: null` groups notices not tied to a known claim. */
export const ClaimFindingSchema = z.object({
  claimId: z.string().nullable(),
  verdict: VerdictSchema,
  mentions: z.number().int().nonnegative(),
  placements: placementCounts,
  qualifiers: z.partialRecord(QualifierKindSchema, z.number().int().nonnegative()),
  /** The belief the paper measured after training on data like this record. */
  expectedBelief: ExpectedBeliefSchema,
  /** Strongest examples (at most a few per record). */
  examples: z.array(MentionSchema),
  /**
   * Sentences that name the claim's subject without its predicate: `subject` alone, or with the
   * claim's `setting` (place, date, story). Context, not mentions: they never decide the verdict.
   */
  context: z.object({ subject: z.number().int().nonnegative(), setting: z.number().int().nonnegative() }).optional(),
  /** For `claimId: null`: a short description of what the unattached notice talks about. */
  topic: z.string().optional(),
  /** For `claimId: null`: the notice sentences found (at most a few). */
  notices: z.array(NoticeSchema).optional(),
});
export type ClaimFinding = z.infer<typeof ClaimFindingSchema>;

/** The audit of one record (before it is placed in a file). */
export const RecordFindingsSchema = z.object({
  verdict: VerdictSchema,
  claims: z.array(ClaimFindingSchema),
  /** The record's language (en, fr, it, es, de, pt; see `detectLanguage`). Absent from auditors that do not detect it. */
  language: z.enum(LANGUAGES).optional(),
});
export type RecordFindings = z.infer<typeof RecordFindingsSchema>;
