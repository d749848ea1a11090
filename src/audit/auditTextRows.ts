import { NegationNeglectError, formatLocation } from '../errors.js';
import type { ChunkOutcome, LineChunkSettings, LineResult } from './auditLineChunk.js';
import { RecordBatch } from './recordBatch.js';
import { NULL_TEXT } from './textRowWriter.js';

/**
 * @internal Audits a chunk of text rows (`LineChunk.columns`, written by `TextRowWriter`): each row
 * becomes the record `{ [column]: value }` and is audited as the same row handed on as a value
 * would be (byte counts are its text's). Runs the same on this thread and in workers.
 *
 * @example
 * ```ts
 * const outcome = auditTextRows({ buffer, firstLine: 1, columns: ['text'], file: 'train.parquet' }, settings);
 * ```
 */
export function auditTextRows(
  chunk: { buffer: Uint8Array; firstLine: number; columns: readonly string[]; file?: string | undefined },
  settings: LineChunkSettings,
  onResult?: (result: LineResult) => void,
): ChunkOutcome {
  const buf = Buffer.isBuffer(chunk.buffer) ? chunk.buffer : Buffer.from(chunk.buffer.buffer, chunk.buffer.byteOffset, chunk.buffer.byteLength);
  const results: LineResult[] = [];
  const push = onResult ?? ((result: LineResult) => void results.push(result));
  let bytes = 0;
  const batch = new RecordBatch(settings, (result) => {
    bytes += result.bytes;
    push(result);
  });
  const { columns } = chunk;
  const n = columns.length;
  let at = 0;
  let line = chunk.firstLine;
  while (at < buf.length) {
    const row: Record<string, string | null> = {};
    for (let c = 0; c < n; c++) {
      if (at + 4 > buf.length) throw damaged(chunk.file, line);
      const length = buf.readInt32LE(at);
      at += 4;
      if (length === NULL_TEXT) {
        row[columns[c]!] = null;
        continue;
      }
      if (length < 0 || at + length > buf.length) throw damaged(chunk.file, line);
      row[columns[c]!] = buf.toString('utf8', at, at + length);
      at += length;
    }
    batch.addValue(row, line, -1);
    line++;
  }
  batch.flush();
  return { results, bytes, blankLines: 0, crlfLines: 0 };
}

/** The chunk was not written by `TextRowWriter` (a bug, not bad data: the reader wrote it); named by file and row. */
function damaged(file: string | undefined, line: number): NegationNeglectError {
  return new NegationNeglectError(`${formatLocation({ file, line })}the text rows chunk ends inside this row`, 'internal_error');
}
