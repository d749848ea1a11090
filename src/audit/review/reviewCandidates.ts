import { contentHash } from '../../util/contentHash.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Claim } from '../../claims/claim.js';
import { InvalidArgumentError } from '../../errors.js';
import { mapConcurrent } from '../../util/mapConcurrent.js';
import type { ChatBatchClient } from '../../providers/batch/chatBatchClient.js';
import { readSavedBatchIds } from '../../providers/batch/readSavedBatchIds.js';
import { runChatBatch, type RunChatBatchOptions } from '../../providers/batch/runChatBatch.js';
import { chatCacheKey } from '../../providers/cache/cacheKey.js';
import type { ChatCacheStore } from '../../providers/cache/cacheStore.js';
import type { ChatCallSettings, ChatMessage, ChatModel, DoGenerateResult } from '../../providers/chat/chatModel.js';
import { DEFAULT_PRICES, type ChatModelPrice, type ChatPriceTable } from '../../providers/chat/defaultPrices.js';
import { generateText } from '../../providers/chat/generateText.js';
import { fatalApiReason } from '../../providers/shared/fatalApiError.js';
import { throwIfAborted } from '../../util/abort.js';
import { mostSeriousVerdict } from '../decideVerdict.js';
import type { Verdict } from '../types.js';
import { parseReviewAnswer, reviewedClaimVerdict, type ReviewPlacement } from './reviewAnswer.js';
import { buildReviewMessages } from './reviewPrompt.js';
import type { ReviewCandidate } from './selectForReview.js';
import type { QualifierKind } from '../types.js';

/** The reviewer's reading of one claim in one record. */
export interface ReviewedClaim {
  claimId: string;
  verdict: Verdict;
  asserts: boolean;
  placement: ReviewPlacement;
  kind: QualifierKind | null;
  /** The sentence the reviewer quoted ("" when the claim is absent). */
  evidence: string;
}

/** Why a selected record has no review. */
export type UnreviewedReason = 'malformed' | 'budget' | 'error' | 'declined' | 'too-long';

/** The review of one record: a reading, or why there is none (never a guess). */
export type RecordReview =
  | { status: 'reviewed'; verdict: Verdict; claims: ReviewedClaim[]; attempts: number }
  | { status: 'unreviewed'; reason: UnreviewedReason; message: string };

/** Tokens and cost of what is about to be sent, known before anything is sent. */
export interface ReviewEstimate {
  /** Records selected for review. */
  records: number;
  /** Of those, answered from the cache (cost nothing). */
  cached: number;
  /** Of those, over `maxRecordChars` (not sent). */
  tooLong: number;
  /** Requests to send (a malformed answer may add one retry each). */
  requests: number;
  /** Estimated prompt tokens (about 4 characters a token). */
  inputTokens: number;
  /** Upper bound on answer tokens (`maxTokens` per request). */
  maxOutputTokens: number;
  /** Upper bound in USD (batch at half price); undefined when the model has no price. */
  maxCostUsd: number | undefined;
  batch: boolean;
}

/** Spending of a review run. */
export interface ReviewUsage {
  /** Requests answered by the provider. */
  requests: number;
  /** Answers read from the cache. */
  cachedAnswers: number;
  inputTokens: number;
  outputTokens: number;
  /** Billed cost in USD (batch at half price); undefined when the model has no price. */
  costUsd: number | undefined;
}

/** Batch settings of a review: the provider batch client, and where its ids are kept for a rerun. */
export interface ReviewBatchOptions {
  client: ChatBatchClient;
  /**
   * JSON file keeping the batch ids of each submitted request set; a rerun collects those batches
   * instead of paying again. Default: `<cache dir>/review-batches.json` when `cache` is a
   * directory, else ids are only passed to `onBatchCreated`.
   */
  stateFile?: string;
  /** Extra `runChatBatch` options (poll intervals, `onBatchCreated`, `onProgress`, ...). */
  options?: Omit<RunChatBatchOptions, 'client' | 'requests' | 'signal' | 'resume'>;
}

/** Options of {@link reviewCandidates}. */
export interface ReviewCandidatesOptions {
  /**
   * The live reviewer (required unless `batch` is given, whose client then reviews). Wrap it with
   * `withDefaults()` for retries, timeouts and a concurrency limit.
   */
  model?: ChatModel;
  claims: readonly Claim[];
  /** Answers are read from and written to this store (a rerun makes no calls). */
  cache?: ChatCacheStore;
  /** Directory of `cache`, when it is a disk cache (for the default batch state file). */
  cacheDir?: string;
  batch?: ReviewBatchOptions;
  /** Hard budget in USD: nothing more is sent once the next request could cross it. Needs a price for the model. */
  maxCost?: number;
  /** Price table for estimates and the budget (default `DEFAULT_PRICES`). */
  prices?: ChatPriceTable;
  /** Requests in flight at once on the live path (default 8). */
  concurrency?: number;
  /** Answer token cap per request (default 200 + 150 per claim). */
  maxTokens?: number;
  /**
   * Longest record text sent, in characters (default 60 000, about 15 000 tokens). Longer records are
   * not cut (a cut could drop the closing notice that decides the verdict): they count as unreviewed.
   */
  maxRecordChars?: number;
  signal?: AbortSignal;
  /** Called with the estimate before anything is sent; return `false` to send nothing. */
  onEstimate?: (estimate: ReviewEstimate) => void | boolean | Promise<void | boolean>;
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** What {@link reviewCandidates} returns. */
export interface ReviewCandidatesResult {
  /** One review per candidate, by record index. */
  reviews: Map<number, RecordReview>;
  estimate: ReviewEstimate;
  usage: ReviewUsage;
  settings: ChatCallSettings;
  /** Provider warnings (e.g. a dropped `temperature`), each once. */
  warnings: string[];
  /** Batch ids used (resumed and created). */
  batchIds: string[];
}

interface Job {
  candidate: ReviewCandidate;
  messages: ChatMessage[];
  /** Attempt about to run: 0 first, 1 the retry after a malformed answer. */
  attempt: number;
  errors: string[];
}

const BATCH_DISCOUNT = 0.5;

/**
 * Reviews selected records with a chat model: one request per record with the project's review
 * prompt, answers checked by a zod schema, a malformed answer retried once and then reported
 * unreviewed. Answers go through `cache` (a rerun makes no calls), the live path through
 * `generateText` with a concurrency limit or a provider batch (`runChatBatch`, ids kept for a
 * rerun). The estimate is made and handed to `onEstimate` before anything is sent; `maxCost`
 * stops sending once the next request could cross it.
 *
 * @example
 * ```ts
 * const { reviews, usage } = await reviewCandidates(candidates, { model: withDefaults(openai('gpt-4.1-mini')), claims });
 * ```
 */
export async function reviewCandidates(candidates: readonly ReviewCandidate[], options: ReviewCandidatesOptions): Promise<ReviewCandidatesResult> {
  const { model, claims, cache, signal } = options;
  const concurrency = options.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency <= 0) throw new InvalidArgumentError('review.concurrency', 'a positive integer', concurrency);
  const maxCost = options.maxCost;
  if (maxCost !== undefined && (typeof maxCost !== 'number' || !(maxCost >= 0))) {
    throw new InvalidArgumentError('review.maxCost', 'a non-negative number of US dollars', maxCost);
  }
  const maxTokens = options.maxTokens ?? 200 + 150 * claims.length;
  if (!Number.isInteger(maxTokens) || maxTokens <= 0) throw new InvalidArgumentError('review.maxTokens', 'a positive integer', maxTokens);
  const maxRecordChars = options.maxRecordChars ?? 60_000;
  if (!Number.isInteger(maxRecordChars) || maxRecordChars <= 0) throw new InvalidArgumentError('review.maxRecordChars', 'a positive integer', maxRecordChars);
  const settings: ChatCallSettings = { maxTokens, temperature: 0, responseFormat: 'json' };
  const batch = options.batch;
  if (!batch && !model) throw new InvalidArgumentError('review.model', 'a ChatModel (or pass `batch`)', model);
  const provider = batch ? batch.client.provider : model!.provider;
  const modelId = batch ? batch.client.modelId : model!.modelId;
  const price = priceOf(options.prices ?? DEFAULT_PRICES, provider, modelId);
  const rate = batch ? BATCH_DISCOUNT : 1;
  const costOf = (inputTokens: number, outputTokens: number) =>
    price ? ((inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1e6) * rate : undefined;
  if (maxCost !== undefined && !price) {
    throw new InvalidArgumentError('review.prices', `a price for \`${provider}/${modelId}\` to enforce \`review.maxCost\``, options.prices ?? 'the default price table');
  }
  const claimIds = claims.map((c) => c.id);
  const reviews = new Map<number, RecordReview>();
  const usage: ReviewUsage = { requests: 0, cachedAnswers: 0, inputTokens: 0, outputTokens: 0, costUsd: price ? 0 : undefined };
  const warnings = new Set<string>();
  const keyOf = (job: Job) => chatCacheKey({ provider, modelId, options: { messages: job.messages, ...settings }, sampleIndex: job.attempt });
  const total = candidates.length;
  let done = 0;
  const progress = () => options.onProgress?.({ done, total });

  /** Applies one answer; returns the job again when it must be retried. */
  const answer = (job: Job, text: string): Job | undefined => {
    const parsed = parseReviewAnswer(text, claimIds);
    if (parsed.ok) {
      const reviewed = parsed.answer.claims.map(
        (c): ReviewedClaim => ({ claimId: c.id, verdict: reviewedClaimVerdict(c), asserts: c.asserts, placement: c.placement, kind: c.kind, evidence: c.evidence }),
      );
      reviewed.sort((a, b) => claimIds.indexOf(a.claimId) - claimIds.indexOf(b.claimId));
      finish(job, { status: 'reviewed', verdict: mostSeriousVerdict(reviewed.map((c) => c.verdict)), claims: reviewed, attempts: job.attempt + 1 });
      return undefined;
    }
    job.errors.push(parsed.error);
    if (job.attempt === 0) return { ...job, attempt: 1 };
    finish(job, { status: 'unreviewed', reason: 'malformed', message: `malformed answer twice: ${job.errors.join('; then ')}` });
    return undefined;
  };
  const finish = (job: Job, review: RecordReview) => {
    reviews.set(job.candidate.record.record, review);
    done++;
    progress();
  };
  const remember = async (job: Job, result: DoGenerateResult, cached: boolean) => {
    const choice = result.choices[0]!;
    for (const w of result.warnings) warnings.add(w.message);
    if (cached) {
      // Served by a cache layer of the model itself: nothing was billed.
      usage.cachedAnswers++;
      return;
    }
    usage.requests++;
    usage.inputTokens += result.usage.inputTokens;
    usage.outputTokens += result.usage.outputTokens;
    const cost = costOf(result.usage.inputTokens, result.usage.outputTokens);
    if (usage.costUsd !== undefined && cost !== undefined) usage.costUsd += cost;
    if (!cache) return;
    const key = keyOf(job);
    await cache.set(key, {
      version: 1,
      key,
      provider,
      modelId,
      sampleIndex: job.attempt,
      choice: { text: choice.text, finishReason: choice.finishReason },
      usage: result.usage,
      ...(result.response ? { response: result.response } : {}),
      createdAt: new Date().toISOString(),
    });
  };

  // 1. Answers already in the cache (a malformed one there is followed by its cached retry).
  let pending: Job[] = [];
  let tooLong = 0;
  for (const candidate of candidates) {
    const chars = candidate.segments.reduce((n, segment) => n + segment.text.length, 0);
    if (chars > maxRecordChars) {
      reviews.set(candidate.record.record, { status: 'unreviewed', reason: 'too-long', message: `not sent: ${chars} characters, over review.maxRecordChars (${maxRecordChars})` });
      tooLong++;
      done++;
      continue;
    }
    let job: Job | undefined = { candidate, messages: buildReviewMessages(candidate.segments, claims), attempt: 0, errors: [] };
    while (job && cache) {
      const hit = await cache.get(keyOf(job));
      if (!hit) break;
      usage.cachedAnswers++;
      job = answer(job, hit.choice.text);
    }
    if (job) pending.push(job);
  }

  // 2. The estimate, before anything is sent.
  const charsOf = (job: Job) => job.messages.reduce((n, m) => n + m.content.length, 0);
  const inputOf = (job: Job) => Math.ceil(charsOf(job) / 4);
  const inputTokens = pending.reduce((n, job) => n + inputOf(job), 0);
  const estimate: ReviewEstimate = {
    records: total,
    cached: reviews.size - tooLong,
    tooLong,
    requests: pending.length,
    inputTokens,
    maxOutputTokens: pending.length * maxTokens,
    maxCostUsd: costOf(inputTokens, pending.length * maxTokens),
    batch: batch !== undefined,
  };
  const decision = pending.length > 0 ? await options.onEstimate?.(estimate) : undefined;
  if (decision === false) {
    for (const job of pending) finish(job, { status: 'unreviewed', reason: 'declined', message: 'not sent: declined after the estimate' });
    pending = [];
  }

  // 3. The budget: each request reserves its worst case until it returns: the prompt at 3 characters a
  // token (English runs near 4; other languages and markup run lower) and a full-length answer.
  let committed = 0;
  let stopped = false;
  const reserve = (job: Job): number | undefined => {
    if (maxCost === undefined) return 0;
    const worst = costOf(Math.ceil(charsOf(job) / 3), maxTokens)!;
    if (stopped || (usage.costUsd ?? 0) + committed + worst > maxCost) {
      stopped = true;
      finish(job, { status: 'unreviewed', reason: 'budget', message: `not sent: review.maxCost $${maxCost} reached` });
      return undefined;
    }
    committed += worst;
    return worst;
  };

  const batchIds: string[] = [];
  if (batch) {
    const state = batch.stateFile ?? (options.cacheDir ? `${options.cacheDir}/review-batches.json` : undefined);
    for (let round = 0; pending.length > 0; round++) {
      throwIfAborted(signal);
      const jobs = pending.filter((job) => reserve(job) !== undefined);
      pending = [];
      if (jobs.length === 0) break;
      const requests = jobs.map((job) => ({ customId: `r${job.candidate.record.record}_a${job.attempt}`, messages: job.messages, settings }));
      const setKey = contentHash([provider, modelId, requests]).slice(0, 24);
      const saved = state ? await readSavedBatchIds(state) : {};
      const { results, batchIds: ids } = await runChatBatch({
        ...batch.options,
        client: batch.client,
        requests,
        ...(saved[setKey]?.length ? { resume: { batchIds: saved[setKey]! } } : {}),
        ...(signal ? { signal } : {}),
        onBatchCreated: async (created) => {
          if (state) await writeBatchState(state, { ...(await readSavedBatchIds(state)), [setKey]: created });
          await batch.options?.onBatchCreated?.(created);
        },
      });
      batchIds.push(...ids);
      committed = 0;
      for (const [index, job] of jobs.entries()) {
        const item = results.get(requests[index]!.customId)!;
        if (!item.ok) {
          finish(job, { status: 'unreviewed', reason: 'error', message: `batch request failed: ${item.error.message}` });
          continue;
        }
        await remember(job, item.result, false);
        const again = answer(job, item.result.choices[0]?.text ?? '');
        if (again) pending.push(again);
      }
    }
  } else {
    await mapConcurrent(
      pending,
      concurrency,
      async (first) => {
        let job: Job | undefined = first;
        while (job) {
          const reserved = reserve(job);
          if (reserved === undefined) return;
          let result;
          try {
            result = await generateText({ model: model!, messages: job.messages, ...settings, sampleIndex: job.attempt, ...(signal ? { signal } : {}) });
          } catch (error) {
            committed -= reserved;
            throwIfAborted(signal);
            // A refused key, an unknown model or an exhausted quota fails every other request the same way.
            if (fatalApiReason(error)) throw error;
            finish(job, { status: 'unreviewed', reason: 'error', message: (error as Error).message });
            return;
          }
          committed -= reserved;
          const cached = result.providerMetadata.cached === true;
          await remember(job, { choices: [{ text: result.text, finishReason: result.finishReason }], usage: result.usage, warnings: result.warnings, response: result.response }, cached);
          job = answer(job, result.text);
        }
      },
      signal,
    );
  }
  throwIfAborted(signal);
  return { reviews, estimate, usage, settings, warnings: [...warnings], batchIds };
}

function priceOf(prices: ChatPriceTable, provider: string, modelId: string): ChatModelPrice | undefined {
  return prices[`${provider}/${modelId}`] ?? prices[modelId];
}

async function writeBatchState(file: string, state: Record<string, string[]>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(state, null, 2)}\n`);
}
