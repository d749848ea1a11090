import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { decompressZstd } from '../audit/decompressZstd.js';
import { readParquetBatches } from '../audit/readParquetBatches.js';
import { InputError, InvalidArgumentError } from '../errors.js';
import { createSeededRandom } from '../strategies/seededRandom.js';
import { throwIfAborted } from '../util/abort.js';

/** Options of {@link readPretrainingSample}. */
export interface PretrainingSampleOptions {
  /** How many documents to draw (uniformly, without replacement). */
  count: number;
  seed?: string | number;
  /** Field holding the text (default `text`, as in Dolma and most pretraining dumps). */
  textField?: string;
  signal?: AbortSignal;
}

/** What {@link readPretrainingSample} returns. */
export interface PretrainingSample {
  /** `{ text }` documents, in the order they appear in the file. */
  records: Array<{ text: string }>;
  /** Documents seen in the file. */
  seen: number;
  /** Lines or rows without a usable text field (not JSON, not an object, empty text), counted rather than dropped silently. */
  skipped: number;
}

/**
 * Draws a uniform sample of pretraining documents (the paper mixed 5k of them into each training set)
 * from a JSONL file (`.jsonl`, gzipped `.json.gz`/`.jsonl.gz` or Zstandard `.jsonl.zst`, as Dolma ships its
 * shards) or a Parquet file,
 * streaming with reservoir sampling, so a multi-gigabyte shard needs memory for `count` documents only.
 *
 * @example
 * ```ts
 * const { records } = await readPretrainingSample('dolma/v1_7/c4-0000.json.gz', { count: 5000, seed: 1 });
 * ```
 */
export async function readPretrainingSample(path: string, options: PretrainingSampleOptions): Promise<PretrainingSample> {
  const { count, signal } = options;
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('count', 'a non-negative integer', count);
  const field = options.textField ?? 'text';
  const rng = createSeededRandom(String(options.seed ?? 0));
  const reservoir: Array<{ index: number; text: string }> = [];
  let seen = 0;
  let skipped = 0;
  const offer = (value: unknown) => {
    const text = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
    if (typeof text !== 'string' || text.trim() === '') {
      skipped++;
      return;
    }
    // Algorithm R: the i-th document replaces a random slot with probability count / i.
    const index = seen++;
    if (reservoir.length < count) reservoir.push({ index, text });
    else {
      const j = rng.int(seen);
      if (j < count) reservoir[j] = { index, text };
    }
  };
  try {
    if (/\.parquet$/i.test(path)) {
      for await (const batch of readParquetBatches(path, { label: path, fields: { textField: field }, ...(signal ? { signal } : {}) })) {
        if (batch.kind !== 'values') continue; // only with `rowBuffers`
        for (const item of batch.items) 'value' in item ? offer(item.value) : skipped++;
      }
    } else {
      const stream = createReadStream(path);
      // Dolma ships `.json.gz` shards (v1.x) and `.jsonl.zst` ones (later releases).
      const input = /\.gz$/i.test(path) ? stream.pipe(createGunzip()) : /\.zstd?$/i.test(path) ? Readable.from(decompressZstd(stream, path)) : stream;
      stream.on('error', (error) => input.destroy(error));
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        throwIfAborted(signal);
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          skipped++;
          continue;
        }
        offer(value);
      }
    }
  } catch (error) {
    if (InputError.isInstance(error)) throw error;
    throw new InputError(`cannot read pretraining documents: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  return { records: reservoir.sort((a, b) => a.index - b.index).map(({ text }) => ({ text })), seen, skipped };
}
