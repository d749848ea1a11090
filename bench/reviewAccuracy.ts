// The accuracy of a reviewed audit on labelled eval records: the lexical verdicts and the final (reviewed)
// verdicts of the same records, from `auditDataset({ review })` exactly as a user runs it, with what was sent,
// the agreement of the two readings and the spend. Used by bench/accuracy.ts (`--review-model`, `--oracle`).
import { auditDataset } from '../src/audit/auditDataset.js';
import type { AuditReviewOptions, ReviewedRecordResult } from '../src/audit/review/auditReview.js';
import { reviewAgreement, type ReviewAgreement } from '../src/audit/review/reviewAgreement.js';
import type { UnreviewedReason } from '../src/audit/review/reviewCandidates.js';
import { VERDICT_SEVERITY, type Verdict } from '../src/audit/types.js';
import type { Claim } from '../src/claims/claim.js';
import { auditInput, type EvalRecord } from '../test/audit-eval/evalSet.js';
import type { VerdictPair } from '../test/audit-eval/scoreAudit.js';

/** Records audited together against the same claims (a fresh set and its own claims, or a composed half). */
export interface ReviewGroup {
  name: string;
  claims: readonly Claim[];
  records: readonly EvalRecord[];
}

/** One record of a reviewed measurement. */
export interface ReviewedEvalRecord {
  id: string;
  expected: Verdict;
  lexical: Verdict;
  final: Verdict;
  /** The review's verdict, why there is none, or `not sent`. */
  review: Verdict | UnreviewedReason | 'not sent';
}

/** What {@link measureReview} returns. */
export interface ReviewMeasurement {
  records: ReviewedEvalRecord[];
  sent: number;
  reviewed: number;
  unreviewed: Record<UnreviewedReason, number>;
  /** Per record: lexical verdict against the label, and final verdict against the label. */
  lexicalPairs: VerdictPair[];
  finalPairs: VerdictPair[];
  /** Lexical against review verdicts on the reviewed records. */
  agreement: ReviewAgreement;
  usage: { requests: number; cachedAnswers: number; inputTokens: number; outputTokens: number; costUsd: number | null };
  estimate: { requests: number; inputTokens: number; maxOutputTokens: number; maxCostUsd: number | null };
}

const addOrNull = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/**
 * Audits each group with its own claims and `review`, and pairs every record's lexical and final verdicts
 * with its label.
 *
 * @example
 * ```ts
 * const m = await measureReview([{ name: 'p', claims, records }], { model, select: 'related' });
 * m.finalPairs.filter((p) => p.expected === p.predicted).length;
 * ```
 */
export async function measureReview(groups: readonly ReviewGroup[], review: AuditReviewOptions): Promise<ReviewMeasurement> {
  const out: ReviewMeasurement = {
    records: [],
    sent: 0,
    reviewed: 0,
    unreviewed: { malformed: 0, budget: 0, error: 0, declined: 0, 'too-long': 0 },
    lexicalPairs: [],
    finalPairs: [],
    agreement: reviewAgreement([]),
    usage: { requests: 0, cachedAnswers: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    estimate: { requests: 0, inputTokens: 0, maxOutputTokens: 0, maxCostUsd: 0 },
  };
  const agreementPairs: [Verdict, Verdict][] = [];
  for (const group of groups) {
    const results: ReviewedRecordResult[] = [];
    const report = await auditDataset(
      group.records.map((r) => auditInput(r)),
      {
        claims: [...group.claims],
        review,
        onRecord: (result) => {
          if ('error' in result) throw new Error(`${group.name}: record ${result.record} could not be audited: ${result.error}`);
          results.push(result as ReviewedRecordResult);
        },
      },
    );
    const section = report.review!;
    out.sent += section.selected;
    out.reviewed += section.reviewed;
    for (const reason of Object.keys(out.unreviewed) as UnreviewedReason[]) out.unreviewed[reason] += section.unreviewed[reason];
    for (const lexical of VERDICT_SEVERITY) for (const reviewed of VERDICT_SEVERITY) for (let i = 0; i < section.agreement.matrix[lexical][reviewed]; i++) agreementPairs.push([lexical, reviewed]);
    out.usage.requests += section.usage.requests;
    out.usage.cachedAnswers += section.usage.cachedAnswers;
    out.usage.inputTokens += section.usage.inputTokens;
    out.usage.outputTokens += section.usage.outputTokens;
    out.usage.costUsd = addOrNull(out.usage.costUsd, section.usage.costUsd);
    out.estimate.requests += section.estimate.requests;
    out.estimate.inputTokens += section.estimate.inputTokens;
    out.estimate.maxOutputTokens += section.estimate.maxOutputTokens;
    out.estimate.maxCostUsd = addOrNull(out.estimate.maxCostUsd, section.estimate.maxCostUsd);
    for (const result of results) {
      const record = group.records[result.record]!;
      const review = result.review === undefined ? 'not sent' : result.review.status === 'reviewed' ? result.review.verdict : result.review.reason;
      out.records.push({ id: record.id, expected: record.verdict, lexical: result.verdict, final: result.finalVerdict, review });
      out.lexicalPairs.push({ recordId: record.id, claimId: null, expected: record.verdict, predicted: result.verdict });
      out.finalPairs.push({ recordId: record.id, claimId: null, expected: record.verdict, predicted: result.finalVerdict });
    }
  }
  out.agreement = reviewAgreement(agreementPairs);
  return out;
}
