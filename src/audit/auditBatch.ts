import { auditLineChunk, type ChunkOutcome, type LineChunkSettings, type LineResult } from './auditLineChunk.js';
import { RecordBatch } from './recordBatch.js';
import { auditTextRows } from './auditTextRows.js';
import type { LineChunk } from './readLineChunks.js';
import type { ValueBatch } from './readRecordBatches.js';

/** A unit of work for the audit stage: JSONL lines or a batch of other records. */
export type AuditableBatch = Pick<LineChunk, 'buffer' | 'firstLine' | 'endsWithNewline' | 'rows' | 'columns' | 'file'> & { kind?: 'chunk' } | ValueBatch;

/**
 * The audit stage for one batch (segments, scanner, verdicts): every record becomes a
 * {@link LineResult}, in order. Never throws for bad data. Runs the same on this thread and in
 * workers, which is what lets the worker pool run it for any input format.
 *
 * @example
 * ```ts
 * const outcome = auditBatch({ kind: 'values', items: [{ line: 1, bytes: 5, value: 'Hello' }], cloneable: true }, settings);
 * ```
 */
export function auditBatch(batch: AuditableBatch, settings: LineChunkSettings, onResult?: (result: LineResult) => void): ChunkOutcome {
  if (batch.kind !== 'values') return batch.columns === undefined ? auditLineChunk(batch, settings, onResult) : auditTextRows({ buffer: batch.buffer, firstLine: batch.firstLine, columns: batch.columns, file: batch.file }, settings, onResult);
  const results: LineResult[] = [];
  const each = onResult ?? ((result: LineResult) => void results.push(result));
  // The batch's bytes are its records' (an in-memory record's size is its text's, known once audited).
  let bytes = 0;
  const push = (result: LineResult) => {
    bytes += result.bytes;
    each(result);
  };
  // Records are audited a batch at a time (one automaton pass over their texts), results still in order.
  const records = new RecordBatch(settings, push);
  for (const item of batch.items) {
    if ('error' in item) records.addResult(item.field === undefined ? { line: item.line, bytes: item.bytes, error: item.error } : { ...item });
    else if ('text' in item) {
      let data: unknown;
      try {
        data = JSON.parse(item.text);
      } catch (error) {
        records.addResult({ line: item.line, bytes: item.bytes, error: `malformed JSON: ${(error as Error).message}` });
        continue;
      }
      records.addValue(data, item.line, item.bytes);
    } else records.addValue(item.value, item.line, item.bytes);
  }
  records.flush();
  return { results, bytes, blankLines: 0, crlfLines: 0 };
}
