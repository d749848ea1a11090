// Worker-thread entry for parallel audits: receives line-aligned JSONL chunks, returns their results.
// Each worker builds its own auditor from the (plain-data) claims it is started with.
import { parentPort, workerData } from 'node:worker_threads';
import { auditLineChunk, type LineChunkSettings } from './auditLineChunk.js';
// Not createAuditor: the claims were defined on the calling thread, and its validation would load
// zod (about 50 ms of every worker's start-up). Nor resolveAuditor, which loads the claim-file parsers.
import { compileAuditor } from './compileAuditor.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { Claim } from '../claims/claim.js';
import { auditChunkSummary } from './auditChunkSummary.js';

interface WorkerInit {
  claims: Claim[];
  maxLineBytes: number;
  includeData: boolean;
  auditorOptions: DatasetAuditorOptions;
  /** Examples kept per claim when summarising (the report's `maxExamples`). */
  maxExamples: number;
  /** Chunks queued per worker (shared with the pool): this worker decrements `queued[slot]` per chunk done. */
  queued: Int32Array;
  slot: number;
}

/** Messages from the pool. */
export interface ChunkRequest {
  id: number;
  buffer: Uint8Array;
  firstLine: number;
  endsWithNewline: boolean;
  /** Return an aggregate of the chunk instead of every record (report-only audits). */
  summarize: boolean;
}

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  let settings: LineChunkSettings | undefined;
  try {
    settings = { auditor: compileAuditor(init.claims, init.auditorOptions), maxLineBytes: init.maxLineBytes, includeData: init.includeData };
    port.postMessage({ type: 'ready' });
  } catch (error) {
    port.postMessage({ type: 'failed', message: (error as Error).message });
  }
  port.on('message', (request: ChunkRequest) => {
    if (!settings) return;
    try {
      // One JSON string crosses the thread boundary faster than structured-cloning thousands of
      // small objects (and every value came from JSON.parse, so the round trip is exact).
      const reply = request.summarize ? auditChunkSummary(request, settings, init.maxExamples) : auditLineChunk(request, settings);
      port.postMessage({ type: 'result', id: request.id, json: JSON.stringify(reply) });
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, message: (error as Error).message });
    } finally {
      Atomics.sub(init.queued, init.slot, 1);
    }
  });
}
