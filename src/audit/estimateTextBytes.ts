import { open } from 'node:fs/promises';
import type { AsyncBuffer } from 'hyparquet';
import { InputError } from '../errors.js';
import { opensParquet, sniffCompression } from './decodeBytes.js';
import { zstdContentSize } from './zstdFrameHeader.js';

/** Text per stored byte assumed when a file does not say its decoded size (text compresses 3-5×). */
const UNKNOWN_RATIO = 4;
/** A Parquet footer longer than this is not read for an estimate. */
const MAX_FOOTER_BYTES = 16 * 2 ** 20;
/** The first read of a Parquet file's end: most footers fit (a longer one takes a second read). */
const FOOTER_FETCH_BYTES = 64 * 1024;

/**
 * About how many bytes of text a file holds, from what it says of itself: its size (plain), the
 * gzip trailer's ISIZE (the last member's decoded size, modulo 4 GiB), the zstd frame header's
 * content size (which the `zstd` command writes), the Parquet footer's uncompressed row-group
 * sizes; 4 times the stored size when the file does not say (a stream, several members, damage).
 * Reads a few bytes (a Parquet footer); 0 for a missing file. `onHead` is given the first bytes
 * read (up to 18), for a caller that needs them too.
 *
 * @example
 * ```ts
 * await estimateTextBytes('train.jsonl.gz'); // 1_024_000_193 for 46 MB of gzip
 * await estimateTextBytes('train.jsonl', (head) => console.log(head[0])); // 123 ('{')
 * ```
 */
export async function estimateTextBytes(path: string, onHead?: (head: Uint8Array) => void): Promise<number> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return 0;
  try {
    const { size } = await handle.stat();
    if (!(size > 0)) return 0;
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await handle.read(buf, 0, buf.length, position);
      return buf.subarray(0, bytesRead);
    };
    const head = await read(0, 18);
    onHead?.(head);
    const guess = size * UNKNOWN_RATIO;
    if (opensParquet(head)) return (await parquetTextBytes(read, size, path)) ?? guess;
    const compression = sniffCompression(head);
    if (compression === 'none') return size;
    if (compression === 'gzip') {
      const isize = size >= 18 ? (await read(size - 4, 4)).readUInt32LE(0) : 0;
      // Below the stored size, the trailer wrapped past 4 GiB or is only the last of several members.
      return isize >= size ? isize : guess;
    }
    const content = zstdContentSize(head);
    return content !== undefined && content >= size ? content : guess;
  } finally {
    await handle.close();
  }
}

/**
 * The uncompressed size of a Parquet file's row groups, from its footer (hyparquet's metadata reader,
 * over reads of this handle); undefined for a damaged footer or one too long to read for an estimate.
 */
async function parquetTextBytes(read: (position: number, length: number) => Promise<Buffer>, size: number, path: string): Promise<number | undefined> {
  const file: AsyncBuffer = {
    byteLength: size,
    slice: async (start, end = size) => {
      // Stops hyparquet's reader (caught below): the estimate falls back to the stored size.
      if (end - start > MAX_FOOTER_BYTES) throw new InputError('the Parquet footer is too long to read for a size estimate', { file: path });
      const bytes = await read(start, end - start);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    },
  };
  try {
    const { parquetMetadataAsync } = await import('hyparquet');
    const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH_BYTES });
    let total = 0;
    for (const group of metadata.row_groups) total += Number(group.total_byte_size);
    return total;
  } catch {
    return undefined;
  }
}
