import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '../errors.js';

/**
 * What `auditDataset()` / `auditRecords()` accept:
 * - a path (string or `file:` URL), or an array of paths: JSONL, a JSON array, or plain text
 *   (chosen by extension, then by the first non-blank byte);
 * - an iterable or async iterable of records (objects) or documents (strings), e.g. a generator;
 *   note that a plain *array of strings* is read as a list of paths;
 * - a web `ReadableStream` or a Node `Readable`: byte chunks are read as JSONL (or `format`),
 *   object-mode chunks as records.
 */
export type DatasetSource =
  | string
  | URL
  | readonly (string | URL)[]
  | Iterable<unknown>
  | AsyncIterable<unknown>
  | ReadableStream<unknown>
  | NodeJS.ReadableStream;

/** How a byte source is parsed. `auto` picks by extension and content. */
export type DatasetFormat = 'auto' | 'jsonl' | 'json' | 'text';

/** One input after normalisation. */
export type DatasetInput =
  | { kind: 'file'; path: string; label: string }
  | { kind: 'stream'; iterable: AsyncIterable<unknown>; label: string }
  | { kind: 'values'; iterable: Iterable<unknown> | AsyncIterable<unknown>; label: string };

function isPathLike(value: unknown): value is string | URL {
  return typeof value === 'string' || value instanceof URL;
}

function toPath(value: string | URL): string {
  return value instanceof URL ? fileURLToPath(value) : value;
}

/** Splits a source into inputs. Throws `InvalidArgumentError` for values that are none of the above. */
export function normalizeDatasetSource(source: DatasetSource): DatasetInput[] {
  if (isPathLike(source)) return [{ kind: 'file', path: toPath(source), label: toPath(source) }];
  if (Array.isArray(source) && source.length > 0 && source.every(isPathLike)) {
    return source.map((p: string | URL) => ({ kind: 'file' as const, path: toPath(p), label: toPath(p) }));
  }
  if (source === null || typeof source !== 'object') {
    throw new InvalidArgumentError('source', 'a path, an array of paths, an (async) iterable of records or strings, or a readable stream', source);
  }
  if (typeof (source as ReadableStream).getReader === 'function') {
    return [{ kind: 'stream', iterable: webStreamIterable(source as ReadableStream<unknown>), label: '<stream>' }];
  }
  if (source && typeof (source as NodeJS.ReadableStream).pipe === 'function' && Symbol.asyncIterator in (source as object)) {
    return [{ kind: 'stream', iterable: source as AsyncIterable<unknown>, label: '<stream>' }];
  }
  if (source && (Symbol.iterator in (source as object) || Symbol.asyncIterator in (source as object))) {
    return [{ kind: 'values', iterable: source as Iterable<unknown>, label: '<iterable>' }];
  }
  throw new InvalidArgumentError(
    'source',
    'a path, an array of paths, an (async) iterable of records or strings, or a readable stream',
    source,
  );
}

async function* webStreamIterable(stream: ReadableStream<unknown>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Size of a file, or `undefined` when it cannot be read (reported later, when it is opened). */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Picks how to parse a file: `.jsonl`/`.ndjson` are JSONL, `.txt`/`.md` plain text, `.json` a JSON
 * array when it starts with `[` (else JSONL); other extensions are sniffed the same way
 * (`[` array, `{` JSONL, anything else plain text).
 */
export async function detectFileFormat(path: string, requested: DatasetFormat): Promise<Exclude<DatasetFormat, 'auto'>> {
  if (requested !== 'auto') return requested;
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.txt' || ext === '.md' || ext === '.markdown') return 'text';
  const first = await firstSignificantByte(path);
  if (first === 0x5b) return 'json';
  if (first === 0x7b || ext === '.json') return 'jsonl';
  return 'text';
}

async function firstSignificantByte(path: string): Promise<number | undefined> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    let i = bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    for (; i < bytesRead; i++) {
      const c = buf[i]!;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Reads a file in chunks of `chunkBytes` (each chunk a fresh buffer, safe to hand to a worker). */
export async function* readFileChunks(path: string, chunkBytes: number, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  // The next read is issued before the current chunk is handed out, so the disk (or page cache)
  // works while the caller audits. One read at a time, at the current position (pipes work too).
  const readNext = () => {
    const buf = Buffer.allocUnsafeSlow(chunkBytes);
    return handle.read(buf, 0, chunkBytes, null).then(({ bytesRead }) => (bytesRead === chunkBytes ? buf : buf.subarray(0, bytesRead)));
  };
  let next: Promise<Buffer> | undefined;
  try {
    next = readNext();
    for (;;) {
      if (signal?.aborted) return;
      const chunk = await next;
      next = undefined;
      if (chunk.length === 0) return;
      next = readNext();
      yield chunk;
    }
  } finally {
    // Never close the handle under a read still in flight (early return, abort, consumer break).
    if (next) await next.catch(() => undefined);
    await handle.close();
  }
}
