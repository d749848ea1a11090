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
export { createAuditor } from './createAuditor.js';
export type { Auditor, AuditorOptions, AuditSegmentsOptions } from './createAuditor.js';
export { auditText } from './auditText.js';
export type { AuditTextOptions } from './auditText.js';
export { decideVerdict, mostSeriousVerdict, DEFAULT_VERDICT_THRESHOLDS } from './decideVerdict.js';
export type { PlacementCounts, VerdictThresholds } from './decideVerdict.js';
export { DEFAULT_CUES } from './cueBank.js';
export type { CueDefinition, CueRole } from './cueBank.js';
export { createClaimMatcher } from './createClaimMatcher.js';
export type { ClaimMatcher, ClaimSentenceMatch } from './createClaimMatcher.js';
export { findUnattachedNotices, describeTopic } from './unattachedNotices.js';
export { explainVerdict } from './explainVerdict.js';
export { PAPER_BELIEF_RATES } from './paperBeliefRates.js';
export { expectedBelief } from './expectedBelief.js';
export type { ExpectedBelief, ExpectedBeliefFacts, PaperCondition } from './expectedBelief.js';
export { ExpectedBeliefSchema } from './types.js';
export type { ExplainVerdictOptions } from './explainVerdict.js';
export { splitSentences, createAhoCorasick, ahoCorasickFromData } from '../text/index.js';
export type { SentenceSpan, AhoCorasick, AhoCorasickData, AhoCorasickOptions, AhoPattern } from '../text/index.js';
// end core (A)
// dataset (B)
export { auditDataset, toAuditReport } from './auditDataset.js';
export type { AuditDatasetOptions } from './auditDataset.js';
export { auditRecords } from './auditRecords.js';
export type {
  AuditRecordsOptions,
  RecordAuditResult,
  AuditedRecord,
  InvalidRecordResult,
  InvalidRecord,
  AuditProgress,
  SourceStats,
} from './auditRecords.js';
export type { DatasetSource, DatasetFormat } from './datasetSource.js';
export { DecodeError } from './decodeError.js';
export { TooManyInvalidRecordsError } from './tooManyInvalidRecordsError.js';
export { mergeAuditReports } from './mergeAuditReports.js';
export { releaseAuditWorkers } from './auditWorkerPool.js';
export type { ShardSpec } from './shardDatasetInputs.js';
export type { Compression } from './decodeError.js';
export type { SourceFormat } from './recordResults.js';
export { readRecordText, recordSegments, RecordShapeError } from './recordSegments.js';
export type { GetRecordText, RecordFields, RecordPath, RecordText, RecordTextShape } from './recordSegments.js';
export type { SegmentAuditor } from './auditLineChunk.js';
export type { DatasetAuditorOptions } from './resolveAuditor.js';
export {
  AuditReportSchema,
  AuditExampleSchema,
  ClaimAuditSchema,
  UnattachedNoticeGroupSchema,
  InvalidRecordSchema,
  SourceSummarySchema,
  VerdictCountsSchema,
  PlacementCountsSchema,
  QualifierCountsSchema,
  RecordRefSchema,
  ShardInfoSchema,
  AuditPartSchema,
} from './auditReport.js';
export type {
  AuditReport,
  AuditReportData,
  AuditExample,
  ClaimAudit,
  UnattachedNoticeGroup,
  SourceSummary,
  VerdictCounts,
  QualifierCounts,
  RecordRef,
} from './auditReport.js';
export { auditReportJsonSchema } from './auditReportJsonSchema.js';
export { formatAuditReport } from './formatAuditReport.js';
export type { AuditReportFormat } from './formatAuditReport.js';
export { createAuditReportBuilder } from './auditReportBuilder.js';
export type { AuditReportBuilder, AuditReportBuilderOptions } from './auditReportBuilder.js';
export { explainAuditVerdict } from './explainAuditVerdict.js';
export type { AuditVerdictFacts } from './explainAuditVerdict.js';
// model review
export * from './review/index.js';
