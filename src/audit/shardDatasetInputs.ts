import { open } from 'node:fs/promises';
import { InvalidArgumentError } from '../errors.js';
import { alignLineRange, fileSize, type DatasetFormat, type DatasetInput } from './datasetSource.js';
import { sniffCompression } from './decodeBytes.js';
import { detectFormat } from './readRecordBatches.js';

/** Which share of a dataset to audit: shard `index` (0-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Options of {@link shardDatasetInputs}. */
export interface ShardOptions {
  /** Plain JSONL files larger than this are cut into `count` line-aligned byte ranges (default 64 MiB). */
  splitBytes?: number;
  format?: DatasetFormat;
}

/** One piece of the dataset: a whole file, or a line-aligned byte range of a large one, with its place in input order. */
export interface DatasetPiece {
  /** Position of the piece among all pieces of the dataset (what merging orders by). */
  order: number;
  input: DatasetInput;
}

export const DEFAULT_SPLIT_BYTES = 64 * 1024 * 1024;

/**
 * Cuts a dataset (inputs already expanded and sorted) into pieces and returns the pieces of one
 * shard. Deterministic, so every shard computes the same cut without talking to the others:
 * - every file is a piece, in input order, except that a plain (uncompressed) JSONL file larger
 *   than `splitBytes` becomes `count` pieces: equal byte ranges, each moved to the next line start
 *   (the lines that start inside a range are its lines; see `alignLineRange`);
 * - piece `j` belongs to shard `j mod count`.
 * Compressed files, JSON arrays, text and Parquet are never cut (their bytes cannot be entered in
 * the middle). Standard input and in-memory sources cannot be sharded.
 *
 * @example
 * ```ts
 * const { pieces, pieceCount } = await shardDatasetInputs(inputs, { index: 0, count: 4 });
 * ```
 */
export async function shardDatasetInputs(
  inputs: readonly DatasetInput[],
  shard: ShardSpec,
  options: ShardOptions = {},
): Promise<{ pieces: DatasetPiece[]; pieceCount: number }> {
  const { index, count } = shard;
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('shard.count', 'a positive integer', count);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw new InvalidArgumentError('shard.index', `an integer from 0 to ${count - 1}`, index);
  const splitBytes = options.splitBytes ?? DEFAULT_SPLIT_BYTES;
  const pieces: DatasetPiece[] = [];
  let order = 0;
  for (const input of inputs) {
    if (input.kind !== 'file') throw new InvalidArgumentError('source', 'files to shard (standard input and in-memory records cannot be split between machines)', input.label);
    const size = await fileSize(input.path);
    const ranges = count > 1 && size !== undefined && size > splitBytes && (await isPlainJsonl(input.path, input.label, options.format ?? 'auto')) ? count : 1;
    if (ranges === 1) {
      if (order % count === index) pieces.push({ order, input });
      order++;
      continue;
    }
    const step = Math.ceil(size! / ranges);
    for (let k = 0; k < ranges; k++, order++) {
      if (order % count !== index) continue;
      const aligned = await alignLineRange(input.path, { start: k * step, end: Math.min(size!, (k + 1) * step) });
      pieces.push({ order, input: { ...input, range: aligned.range, firstLine: aligned.firstLine } });
    }
  }
  return { pieces, pieceCount: order };
}

async function isPlainJsonl(path: string, label: string, format: DatasetFormat): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    return sniffCompression(bytes) === 'none' && detectFormat(label, format, bytes) === 'jsonl';
  } finally {
    await handle.close();
  }
}
