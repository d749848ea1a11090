import { contentHash } from '../../util/contentHash.js';
import { APICallError, InvalidArgumentError } from '../../errors.js';
import { sleep, throwIfAborted } from '../../util/abort.js';
import { assertNonNegativeInteger, assertPositiveInteger } from '../../util/assert.js';
import type { CallWarning } from '../chat/chatModel.js';
import { applyCapabilities, validateMessages } from '../chat/prepareCallSettings.js';
import { withProviderRetry, type ProviderRetryOptions } from '../shared/providerRetry.js';
import type {
  ChatBatchClient,
  ChatBatchCounts,
  ChatBatchInfo,
  ChatBatchRequest,
  ChatBatchResultItem,
  ChatBatchStatus,
} from './chatBatchClient.js';

/** Progress reports of {@link runChatBatch}. */
export type ChatBatchProgress =
  | { type: 'submitted'; batchId: string; requests: number; round: number }
  | { type: 'status'; batchId: string; status: ChatBatchStatus; counts: ChatBatchCounts }
  | { type: 'results'; batchId: string; succeeded: number; failed: number; missing: number }
  | { type: 'round'; round: number; pending: number };

/** Options of {@link runChatBatch}. */
export interface RunChatBatchOptions {
  client: ChatBatchClient;
  requests: readonly ChatBatchRequest[];
  /** Batch ids persisted from an earlier run (via `onBatchCreated`); their results are collected first. */
  resume?: { batchIds: readonly string[] } | { batchId: string };
  /**
   * Called with every batch id created so far (resumed ones included) right after each submit and
   * before polling. Persist them: passing them back as `resume` after a crash avoids paying twice.
   */
  onBatchCreated?: (batchIds: string[]) => void | Promise<void>;
  /** First poll interval (default 30 s); grows ×1.5 while nothing changes. */
  pollIntervalMs?: number;
  /** Poll interval ceiling (default 5 min). */
  maxPollIntervalMs?: number;
  /** Split size; clamped to the client's `properties.maxRequestsPerBatch`. */
  maxRequestsPerBatch?: number;
  /** How many times a request that failed retryably (expired, overloaded, lost) is resubmitted (default 2). */
  retryFailed?: number;
  /** Retry policy for each API call (submit, poll, download). */
  retry?: ProviderRetryOptions;
  /** Stops waiting; batches keep running at the provider unless `cancelOnAbort`. */
  signal?: AbortSignal;
  cancelOnAbort?: boolean;
  onProgress?: (progress: ChatBatchProgress) => void;
}

/** What {@link runChatBatch} returns. */
export interface RunChatBatchResult {
  /** Exactly one entry per request, in request order. */
  results: Map<string, ChatBatchResultItem>;
  /** Every batch id involved (resumed and created). */
  batchIds: string[];
  stats: {
    requests: number;
    succeeded: number;
    failed: number;
    /** Submissions beyond each request's first. */
    resubmitted: number;
    rounds: number;
    /** Result lines whose custom id is not among the requests (ignored). */
    unexpectedResults: number;
    /** Extra result lines for a custom id that already had one (first success wins). */
    duplicateResults: number;
  };
}

/**
 * Runs chat requests through a provider batch API: validates unique custom ids, splits into
 * provider-sized batches, submits, polls with backoff, downloads and maps results back by custom
 * id, and resubmits retryable failures. Every request gets exactly one result (success or a
 * per-request error); none is lost or duplicated. Resumable via `onBatchCreated` + `resume`.
 *
 * @example
 * ```ts
 * const client = createOpenAIBatch({ apiKey: process.env.OPENAI_API_KEY, model: 'gpt-4.1-mini' });
 * const { results } = await runChatBatch({
 *   client,
 *   requests: questions.map((q, i) => ({ customId: `q${i}`, messages: [{ role: 'user', content: q }] })),
 *   resume: saved ? { batchIds: saved } : undefined,
 *   onBatchCreated: (ids) => writeFileSync('batches.json', JSON.stringify(ids)),
 * });
 * for (const [id, item] of results) console.log(id, item.ok ? item.result.choices[0]?.text : item.error.message);
 * ```
 */
export async function runChatBatch(options: RunChatBatchOptions): Promise<RunChatBatchResult> {
  const { client, signal } = options;
  if (!client || client.specificationVersion !== 'v1') {
    throw new InvalidArgumentError('client', 'a ChatBatchClient (specificationVersion v1)', client);
  }
  const props = client.properties;
  const pollIntervalMs = options.pollIntervalMs ?? 30_000;
  const maxPollIntervalMs = Math.max(options.maxPollIntervalMs ?? 300_000, pollIntervalMs);
  const retryFailed = options.retryFailed ?? 2;
  const chunkSize = Math.min(options.maxRequestsPerBatch ?? props.maxRequestsPerBatch, props.maxRequestsPerBatch);
  assertPositiveInteger('pollIntervalMs', pollIntervalMs);
  assertNonNegativeInteger('retryFailed', retryFailed);
  assertPositiveInteger('maxRequestsPerBatch', chunkSize);
  if (!Array.isArray(options.requests)) throw new InvalidArgumentError('requests', 'an array of batch requests', options.requests);

  // Validate everything before spending anything.
  const byId = new Map<string, ChatBatchRequest>();
  const warningsById = new Map<string, CallWarning[]>();
  const prepared = new Map<string, ChatBatchRequest>();
  options.requests.forEach((r, i) => {
    if (!r || typeof r.customId !== 'string' || r.customId === '') {
      throw new InvalidArgumentError(`requests[${i}].customId`, 'a non-empty string', r?.customId);
    }
    if (byId.has(r.customId)) throw new InvalidArgumentError(`requests[${i}].customId`, 'unique across requests', r.customId);
    if (props.customIdPattern && !props.customIdPattern.test(r.customId)) {
      throw new InvalidArgumentError(`requests[${i}].customId`, `to match ${props.customIdPattern} for ${client.provider}`, r.customId);
    }
    try {
      validateMessages(r.messages);
    } catch (error) {
      throw new InvalidArgumentError(`requests[${i}].messages`, 'a non-empty array of { role, content }', r.messages, { cause: error });
    }
    byId.set(r.customId, r);
    const { settings, warnings } = applyCapabilities(r.settings ?? {}, props.capabilities, client.provider);
    warningsById.set(r.customId, warnings);
    prepared.set(r.customId, { customId: r.customId, messages: r.messages, settings });
  });

  const retry = <T>(fn: () => Promise<T>) => withProviderRetry(client.provider, fn, { ...options.retry, ...(signal ? { signal } : {}) });
  const callOpts = signal ? { signal } : {};
  const report = (p: ChatBatchProgress) => options.onProgress?.(p);

  const final = new Map<string, ChatBatchResultItem>();
  const submissions = new Map<string, number>();
  const batchIds: string[] = [];
  const stats = { unexpectedResults: 0, duplicateResults: 0, resubmitted: 0, rounds: 0 };
  type Active = { batchId: string; members?: Set<string> };

  type Downloaded = { items: Map<string, ChatBatchResultItem>; duplicates: number; unexpected: number };
  const download = async (batch: Active, expected: number): Promise<Downloaded> => {
    let partial: Downloaded | undefined;
    const once = async (): Promise<Downloaded> => {
      const items = new Map<string, ChatBatchResultItem>();
      let duplicates = 0;
      let unexpected = 0;
      for await (const item of client.doResults(batch.batchId, callOpts)) {
        if (!byId.has(item.customId)) {
          unexpected++;
          continue;
        }
        const previous = items.get(item.customId);
        if (previous) {
          duplicates++;
          if (previous.ok || !item.ok) continue; // a success beats a failure for the same id
        }
        items.set(item.customId, item);
      }
      const result = { items, duplicates, unexpected };
      if (items.size + unexpected < expected) {
        // Fewer lines than the batch's own counts: a truncated or garbled download. Fetch again.
        partial = result;
        throw new APICallError(`${client.provider}: batch ${batch.batchId} results are incomplete (${items.size} of ${expected})`, {
          provider: client.provider,
          isRetryable: true,
        });
      }
      return result;
    };
    try {
      return await retry(once);
    } catch (error) {
      // Still short after retries: keep what arrived; the rest is reported missing and resubmitted.
      if (partial && !signal?.aborted) return partial;
      throw error;
    }
  };

  const collect = async (batch: Active, info: ChatBatchInfo) => {
    const { status, error: batchError } = info;
    // Download fully before applying anything, so a download retried halfway is not double-counted.
    const downloaded: Downloaded =
      status === 'failed'
        ? { items: new Map(), duplicates: 0, unexpected: 0 }
        : await download(batch, info.counts.succeeded + info.counts.failed);
    stats.duplicateResults += downloaded.duplicates;
    stats.unexpectedResults += downloaded.unexpected;
    const seen = new Set<string>();
    for (const [id, item] of downloaded.items) {
      seen.add(id);
      if (final.get(id)?.ok) {
        stats.duplicateResults++;
        continue;
      }
      if (!submissions.has(id)) submissions.set(id, 1); // from a resumed batch
      const warnings = item.ok ? (warningsById.get(id) ?? []) : [];
      final.set(id, item.ok && warnings.length ? { ...item, result: { ...item.result, warnings: [...item.result.warnings, ...warnings] } } : item);
    }
    let missing = 0;
    for (const id of batch.members ?? []) {
      if (seen.has(id) || final.get(id)?.ok) continue;
      missing++;
      final.set(
        id,
        status === 'failed'
          ? { customId: id, ok: false, error: { message: batchError ?? 'The batch failed', code: 'batch_failed', retryable: false } }
          : {
              customId: id,
              ok: false,
              error: { message: `No result was returned for this request (batch ${status})`, code: 'missing_result', retryable: true },
            },
      );
    }
    let succeeded = 0;
    for (const id of seen) if (final.get(id)?.ok) succeeded++;
    report({ type: 'results', batchId: batch.batchId, succeeded, failed: seen.size - succeeded, missing });
  };

  const drain = async (active: Active[]) => {
    let interval = pollIntervalMs;
    const last = new Map<string, string>();
    let first = true;
    while (active.length) {
      if (!first) await sleep(interval, signal);
      first = false;
      let changed = false;
      for (const batch of [...active]) {
        const info = await retry(() => client.doRetrieve(batch.batchId, callOpts));
        const fingerprint = `${info.status}:${info.counts.succeeded}:${info.counts.failed}`;
        if (last.get(batch.batchId) !== fingerprint) {
          last.set(batch.batchId, fingerprint);
          changed = true;
          report({ type: 'status', batchId: batch.batchId, status: info.status, counts: info.counts });
        }
        if (info.status !== 'in_progress') {
          await collect(batch, info);
          active.splice(active.indexOf(batch), 1);
        }
      }
      interval = changed ? pollIntervalMs : Math.min(maxPollIntervalMs, Math.round(interval * 1.5));
    }
  };

  const submit = async (chunk: ChatBatchRequest[], round: number): Promise<Active> => {
    const submissionKey = contentHash([client.modelId, round, chunk]).slice(0, 32);
    let attempt = 0;
    const { batchId } = await withProviderRetry(
      client.provider,
      async () => {
        if (attempt++ > 0 && client.doFindBatch) {
          const found = await client.doFindBatch(submissionKey, callOpts);
          if (found) return found;
        }
        return client.doSubmit(chunk, { ...callOpts, submissionKey });
      },
      {
        ...options.retry,
        ...(signal ? { signal } : {}),
        // Without a lookup, only a submit the server explicitly refused (it answered with a status)
        // is safe to repeat; after a dropped connection the batch may exist and would be paid twice.
        ...(client.doFindBatch ? {} : { retryIf: (error: APICallError) => error.statusCode !== undefined }),
      },
    );
    for (const r of chunk) {
      const n = (submissions.get(r.customId) ?? 0) + 1;
      if (n > 1) stats.resubmitted++;
      submissions.set(r.customId, n);
    }
    batchIds.push(batchId);
    await options.onBatchCreated?.([...batchIds]);
    report({ type: 'submitted', batchId, requests: chunk.length, round });
    return { batchId, members: new Set(chunk.map((r) => r.customId)) };
  };

  try {
    if (options.resume) {
      const ids = 'batchIds' in options.resume ? [...options.resume.batchIds] : [options.resume.batchId];
      batchIds.push(...ids);
      await drain(ids.map((batchId) => ({ batchId })));
    }
    for (let round = 0; ; round++) {
      throwIfAborted(signal);
      const pending: ChatBatchRequest[] = [];
      for (const id of byId.keys()) {
        const current = final.get(id);
        const submitted = submissions.get(id) ?? 0;
        if (!current ? submitted === 0 : !current.ok && current.error.retryable && submitted <= retryFailed) {
          pending.push(prepared.get(id)!);
        }
      }
      if (!pending.length) break;
      stats.rounds++;
      report({ type: 'round', round, pending: pending.length });
      const active: Active[] = [];
      for (const chunk of splitChunks(pending, chunkSize, props.maxBytesPerBatch)) active.push(await submit(chunk, round));
      await drain(active);
    }
  } catch (error) {
    if (signal?.aborted && options.cancelOnAbort) {
      await Promise.allSettled(batchIds.map((id) => client.doCancel(id)));
    }
    throw error;
  }

  const results = new Map<string, ChatBatchResultItem>();
  let succeeded = 0;
  for (const id of byId.keys()) {
    const item = final.get(id) ?? {
      customId: id,
      ok: false as const,
      error: { message: 'No result was returned for this request', code: 'missing_result', retryable: true },
    };
    if (item.ok) succeeded++;
    results.set(id, item);
  }
  return {
    results,
    batchIds,
    stats: { requests: byId.size, succeeded, failed: byId.size - succeeded, ...stats },
  };
}

function splitChunks(requests: ChatBatchRequest[], maxCount: number, maxBytes?: number): ChatBatchRequest[][] {
  const chunks: ChatBatchRequest[][] = [];
  let current: ChatBatchRequest[] = [];
  let bytes = 0;
  // Leave headroom for the provider's per-line wrapping (model, url, method).
  const budget = maxBytes === undefined ? Infinity : maxBytes * 0.9;
  for (const r of requests) {
    const size = Buffer.byteLength(JSON.stringify(r)) + 200;
    if (current.length && (current.length >= maxCount || bytes + size > budget)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(r);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
