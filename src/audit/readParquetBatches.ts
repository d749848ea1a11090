import { open, type FileHandle } from 'node:fs/promises';
import type { AsyncBuffer } from 'hyparquet';
import { InputError } from '../errors.js';
import type { RecordItem, ValueBatch } from './readRecordBatches.js';
import type { RecordFields } from './recordSegments.js';
import type { LineChunk } from './readLineChunks.js';
import type { ChunkBuffers } from './chunkBuffers.js';
import { snappyUncompress } from './snappyUncompress.js';
import { TextRowWriter } from './textRowWriter.js';
import { TextArena, TextSpan } from './textArena.js';
import { TextColumnReader } from './textColumnReader.js';
import { rowGroupSlices } from './rowGroupSlices.js';

/** Options of {@link readParquetBatches}. */
export interface ParquetReaderOptions {
  /** Name used in messages (the file's path). */
  label: string;
  /** Which columns hold the text (dotted paths into struct columns allowed). */
  fields?: RecordFields | undefined;
  /** Most rows per batch handed to the audit stage (a batch also ends at about 1 MiB of text); a function is asked per batch. */
  batchRecords?: number | (() => number);
  signal?: AbortSignal | undefined;
  /** Called as row groups are read: the share of the file's rows read so far (0..1). */
  onRowsRead?: (fraction: number) => void;
  /**
   * Asked per batch, with whether its rows are text rows (every column read is text or null): while
   * it gives buffers, rows are written into them and handed on as chunks (`rows: true`, `pooled:
   * true`), as a JSONL file's reads are, instead of as values. Text rows are worth it on any thread
   * (a batch of 1 MiB of text instead of 256 rows, no object per row until audited: a one-thread
   * audit of 10 MB of dense Parquet, 1.2% and 4.1% fewer instructions in two cachegrind runs);
   * JSON lines only for batches that
   * may go to a worker: shared memory crosses without a copy where values are
   * structured-cloned, a batch holds about 1 MiB of text instead of 1024 rows (fewer summaries
   * waiting in the caller's heap), and no batch's strings wait in the window (240 MB of dense
   * Parquet on two threads: peak RSS 232 -> 211 MiB, mean of 3 runs). Rows of text columns only
   * are copied in as bytes (`columns`, see `TextRowWriter`): no string is made on this thread, and
   * the worker parses no JSON (60 MB of dense Parquet on two threads: 3.2-3.4 -> 2.8-3.1 s of CPU).
   * Other rows go as one JSON line each; a row JSON cannot carry exactly (a BigInt, a `Date`,
   * bytes, `undefined`) still goes as a value, as does a row longer than a buffer.
   */
  rowBuffers?: (textRows: boolean) => ChunkBuffers | undefined;
  /** @internal Text read into the arena at a time, in bytes (default 1 MiB; see `rowGroupSlices`). */
  sliceBytes?: number;
}

/** Column names the built-in record shapes read (see `recordSegments`). */
const TEXT_COLUMNS = ['text', 'content', 'messages', 'system', 'prompt', 'completion'];

const BATCH_RECORDS = 256;
/** A batch ends once its rows hold this much text: about a JSONL chunk's worth of work. */
const BATCH_TEXT_BYTES = 1024 * 1024;
/** Text read into the arena at a time (a slice of a row group's pages, see `rowGroupSlices`). */
const SLICE_TEXT_BYTES = 1024 * 1024;

/**
 * The record reader for Parquet: one row group at a time (memory bounded by a row group's text
 * columns, not the file; by a slice of about 1 MiB of its pages where the file's offset index
 * allows, see `rowGroupSlices`), only the columns that hold text, rows as objects (`{ text }`,
 * `{ messages }`, struct columns as nested objects) numbered from 1 (`file#row`).
 *
 * A row group's strings are kept as bytes in one reused buffer ({@link TextArena}) and become
 * JavaScript strings only batch by batch, as they are handed on. Held as strings, a row group
 * (often megabytes) outlived several young-generation collections while its batches were audited,
 * so every row group was promoted to the old generation as garbage: the heap grew to its limit and
 * a 1 GB audit peaked at 232 MiB of RSS (JSONL, whose strings die young: 186 MiB).
 *
 * Uses hyparquet (pure JavaScript, no native or WebAssembly build; codecs from
 * hyparquet-compressors): see docs/audit.md for the measurements behind the choice.
 *
 * @example
 * ```ts
 * for await (const batch of readParquetBatches('data/train-00000-of-00002.parquet', { label: 'train' })) console.log(batch.items.length);
 * ```
 */
export async function* readParquetBatches(path: string, options: ParquetReaderOptions): AsyncGenerator<ValueBatch | LineChunk> {
  try {
    yield* readRowGroups(path, options);
  } catch (error) {
    if (InputError.isInstance(error)) throw error;
    // hyparquet throws plain errors for damaged files (bad footer, unknown codec, short read).
    throw new InputError(`cannot read Parquet: ${(error as Error).message}`, { file: options.label }, { cause: error });
  }
}

async function* readRowGroups(path: string, options: ParquetReaderOptions): AsyncGenerator<ValueBatch | LineChunk> {
  const { parquetMetadataAsync, parquetRead, parquetReadObjects, parquetSchema } = await import('hyparquet');
  const { compressors: codecs } = await import('hyparquet-compressors');
  const file = await ParquetFile.open(path, options.label);
  try {
    const metadata = await parquetMetadataAsync(file.fresh);
    const schema = parquetSchema(metadata);
    const names = schema.children.map((c) => c.element.name);
    const wanted = [options.fields?.textField, options.fields?.messagesField].filter((f): f is string => f !== undefined).map((f) => f.split('.')[0]!);
    const columns = wanted.length > 0 ? [...new Set(wanted)] : TEXT_COLUMNS.filter((c) => names.includes(c));
    const missing = columns.filter((c) => !names.includes(c));
    if (columns.length === 0 || missing.length > 0) {
      const what = missing.length > 0 ? `no column ${missing.map((c) => `\`${c}\``).join(', ')}` : 'no text column (text, content, messages, prompt, completion)';
      throw new InputError(`${what}; the file has columns ${names.map((c) => `\`${c}\``).join(', ')}; choose one with textField / messagesField (--text-field, --messages-field)`, { file: options.label });
    }
    // Snappy pages (the usual codec) are decompressed into the text arena when every column read is
    // text: a fresh buffer per page (hysnappy's) is garbage outside the heap, and V8 lets up to 64 MiB
    // of it wait for a collection (1 GB of dense Parquet on one thread: 54 MiB of dead pages at the
    // peak). The arena keeps a row group's pages, so a string's bytes stay where they were decompressed
    // (no copy per value) until the next row group. Only when every column read is text, since
    // hyparquet may keep views of a page for numbers beyond the row group. The decoder is ours
    // (snappyUncompress.ts: native copies, 0.8 ms/MB of CPU against hyparquet's byte loop's 1.3 and
    // hysnappy's WebAssembly's 0.7 with a fresh copy).
    const arena = new TextArena();
    const chosen = schema.children.filter((c) => columns.includes(c.element.name));
    const textOnly = chosen.every(stringLeaves);
    // Top-level text columns (the usual `text`) are read straight into spans, with no object per
    // value or row (see `TextColumnReader`); lists and structs are assembled by hyparquet as rows.
    const columnReader = textOnly && chosen.every((c) => c.children.length === 0 && c.element.repetition_type !== 'REPEATED') ? new TextColumnReader(arena) : undefined;
    const compressors = !textOnly
      ? codecs
      : {
          ...codecs,
          SNAPPY: (input: Uint8Array, length: number) => {
            const out = arena.reserve(length);
            snappyUncompress(input, out);
            return out;
          },
        };
    const batchRecords = options.batchRecords ?? BATCH_RECORDS;
    let size = typeof batchRecords === 'function' ? batchRecords() : batchRecords;
    const total = Number(metadata.num_rows);
    // hyparquet hands each UTF-8 value's bytes (a view of the decompressed page) to this parser.
    const parsers = { stringFromBytes: (bytes: Uint8Array | undefined) => bytes && arena.add(bytes) };
    let spans: Int32Array = new Int32Array(0);
    let rowStart = 0;
    // Rows as values (`items`), or written into `out` (see `rowBuffers`); a batch is one or the other.
    let items: RecordItem[] = [];
    let textBytes = 0;
    let out: RowLines | TextRowWriter | undefined;
    for (const group of metadata.row_groups) {
      if (options.signal?.aborted) return;
      // Top-level text columns are read a slice of pages at a time (see `rowGroupSlices`): the arena
      // then holds about SLICE_TEXT_BYTES of text instead of the whole row group.
      const groupStart = rowStart;
      const ends = columnReader ? await rowGroupSlices(file.fresh, group, columns, options.sliceBytes ?? SLICE_TEXT_BYTES) : [Number(group.num_rows)];
      // A row group read in slices needs its offset index to find each slice's pages.
      const sliced = ends.length > 1;
      for (const end of ends) {
        if (options.signal?.aborted) return;
        const rowEnd = groupStart + end;
        arena.reset(); // every span of the previous read was turned into a string or copied before it was handed on
        let rows: Record<string, unknown>[] = [];
        let flat: FlatRows | undefined;
        try {
          if (columnReader) {
            spans = await columnReader.read(parquetRead, { file: file.reused, metadata, columns, rowStart, rowEnd, compressors, ...(sliced ? { useOffsetIndex: true } : {}) }, spans);
            flat = new FlatRows(columns, spans);
          } else rows = await parquetReadObjects({ file: textOnly ? file.reused : file.fresh, metadata, columns, rowStart, rowEnd, compressors, parsers: parsers as never });
          file.release();
        } catch (error) {
          // Rows read before a damaged row group are still audited (and then the fault reported).
          const chunk = out?.done();
          out = undefined;
          if (chunk) yield chunk;
          throw error;
        }
        // Rows of text columns only are kept as offsets into the arena (read so, or hyparquet's objects
        // let go of before any batch is audited: see `FlatRows`); other rows as they are handed on.
        flat ??= FlatRows.from(rows, spans);
        if (flat) spans = flat.spans;
        const count = columnReader ? rowEnd - rowStart : rows.length;
        if (flat) rows = [];
        for (let i = 0; i < count; i++) {
          const line = rowStart + i + 1;
          // Flat rows go on as text rows without becoming strings on this thread (see `TextRowWriter`).
          if (flat && out instanceof TextRowWriter && out.add(arena.bytes, flat.spans, flat.at(i))) continue;
          const before = arena.taken;
          let value: unknown;
          if (!flat) {
            value = arena.materialize(rows[i]);
            // Let go of the row as it is handed on: its strings must die young (see above).
            rows[i] = undefined as never;
            if (out instanceof RowLines && out.add(value, arena.plain)) continue;
          }
          // Full, or a row this chunk cannot carry: the rows so far go on, and this row starts a new batch.
          const chunk = out?.done();
          out = undefined;
          if (chunk) yield chunk;
          const buffers = flat || arena.plain ? options.rowBuffers?.(flat !== undefined) : undefined;
          if (buffers) {
            const added = flat
              ? (out = new TextRowWriter(buffers, line, flat.columns, options.label)).add(arena.bytes, flat.spans, flat.at(i))
              : (out = new RowLines(buffers, line)).add(value, true);
            if (added) {
              // Values read before go on first, in order.
              if (items.length > 0) {
                yield { kind: 'values', items, cloneable: true };
                items = [];
                textBytes = 0;
              }
              continue;
            }
            out.done();
            out = undefined;
          }
          if (flat) value = flat.row(i, arena);
          // Byte counts are the rows' text (the audit stage measures it when given -1).
          items.push({ line, bytes: -1, value });
          textBytes += arena.taken - before;
          if (items.length >= size || textBytes >= BATCH_TEXT_BYTES) {
            yield { kind: 'values', items, cloneable: true };
            items = [];
            textBytes = 0;
            if (typeof batchRecords === 'function') size = batchRecords();
          }
        }
        // Text rows copy the arena's bytes lazily: all of them before the next read into it.
        if (out instanceof TextRowWriter) out.flush();
        rowStart = rowEnd;
        options.onRowsRead?.(total > 0 ? rowStart / total : 1);
      }
      // Rows handed on as values hold strings, not spans: their batch ends with the row group, as before.
      if (items.length > 0) {
        yield { kind: 'values', items, cloneable: true };
        items = [];
        textBytes = 0;
      }
    }
    const chunk = out?.done();
    if (chunk) yield chunk;
  } finally {
    await file.close();
  }
}

/** ES2024's resizable `ArrayBuffer` (Node 20 has it; this TypeScript target's lib does not declare it). */
type ResizableArrayBuffer = ArrayBuffer & { resize(length: number): void };
/** Longest slice read into a reused buffer. */
const MAX_LENT_BYTES = 256 * 1024 * 1024;
type ResizableArrayBufferConstructor = new (length: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

/**
 * The file as hyparquet's `AsyncBuffer`, read through one handle with one read per slice (hyparquet's
 * own reads through a stream: 64 KiB pieces, then a joined copy). `reused` lends slices from a few
 * resizable buffers that {@link release} takes back once a row group is read: a fresh buffer per
 * row group is garbage outside the heap that waits for a collection (two threads on 1 GB of dense
 * Parquet: 20-35 MiB of it on the calling thread). Only for text columns, whose values hyparquet's
 * parser copies out (into the arena); the footer is read with `fresh` buffers.
 */
class ParquetFile {
  private readonly lent: ResizableArrayBuffer[] = [];
  private lending = 0;
  readonly fresh: AsyncBuffer;
  readonly reused: AsyncBuffer;

  private constructor(
    private readonly handle: FileHandle,
    readonly byteLength: number,
    private readonly label: string,
  ) {
    this.fresh = { byteLength, slice: (start, end) => this.read(new ArrayBuffer((end ?? byteLength) - start), start) };
    this.reused = { byteLength, slice: (start, end) => this.read(this.lend((end ?? byteLength) - start), start) };
  }

  static async open(path: string, label: string): Promise<ParquetFile> {
    const handle = await open(path, 'r');
    try {
      return new ParquetFile(handle, (await handle.stat()).size, label);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Every slice lent so far may be lent again. */
  release(): void {
    this.lending = 0;
  }

  close(): Promise<void> {
    return this.handle.close();
  }

  private lend(length: number): ArrayBuffer {
    // A slice must be exactly as long as asked: resizable buffers, up to the file's size or 256 MiB
    // (address space is reserved up front, memory is used as written); longer slices are fresh.
    const max = Math.min(Math.max(1, this.byteLength), MAX_LENT_BYTES);
    if (length > max) return new ArrayBuffer(length);
    let buffer = this.lent[this.lending];
    if (!buffer) {
      try {
        buffer = new (ArrayBuffer as unknown as ResizableArrayBufferConstructor)(0, { maxByteLength: max });
      } catch {
        return new ArrayBuffer(length);
      }
      if (typeof buffer.resize !== 'function') return new ArrayBuffer(length);
      this.lent[this.lending] = buffer;
    }
    this.lending++;
    buffer.resize(length);
    return buffer;
  }

  private async read(buffer: ArrayBuffer, position: number): Promise<ArrayBuffer> {
    const bytes = new Uint8Array(buffer);
    for (let at = 0; at < bytes.length; ) {
      const { bytesRead } = await this.handle.read(bytes, at, bytes.length - at, position + at);
      if (bytesRead === 0) throw new InputError(`cannot read Parquet: the file ends at byte ${position + at}, inside a slice the metadata names`, { file: this.label });
      at += bytesRead;
    }
    return buffer;
  }
}

/** A schema node whose every leaf is a byte array hyparquet hands to `stringFromBytes` (plain, UTF8 or STRING). */
function stringLeaves(node: { element: { type?: string; converted_type?: string; logical_type?: { type: string } }; children: unknown[] }): boolean {
  const { type, converted_type: converted, logical_type: logical } = node.element;
  if (logical && (logical.type === 'VARIANT' || logical.type === 'FILE')) return false;
  if (node.children.length > 0) return (node.children as (typeof node)[]).every(stringLeaves);
  return type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8') && (logical === undefined || logical.type === 'STRING');
}

/** Rows written as one JSON line each into a buffer of the audit's reused ones. */
class RowLines {
  private readonly buffer: Buffer;
  private used = 0;
  private count = 0;

  constructor(
    private readonly buffers: ChunkBuffers,
    private readonly firstLine: number,
  ) {
    this.buffer = buffers.take();
  }

  /** Writes the row; false (nothing written) when it is not `plain` JSON data or does not fit. */
  add(value: unknown, plain: boolean): boolean {
    if (!plain) return false;
    const json = JSON.stringify(value);
    const room = this.buffer.length - this.used - 1;
    // At most 3 bytes per UTF-16 unit: counted only when that bound does not fit.
    if (json.length * 3 > room && Buffer.byteLength(json) > room) return false;
    this.used += this.buffer.write(json, this.used);
    this.buffer[this.used++] = 10;
    this.count++;
    return true;
  }

  /** The chunk of the rows written (undefined, and the buffer given back, when there are none). */
  done(): LineChunk | undefined {
    if (this.count === 0) {
      this.buffers.give(this.buffer.buffer);
      return undefined;
    }
    return { kind: 'chunk', buffer: this.buffer.subarray(0, this.used), firstLine: this.firstLine, lineCount: this.count, endsWithNewline: true, pooled: true, rows: true };
  }
}

/**
 * A row group whose rows are all `{ column: string | null, ... }` with the same columns (a `text`
 * column, say), held as offsets into the arena: two numbers per value instead of hyparquet's row
 * object and span object. hyparquet returns a row group as one array of rows, a large object (in
 * the old generation from birth), which kept every row and span alive while the group's batches
 * were audited: they outlived two young-generation collections and were promoted as garbage, about
 * 7 MB per row group of the dense corpus, so a full collection came every second and the heap grew
 * to 4x its live size before each (1 GB on one thread: peak RSS 196-217 MiB). Top-level text
 * columns are now read into offsets directly (`TextColumnReader`), with no row or span objects at
 * all; rows hyparquet assembles (text in structs, say) are turned into offsets by {@link from}.
 */
class FlatRows {
  constructor(
    readonly columns: string[],
    /** Start and end of each value in the arena, row by row, column by column (-1: null); reused for the next row group. */
    readonly spans: Int32Array,
  ) {}

  /** The rows as offsets (into `spans`, or a larger array when it is too small), or undefined when they are not all flat text. */
  static from(rows: Record<string, unknown>[], reuse: Int32Array): FlatRows | undefined {
    const first = rows[0];
    if (!first || Object.getPrototypeOf(first) !== Object.prototype) return undefined;
    const columns = Object.keys(first);
    const n = columns.length;
    const spans = reuse.length >= rows.length * n * 2 ? reuse : new Int32Array(rows.length * n * 2);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (Object.getPrototypeOf(row) !== Object.prototype) return undefined;
      let c = 0;
      for (const key in row) {
        if (c >= n || key !== columns[c]) return undefined;
        const value = row[key];
        const at = (r * n + c) * 2;
        if (value instanceof TextSpan) {
          spans[at] = value.start;
          spans[at + 1] = value.end;
        } else if (value === null) spans[at] = -1;
        else return undefined;
        c++;
      }
      if (c !== n) return undefined;
    }
    return new FlatRows(columns, spans);
  }

  /** Where row `r`'s spans start in {@link spans}. */
  at(r: number): number {
    return r * this.columns.length * 2;
  }

  /** Row `r` as a fresh object, as {@link TextArena.materialize} makes it. */
  row(r: number, arena: TextArena): Record<string, unknown> {
    const n = this.columns.length;
    const out: Record<string, unknown> = {};
    for (let c = 0; c < n; c++) {
      const at = (r * n + c) * 2;
      const start = this.spans[at]!;
      out[this.columns[c]!] = start === -1 ? null : arena.text(start, this.spans[at + 1]!);
    }
    arena.plain = true;
    return out;
  }
}
