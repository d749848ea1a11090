import type { ChunkOutcome, LineResult } from './auditLineChunk.js';
import { createAuditReportBuilder, type AuditPartial } from './auditReportBuilder.js';

/**
 * A chunk reduced to what a report needs: the aggregate of its valid records and its invalid
 * lines (kept one by one: they go through the caller's `onInvalid` policy in order). Record indexes
 * are local to the chunk. Sent by workers instead of every record, which is most of the cost of
 * moving results between threads.
 */
export interface ChunkSummary {
  summary: true;
  /** Records in the chunk (valid and invalid). */
  records: number;
  partial: AuditPartial;
  invalid: { index: number; result: Extract<LineResult, { error: string }> }[];
  bytes: number;
  blankLines: number;
  crlfLines: number;
}

/** @internal Aggregates one audited chunk (runs in workers). */
export function summarizeChunk(outcome: ChunkOutcome, maxExamples: number): ChunkSummary {
  const builder = createAuditReportBuilder({ maxExamples });
  const invalid: ChunkSummary['invalid'] = [];
  outcome.results.forEach((r, index) => {
    if ('error' in r) invalid.push({ index, result: r });
    else builder.addResult({ record: index, source: '', line: r.line, bytes: r.bytes, verdict: r.verdict, claims: r.claims });
  });
  return {
    summary: true,
    records: outcome.results.length,
    partial: builder.snapshot(),
    invalid,
    bytes: outcome.bytes,
    blankLines: outcome.blankLines,
    crlfLines: outcome.crlfLines,
  };
}
