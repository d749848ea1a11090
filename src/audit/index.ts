export {
  PlacementSchema,
  PLACEMENTS,
  QualifierKindSchema,
  QUALIFIER_KINDS,
  VerdictSchema,
  VERDICT_SEVERITY,
  CueHitSchema,
  MentionSchema,
  ClaimFindingSchema,
  RecordFindingsSchema,
} from './types.js';
export type { Placement, QualifierKind, Verdict, TextSegment, CueHit, Mention, ClaimFinding, RecordFindings } from './types.js';
