import { extname } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { readLineChunks, countNewlines, type LineChunk, type LineChunkStats, type OversizeLine } from './readLineChunks.js';
import { readJsonArray } from './readJsonArray.js';
import { firstBadByte } from './auditLineChunk.js';
import type { DatasetFormat } from './datasetSource.js';
import type { ChunkBuffers } from './chunkBuffers.js';
import { oversizeReason } from './oversizeReason.js';

/**
 * One record handed to the audit stage: JSON text still to parse (a JSON-array element), a value
 * (a Parquet row, an in-memory record or document), or a record that could not be read.
 */
export type RecordItem =
  | { line: number; bytes: number; text: string }
  | { line: number; bytes: number; value: unknown }
  | { line: number; bytes: number; error: string; field?: string };

/** Records that are not JSONL lines, audited as one unit of work. */
export interface ValueBatch {
  kind: 'values';
  items: RecordItem[];
  /** Every value is plain data (structured-cloneable), so a worker may audit the batch. */
  cloneable: boolean;
  /** A plain-text document: examples are located at their sentence's line, not the record's. */
  textDocument?: boolean;
}

/**
 * What the record-reader stage yields: a run of JSONL lines (parsed where it is audited, on this
 * thread or a worker), a line too long to audit, or a batch of other records.
 */
export type RecordBatch = LineChunk | OversizeLine | ValueBatch;

/** What a reader learned about its source (filled while iterating). */
export interface ReaderStats extends LineChunkStats {
  /** Lines ending in CRLF, for a text document (JSONL counts them where lines are audited). */
  crlfLines: number;
}

/** Options of {@link readRecordBatches}. */
export interface RecordReaderOptions {
  format: Exclude<DatasetFormat, 'auto' | 'parquet'>;
  maxLineBytes: number;
  /** Records per value batch (JSON arrays). */
  batchRecords?: number;
  signal?: AbortSignal | undefined;
  /** Input chunks taken from these are handed over: JSONL chunks of them are marked `pooled` (given back once audited). */
  buffers?: ChunkBuffers | undefined;
  /** Number of the first line (JSONL read from a line range of a file). */
  firstLine?: number;
}

const BATCH_RECORDS = 256;

/**
 * The record-reader stage for byte inputs: JSONL as line-aligned chunks, a JSON array as batches
 * of elements, a text file as one document.
 *
 * @example
 * ```ts
 * const stats = { bytes: 0, bom: false, crlfLines: 0 };
 * for await (const batch of readRecordBatches(bytes, { format: 'jsonl', maxLineBytes: 1 << 24 }, stats)) console.log(batch.kind);
 * ```
 */
export async function* readRecordBatches(
  bytes: AsyncIterable<Uint8Array>,
  options: RecordReaderOptions,
  stats: ReaderStats,
): AsyncGenerator<RecordBatch> {
  const { maxLineBytes, signal } = options;
  if (options.format === 'jsonl') {
    yield* readLineChunks(bytes, {
      maxLineBytes,
      stats,
      signal,
      ...(options.buffers ? { buffers: options.buffers } : {}),
      ...(options.firstLine !== undefined ? { firstLine: options.firstLine } : {}),
    });
    return;
  }
  const plain = stripBom(bytes, stats);
  if (options.format === 'json') {
    const size = options.batchRecords ?? BATCH_RECORDS;
    let items: RecordItem[] = [];
    for await (const item of readJsonArray(plain, { maxRecordBytes: maxLineBytes, signal })) {
      items.push(item);
      if (items.length >= size) {
        yield { kind: 'values', items, cloneable: true };
        items = [];
      }
    }
    if (items.length > 0) yield { kind: 'values', items, cloneable: true };
    return;
  }
  const doc = await readTextDocument(plain, maxLineBytes);
  if (doc.bytes === 0) return;
  stats.crlfLines = doc.crlfLines;
  if (doc.text === undefined) {
    yield { kind: 'values', items: [{ line: doc.errorLine, bytes: doc.bytes, error: doc.error }], cloneable: true };
  } else if (doc.text.trim() !== '') {
    yield { kind: 'values', items: [{ line: 1, bytes: doc.bytes, value: doc.text }], cloneable: true, textDocument: true };
  }
}

/**
 * The reader for in-memory sources (iterables, object-mode streams): batches of their values, as
 * they come. Strings are documents; anything else a record.
 */
export async function* readValueBatches(
  values: Iterable<unknown> | AsyncIterable<unknown>,
  options: { batchRecords?: number; signal?: AbortSignal | undefined },
): AsyncGenerator<ValueBatch> {
  const size = options.batchRecords ?? BATCH_RECORDS;
  let items: RecordItem[] = [];
  let position = 0;
  for await (const value of values) {
    if (options.signal?.aborted) return;
    position++;
    // Unknown size for objects: the audit stage counts their text instead.
    const bytes = typeof value === 'string' ? Buffer.byteLength(value) : -1;
    items.push({ line: position, bytes, value });
    // In-memory records may hold anything (functions, class instances): audited on this thread.
    if (items.length >= size) {
      yield { kind: 'values', items, cloneable: false };
      items = [];
    }
  }
  if (items.length > 0) yield { kind: 'values', items, cloneable: false };
}

/** File name endings that name a compression, stripped before the format is read from the extension. */
const COMPRESSION_EXT = /\.(gz|gzip|zst|zstd)$/i;

/**
 * Picks how to parse decoded bytes: Parquet by its magic (`PAR1`), then the extension (compression
 * suffix removed): `.jsonl`/`.ndjson` JSONL, `.txt`/`.md` plain text, `.parquet`; else the first
 * non-blank byte (`[` a JSON array, `{` JSONL, anything else plain text).
 */
export function detectFormat(label: string, requested: DatasetFormat, head: Uint8Array): Exclude<DatasetFormat, 'auto'> {
  if (requested !== 'auto') return requested;
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31) return 'parquet';
  const ext = extname(label.replace(COMPRESSION_EXT, '')).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return 'text';
  if (ext === '.parquet') return 'parquet';
  const first = firstSignificantByte(head);
  if (first === 0x5b) return 'json';
  if (first === 0x7b || ext === '.json') return 'jsonl';
  return 'text';
}

function firstSignificantByte(buf: Uint8Array): number | undefined {
  let i = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  for (; i < buf.length; i++) {
    const c = buf[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
  }
  return undefined;
}

async function* stripBom(input: AsyncIterable<Uint8Array>, stats: LineChunkStats): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of input) {
    stats.bytes += chunk.length;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        stats.bom = true;
        yield chunk.subarray(3);
        continue;
      }
    }
    yield chunk;
  }
}

/** Reads a whole plain-text document, refusing (without buffering) one over `maxBytes`. */
async function readTextDocument(
  input: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<{ bytes: number; text?: string; error: string; errorLine: number; crlfLines: number }> {
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  let over = false;
  for await (const chunk of input) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      over = true;
      pieces.length = 0;
    }
    if (!over) pieces.push(chunk);
  }
  if (over) return { bytes, error: oversizeReason('document', bytes, maxBytes), errorLine: 1, crlfLines: 0 };
  const buf = Buffer.concat(pieces);
  if (!isUtf8(buf)) {
    // The whole document is one record, but the message says where the bad byte is.
    const at = firstBadByte(buf);
    const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
    const line = countNewlines(buf.subarray(0, at)) + 1;
    return { bytes, error: `invalid UTF-8 at line ${line}, byte ${at - lineStart} of that line`, errorLine: line, crlfLines: 0 };
  }
  const text = buf.toString('utf8');
  const crlfLines = text.split('\r\n').length - 1;
  return { bytes, text, error: '', errorLine: 0, crlfLines };
}
