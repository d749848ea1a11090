import type { ChunkBuffers } from './chunkBuffers.js';
import type { LineChunk } from './readLineChunks.js';

/** Length written for a null value (as a signed 32-bit integer). */
export const NULL_TEXT = -1;

/**
 * @internal Rows whose columns are all text (or null) written into one of the audit's reused
 * buffers as UTF-8 bytes, each value after its byte length (4 bytes, little-endian; -1 for null),
 * row after row, column after column: the chunk form of `LineChunk.columns`, read back by
 * `auditTextRows`. Parquet rows go to a worker this way: the reader copies bytes it already holds
 * (no string is made on the reading thread) and the worker decodes each value once, where rows
 * written as JSON lines cost a `JSON.stringify` here and a `JSON.parse` there.
 *
 * @example
 * ```ts
 * const rows = new TextRowWriter(buffers, 1, ['text'], 'train.parquet');
 * rows.add(source, [0, 5]); // the row { text: <bytes 0-5 of source> }
 * const chunk = rows.done(); // { kind: 'chunk', columns: ['text'], lineCount: 1, ... }
 * ```
 */
export class TextRowWriter {
  private readonly buffer: Buffer;
  private used = 0;
  private count = 0;
  /** Bytes of `source` not copied yet, from `runStart` to `runEnd`, to go at `runAt` (see {@link add}). */
  private source: Uint8Array | undefined;
  private runStart = -8;
  private runEnd = -8;
  private runAt = 0;

  constructor(
    private readonly buffers: ChunkBuffers,
    private readonly firstLine: number,
    readonly columns: readonly string[],
    private readonly file: string,
  ) {
    this.buffer = buffers.take();
  }

  /**
   * Writes one row: its values are `source`'s bytes from `spans[at + 2c]` to `spans[at + 2c + 1]`
   * for column c (start -1: null). False, with nothing written, when the row does not fit. The
   * bytes may be copied only at {@link flush} or {@link done}: `source` must not change until then.
   */
  add(source: Uint8Array, spans: ArrayLike<number>, at = 0): boolean {
    const n = this.columns.length;
    let size = 4 * n;
    for (let c = 0; c < n; c++) {
      const start = spans[at + 2 * c]!;
      if (start !== NULL_TEXT) size += spans[at + 2 * c + 1]! - start;
    }
    if (this.used + size > this.buffer.length) return false;
    if (source !== this.source) this.flush();
    for (let c = 0; c < n; c++) {
      const start = spans[at + 2 * c]!;
      if (start === NULL_TEXT) {
        this.flush();
        this.buffer.writeInt32LE(NULL_TEXT, this.used);
        this.used += 4;
        continue;
      }
      const end = spans[at + 2 * c + 1]!;
      const length = end - start;
      // A value that follows the last one in `source` with its length just before it (as a Parquet
      // page's PLAIN values lie) extends one copy instead of starting its own: a native copy per
      // value cost more than the bytes it moved.
      if (start - 4 === this.runEnd && readLength(source, start - 4) === length) this.runEnd = end;
      else {
        this.flush();
        this.buffer.writeInt32LE(length, this.used);
        this.runStart = start;
        this.runEnd = end;
        this.runAt = this.used + 4;
        this.source = source;
      }
      this.used += 4 + length;
    }
    this.count++;
    return true;
  }

  /** Copies the bytes still to copy (before `source` changes). */
  flush(): void {
    if (this.runEnd > this.runStart) this.buffer.set(this.source!.subarray(this.runStart, this.runEnd), this.runAt);
    this.runStart = this.runEnd = -8;
    this.source = undefined;
  }

  /** The chunk of the rows written (undefined, and the buffer given back, when there are none). */
  done(): LineChunk | undefined {
    this.flush();
    if (this.count === 0) {
      this.buffers.give(this.buffer.buffer);
      return undefined;
    }
    return {
      kind: 'chunk',
      buffer: this.buffer.subarray(0, this.used),
      firstLine: this.firstLine,
      lineCount: this.count,
      endsWithNewline: true,
      pooled: true,
      rows: true,
      columns: [...this.columns],
      file: this.file,
    };
  }
}

/** The little-endian 32-bit integer at `at` (-1 when it is not inside `bytes`). */
function readLength(bytes: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > bytes.length) return -1;
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}
