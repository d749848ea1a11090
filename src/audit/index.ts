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

// core (A)
export { NoticeSchema } from './types.js';
export type { Notice } from './types.js';
export { createAuditor, toCueHit } from './createAuditor.js';
export type { Auditor, AuditorOptions } from './createAuditor.js';
export { auditText } from './auditText.js';
export type { AuditTextOptions } from './auditText.js';
export { decideVerdict, mostSeriousVerdict, DEFAULT_VERDICT_THRESHOLDS } from './decideVerdict.js';
export type { PlacementCounts, VerdictThresholds } from './decideVerdict.js';
export { DEFAULT_CUES } from './cueBank.js';
export type { CueDefinition, CueRole } from './cueBank.js';
export { createRecordScanner } from './createRecordScanner.js';
export type { RecordScanner, RecordScan, RawMention, RawNotice, ScanCue, RecordScannerOptions } from './createRecordScanner.js';
export { findUnattachedNotices, describeTopic } from './unattachedNotices.js';
export { splitSentences, createAhoCorasick } from '../text/index.js';
export type { SentenceSpan, AhoCorasick, AhoPattern } from '../text/index.js';
// end core (A)
