import { InputError } from '../errors.js';
import type { RecordItem, ValueBatch } from './readRecordBatches.js';
import type { RecordFields } from './recordSegments.js';

/** Options of {@link readParquetBatches}. */
export interface ParquetReaderOptions {
  /** Name used in messages (the file's path). */
  label: string;
  /** Which columns hold the text (dotted paths into struct columns allowed). */
  fields?: RecordFields | undefined;
  /** Rows per batch handed to the audit stage. */
  batchRecords?: number;
  signal?: AbortSignal | undefined;
  /** Called as row groups are read: the share of the file's rows read so far (0..1). */
  onRowsRead?: (fraction: number) => void;
}

/** Column names the built-in record shapes read (see `recordSegments`). */
const TEXT_COLUMNS = ['text', 'content', 'messages', 'system', 'prompt', 'completion'];

const BATCH_RECORDS = 256;

/**
 * The record reader for Parquet: one row group at a time (memory bounded by a row group's text
 * columns, not the file), only the columns that hold text, rows as objects (`{ text }`,
 * `{ messages }`, struct columns as nested objects) numbered from 1 (`file#row`).
 *
 * Uses hyparquet (pure JavaScript, no native or WebAssembly build; codecs from
 * hyparquet-compressors): see docs/audit.md for the measurements behind the choice.
 *
 * @example
 * ```ts
 * for await (const batch of readParquetBatches('data/train-00000-of-00002.parquet', { label: 'train' })) console.log(batch.items.length);
 * ```
 */
export async function* readParquetBatches(path: string, options: ParquetReaderOptions): AsyncGenerator<ValueBatch> {
  try {
    yield* readRowGroups(path, options);
  } catch (error) {
    if (InputError.isInstance(error)) throw error;
    // hyparquet throws plain errors for damaged files (bad footer, unknown codec, short read).
    throw new InputError(`cannot read Parquet: ${(error as Error).message}`, { file: options.label }, { cause: error });
  }
}

async function* readRowGroups(path: string, options: ParquetReaderOptions): AsyncGenerator<ValueBatch> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const wanted = [options.fields?.textField, options.fields?.messagesField].filter((f): f is string => f !== undefined).map((f) => f.split('.')[0]!);
  const columns = wanted.length > 0 ? [...new Set(wanted)] : TEXT_COLUMNS.filter((c) => names.includes(c));
  const missing = columns.filter((c) => !names.includes(c));
  if (columns.length === 0 || missing.length > 0) {
    const what = missing.length > 0 ? `no column ${missing.map((c) => `\`${c}\``).join(', ')}` : 'no text column (text, content, messages, prompt, completion)';
    throw new InputError(`${what}; the file has columns ${names.map((c) => `\`${c}\``).join(', ')}; choose one with textField / messagesField (--text-field, --messages-field)`, { file: options.label });
  }
  const size = options.batchRecords ?? BATCH_RECORDS;
  const total = Number(metadata.num_rows);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    if (options.signal?.aborted) return;
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({ file, metadata, columns, rowStart, rowEnd, compressors });
    for (let at = 0; at < rows.length; at += size) {
      const items: RecordItem[] = [];
      const end = Math.min(rows.length, at + size);
      // Byte counts are the rows' text (the audit stage measures it when given -1).
      for (let i = at; i < end; i++) items.push({ line: rowStart + i + 1, bytes: -1, value: rows[i] });
      yield { kind: 'values', items, cloneable: true };
    }
    rowStart = rowEnd;
    options.onRowsRead?.(total > 0 ? rowStart / total : 1);
  }
}
