import type { LineChunkSettings, LineResult } from './auditLineChunk.js';
import { auditBatch, type AuditableBatch } from './auditBatch.js';
import { createAuditReportBuilder, type AuditReportBuilder } from './auditReportBuilder.js';
import type { AuditSegmentsOptions } from './compileAuditor.js';
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
  const { builder, auditOptions, release } = summaryBuilder(maxExamples, reportWantsExample);
  try {
    if (chunk.kind === 'values' && chunk.textDocument) builder.sourceFormat('', 'text');
    return summarise(chunk, settings, builder, auditOptions);
  } finally {
    release();
  }
}

/** A summary builder kept for the next batch on this thread, and the callbacks the auditor is given. */
interface KeptSummary {
  maxExamples: number;
  builder: AuditReportBuilder;
  auditOptions: AuditSegmentsOptions;
  /** The caller's `reportWantsExample` for the batch being summarised (cleared after it: nothing of a report is held). */
  report: WantsExample | undefined;
  busy: boolean;
}

/**
 * This thread's summary builder, kept for the next batch with the same `maxExamples`: a new builder
 * per batch meant new `wantsExample`/`countContext` closures per batch, and each new closure
 * deoptimised the auditor's code optimised for the last (`buildFinding`, `auditSegments`: "wrong
 * call target" in `--trace-deopt`), once in every thread, each a recompile of its largest functions.
 */
let kept: KeptSummary | undefined;

function summaryBuilder(maxExamples: number, reportWantsExample: WantsExample | undefined) {
  let entry = kept;
  if (entry === undefined || entry.busy || entry.maxExamples !== maxExamples) {
    const builder = createAuditReportBuilder({ maxExamples });
    const own: KeptSummary = { maxExamples, builder, auditOptions: {}, report: undefined, busy: false };
    // With `reportWantsExample` (the report's own builder, holding only records before this batch),
    // examples the report could no longer take are never built: its lists only get harder to enter,
    // and an example below them is never among the report's.
    const wantsExample: WantsExample = (claimId, placement, score) =>
      builder.wantsExample(claimId, placement, score) && (own.report === undefined || own.report(claimId, placement, score));
    // Each record's findings are counted before the next is audited, so the auditor may reuse them.
    own.auditOptions = { wantsExample, onContextOnly: builder.countContext, reuseFindings: true };
    // A summary started while another runs (a callback auditing) gets a builder of its own.
    if (entry === undefined || !entry.busy) kept = own;
    entry = own;
  }
  const used = entry;
  used.busy = true;
  used.report = reportWantsExample;
  // Emptied once the batch is summarised (its snapshot keeps its own values), so nothing of it is held meanwhile.
  const release = () => {
    used.builder.reset();
    used.report = undefined;
    used.busy = false;
  };
  return { builder: used.builder, auditOptions: used.auditOptions, release };
}

function summarise(chunk: AuditableBatch, settings: LineChunkSettings, builder: AuditReportBuilder, auditOptions: AuditSegmentsOptions): ChunkSummary {
  const invalid: ChunkSummary['invalid'] = [];
  let index = 0;
  // One result object refilled per record: the builder copies what it keeps, never the object.
  const audited: AuditedRecord = { record: 0, source: '', line: 0, bytes: 0, verdict: 'none', claims: [] };
  // Named fields in a fixed order, not `{ ...settings, auditOptions }`: a spread copied whatever else
  // the caller's settings held, and the copies' changing shapes deoptimised auditLineChunk, auditJsonLine
  // and auditValue (`--trace-deopt`: "wrong map") a few batches in, in every thread, each a recompile.
  const batchSettings: LineChunkSettings = {
    auditor: settings.auditor,
    maxLineBytes: settings.maxLineBytes,
    getText: settings.getText,
    fields: settings.fields,
    includeData: settings.includeData,
    auditOptions,
  };
  const outcome = auditBatch(chunk, batchSettings, (r) => {
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
