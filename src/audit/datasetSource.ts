import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from '../errors.js';
import type { ChunkBuffers } from './chunkBuffers.js';

/**
 * The source stage of an audit: what `auditDataset()` / `auditRecords()` accept, and how it becomes
 * a list of inputs.
 * - a path (string or `file:` URL), or an array of paths: JSONL, a JSON array, plain text or Parquet
 *   (chosen by magic bytes, extension, then the first non-blank byte), each possibly gzip or zstd
 *   compressed (recognised by magic bytes); a directory (every dataset file under it, sorted); a
 *   glob (`*`, `?`, `{a,b}`, and `**` for any depth of folders); `-` for standard input;
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
export type DatasetFormat = 'auto' | 'jsonl' | 'json' | 'text' | 'parquet';

/**
 * One input after normalisation. A file's `head` is its first bytes when the memory worker's size
 * estimate has read them (`wantsMemoryWorker`): the audit that follows takes the format from them
 * instead of opening the file again.
 */
export type DatasetInput =
  | { kind: 'file'; path: string; label: string; range?: ByteRange; firstLine?: number; head?: Uint8Array }
  | { kind: 'stream'; iterable: AsyncIterable<unknown>; label: string }
  | { kind: 'values'; iterable: Iterable<unknown> | AsyncIterable<unknown>; label: string };

/** A share of a file: the lines that start in `[start, end)` (see `shardDatasetInputs`). */
export interface ByteRange {
  start: number;
  end: number;
}

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

/** File names a directory contributes (compressed variants included); hidden files and folders are skipped. */
const DATASET_FILE = /\.(jsonl|ndjson|json|txt|md|markdown|parquet)(\.(gz|zst|zstd))?$/i;

/** The characters that make a path a glob. */
const GLOB_CHARS = /[*?{[]/;

/**
 * Expands directories, globs and `-` among `inputs` into the files (or standard input) they name,
 * each list sorted by path so every run and every shard sees the same order. A glob that matches
 * nothing is kept as it is: opening it reports the problem, like a missing file.
 *
 * @example
 * ```ts
 * const inputs = await expandDatasetInputs(normalizeDatasetSource(['data/', 'more/**' + '/*.jsonl.zst', '-']));
 * ```
 */
export async function expandDatasetInputs(inputs: readonly DatasetInput[], stdin: () => AsyncIterable<unknown> = () => process.stdin): Promise<DatasetInput[]> {
  const out: DatasetInput[] = [];
  for (const input of inputs) {
    if (input.kind !== 'file' || input.range) {
      out.push(input);
      continue;
    }
    if (input.path === '-') {
      out.push({ kind: 'stream', iterable: stdin(), label: '<stdin>' });
      continue;
    }
    const info = await stat(input.path).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await listDatasetFiles(input.path);
      if (files.length === 0) out.push(input); // reported as "a directory with no dataset files"
      for (const path of files) out.push({ kind: 'file', path, label: path });
      continue;
    }
    if (!info && GLOB_CHARS.test(input.path)) {
      const files = await globFiles(input.path);
      if (files.length === 0) out.push(input);
      for (const path of files) out.push({ kind: 'file', path, label: path });
      continue;
    }
    out.push(input);
  }
  return out;
}

/** Every dataset file under `dir`, depth first, sorted by path (code-unit order, not locale). */
async function listDatasetFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string) => {
    const entries = await readdir(at, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && DATASET_FILE.test(entry.name)) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

/**
 * Files matching a glob: `*` and `?` within a path segment, `**` for any number of folders, `{a,b}`
 * alternatives, `[abc]` classes. Node 20 has no `fs.glob`; this small matcher walks only below the
 * pattern's literal prefix. Hidden entries match only a pattern segment that starts with a dot.
 */
export async function globFiles(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  let baseParts = 0;
  while (baseParts < parts.length - 1 && !GLOB_CHARS.test(parts[baseParts]!)) baseParts++;
  const base = parts.slice(0, baseParts).join(sep) || (pattern.startsWith('/') ? sep : '.');
  const matcher = globToRegExp(parts.slice(baseParts).join('/'));
  const deep = parts.slice(baseParts).includes('**');
  const depth = parts.length - baseParts;
  const out: string[] = [];
  const walk = async (at: string, level: number) => {
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(at, entry.name);
      const rel = relative(base, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (deep || level + 1 < depth) await walk(path, level + 1);
      } else if (entry.isFile() && matcher.test(rel)) out.push(baseParts === 0 && !pattern.startsWith('./') ? rel : path);
    }
  };
  await walk(base, 0);
  return out;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` anything.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]+/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map(escapeRegExp).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += escapeRegExp(c);
  }
  // Hidden files and folders are not matched by wildcards (as in shells) unless the pattern names a dot.
  const hidden = glob.startsWith('.') || glob.includes('/.') ? '' : '(?!\\.)(?!.*/\\.)';
  return new RegExp(`^${hidden}${re}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
 * Reads a file in chunks of `chunkBytes` (each chunk a fresh buffer, or one taken from `buffers`,
 * that nothing else holds), from `range.start` up to `range.end` when given (see {@link alignLineRange}).
 */
export async function* readFileChunks(path: string, chunkBytes: number, signal?: AbortSignal, range?: ByteRange, buffers?: ChunkBuffers): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  let position = range?.start ?? 0;
  const end = range?.end ?? Infinity;
  // The next read is issued before the current chunk is handed out, so the disk (or page cache)
  // works while the caller audits. One read at a time, in order.
  const readNext = () => {
    const want = Math.min(chunkBytes, end - position);
    if (want <= 0) return Promise.resolve(Buffer.alloc(0));
    const buf = buffers && want === buffers.bytes ? buffers.take() : Buffer.allocUnsafeSlow(want);
    // Without a range, read at the current position (pipes and FIFOs work too).
    const at = range ? position : null;
    return handle.read(buf, 0, want, at).then(({ bytesRead }) => {
      position += bytesRead;
      return bytesRead === want ? buf : buf.subarray(0, bytesRead);
    });
  };
  let next: Promise<Buffer> | undefined;
  try {
    next = readNext();
    for (;;) {
      if (signal?.aborted) return;
      const chunk = await next;
      next = undefined;
      if (chunk.length === 0) {
        buffers?.give(chunk.buffer);
        return;
      }
      next = readNext();
      yield chunk;
    }
  } finally {
    // Never close the handle under a read still in flight (early return, abort, consumer break).
    if (next) await next.catch(() => undefined);
    await handle.close();
  }
}

/**
 * Moves a byte range of a file onto line boundaries: each end goes to the start of the first line
 * that begins at or after it (a range's lines are those that start inside it), so ranges cut at
 * the same offsets tile the file, every line in exactly one. Also counts the lines before the range,
 * so its records keep their `file:line`.
 */
export async function alignLineRange(path: string, range: ByteRange): Promise<{ range: ByteRange; firstLine: number }> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const lineStartAtOrAfter = async (offset: number): Promise<number> => {
      if (offset <= 0) return 0;
      if (offset >= size) return size;
      const buf = Buffer.allocUnsafe(64 * 1024);
      // The byte before `offset` decides: a newline there means a line starts at `offset`.
      for (let at = offset - 1; at < size; ) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, at);
        if (bytesRead === 0) break;
        const nl = buf.subarray(0, bytesRead).indexOf(10);
        if (nl !== -1) return at + nl + 1;
        at += bytesRead;
      }
      return size;
    };
    const start = await lineStartAtOrAfter(range.start);
    const end = await lineStartAtOrAfter(range.end);
    let firstLine = 1;
    const buf = Buffer.allocUnsafe(1024 * 1024);
    for (let at = 0; at < start; ) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, start - at), at);
      if (bytesRead === 0) break;
      for (let i = buf.indexOf(10); i !== -1 && i < bytesRead; i = buf.indexOf(10, i + 1)) firstLine++;
      at += bytesRead;
    }
    return { range: { start, end: Math.max(start, end) }, firstLine };
  } finally {
    await handle.close();
  }
}
