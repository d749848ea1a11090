import { isAbsolute, resolve } from 'node:path';
import type { AuditedRecord, RecordAuditResult } from '../audit/auditRecords.js';
import type { AuditReviewOptions, ReviewedRecordResult } from '../audit/review/auditReview.js';
import type { ReviewEstimate } from '../audit/review/reviewCandidates.js';
import type { ReviewSelect } from '../audit/review/selectForReview.js';
import { DEFAULT_PRICES_DATE } from '../providers/chat/defaultPrices.js';
import { withDefaults } from '../providers/withDefaults.js';
import { intOption, stringOption, UsageError, type OptionSpec, type ParsedArgs } from './args.js';
import type { CliIO } from './io.js';
import { createProgressBar } from './progress.js';
import { CHAT_PROVIDER_NAMES, chatProviderChoices, cliChatProvider } from './cliProviders.js';

/** The `audit` command's model-review options. */
export const REVIEW_OPTION_SPECS: Record<string, OptionSpec> = {
  'review-model': { type: 'string' },
  'review-provider': { type: 'string' },
  'review-base-url': { type: 'string' },
  'review-max': { type: 'string' },
  'review-max-share': { type: 'string' },
  'review-max-cost': { type: 'string' },
  'review-batch': { type: 'boolean' },
  'review-select': { type: 'string' },
  'review-prefer': { type: 'string' },
  'review-seed': { type: 'string' },
  'review-cache-dir': { type: 'string' },
  'review-concurrency': { type: 'string' },
  'review-poll-interval-ms': { type: 'string' },
};

/** Help text of the review options. */
export const REVIEW_USAGE = `Model review (a second reading of the records that matter; needs an API key or a local server):
  --review-model <id>       Review with this model (e.g. gpt-4.1-mini); off without it.
  --review-provider <p>     Default openai. One of ${chatProviderChoices()}.
  --review-base-url <url>   API base URL of the reviewer.
  --review-select <s>       uncertain (default: the related records whose lexical verdict is likely wrong,
                            about half the records of data written about the claims), related (every record
                            with a verdict other than none, and none records that name a claim's subject or
                            setting or share any of its cues: nine in ten there, nearly the same ceiling), flagged
                            (neglect-risk and asserts records only: cheaper, but claims the lexical pass did not
                            find are never reviewed) or sample:<n> (n records of each lexical verdict, seeded).
  --review-max <n>          Review at most n records (default 1000; related, uncertain and flagged keep the
                            records most likely read wrong, sample:<n> a seeded sample).
  --review-max-share <x>    Review at most this share of the audited records (0 < x <= 1), riskiest first.
  --review-max-cost <usd>   Hard budget: stop sending once the next request could cross it.
  --review-batch            Use the provider's batch API (half price, within 24 h); batch ids are kept in
                            the cache directory and a rerun collects them instead of paying again.
  --review-prefer <p>       Final verdict of a reviewed record: review (default), lexical or stricter.
  --review-seed <n>         Seed of the sampling (default 0).
  --review-cache-dir <dir>  Answer cache (default .negation-neglect-cache/review): a rerun makes no calls.
  --review-concurrency <n>  Live requests in flight (default 8).
  --review-poll-interval-ms <n>  First batch poll interval (default 30000).
  The token and cost estimate is printed on stderr before anything is sent.
`;

/** Reads the review flags into `auditDataset()`'s `review` option (undefined without `--review-model`). */
export async function reviewFromArgs(parsed: ParsedArgs, io: CliIO): Promise<AuditReviewOptions | undefined> {
  const modelId = stringOption(parsed, 'review-model');
  const used = Object.keys(REVIEW_OPTION_SPECS).filter((name) => parsed.options[name] !== undefined && name !== 'review-model');
  if (!modelId) {
    if (used.length) throw new UsageError(`\`--${used[0]}\` needs \`--review-model\``);
    return undefined;
  }
  const provider = stringOption(parsed, 'review-provider', CHAT_PROVIDER_NAMES) ?? 'openai';
  const baseURL = stringOption(parsed, 'review-base-url');
  const concurrency = intOption(parsed, 'review-concurrency');
  const pollIntervalMs = intOption(parsed, 'review-poll-interval-ms');
  const policy = reviewPolicyFromArgs(parsed);
  const cacheDir = stringOption(parsed, 'review-cache-dir') ?? '.negation-neglect-cache/review';

  // A base URL may point at a local OpenAI-compatible server, which needs no key (the provider declares it).
  const chat = cliChatProvider(provider, 'review-provider', baseURL, io);
  if (!chat.hasKey) throw new UsageError(`\`--review-model\` with \`--review-provider ${provider}\` needs ${chat.keyEnv}`);
  const batchClient = parsed.options['review-batch'] ? chat.batch(modelId, 'review-batch') : undefined;
  const chatModel = chat.model(modelId);
  const model = batchClient ? undefined : withDefaults(chatModel, { concurrency: concurrency ?? 8 });

  const bar = createProgressBar({ stream: io.stderr, label: 'review' });
  return {
    ...(model ? { model } : {}),
    ...(batchClient ? { batch: { client: batchClient, ...(pollIntervalMs !== undefined ? { options: { pollIntervalMs } } : {}) } } : {}),
    ...policy,
    ...(concurrency !== undefined ? { concurrency } : {}),
    cache: isAbsolute(cacheDir) ? cacheDir : resolve(io.cwd, cacheDir),
    onEstimate: (estimate) => void io.stderr.write(`${describeEstimate(estimate, `${chatModel.provider}/${modelId}`)}\n`),
    onProgress: ({ done, total }) => (done === total ? bar.finish(`${done}/${total}`) : bar.update(done, `${done}/${total}`)),
  };
}

/** The review options that do not depend on the reviewer, as {@link reviewPolicyFromArgs} reads them. */
export type ReviewPolicy = Pick<AuditReviewOptions, 'select' | 'maxRecords' | 'maxShare' | 'maxCost' | 'prefer' | 'seed'>;

/**
 * Reads the flags that say which records are reviewed and how the answers count, whoever reviews
 * them: `--review-select`, `--review-max`, `--review-max-share`, `--review-max-cost`, `--review-prefer`, `--review-seed`
 * (the CLI's reviewer and the accuracy bench's label oracle).
 *
 * @example
 * ```ts
 * reviewPolicyFromArgs(parseArgs(['--review-select', 'sample:5', '--review-seed', '2'], REVIEW_OPTION_SPECS));
 * // { select: { perClass: 5 }, seed: 2 }
 * ```
 */
export function reviewPolicyFromArgs(parsed: ParsedArgs): ReviewPolicy {
  const select = parseReviewSelect(stringOption(parsed, 'review-select'));
  const maxRecords = intOption(parsed, 'review-max');
  const shareText = stringOption(parsed, 'review-max-share');
  const maxShare = shareText === undefined ? undefined : Number(shareText);
  if (maxShare !== undefined && !(maxShare > 0 && maxShare <= 1)) {
    throw new UsageError(`Expected \`--review-max-share\` to be a share of the audited records, a number greater than 0 and at most 1, got \`${shareText}\``);
  }
  const costText = stringOption(parsed, 'review-max-cost');
  const maxCost = costText === undefined ? undefined : Number(costText);
  if (maxCost !== undefined && !(Number.isFinite(maxCost) && maxCost >= 0)) {
    throw new UsageError(`Expected \`--review-max-cost\` to be a non-negative number of US dollars, got \`${costText}\``);
  }
  const prefer = stringOption(parsed, 'review-prefer', ['review', 'lexical', 'stricter'] as const);
  const seed = intOption(parsed, 'review-seed', 0);
  return {
    ...(select ? { select } : {}),
    ...(maxRecords !== undefined ? { maxRecords } : {}),
    ...(maxShare !== undefined ? { maxShare } : {}),
    ...(maxCost !== undefined ? { maxCost } : {}),
    ...(prefer ? { prefer } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

/**
 * Reads `--review-select`: `related`, `uncertain`, `flagged` or `sample:<n>`.
 *
 * @example
 * ```ts
 * parseReviewSelect('sample:20'); // { perClass: 20 }
 * ```
 */
export function parseReviewSelect(value: string | undefined): ReviewSelect | undefined {
  if (value === undefined || value === 'flagged' || value === 'related' || value === 'uncertain') return value;
  const match = /^sample:(\d+)$/.exec(value);
  if (match && Number(match[1]) > 0) return { perClass: Number(match[1]) };
  throw new UsageError(`Expected \`--review-select\` to be \`related\`, \`uncertain\`, \`flagged\` or \`sample:<n>\` (n > 0), got \`${value}\``);
}

/** One line for stderr: what the review is about to send and what it may cost. */
export function describeEstimate(e: ReviewEstimate, model: string): string {
  const cost = e.maxCostUsd === undefined ? 'cost unknown (no list price for this model)' : `at most $${e.maxCostUsd.toFixed(4)} at ${DEFAULT_PRICES_DATE} list prices${e.batch ? ' (batch: half price)' : ''}`;
  return (
    `review: ${e.records} record(s) selected, ${e.cached} answered from the cache${e.tooLong ? `, ${e.tooLong} too long to send` : ''}; sending ${e.requests} request(s) to ${model}` +
    `${e.batch ? ' as a batch' : ''}: ~${e.inputTokens} prompt tokens, at most ${e.maxOutputTokens} answer tokens, ${cost}`
  );
}

/** The review fields of a `--records` line: both readings and the final verdict. */
export function reviewLineFields(result: RecordAuditResult): Record<string, unknown> {
  const r = result as AuditedRecord & Partial<ReviewedRecordResult>;
  if (r.finalVerdict === undefined) return {};
  if (!r.review) return { finalVerdict: r.finalVerdict };
  const review =
    r.review.status === 'reviewed'
      ? {
          status: 'reviewed',
          verdict: r.review.verdict,
          claims: r.review.claims.map((c) => ({ claimId: c.claimId, verdict: c.verdict, asserts: c.asserts, placement: c.placement, kind: c.kind })),
        }
      : { status: 'unreviewed', reason: r.review.reason, message: r.review.message };
  return { review, finalVerdict: r.finalVerdict };
}
