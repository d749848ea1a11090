import type { AsyncBuffer, ColumnData, Compressors, FileMetaData, parquetRead } from 'hyparquet';
import { NegationNeglectError } from '../errors.js';
import type { TextArena } from './textArena.js';
import { NULL_TEXT } from './textRowWriter.js';
import { growInt32Array } from '../util/growInt32Array.js';

/** A span not written yet (every span must be written once the row group is read). */
const UNSET = -2;

/** What {@link TextColumnReader.read} asks hyparquet for: one row group's rows of some flat text columns. */
export interface TextColumnsRequest {
  file: AsyncBuffer;
  metadata: FileMetaData;
  columns: string[];
  rowStart: number;
  rowEnd: number;
  compressors: Compressors;
  /** Fetch only the pages of the rows asked for (a slice of a row group, see `rowGroupSlices`). */
  useOffsetIndex?: boolean;
}

/**
 * @internal Reads a row group's flat text columns (top-level UTF-8 columns, not lists or structs)
 * straight into spans: each value's start and end in the {@link TextArena}, row by row, column by
 * column (start -1: null), as `FlatRows` and `TextRowWriter` read them. No object is made per value
 * or per row. hyparquet hands each value's bytes to `stringFromBytes`, which places them in the
 * arena and returns a small integer (the value's number in this row group) instead of a string;
 * the column chunks (`onChunk`, as hyparquet decodes them) then hold those integers, which are
 * turned into spans. Building row objects (hyparquet's, then a span object per value) had cost
 * about as much CPU as hyparquet's own read of the column, and its garbage outlived young
 * collections.
 *
 * @example
 * ```ts
 * const reader = new TextColumnReader(arena);
 * const spans = await reader.read(parquetRead, { file, metadata, columns: ['text'], rowStart: 0, rowEnd: 100, compressors }, new Int32Array(0));
 * arena.bytes.toString('utf8', spans[0], spans[1]); // row 1's text (unless spans[0] is -1: null)
 * ```
 */
export class TextColumnReader {
  /** Start and end in the arena of each value parsed in the current row group, by its number. */
  private values = new Int32Array(2 * 4096);
  private count = 0;
  private readonly parsers: { stringFromBytes: (bytes: Uint8Array | undefined) => number | undefined };

  constructor(private readonly arena: TextArena) {
    this.parsers = { stringFromBytes: (bytes) => bytes && this.add(bytes) };
  }

  /**
   * The spans of the rows `rowStart` to `rowEnd` (one row group), in `reuse` when it is large
   * enough, else in a new array. The arena must have been reset for the row group by the caller.
   */
  async read(read: typeof parquetRead, request: TextColumnsRequest, reuse: Int32Array): Promise<Int32Array> {
    const { columns, rowStart, rowEnd } = request;
    const n = columns.length;
    const length = (rowEnd - rowStart) * n * 2;
    const spans = reuse.length >= length ? reuse : new Int32Array(length);
    spans.fill(UNSET, 0, length);
    this.count = 0;
    let fault: unknown;
    const onChunk = (chunk: ColumnData): void => {
      // hyparquet calls this from a promise whose rejections it swallows: a fault is kept and thrown after the read.
      if (fault !== undefined) return;
      try {
        this.place(chunk, columns, rowStart, rowEnd, spans);
      } catch (error) {
        fault = error;
      }
    };
    await read({ ...request, parsers: this.parsers as never, onChunk });
    if (fault !== undefined) throw fault;
    for (let at = 0; at < length; at += 2) {
      if (spans[at] === UNSET) throw new NegationNeglectError(`row ${rowStart + Math.floor(at / (2 * n)) + 1}, column \`${columns[(at / 2) % n]}\`: no value read`, 'internal_error');
    }
    return spans;
  }

  private add(bytes: Uint8Array): number {
    if (2 * this.count + 2 > this.values.length) this.values = growInt32Array(this.values);
    const start = this.arena.place(bytes);
    this.values[2 * this.count] = start;
    this.values[2 * this.count + 1] = start + bytes.length;
    return this.count++;
  }

  private place(chunk: ColumnData, columns: readonly string[], rowStart: number, rowEnd: number, spans: Int32Array): void {
    const c = columns.indexOf(chunk.columnName);
    if (c < 0) return;
    const n = columns.length;
    const data = chunk.columnData;
    const values = this.values;
    // A chunk may hold rows outside the ones asked for (hyparquet's pages): those are skipped.
    const from = Math.max(rowStart, chunk.rowStart);
    const to = Math.min(rowEnd, chunk.rowStart + data.length);
    for (let row = from; row < to; row++) {
      const value = data[row - chunk.rowStart];
      const at = ((row - rowStart) * n + c) * 2;
      if (typeof value === 'number') {
        spans[at] = values[2 * value]!;
        spans[at + 1] = values[2 * value + 1]!;
      } else if (value === null || value === undefined) spans[at] = NULL_TEXT;
      else throw new NegationNeglectError(`row ${row + 1}, column \`${chunk.columnName}\`: a ${typeof value} where text was expected`, 'internal_error');
    }
  }
}
