import { auditLineChunk, type LineChunkSettings, type LineResult } from './auditLineChunk.js';
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

/**
 * @internal Audits a line-aligned chunk straight into its summary (workers and report-only audits):
 * each record goes to the aggregate as soon as it is audited instead of living until the chunk
 * ends, and example mentions that could not enter the aggregate's lists are never built. Gives
 * the same summary as feeding every result of `auditLineChunk(chunk, settings)` to a report builder.
 */
export function auditChunkSummary(
  chunk: { buffer: Uint8Array; firstLine: number; endsWithNewline: boolean },
  settings: LineChunkSettings,
  maxExamples: number,
): ChunkSummary {
  const builder = createAuditReportBuilder({ maxExamples });
  const invalid: ChunkSummary['invalid'] = [];
  let index = 0;
  const outcome = auditLineChunk(chunk, { ...settings, wantsExample: builder.wantsExample }, (r) => {
    if ('error' in r) invalid.push({ index, result: r });
    else builder.addResult({ record: index, source: '', line: r.line, bytes: r.bytes, verdict: r.verdict, claims: r.claims });
    index++;
  });
  return {
    summary: true,
    records: index,
    partial: builder.snapshot(),
    invalid,
    bytes: outcome.bytes,
    blankLines: outcome.blankLines,
    crlfLines: outcome.crlfLines,
  };
}
