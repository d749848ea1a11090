import type { LineChunkSettings, LineResult } from './auditLineChunk.js';
import { auditBatch, type AuditableBatch } from './auditBatch.js';
import { createAuditReportBuilder } from './auditReportBuilder.js';
import type { AuditPartial } from './auditPartial.js';
import type { AuditedRecord } from './recordResults.js';
import type { Placement } from './types.js';

/** Whether an example of a claim with this placement and score could still enter a report's lists. */
export type WantsExample = (claimId: string, placement: Placement, score: number) => boolean;

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
 * @internal Audits a batch (JSONL lines or other records) straight into its summary (workers and report-only audits):
 * each record goes to the aggregate as soon as it is audited instead of living until the chunk
 * ends, and example mentions that could not enter the aggregate's lists are never built. Gives
 * the same summary as feeding every result of `auditBatch(chunk, settings)` to a report builder;
 * with `reportWantsExample`, without the examples that report would not keep (merged into it, the
 * same report).
 */
export function auditChunkSummary(
  chunk: AuditableBatch,
  settings: LineChunkSettings,
  maxExamples: number,
  reportWantsExample?: WantsExample,
): ChunkSummary {
  const builder = createAuditReportBuilder({ maxExamples });
  if (chunk.kind === 'values' && chunk.textDocument) builder.sourceFormat('', 'text');
  const invalid: ChunkSummary['invalid'] = [];
  let index = 0;
  // One result object refilled per record: the builder copies what it keeps, never the object.
  const audited: AuditedRecord = { record: 0, source: '', line: 0, bytes: 0, verdict: 'none', claims: [] };
  // Each record's findings are counted before the next is audited, so the auditor may reuse them.
  // With `reportWantsExample` (the report's own builder, holding only records before this batch),
  // examples the report could no longer take are never built: its lists only get harder to enter,
  // and an example below them is never among the report's.
  const wantsExample: WantsExample = reportWantsExample
    ? (claimId, placement, score) => builder.wantsExample(claimId, placement, score) && reportWantsExample(claimId, placement, score)
    : builder.wantsExample;
  const auditOptions = { wantsExample, onContextOnly: builder.countContext, reuseFindings: true };
  const outcome = auditBatch(chunk, { ...settings, auditOptions }, (r) => {
    if ('error' in r) invalid.push({ index, result: r });
    else {
      audited.record = index;
      audited.line = r.line;
      audited.bytes = r.bytes;
      audited.verdict = r.verdict;
      audited.claims = r.claims;
      builder.addResult(audited);
    }
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
