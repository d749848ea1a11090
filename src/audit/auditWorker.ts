// Worker-thread entry for parallel audits: receives line-aligned JSONL chunks, returns their results.
// Each worker builds its own auditor from the (plain-data) claims it is started with.
import { parentPort, workerData } from 'node:worker_threads';
import { auditLineChunk, type LineChunkSettings } from './auditLineChunk.js';
// Imported directly (not through resolveAuditor) so a worker does not load the claim-file parsers.
import { createAuditor } from './createAuditor.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { Claim } from '../claims/claim.js';
import { summarizeChunk } from './summarizeChunk.js';

interface WorkerInit {
  claims: Claim[];
  maxLineBytes: number;
  includeData: boolean;
  auditorOptions: DatasetAuditorOptions;
  /** Examples kept per claim when summarising (the report's `maxExamples`). */
  maxExamples: number;
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
    settings = { auditor: createAuditor({ ...init.auditorOptions, claims: init.claims }), maxLineBytes: init.maxLineBytes, includeData: init.includeData };
    port.postMessage({ type: 'ready' });
  } catch (error) {
    port.postMessage({ type: 'failed', message: (error as Error).message });
  }
  port.on('message', (request: ChunkRequest) => {
    if (!settings) return;
    try {
      const outcome = auditLineChunk(request, settings);
      // One JSON string crosses the thread boundary faster than structured-cloning thousands of
      // small objects (and every value came from JSON.parse, so the round trip is exact).
      const reply = request.summarize ? summarizeChunk(outcome, init.maxExamples) : outcome;
      port.postMessage({ type: 'result', id: request.id, json: JSON.stringify(reply) });
    } catch (error) {
      port.postMessage({ type: 'error', id: request.id, message: (error as Error).message });
    }
  });
}
