// Worker-thread entry for parallel audits: receives batches (JSONL chunks or records), runs the
// audit stage on them and returns their results or aggregates. Each worker builds its own auditor
// from the (plain-data) claims it is started with.
import { parentPort, workerData } from 'node:worker_threads';
// Not createAuditor: the claims were defined on the calling thread, and its validation would load
// zod (about 50 ms of every worker's start-up). Nor resolveAuditor, which loads the claim-file parsers.
import { compileAuditor } from './compileAuditor.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { Claim } from '../claims/claim.js';
import type { RecordFields } from './recordSegments.js';
import { runBatch, type BatchAuditSettings, type RunnableBatch } from './batchRunner.js';

interface WorkerInit {
  claims: Claim[];
  maxLineBytes: number;
  includeData: boolean;
  fields?: RecordFields;
  auditorOptions: DatasetAuditorOptions;
  /** Examples kept per claim when summarising (the report's `maxExamples`); undefined: every record. */
  summaryExamples?: number;
  /**
   * Batches queued per worker (shared with the pool): -1 until this worker is ready, which it sets
   * to 0; then it decrements `queued[slot]` per batch done.
   */
  queued: Int32Array;
  slot: number;
}

/** Messages from the pool. */
export interface BatchRequest {
  id: number;
  batch: RunnableBatch;
}

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  let settings: BatchAuditSettings | undefined;
  try {
    settings = {
      auditor: compileAuditor(init.claims, init.auditorOptions),
      maxLineBytes: init.maxLineBytes,
      includeData: init.includeData,
      fields: init.fields,
      summaryExamples: init.summaryExamples,
    };
    // Seen by the pool at once, even while its thread audits or decodes without visiting its event loop.
    Atomics.store(init.queued, init.slot, 0);
    port.postMessage({ type: 'ready' });
  } catch (error) {
    port.postMessage({ type: 'failed', message: (error as Error).message });
  }
  port.on('message', (request: BatchRequest) => {
    if (!settings) return;
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
