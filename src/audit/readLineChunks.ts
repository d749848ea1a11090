/**
 * Turns a stream of bytes into line-aligned chunks with constant memory: a chunk always ends
 * right after a newline (except the last one of a file without a final newline), so chunks can be
 * parsed independently, on this thread or in a worker. A line longer than `maxLineBytes` is never
 * buffered whole: its bytes are skipped and it is reported as an `oversize` event.
 */
import type { ChunkBuffers } from './chunkBuffers.js';

/** A run of complete lines. */
export interface LineChunk {
  kind: 'chunk';
  /** The bytes of whole lines (newlines included). */
  buffer: Uint8Array;
  /** 1-based line number of the first line in `buffer`. */
  firstLine: number;
  /** Number of lines in `buffer` (a last line without a newline counts as one). */
  lineCount: number;
  /** False only for the final chunk of a source whose last line has no newline. */
  endsWithNewline: boolean;
  /**
   * `buffer` is a view of one of the reader's `buffers` that nothing else reads: it goes back to
   * them once the chunk is audited.
   */
  pooled?: boolean;
  /**
   * Each line is one record's JSON written by the reader of another format (Parquet rows on their
   * way to a worker, see `rowBuffers` of `readParquetBatches`): a record's byte count is its text's, as when it is audited
   * as a value, and no line is held to `maxLineBytes`.
   */
  rows?: boolean;
  /**
   * With `rows`: the lines are not JSON but rows of these text columns, each value as its UTF-8 byte
   * length (4 bytes, little-endian; -1 for null) and its bytes (see `TextRowWriter`); each row is
   * the record `{ [column]: value }`.
   */
  columns?: string[];
  /** With `columns`: the file the rows were read from, as messages name it (its label). */
  file?: string;
}

/** A line longer than `maxLineBytes`, skipped without buffering it. */
export interface OversizeLine {
  kind: 'oversize';
  line: number;
  /** Bytes seen for that line (the line may have been cut by the end of the input). */
  bytes: number;
  /** The input ended before the line's newline. */
  truncated: boolean;
}

export type LineChunkEvent = LineChunk | OversizeLine;

/** What the reader learned about the whole input (filled while iterating). */
export interface LineChunkStats {
  /** Bytes read, BOM included. */
  bytes: number;
  /** The input started with a UTF-8 byte order mark (it is stripped). */
  bom: boolean;
}

const NEWLINE = 10;

/** Counts `\n` bytes. */
export function countNewlines(buffer: Uint8Array): number {
  let count = 0;
  let at = buffer.indexOf(NEWLINE);
  while (at !== -1) {
    count++;
    at = buffer.indexOf(NEWLINE, at + 1);
  }
  return count;
}

/**
 * Reads `input` and yields line-aligned chunks. Memory stays bounded by the size of the input's own
 * chunks plus at most `maxLineBytes` for an unfinished line.
 */
export async function* readLineChunks(
  input: AsyncIterable<Uint8Array | string>,
  options: {
    maxLineBytes: number;
    stats: LineChunkStats;
    signal?: AbortSignal | undefined;
    /** Input buffers taken from these (a read or decoded output) are handed over: their chunks are marked `pooled`. */
    buffers?: Pick<ChunkBuffers, 'owns'> | undefined;
    /** Number of the input's first line (a share of a file that starts further in; no BOM is looked for then). */
    firstLine?: number;
  },
): AsyncGenerator<LineChunkEvent> {
  const { maxLineBytes, stats } = options;
  let carry: Uint8Array[] = [];
  let carryBytes = 0;
  let line = options.firstLine ?? 1;
  let first = line === 1;
  let skipping = false;
  let skipLine = 0;
  let skipBytes = 0;

  for await (const raw of input) {
    if (options.signal?.aborted) return;
    let buf: Uint8Array = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    if (buf.length === 0) continue;
    stats.bytes += buf.length;
    if (first) {
      first = false;
      // A BOM split across reads is not worth handling: OS reads are far larger than 3 bytes.
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        stats.bom = true;
        buf = buf.subarray(3);
      }
    }
    if (skipping) {
      const nl = buf.indexOf(NEWLINE);
      if (nl === -1) {
        skipBytes += buf.length;
        continue;
      }
      skipBytes += nl;
      yield { kind: 'oversize', line: skipLine, bytes: skipBytes, truncated: false };
      skipping = false;
      line = skipLine + 1;
      buf = buf.subarray(nl + 1);
    }
    const lastNl = buf.lastIndexOf(NEWLINE);
    if (lastNl === -1) {
      carry.push(buf);
      carryBytes += buf.length;
      if (carryBytes > maxLineBytes) {
        // Drop what we hold of this line and skip to its end.
        skipping = true;
        skipLine = line;
        skipBytes = carryBytes;
        carry = [];
        carryBytes = 0;
      }
      continue;
    }
    let head = buf.subarray(0, lastNl + 1);
    if (carryBytes > 0) {
      // Finish the carried line as its own small chunk rather than copying the whole read behind it.
      const firstNl = head.indexOf(NEWLINE);
      const joined = Buffer.concat([...carry, head.subarray(0, firstNl + 1)]);
      yield { kind: 'chunk', buffer: joined, firstLine: line, lineCount: 1, endsWithNewline: true };
      line++;
      head = head.subarray(firstNl + 1);
    }
    const rest = buf.subarray(lastNl + 1);
    // Copy the tail: `buf` may be reused by the reader (or given back with the chunk), and the carry must outlive it.
    carry = rest.length > 0 ? [Uint8Array.prototype.slice.call(rest)] : [];
    carryBytes = rest.length;
    if (head.length > 0) {
      const lineCount = countNewlines(head);
      // The tail was copied above (and a carried line joined into a new buffer), so nothing else reads this memory.
      yield { kind: 'chunk', buffer: head, firstLine: line, lineCount, endsWithNewline: true, ...(options.buffers?.owns(head.buffer) ? { pooled: true } : {}) };
      line += lineCount;
    }
  }
  if (skipping) {
    yield { kind: 'oversize', line: skipLine, bytes: skipBytes, truncated: true };
  } else if (carryBytes > 0) {
    const chunk = carry.length === 1 ? carry[0]! : Buffer.concat(carry);
    yield { kind: 'chunk', buffer: chunk, firstLine: line, lineCount: 1, endsWithNewline: false };
  }
}
