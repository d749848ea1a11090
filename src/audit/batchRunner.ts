import { auditBatch } from './auditBatch.js';
import { auditChunkSummary, type ChunkSummary, type WantsExample } from './auditChunkSummary.js';
import type { ChunkOutcome, LineChunkSettings } from './auditLineChunk.js';
import type { LineChunk } from './readLineChunks.js';
import type { ValueBatch } from './readRecordBatches.js';

/** A unit of work for the middle stages (segments, scanner, verdicts). */
export type RunnableBatch = LineChunk | ValueBatch;

/**
 * What running a batch gives: every record's result, or (for report-only audits) the batch's
 * aggregate; from a worker, either one still as the JSON it was sent in ({@link SerializedOutcome}).
 */
export type BatchOutcome = ChunkOutcome | ChunkSummary | SerializedOutcome;

/**
 * A worker's outcome kept as its JSON until it is emitted: outcomes wait in input order behind
 * earlier batches (while this thread audits others), long enough to be promoted to the old
 * generation. One string there instead of thousands of objects kept a two-thread audit's heap
 * from growing to twice the one-thread size before each full collection.
 */
export interface SerializedOutcome {
  serialized: string;
}

/** The outcome itself, parsing a worker's JSON (every value came from JSON, so the round trip is exact). */
export function parseOutcome(outcome: BatchOutcome): ChunkOutcome | ChunkSummary {
  return 'serialized' in outcome ? (JSON.parse(outcome.serialized) as ChunkOutcome | ChunkSummary) : outcome;
}

/**
 * Runs the middle stages of an audit on batches: here on this thread ({@link createInlineRunner}),
 * or on a worker pool (`createChunkWorkerPool`). The pipeline is the same either way; the runner
 * only decides where a batch is audited.
 */
export interface BatchRunner {
  /** Audits a batch. Outcomes may resolve out of order; the caller keeps input order. */
  run(batch: RunnableBatch): Promise<BatchOutcome>;
  /** Batches worth keeping in flight (1: the work is done when `run` returns). */
  readonly window: number;
  /** The largest `window` this runner will ask for (when it grows during the audit); `window` when absent. */
  readonly maxWindow?: number;
  /**
   * Audits here one batch that a worker was given but has not begun (the newest such), so this
   * thread does not sit idle waiting for a worker's backlog; false when there is none.
   */
  steal?(): boolean;
  /** Frees the runner; `finished`: the audit read its whole input (a pool may then keep its workers for the next audit). */
  close(finished?: boolean): Promise<void>;
}

/** How batches are audited: every record's result, or an aggregate per batch (`summaryExamples` examples kept per claim). */
export interface BatchAuditSettings extends LineChunkSettings {
  /** Summarise batches into aggregates keeping this many examples per claim; undefined for every record's result. */
  summaryExamples?: number | undefined;
  /**
   * Whether the report being built could still keep an example (its builder's `wantsExample`,
   * holding only records before the batch): summaries audited on this thread build no example the
   * report would drop. Small batches (Parquet's 256 rows) otherwise built most claims' examples
   * afresh in every batch. A function, so it stays on this thread; workers build their own.
   */
  reportWantsExample?: WantsExample | undefined;
}

/** Audits one batch on the calling thread, as a worker would. */
export function runBatch(batch: RunnableBatch, settings: BatchAuditSettings): BatchOutcome {
  return settings.summaryExamples === undefined ? auditBatch(batch, settings) : auditChunkSummary(batch, settings, settings.summaryExamples, settings.reportWantsExample);
}

/**
 * The runner that audits every batch on this thread.
 *
 * @example
 * ```ts
 * const runner = createInlineRunner({ auditor, maxLineBytes: 1 << 24 });
 * const outcome = await runner.run(batch);
 * ```
 */
export function createInlineRunner(settings: BatchAuditSettings): BatchRunner {
  return {
    window: 1,
    run: (batch) => {
      try {
        return Promise.resolve(runBatch(batch, settings));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    close: () => Promise.resolve(),
  };
}
