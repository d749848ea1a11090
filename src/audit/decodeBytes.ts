import { createGunzip } from 'node:zlib';
import { DecodeError, type Compression } from './decodeError.js';
import { decompressZstd } from './decompressZstd.js';
import { zstdFrameKind } from './zstdFrameHeader.js';
import type { ChunkBuffers } from './chunkBuffers.js';

/** Options of {@link decodeBytes}. */
export interface DecodeBytesOptions {
  /** Name used in errors (the file's path). */
  file: string;
  /** Compression to assume; `auto` (default) reads the magic bytes. */
  compression?: Compression | 'auto';
  signal?: AbortSignal | undefined;
  /** Decoded output goes into these buffers (each filled whole), instead of fresh ones. */
  buffers?: ChunkBuffers | undefined;
}

/** The decoder stage's output: plain bytes, and how they were stored. */
export interface DecodedBytes {
  compression: Compression;
  /** The plain bytes. Chunks of a compressed input are fresh buffers that nothing else holds. */
  bytes: AsyncIterable<Uint8Array>;
  /** Bytes read from the input so far (compressed size), for progress. */
  readonly storedBytes: number;
}

/**
 * Whether the first bytes of a file are Parquet's magic number (`PAR1`): the file is read as Parquet
 * whatever its extension, and its size is estimated from its footer.
 *
 * @example
 * ```ts
 * opensParquet(Buffer.from('PAR1')); // true
 * ```
 */
export function opensParquet(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;
}

/**
 * Which compression the first bytes of a stream announce: gzip (`1f 8b`), zstd (`28 b5 2f fd`, or a
 * skippable frame `5? 2a 4d 18`), else none. Extensions are not trusted: a `.jsonl` may be gzip.
 */
export function sniffCompression(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (zstdFrameKind(head) !== undefined) return 'zstd';
  return 'none';
}

/**
 * The decoder stage: turns an input's stored bytes into plain bytes, decompressing gzip (Node's
 * zlib; concatenated members included) and zstd ({@link decompressZstd}) as it streams. A
 * truncated or damaged stream yields every byte decoded before the fault, then throws a
 * {@link DecodeError} naming the file and the compressed byte offset.
 *
 * @example
 * ```ts
 * const { compression, bytes } = await decodeBytes(createReadStream('train.jsonl.gz'), { file: 'train.jsonl.gz' });
 * for await (const chunk of bytes) process.stdout.write(chunk);
 * ```
 */
export async function decodeBytes(input: AsyncIterable<Uint8Array>, options: DecodeBytesOptions): Promise<DecodedBytes> {
  const iterator = input[Symbol.asyncIterator]();
  let stored = 0;
  // Read until the magic bytes are known (one OS read, in practice).
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < 4) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (next.value.length === 0) continue;
    head.push(next.value);
    headBytes += next.value.length;
  }
  stored = headBytes;
  const first = head.length === 1 ? head[0]! : Buffer.concat(head);
  const compression = options.compression && options.compression !== 'auto' ? options.compression : sniffCompression(first);
  const raw = (async function* () {
    try {
      if (first.length > 0) yield first;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        stored += next.value.length;
        yield next.value;
      }
    } finally {
      // Stopping early closes the source too (a file handle, a stream).
      if (!ended) await iterator.return?.();
    }
  })();
  const result = {
    compression,
    bytes: raw as AsyncIterable<Uint8Array>,
    get storedBytes() {
      return stored;
    },
  };
  // Decoders emit small pieces (zstd blocks are at most 128 KiB): joined into 1 MiB chunks, the
  // later stages see as few, as large units of work as with a plain file.
  const join = (decoded: AsyncIterable<Uint8Array>) => (options.buffers ? fill(decoded, options.buffers) : coalesce(decoded, COALESCE_BYTES));
  if (compression === 'gzip') result.bytes = join(gunzip(raw, options.file, options.signal));
  else if (compression === 'zstd') result.bytes = join(decompressZstd(raw, options.file));
  return result;
}

const COALESCE_BYTES = 1024 * 1024;
const GUNZIP_PIECE_BYTES = 64 * 1024;

/** Joins consecutive chunks until each holds at least `bytes` (the last may hold less); fresh buffers. */
async function* coalesce(input: AsyncIterable<Uint8Array>, bytes: number): AsyncGenerator<Uint8Array> {
  let pieces: Uint8Array[] = [];
  let held = 0;
  const joined = () => (pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, held));
  try {
    for await (const chunk of input) {
      pieces.push(chunk);
      held += chunk.length;
      if (held >= bytes) {
        yield joined();
        pieces = [];
        held = 0;
      }
    }
  } catch (error) {
    // Bytes decoded before a fault still reach the caller, then the fault.
    if (held > 0) yield joined();
    throw error;
  }
  if (held > 0) yield joined();
}

/** Copies the decoder's pieces into whole buffers taken from `buffers` (the last one may be partly filled). */
async function* fill(input: AsyncIterable<Uint8Array>, buffers: ChunkBuffers): AsyncGenerator<Uint8Array> {
  let out = buffers.take();
  let held = 0;
  try {
    for await (const chunk of input) {
      for (let at = 0; at < chunk.length; ) {
        const n = Math.min(chunk.length - at, out.length - held);
        out.set(chunk.subarray(at, at + n), held);
        held += n;
        at += n;
        if (held === out.length) {
          yield out;
          out = buffers.take();
          held = 0;
        }
      }
    }
  } catch (error) {
    // Bytes decoded before a fault still reach the caller, then the fault.
    if (held > 0) yield out.subarray(0, held);
    throw error;
  }
  if (held > 0) yield out.subarray(0, held);
  else buffers.give(out.buffer);
}

/**
 * Streams through zlib's gunzip. Output is taken from `data` events rather than the stream's async
 * iterator, which drops output still buffered when the stream fails: here every byte decoded
 * before a fault reaches the caller first. Errors carry zlib's own position: `bytesWritten` is
 * the number of compressed bytes the engine consumed when it stopped.
 */
async function* gunzip(input: AsyncIterable<Uint8Array>, file: string, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  // 64 KiB pieces: the queue below holds up to four while the caller audits a batch, and what it holds
  // then outlives young collections; 256 KiB pieces made that up to 1 MiB of promoted buffers per batch.
  const gz = createGunzip({ chunkSize: GUNZIP_PIECE_BYTES });
  const queue: Buffer[] = [];
  let ended = false;
  let failure: Error | undefined;
  let inputFailure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  gz.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    // Bounded memory: stop decoding while the caller is behind.
    if (queue.length >= 4) gz.pause();
    notify();
  });
  gz.on('error', (error) => {
    failure = error;
    notify();
  });
  gz.on('end', () => {
    ended = true;
    notify();
  });
  const feeding = (async () => {
    try {
      for await (const chunk of input) {
        if (signal?.aborted || gz.destroyed || failure) break;
        if (!gz.write(chunk)) await drainedOrClosed(gz);
      }
      // Flush before ending: zlib processes the last write together with the end otherwise, and
      // when that fails (a truncated stream) the output of the whole last write is lost.
      if (!gz.destroyed && !failure) await new Promise<void>((resolve) => gz.flush(() => resolve()));
      if (!gz.destroyed) gz.end();
    } catch (error) {
      inputFailure = error;
      notify();
    }
  })();
  try {
    for (;;) {
      while (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length === 0 && gz.isPaused()) gz.resume();
      }
      if (inputFailure) throw inputFailure;
      if (failure) {
        const code = (failure as NodeJS.ErrnoException).code;
        const reason =
          code === 'Z_BUF_ERROR' || /unexpected end/i.test(failure.message)
            ? 'truncated gzip stream: the input ends inside a compressed member'
            : `corrupt gzip stream (${failure.message})`;
        throw new DecodeError('gzip', file, gz.bytesWritten, reason, { cause: failure });
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    gz.destroy();
    await feeding;
  }
}

function drainedOrClosed(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
