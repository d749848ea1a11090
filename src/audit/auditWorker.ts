// Worker-thread entry for parallel audits: receives batches (JSONL chunks or records), runs the
// audit stage on them and returns their results or aggregates. Each worker builds its own auditor
// from the (plain-data) claims it is started with, and again when a later audit reuses it (a worker
// is kept a few seconds after its audit: see `auditWorkerPool.ts`) with other claims.
import { parentPort, workerData } from 'node:worker_threads';
// Not createAuditor: the claims were defined on the calling thread, and its validation would load
// zod (about 50 ms of every worker's start-up). Nor resolveAuditor, which loads the claim-file parsers.
import { compileAuditor } from './compileAuditor.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { Claim } from '../claims/claim.js';
import type { RecordFields } from './recordSegments.js';
import { runBatch, type BatchAuditSettings, type RunnableBatch } from './batchRunner.js';
import { takeBatch } from './batchOwners.js';
import { adoptScanTables, type SharedScanTables } from './scan/cachedScanTables.js';

/** What a worker audits with: sent as `workerData` when it starts, and in an `init` message when an audit reuses it. */
export interface WorkerInit {
  claims: Claim[];
  maxLineBytes: number;
  includeData: boolean;
  fields?: RecordFields | undefined;
  auditorOptions: DatasetAuditorOptions;
  /** Examples kept per claim when summarising (the report's `maxExamples`); undefined: every record. */
  summaryExamples?: number | undefined;
  /**
   * Batches queued per worker and not finished (shared with the pool, which adds one per batch it
   * posts, also while this worker is still starting): this worker decrements `queued[slot]` per batch done.
   */
  queued: Int32Array;
  /** Set to 1 at `slot` once this worker is ready (shared with the pool). */
  readyFlags: Int32Array;
  slot: number;
  /**
   * Who audits each batch (shared with the pool): see `batchOwners.ts`.
   */
  owners: Int32Array;
  /**
   * The calling thread's compiled scan tables for these claims (see `shareLastScanTables`): adopted
   * instead of compiled again, which in a fresh isolate cost ≈ 0.1 s of CPU before the first batch.
   */
  scanTables?: SharedScanTables | undefined;
}


/** Messages from the pool. */
export interface BatchRequest {
  id: number;
  batch: RunnableBatch;
}

const port = parentPort;
if (port) {
  // Started without `workerData`: the init follows as a message (once the calling thread has compiled its tables).
  let init = workerData as WorkerInit | undefined;
  let settings: BatchAuditSettings | undefined;
  // The auditor of the last init, kept for an audit with the same claims and options: rebuilding it
  // would also discard the optimised code compiled for its objects (the JIT's warm-up, ≈ 0.3 s of CPU).
  let auditorKey: string | undefined;
  const start = (next: WorkerInit) => {
    init = next;
    try {
      const key = JSON.stringify([next.claims, next.auditorOptions]);
      const reuse = key === auditorKey && settings !== undefined;
      if (next.scanTables && !reuse) adoptScanTables(next.scanTables);
      next.scanTables = undefined; // adopted: `init` need not hold a second copy
      const auditor = reuse ? settings!.auditor : compileAuditor(next.claims, next.auditorOptions);
      auditorKey = key;
      settings = {
        auditor,
        maxLineBytes: next.maxLineBytes,
        includeData: next.includeData,
        fields: next.fields,
        summaryExamples: next.summaryExamples,
      };
      // Seen by the pool at once, even while its thread audits or decodes without visiting its event loop.
      Atomics.store(next.readyFlags, next.slot, 1);
      port.postMessage({ type: 'ready' });
    } catch (error) {
      settings = undefined;
      auditorKey = undefined;
      port.postMessage({ type: 'failed', message: (error as Error).message });
    }
  };
  if (init) start(init);
  port.on('message', (request: BatchRequest | { type: 'init'; init: WorkerInit }) => {
    if ('type' in request) {
      start(request.init);
      return;
    }
    if (!settings || !init) return;
    if (!takeBatch(init.owners, request.id, 'worker')) {
      // Taken back and audited by the calling thread.
      Atomics.sub(init.queued, init.slot, 1);
      return;
    }
    try {
      // One JSON string crosses the thread boundary faster than structured-cloning thousands of
      // small objects (and every value came from JSON.parse, so the round trip is exact).
      port.postMessage({ type: 'result', id: request.id, json: JSON.stringify(runBatch(request.batch, settings)) });
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, message: (error as Error).message });
    } finally {
      Atomics.sub(init.queued, init.slot, 1);
    }
  });
}
