import { expandDatasetInputs, normalizeDatasetSource, type DatasetInput, type DatasetSource } from './datasetSource.js';
import { InvalidArgumentError } from '../errors.js';
import { memoryWorkerEligible } from './memoryWorkerEligible.js';
import { runAudit, type AuditRecordsOptions } from './runAudit.js';
import { AUDIT_RECORDS_OPTIONS, rejectUnknownOptions, validateAuditOptions } from './auditRecords.js';
import type { RecordAuditResult } from './recordResults.js';
import type { AuditReport, AuditReportData } from './auditReport.js';

export { toAuditReport } from './toAuditReport.js';
import { createAuditReportBuilder } from './auditReportBuilder.js';
import type { AuditPartial } from './auditPartial.js';
import type { Placement } from './types.js';
import { toAuditReport } from './toAuditReport.js';
import type { Claim } from '../claims/claim.js';
import type { AuditReviewOptions } from './review/auditReview.js';
import type { ShardSpec } from './shardDatasetInputs.js';

/** Options of {@link auditDataset}: those of `auditRecords()` plus report settings. */
export interface AuditDatasetOptions extends Omit<AuditRecordsOptions, 'includeData'> {
  /** Examples kept per claim and per unattached topic (default 3). */
  maxExamples?: number;
  /** Invalid entries listed in the report; all are counted (default 1000). */
  maxInvalidListed?: number;
  /** Called with every per-record result, in order (e.g. to write them out); awaited when it returns a promise. */
  onRecord?: (result: RecordAuditResult) => void | Promise<void>;
  /**
   * A second reading by a model for the records that matter (see docs/audit.md, "Model review").
   * With it, `onRecord` is called after the review, each result carrying `review` and `finalVerdict`.
   */
  review?: AuditReviewOptions;
  /**
   * Audit only this share of the dataset (`{ index, count }`, index from 0; see `shardDatasetInputs`)
   * and return a shard report for `mergeAuditReports()`.
   */
  shard?: ShardSpec;
  /** With `shard`: plain JSONL files larger than this are split between shards by line-aligned byte ranges (default 64 MiB). */
  splitBytes?: number;
  /**
   * Run the audit in a worker thread whose heap is bounded, so its peak memory does not depend on
   * how the calling process was started (docs/scale.md, "Memory"). `'auto'` (the default): for
   * files of 512 MiB of text or more (`MEMORY_WORKER_MIN_TEXT_BYTES`), when this thread's heap limit is above 1 GiB (a plain
   * `node`) and the options are plain data (no `onRecord`, `review`, `getText`, `auditor`, `onInvalid`
   * function, stdin or shard). `onProgress`, `onWarning` and `signal` behave as on this thread. An
   * audit that needs more heap than the worker has is run again on this thread.
   */
  memoryWorker?: boolean | 'auto';
  /** @internal Path of the built memory worker (tests). */
  memoryWorkerFile?: string;
  /** @internal The memory worker's old-generation limit in MiB (tests). */
  memoryWorkerHeapMb?: number;
}

// Every option of `auditDataset`: those of `auditRecords` but `includeData`, and its own (checked by the compiler).
const { includeData: _recordsOnly, ...recordOptions } = AUDIT_RECORDS_OPTIONS;
const AUDIT_DATASET_OPTION_KEYS: ReadonlySet<string> = new Set(
  Object.keys({
    ...recordOptions,
    maxExamples: true, maxInvalidListed: true, onRecord: true, review: true, shard: true, splitBytes: true,
    memoryWorker: true, memoryWorkerFile: true, memoryWorkerHeapMb: true,
  } satisfies Record<keyof AuditDatasetOptions, true>),
);

/**
 * Audits a training set for Negation Neglect and returns an {@link AuditReport}: totals, a verdict
 * per claim with placements, qualifiers, the strongest examples and a plain-language explanation
 * with the paper's figures, notices not tied to a known claim, invalid records and warnings.
 * Streams the input (constant memory): files, directories, globs or `-` (stdin); JSONL, JSON arrays,
 * text or Parquet; plain, gzip or zstd. `workers: N` audits on N threads. A source that cannot be
 * read to its end is listed in `readErrors` (the verdict then covers only what was read).
 *
 * @example
 * ```ts
 * const report = await auditDataset('train.jsonl', { claims: 'claims.yaml', workers: 2 });
 * console.log(String(report));               // readable text
 * if (report.verdict === 'neglect-risk') process.exitCode = 1;
 * ```
 */
export async function auditDataset(source: DatasetSource, options: AuditDatasetOptions = {}): Promise<AuditReport> {
  const inputs = normalizeDatasetSource(source);
  rejectUnknownOptions(options, AUDIT_DATASET_OPTION_KEYS, 'auditDataset');
  validateAuditOptions(options);
  if (options.memoryWorker !== undefined && options.memoryWorker !== 'auto' && typeof options.memoryWorker !== 'boolean') {
    throw new InvalidArgumentError('memoryWorker', "true, false or 'auto'", options.memoryWorker);
  }
  if (options.shard) {
    const { auditShard } = await import('./auditShard.js');
    return auditShard(inputs, { ...options, shard: options.shard });
  }
  // A long audit runs in a worker thread whose heap is bounded (see `auditInWorker`); loaded only then.
  if (memoryWorkerEligible(inputs, options)) {
    const { auditInWorker, wantsMemoryWorker } = await import('./auditInWorker.js');
    // Directories and globs listed once: the sizes are read and the files audited from the same list.
    const files = await expandDatasetInputs(inputs);
    if (await wantsMemoryWorker(files, options)) return toAuditReport(await auditInWorker(files, options, auditDatasetHere));
    return toAuditReport(await auditDatasetHere(files, options));
  }
  return toAuditReport(await auditDatasetHere(inputs, options));
}

/**
 * @internal The audit of {@link auditDataset} on this thread (also what its memory worker runs):
 * the report's data, without the display helpers.
 */
export async function auditDatasetHere(inputs: DatasetInput[], options: AuditDatasetOptions): Promise<AuditReportData> {
  const startedAt = new Date();
  let builder = createAuditReportBuilder({
    ...(options.maxExamples !== undefined ? { maxExamples: options.maxExamples } : {}),
    ...(options.maxInvalidListed !== undefined ? { maxInvalidListed: options.maxInvalidListed } : {}),
  });
  const pendingWarnings: string[] = [];
  let usedWorkers = 1;
  let loadedClaims: readonly Claim[] = [];
  // Loaded only when asked for, so unreviewed audits load none of the review or provider code.
  const review = options.review
    ? await (await import('./review/auditReview.js')).createAuditReview(options.review, {
        ...(options.getText ? { getText: options.getText } : {}),
        fields: {
          ...(options.textField !== undefined ? { textField: options.textField } : {}),
          ...(options.messagesField !== undefined ? { messagesField: options.messagesField } : {}),
        },
        ...(options.signal ? { signal: options.signal } : {}),
        spool: options.onRecord !== undefined,
        // Known once the auditor is built, before the first record is offered.
        claims: () => loadedClaims,
      })
    : undefined;
  try {
    const run = runAudit(
      inputs,
      {
        ...options,
        // The report keeps one example per record and claim, so the auditor need not build more
        // (this also keeps worker results small).
        auditorOptions: { maxExamples: 1, ...options.auditorOptions },
        // The review reads the text of the records it selects.
        includeData: review !== undefined,
        onWarning: (message) => {
          pendingWarnings.push(message);
          options.onWarning?.(message);
        },
      },
      {
        onAuditor: ({ claims }) => {
          loadedClaims = claims ?? [];
          // The claims are known only once loaded; rebuild the (still empty) builder with them.
          builder = createAuditReportBuilder({
            ...(claims ? { claims } : {}),
            ...(options.maxExamples !== undefined ? { maxExamples: options.maxExamples } : {}),
            ...(options.maxInvalidListed !== undefined ? { maxInvalidListed: options.maxInvalidListed } : {}),
          });
        },
        onSourceStart: (label, format) => builder.sourceFormat(label, format),
        onWorkersUsed: (count) => (usedWorkers = count),
        // Without a per-record callback, workers may send aggregates instead of every record.
        ...(options.onRecord || review
          ? {}
          : {
              onChunkSummary: (partial: AuditPartial, offset: number, source: string) => builder.merge(partial, offset, source),
              summaryMaxExamples: options.maxExamples ?? 3,
              reportWantsExample: (claimId: string, placement: Placement, score: number) => builder.wantsExample(claimId, placement, score),
            }),
        onSourceDone: (stats) => builder.addSource(stats),
        onFileInvalid: (invalid) => builder.addInvalid(invalid),
        onReadError: (invalid) => builder.addReadError(invalid),
      },
    );
    for await (const result of run) {
      builder.addResult(result);
      if (review) await review.offer(result);
      else if (options.onRecord) await options.onRecord(result);
    }
    for (const w of pendingWarnings) builder.addWarning(w);
    let data = builder.finish({ startedAt, finishedAt: new Date(), workers: Math.max(1, usedWorkers) });
    if (options.auditorOptions?.decision === 'learned') data.decision = 'learned';
    if (review) {
      data = await review.finish(data, loadedClaims);
      if (options.onRecord) await review.replay(options.onRecord);
    }
    return data;
  } finally {
    await review?.dispose();
  }
}
