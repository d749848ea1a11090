/** Model-reviewed audits: a second, model-read verdict for the records that matter. */
export { createReviewSelection, describeSelect, ReviewSelectSchema } from './selectForReview.js';
export { claimAnchors } from './claimAnchors.js';
export { reviewUncertainty, WEAK_MENTION_SCORE } from './reviewUncertainty.js';
export type { ReviewUncertainty } from './reviewUncertainty.js';
export type { ReviewSelect, ReviewCandidate, ReviewSelection, ReviewSelectionOptions } from './selectForReview.js';
export { REVIEW_PROMPT, buildReviewMessages } from './reviewPrompt.js';
export type { ReviewPromptInfo } from './reviewPrompt.js';
export { ReviewAnswerSchema, ReviewClaimAnswerSchema, ReviewPlacementSchema, parseReviewAnswer, reviewedClaimVerdict } from './reviewAnswer.js';
export type { ReviewAnswer, ReviewClaimAnswer, ReviewPlacement } from './reviewAnswer.js';
export { reviewCandidates } from './reviewCandidates.js';
export type {
  RecordReview,
  ReviewedClaim,
  UnreviewedReason,
  ReviewEstimate,
  ReviewUsage,
  ReviewBatchOptions,
  ReviewCandidatesOptions,
  ReviewCandidatesResult,
} from './reviewCandidates.js';
export { reviewAgreement } from './reviewAgreement.js';
export type { ReviewAgreement, ClassAgreement } from './reviewAgreement.js';
export { ReviewSectionSchema, ReviewDisagreementSchema, ReviewPreferSchema, preferVerdict } from './reviewReport.js';
export type { ReviewSection, ReviewDisagreement, ReviewPrefer } from './reviewReport.js';
export { reviewSectionText, reviewSectionMarkdown, reviewSummary } from './formatReviewSection.js';
export type { AuditReviewOptions, ReviewedRecordResult } from './auditReview.js';
