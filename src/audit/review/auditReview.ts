import type { Claim } from '../../claims/claim.js';
import { InvalidArgumentError } from '../../errors.js';
import type { ChatBatchClient } from '../../providers/batch/chatBatchClient.js';
import type { ChatCacheStore } from '../../providers/cache/cacheStore.js';
import { createDiskCache } from '../../providers/cache/createDiskCache.js';
import { assertModel } from '../../providers/chat/generateText.js';
import type { AuditedRecord, RecordAuditResult } from '../auditRecords.js';
import type { AuditReportData } from '../auditReport.js';
import { mostSeriousVerdict } from '../decideVerdict.js';
import type { GetRecordText, RecordFields } from '../recordSegments.js';
import type { Verdict } from '../types.js';
import { VERDICT_SEVERITY } from '../vocabulary.js';
import { createRecordSpool } from './recordSpool.js';
import { reviewAgreement } from './reviewAgreement.js';
import { reviewCandidates, type RecordReview, type ReviewBatchOptions, type ReviewCandidatesOptions } from './reviewCandidates.js';
import { REVIEW_PROMPT } from './reviewPrompt.js';
import { preferVerdict, ReviewPreferSchema, type ReviewDisagreement, type ReviewPrefer, type ReviewSection } from './reviewReport.js';
import { createReviewSelection, describeSelect, type ReviewSelect } from './selectForReview.js';

/**
 * `auditDataset({ review })`: a model reads the records that matter and gives a second verdict. The
 * request settings (`model`, `maxCost`, `prices`, `concurrency`, `maxTokens`, `maxRecordChars`,
 * `onEstimate`, `onProgress`) are those of {@link reviewCandidates}.
 */
export interface AuditReviewOptions
  extends Pick<ReviewCandidatesOptions, 'model' | 'maxCost' | 'prices' | 'concurrency' | 'maxTokens' | 'maxRecordChars' | 'onEstimate' | 'onProgress'> {
  /** Which records go to the model (default `'uncertain'`); see {@link ReviewSelect}. */
  select?: ReviewSelect;
  /**
   * Most records reviewed (default 1000). When more qualify, the named selections keep those whose lexical
   * verdict is most likely wrong (`reviewRisk`); `{ perClass }` and predicates a seeded sample.
   */
  maxRecords?: number;
  /**
   * Most records reviewed as a share of the records audited, in (0, 1] (default 1); with `maxRecords`, the
   * smaller cap applies. `{ select: 'uncertain', maxShare: 0.3 }` sends at most 30% of the records, the
   * riskiest first.
   */
  maxShare?: number;
  /** Review through the provider's batch API (about half price, results within 24 h); its client then is the reviewer. */
  batch?: ChatBatchClient | ReviewBatchOptions;
  /** Which reading a reviewed record's final verdict uses (default `'review'`). */
  prefer?: ReviewPrefer;
  /** Seed of the record sampling (default 0). */
  seed?: number;
  /** Answer cache: a directory or a store. A rerun with the same records, model and prompt makes no calls. */
  cache?: string | ChatCacheStore;
  /** Disagreements listed in the report (all are counted; default 50). */
  maxDisagreements?: number;
}

/** A per-record result of a reviewed audit: the lexical reading, the review (when selected) and the final verdict. */
export type ReviewedRecordResult = AuditedRecord & { review?: RecordReview; finalVerdict: Verdict };

const MAX_FAILURES_LISTED = 20;

/**
 * @internal The review's three touch points in `auditDataset()`: `offer` every per-record result
 * during the lexical pass, `finish` the report data after it, `replay` per-record results (with
 * both readings) to `onRecord`.
 */
export async function createAuditReview(
  options: AuditReviewOptions,
  context: { getText?: GetRecordText; fields?: RecordFields; signal?: AbortSignal; spool: boolean; claims?: () => readonly Claim[] },
) {
  if (!options || typeof options !== 'object') throw new InvalidArgumentError('review', 'an object with a `model`', options);
  if (options.batch === undefined || options.model !== undefined) assertModel(options.model);
  const prefer = options.prefer ?? 'review';
  if (!ReviewPreferSchema.safeParse(prefer).success) throw new InvalidArgumentError('review.prefer', "'review', 'lexical' or 'stricter'", prefer);
  const maxDisagreements = options.maxDisagreements ?? 50;
  if (!Number.isInteger(maxDisagreements) || maxDisagreements < 0) {
    throw new InvalidArgumentError('review.maxDisagreements', 'a non-negative integer', maxDisagreements);
  }
  const batch: ReviewBatchOptions | undefined =
    options.batch === undefined ? undefined : 'client' in options.batch ? options.batch : { client: options.batch };
  if (batch && batch.client?.specificationVersion !== 'v1') {
    throw new InvalidArgumentError('review.batch', 'a ChatBatchClient (specificationVersion v1) or { client }', options.batch);
  }
  const cacheDir = typeof options.cache === 'string' ? options.cache : undefined;
  const cache = typeof options.cache === 'string' ? createDiskCache({ dir: options.cache }) : options.cache;
  const seed = options.seed ?? 0;
  const maxRecords = options.maxRecords ?? 1000;
  const selection = createReviewSelection({
    ...(options.select !== undefined ? { select: options.select } : {}),
    maxRecords,
    ...(options.maxShare !== undefined ? { maxShare: options.maxShare } : {}),
    seed,
    ...(context.getText ? { getText: context.getText } : {}),
    ...(context.fields ? { fields: context.fields } : {}),
    ...(context.claims ? { claims: context.claims } : {}),
  });
  const spool = context.spool ? await createRecordSpool<RecordAuditResult>() : undefined;
  let finals: Map<number, { review: RecordReview; finalVerdict: Verdict }> | undefined;

  return {
    /** Takes one lexical result: offers it for selection and keeps it (without data) for `replay`. */
    offer(result: RecordAuditResult): void | Promise<void> {
      if ('error' in result) return spool?.write(result);
      selection.offer(result);
      if (!spool) return;
      const { data: _data, ...lean } = result;
      return spool.write(lean);
    },

    /** Reviews the selection and returns the report data with the review section and final verdicts. */
    async finish(data: AuditReportData, claims: readonly Claim[]): Promise<AuditReportData> {
      if (claims.length === 0) throw new InvalidArgumentError('claims', 'at least one claim for a reviewed audit', claims);
      const { candidates, eligible, problems } = selection.result();
      const run = await reviewCandidates(candidates, {
        ...(options.model ? { model: options.model } : {}),
        claims,
        ...(cache ? { cache } : {}),
        ...(cacheDir ? { cacheDir } : {}),
        ...(batch ? { batch } : {}),
        ...(options.maxCost !== undefined ? { maxCost: options.maxCost } : {}),
        ...(options.prices ? { prices: options.prices } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
        ...(options.maxRecordChars !== undefined ? { maxRecordChars: options.maxRecordChars } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
        ...(options.onEstimate ? { onEstimate: options.onEstimate } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });

      const finalByVerdict = { ...data.totals.byVerdict };
      const claimRecords = new Map(data.claims.map((c) => [c.claimId, { ...c.records }]));
      const unreviewed: ReviewSection['unreviewed'] = { malformed: 0, budget: 0, error: 0, declined: 0, 'too-long': 0 };
      const failures: ReviewSection['failures'] = [];
      const disagreements: ReviewDisagreement[] = [];
      let disagreementCount = 0;
      const pairs: [Verdict, Verdict][] = [];
      finals = new Map();
      for (const { record } of candidates) {
        const review = run.reviews.get(record.record)!;
        if (review.status === 'unreviewed') {
          unreviewed[review.reason]++;
          if (failures.length < MAX_FAILURES_LISTED) failures.push({ record: record.record, source: record.source, line: record.line, reason: review.reason, message: review.message });
          finals.set(record.record, { review, finalVerdict: record.verdict });
          continue;
        }
        const lexicalOf = new Map(record.claims.filter((f) => f.claimId !== null).map((f) => [f.claimId!, f]));
        // A notice tied to no claim stands for a claim the lexical pass could not name. Once the reviewer finds a
        // known claim in the record, it has judged that claim with every qualifier around it, the notice included,
        // so with prefer 'review' the notice no longer counts apart from it.
        const judged = prefer === 'review' && review.claims.some((c) => c.verdict !== 'none');
        const recordFinals: Verdict[] = judged ? [] : record.claims.filter((f) => f.claimId === null).map((f) => f.verdict);
        const lexicalClaimVerdicts: Verdict[] = [];
        for (const reviewed of review.claims) {
          const finding = lexicalOf.get(reviewed.claimId);
          const lexical = finding?.verdict ?? 'none';
          const final = preferVerdict(lexical, reviewed.verdict, prefer);
          lexicalClaimVerdicts.push(lexical);
          recordFinals.push(final);
          const counts = claimRecords.get(reviewed.claimId);
          if (counts) {
            counts[lexical]--;
            counts[final]++;
          }
          if (lexical === reviewed.verdict) continue;
          disagreementCount++;
          if (disagreements.length >= maxDisagreements) continue;
          const sentence = finding?.examples[0]?.sentence;
          disagreements.push({
            record: record.record,
            source: record.source,
            line: record.line,
            claimId: reviewed.claimId,
            lexical,
            review: reviewed.verdict,
            final,
            ...(sentence !== undefined ? { lexicalSentence: sentence } : {}),
            ...(reviewed.evidence ? { reviewSentence: reviewed.evidence } : {}),
            placement: reviewed.placement,
            kind: reviewed.kind,
          });
        }
        pairs.push([mostSeriousVerdict(lexicalClaimVerdicts), review.verdict]);
        const finalVerdict = prefer === 'lexical' ? record.verdict : mostSeriousVerdict(recordFinals);
        finalByVerdict[record.verdict]--;
        finalByVerdict[finalVerdict]++;
        finals.set(record.record, { review, finalVerdict });
      }
      const worst = (counts: Record<Verdict, number>, skipNone: boolean) =>
        VERDICT_SEVERITY.find((v) => (!skipNone || v !== 'none') && counts[v] > 0) ?? 'none';
      const agreement = reviewAgreement(pairs);
      const section: ReviewSection = {
        prompt: { ...REVIEW_PROMPT },
        model: batch ? { provider: batch.client.provider, modelId: batch.client.modelId } : { provider: options.model!.provider, modelId: options.model!.modelId },
        settings: {
          select: describeSelect(options.select),
          maxRecords,
          ...(options.maxShare !== undefined ? { maxShare: options.maxShare } : {}),
          maxCost: options.maxCost ?? null,
          batch: batch !== undefined,
          prefer,
          seed,
          maxTokens: run.settings.maxTokens!,
          temperature: run.settings.temperature!,
          responseFormat: run.settings.responseFormat!,
        },
        eligible,
        selected: candidates.length,
        reviewed: candidates.length - Object.values(unreviewed).reduce((a, b) => a + b, 0),
        unreviewed,
        estimate: {
          requests: run.estimate.requests,
          cached: run.estimate.cached,
          inputTokens: run.estimate.inputTokens,
          maxOutputTokens: run.estimate.maxOutputTokens,
          maxCostUsd: run.estimate.maxCostUsd ?? null,
        },
        usage: { ...run.usage, costUsd: run.usage.costUsd ?? null },
        lexicalVerdict: data.verdict,
        finalByVerdict,
        claims: data.claims.map((c) => {
          const records = claimRecords.get(c.claimId)!;
          return { claimId: c.claimId, verdict: worst(records, true), records };
        }),
        agreement: { records: agreement.records, observed: agreement.observed, kappa: agreement.kappa, matrix: agreement.matrix, byClass: agreement.byClass },
        disagreements,
        disagreementsOmitted: disagreementCount - disagreements.length,
        failures,
        warnings: [...problems, ...run.warnings],
      };
      return { ...data, verdict: worst(finalByVerdict, false), review: section };
    },

    /** Hands every spooled result to `onRecord`, in input order, with `review` and `finalVerdict`. */
    async replay(onRecord: (result: RecordAuditResult) => void | Promise<void>): Promise<void> {
      if (!spool) return;
      for await (const result of spool.read()) {
        if ('error' in result) {
          await onRecord(result);
          continue;
        }
        const final = finals?.get(result.record);
        const out: ReviewedRecordResult = final ? { ...result, review: final.review, finalVerdict: final.finalVerdict } : { ...result, finalVerdict: result.verdict };
        await onRecord(out);
      }
    },

    async dispose(): Promise<void> {
      await spool?.dispose();
    },
  };
}
