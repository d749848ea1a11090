import { InputError, InvalidArgumentError } from '../errors.js';
import { throwIfAborted } from '../util/abort.js';
import type { Claim, ClaimInput } from '../claims/claim.js';
import type { ClaimFinding, Verdict } from './types.js';
import { auditLineChunk, auditValue, firstBadByte, type ChunkOutcome, type LineResult, type SegmentAuditor } from './auditLineChunk.js';
import { countNewlines } from './readLineChunks.js';
import { readLineChunks, type LineChunk, type LineChunkStats, type OversizeLine } from './readLineChunks.js';
import { readJsonArray } from './readJsonArray.js';
import type { GetRecordText } from './recordSegments.js';
import {
  detectFileFormat,
  fileSize,
  normalizeDatasetSource,
  readFileChunks,
  type DatasetFormat,
  type DatasetInput,
  type DatasetSource,
} from './datasetSource.js';
import { createChunkWorkerPool, type ChunkWorkerPool } from './auditWorkerPool.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import { auditChunkSummary, type ChunkSummary } from './auditChunkSummary.js';
import type { AuditPartial } from './auditReportBuilder.js';

/** A record that could not be audited, or a file-level problem (`line: 0`, no `record`). */
export interface InvalidRecord {
  /** Path of the file, or `<iterable>` / `<stream>`. */
  file: string;
  /** 1-based line where the record starts; 0 for problems with the whole file (e.g. missing). */
  line: number;
  reason: string;
  /** Offending field, e.g. `messages[2].content`. */
  field?: string;
  /** Index of the record among all records read (absent for file-level problems). */
  record?: number;
}

/** The audit of one record. `record` is its 0-based index over all sources, in input order. */
export interface AuditedRecord {
  record: number;
  source: string;
  /** 1-based line where the record starts (position in the iterable for in-memory sources). */
  line: number;
  bytes: number;
  verdict: Verdict;
  claims: ClaimFinding[];
  /** The parsed record, when `includeData: true`. */
  data?: unknown;
}

/** A record that was read but could not be audited. */
export interface InvalidRecordResult {
  record: number;
  source: string;
  line: number;
  bytes: number;
  error: string;
  field?: string;
}

/** One result per input record, in input order. Narrow with `'error' in result`. */
export type RecordAuditResult = AuditedRecord | InvalidRecordResult;

/** Progress of a running audit. */
export interface AuditProgress {
  /** Input bytes processed so far. */
  bytes: number;
  /** Records processed so far (valid and invalid). */
  records: number;
  invalid: number;
  /** Sum of the input files' sizes, when every input is a file. */
  totalBytes?: number;
}

/** Per-source statistics. */
export interface SourceStats {
  source: string;
  format: Exclude<DatasetFormat, 'auto'> | 'records';
  bytes: number;
  records: number;
  invalid: number;
  blankLines: number;
  bom: boolean;
  crlfLines: number;
  /** Audited records of this source per verdict. */
  byVerdict: Record<Verdict, number>;
}

/** Options of {@link auditRecords} and `auditDataset()`. */
export interface AuditRecordsOptions {
  /** Claims to look for: claim objects, or path(s) of claim files/directories for `loadClaims()`. Omit to find only unattached notices. */
  claims?: readonly (ClaimInput | Claim)[] | string | readonly string[];
  /** Settings for `createAuditor()` besides the claims (extra cues, thresholds, examples kept, ...); plain data, so workers get them too. */
  auditorOptions?: DatasetAuditorOptions;
  /** A ready auditor (e.g. from `createAuditor()`); used instead of `claims` on this thread. */
  auditor?: SegmentAuditor & { claims?: readonly Claim[] };
  /** How byte inputs are parsed (default `auto`). */
  format?: DatasetFormat;
  /** Text extraction for record shapes not built in. Forces a single thread. */
  getText?: GetRecordText;
  /** What to do with an invalid record: `skip` (default; counted and reported), `throw` an `InputError`, or call back. */
  onInvalid?: 'skip' | 'throw' | ((invalid: InvalidRecord) => void);
  /** Error budget: throw an `InputError` once more than this many records are invalid. */
  maxInvalid?: number;
  /** Longest line (or JSON-array element, or text file) audited; longer ones are skipped and reported. Default 16 MiB. */
  maxLineBytes?: number;
  /** Read size; also the unit of work sent to workers. Default 1 MiB. */
  chunkBytes?: number;
  /**
   * Threads auditing JSONL inputs, this one included (default 1: this thread only). `N > 1` starts
   * `N - 1` worker threads; this thread reads the input and audits a chunk itself whenever the
   * workers have a backlog, so `workers: <cores>` keeps every core busy and none oversubscribed.
   */
  workers?: number;
  /** Keep each parsed record on its result as `data`. */
  includeData?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: AuditProgress) => void;
  /** Non-fatal notes (BOM, CRLF, worker fallback, ...). */
  onWarning?: (message: string) => void;
  /** @internal Path of a built worker file (tests). */
  workerFile?: string;
  /** @internal Wait for every worker before auditing (tests), instead of auditing on this thread meanwhile. */
  awaitWorkers?: boolean;
}

/** Hooks `auditDataset()` uses to learn about sources and file-level problems. */
export interface AuditRunHooks {
  /**
   * When set, worker chunks come back aggregated: valid records are not yielded but handed over
   * as a partial (record indexes relative to `recordOffset`); invalid records are still yielded.
   */
  onChunkSummary?(partial: AuditPartial, recordOffset: number, source: string): void;
  /** Examples per claim kept in chunk summaries (the report's `maxExamples`). */
  summaryMaxExamples?: number;
  /** How many workers took part (0 when the input ended before any was ready). */
  onWorkersUsed?(count: number): void;
  onSourceStart?(source: string, format: SourceStats['format']): void;
  onSourceDone?(stats: SourceStats): void;
  onFileInvalid?(invalid: InvalidRecord): void;
  onAuditor?(auditor: { claims?: readonly Claim[] }): void;
}

const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;

/**
 * Audits a dataset record by record: yields one result per input record, in input order, as
 * soon as it is known (constant memory, so it scales to files far larger than RAM). Invalid
 * records are yielded with an `error`; file-level problems (missing or empty file) go to
 * `onInvalid`. Use `auditDataset()` for an aggregated report.
 *
 * @example
 * ```ts
 * for await (const r of auditRecords('train.jsonl', { claims: 'claims.yaml' })) {
 *   if ('error' in r) console.warn(`${r.source}:${r.line}: ${r.error}`);
 *   else if (r.verdict === 'neglect-risk') console.log(r.line, r.claims.map((c) => c.claimId));
 * }
 * ```
 */
export function auditRecords(source: DatasetSource, options: AuditRecordsOptions = {}): AsyncIterable<RecordAuditResult> {
  const inputs = normalizeDatasetSource(source);
  validateOptions(options);
  return { [Symbol.asyncIterator]: () => runAudit(inputs, options, {})[Symbol.asyncIterator]() };
}

function validateOptions(options: AuditRecordsOptions): void {
  const positive = (name: keyof AuditRecordsOptions) => {
    const v = options[name];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)) {
      throw new InvalidArgumentError(name, 'a positive integer', v);
    }
  };
  positive('workers');
  positive('maxLineBytes');
  positive('chunkBytes');
  const budget = options.maxInvalid;
  if (budget !== undefined && (typeof budget !== 'number' || !Number.isInteger(budget) || budget < 0)) {
    throw new InvalidArgumentError('maxInvalid', 'a non-negative integer', budget);
  }
  const onInvalid = options.onInvalid;
  if (onInvalid !== undefined && onInvalid !== 'skip' && onInvalid !== 'throw' && typeof onInvalid !== 'function') {
    throw new InvalidArgumentError('onInvalid', "'skip', 'throw' or a function", onInvalid);
  }
  const format = options.format;
  if (format !== undefined && !['auto', 'jsonl', 'json', 'text'].includes(format)) {
    throw new InvalidArgumentError('format', "'auto', 'jsonl', 'json' or 'text'", format);
  }
}

/** @internal The engine behind `auditRecords()` and `auditDataset()`. */
export async function* runAudit(
  inputs: DatasetInput[],
  options: AuditRecordsOptions,
  hooks: AuditRunHooks,
): AsyncGenerator<RecordAuditResult> {
  const { signal } = options;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const warn = (message: string) => options.onWarning?.(message);
  throwIfAborted(signal);

  const { auditor, claims } = await resolveDatasetAuditor(options);
  hooks.onAuditor?.(claims ? { claims } : {});
  const settings = { auditor, maxLineBytes, getText: options.getText, includeData: options.includeData ?? false };

  let totalBytes: number | undefined = 0;
  for (const input of inputs) {
    const size = input.kind === 'file' ? await fileSize(input.path) : undefined;
    totalBytes = size === undefined || totalBytes === undefined ? undefined : totalBytes + size;
  }

  let pool: ChunkWorkerPool | undefined;
  const summarize = hooks.onChunkSummary !== undefined;
  const workers = options.workers ?? 1;
  if (workers > 1) {
    if (options.getText) warn('`workers` ignored: `getText` is a function and cannot be sent to worker threads; audited on one thread');
    // A ready auditor may carry settings (extra cues, thresholds) that workers could not rebuild.
    else if (options.auditor || !claims) warn('`workers` ignored: a custom `auditor` cannot be sent to worker threads; pass `claims` (and `auditorOptions`) instead; audited on one thread');
    else {
      // `workers: N` means N auditing threads, this one included: N - 1 worker threads, and this
      // thread audits a chunk itself whenever the workers have a backlog. On a machine with N cores
      // that keeps exactly N threads busy (N workers plus a reading thread would be N + 1), and one
      // isolate fewer starts, compiles and collects garbage.
      const created = createChunkWorkerPool({
        size: workers - 1,
        callerShare: 3,
        claims,
        maxLineBytes,
        includeData: settings.includeData,
        auditorOptions: options.auditorOptions ?? {},
        maxExamples: hooks.summaryMaxExamples ?? 3,
        ...(options.workerFile ? { workerFile: options.workerFile } : {}),
        inline: (chunk, summary) =>
          summary ? auditChunkSummary(chunk, settings, hooks.summaryMaxExamples ?? 3) : auditLineChunk(chunk, settings),
      });
      if (created.pool) {
        pool = created.pool;
        if (options.awaitWorkers) await pool.ready();
      } else warn(`\`workers\` ignored: ${created.reason}; audited on one thread`);
    }
  }

  let record = 0;
  let invalidCount = 0;
  let bytesDone = 0;
  let recordsDone = 0;
  const progress = () =>
    options.onProgress?.({
      bytes: bytesDone,
      records: recordsDone,
      invalid: invalidCount,
      ...(totalBytes !== undefined ? { totalBytes } : {}),
    });

  const reportInvalid = (invalid: InvalidRecord) => {
    invalidCount++;
    if (options.onInvalid === 'throw') {
      throw new InputError(invalid.reason, {
        file: invalid.file,
        ...(invalid.line > 0 ? { line: invalid.line } : {}),
        ...(invalid.field ? { field: invalid.field } : {}),
      });
    }
    if (typeof options.onInvalid === 'function') options.onInvalid(invalid);
    if (options.maxInvalid !== undefined && invalidCount > options.maxInvalid) {
      throw new InputError(`more than ${options.maxInvalid} invalid records (maxInvalid); last: ${invalid.reason}`, {
        file: invalid.file,
        ...(invalid.line > 0 ? { line: invalid.line } : {}),
      });
    }
  };

  try {
    for (const input of inputs) {
      throwIfAborted(signal);
      const stats: SourceStats = {
        source: input.label,
        format: 'jsonl',
        bytes: 0,
        records: 0,
        invalid: 0,
        blankLines: 0,
        bom: false,
        crlfLines: 0,
        byVerdict: { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 },
      };

      // Turns a line result into a numbered record result and applies the invalid-record policy.
      const toResult = (r: LineResult): RecordAuditResult => {
        // Checked per record so a consumer that aborts stops within the current chunk.
        throwIfAborted(signal);
        const index = record++;
        recordsDone++;
        stats.records++;
        if ('error' in r) {
          stats.invalid++;
          const out: InvalidRecordResult = { record: index, source: input.label, line: r.line, bytes: r.bytes, error: r.error };
          if (r.field !== undefined) out.field = r.field;
          reportInvalid({
            file: input.label,
            line: r.line,
            reason: r.error,
            record: index,
            ...(r.field !== undefined ? { field: r.field } : {}),
          });
          return out;
        }
        stats.byVerdict[r.verdict]++;
        const out: AuditedRecord = { record: index, source: input.label, line: r.line, bytes: r.bytes, verdict: r.verdict, claims: r.claims };
        if ('data' in r) out.data = r.data;
        return out;
      };
      const fileProblem = (reason: string, line = 0) => {
        const invalid: InvalidRecord = { file: input.label, line, reason };
        hooks.onFileInvalid?.(invalid);
        reportInvalid(invalid);
      };

      let byteSource: AsyncIterable<Uint8Array | string> | undefined;
      let values: Iterable<unknown> | AsyncIterable<unknown> | undefined;
      let format: Exclude<DatasetFormat, 'auto'> = options.format && options.format !== 'auto' ? options.format : 'jsonl';
      if (input.kind === 'file') {
        const size = await fileSize(input.path);
        if (size === undefined) {
          fileProblem(await describeMissing(input.path));
          hooks.onSourceDone?.(stats);
          continue;
        }
        format = await detectFileFormat(input.path, options.format ?? 'auto');
        byteSource = readFileChunks(input.path, chunkBytes, signal);
      } else if (input.kind === 'stream') {
        const peeked = await peek(input.iterable);
        if (peeked.empty) byteSource = emptyIterable();
        else if (typeof peeked.first === 'string' || peeked.first instanceof Uint8Array) {
          byteSource = peeked.iterable as AsyncIterable<Uint8Array | string>;
        } else values = peeked.iterable;
      } else values = input.iterable;

      if (values) {
        stats.format = 'records';
        hooks.onSourceStart?.(input.label, 'records');
        let position = 0;
        for await (const value of values) {
          throwIfAborted(signal);
          position++;
          const bytes = typeof value === 'string' ? Buffer.byteLength(value) : -1;
          const r = auditValue(value, position, bytes, settings);
          stats.bytes += r.bytes;
          bytesDone += r.bytes;
          yield toResult(r);
          if (position % 256 === 0) progress();
        }
        progress();
        if (position === 0) warn(`${input.label}: no records`);
        hooks.onSourceDone?.(stats);
        continue;
      }

      stats.format = format;
      hooks.onSourceStart?.(input.label, format);
      const lineStats: LineChunkStats = { bytes: 0, bom: false };
      if (format === 'jsonl') {
        // readFileChunks allocates every read afresh, so its chunks can move to a worker uncopied.
        const events = readLineChunks(byteSource!, { maxLineBytes, stats: lineStats, signal, ownsInput: input.kind === 'file' });
        const emit = function* (item: ChunkOutcome | ChunkSummary | OversizeLine): Generator<RecordAuditResult> {
          if ('kind' in item) {
            bytesDone += item.bytes + (item.truncated ? 0 : 1);
            const reason = item.truncated
              ? `line is over maxLineBytes (${maxLineBytes}) and the input ends before its newline; skipped`
              : `line is ${item.bytes} bytes, over maxLineBytes (${maxLineBytes}); skipped`;
            yield toResult({ line: item.line, bytes: item.bytes, error: reason });
            return;
          }
          stats.blankLines += item.blankLines;
          stats.crlfLines += item.crlfLines;
          bytesDone += item.bytes;
          if ('summary' in item) {
            const base = record;
            for (const { index, result } of item.invalid) {
              record = base + index;
              yield toResult(result);
            }
            const valid = item.records - item.invalid.length;
            record = base + item.records;
            recordsDone += valid;
            stats.records += valid;
            for (const v of Object.keys(stats.byVerdict) as Verdict[]) stats.byVerdict[v] += item.partial.byVerdict[v];
            hooks.onChunkSummary!(item.partial, base, input.label);
          } else for (const r of item.results) yield toResult(r);
          progress();
        };
        if (pool) {
          // Keep a bounded window of chunks in flight and emit them strictly in input order. The
          // window is several chunks per thread (this one audits too) so neither is left idle while
          // the oldest chunk is still running elsewhere (memory: about limit x chunkBytes; 8 chunks
          // per thread measured better than 4 on 2 cores).
          const window: Promise<ChunkOutcome | ChunkSummary | OversizeLine>[] = [];
          const limit = (pool.size + 1) * 8;
          for await (const event of events) {
            throwIfAborted(signal);
            const pending = event.kind === 'chunk' ? pool.run(event, summarize) : Promise.resolve(event);
            pending.catch(() => {}); // awaited below; avoids an unhandled rejection if we stop early
            window.push(pending);
            while (window.length >= limit) yield* emit(await window.shift()!);
          }
          while (window.length > 0) {
            throwIfAborted(signal);
            yield* emit(await window.shift()!);
          }
        } else {
          for await (const event of events) {
            throwIfAborted(signal);
            if (event.kind !== 'chunk') yield* emit(event);
            else {
              // Report-only audits aggregate whole chunks here too: no per-record async yield.
              yield* emit(summarize ? auditChunkSummary(event, settings, hooks.summaryMaxExamples ?? 3) : auditLineChunk(event, settings));
            }
          }
        }
      } else if (format === 'json') {
        const bytes = stripBom(toBytes(byteSource!), lineStats);
        for await (const item of readJsonArray(bytes, { maxRecordBytes: maxLineBytes, signal })) {
          throwIfAborted(signal);
          bytesDone += item.bytes;
          if ('error' in item) {
            yield toResult(item);
            continue;
          }
          let data: unknown;
          try {
            data = JSON.parse(item.text);
          } catch (error) {
            yield toResult({ line: item.line, bytes: item.bytes, error: `malformed JSON: ${(error as Error).message}` });
            continue;
          }
          yield toResult(auditValue(data, item.line, item.bytes, settings));
          if (stats.records % 256 === 0) progress();
        }
      } else {
        const doc = await readTextDocument(stripBom(toBytes(byteSource!), lineStats), maxLineBytes);
        bytesDone += doc.bytes;
        if (doc.bytes > 0) {
          if (doc.text === undefined) {
            yield toResult({ line: doc.errorLine, bytes: doc.bytes, error: doc.error });
          } else if (doc.text.trim() !== '') {
            stats.crlfLines = doc.crlfLines;
            yield toResult(auditValue(doc.text, 1, doc.bytes, settings));
          }
        }
      }
      throwIfAborted(signal);
      stats.bytes = lineStats.bytes;
      stats.bom = lineStats.bom;
      progress();
      if (lineStats.bytes === 0) fileProblem('empty file: no records');
      else if (stats.records === 0) warn(`${input.label}: no records (only blank lines)`);
      if (lineStats.bom) warn(`${input.label}: starts with a UTF-8 byte order mark (ignored)`);
      if (stats.crlfLines > 0) warn(`${input.label}: ${stats.crlfLines} line(s) end in CRLF (handled)`);
      hooks.onSourceDone?.(stats);
    }
    if (pool) {
      const failures = pool.startFailures;
      const reason = failures.length ? `audit workers could not start (${[...new Set(failures)].join('; ')})` : '';
      if (failures.length === pool.size) warn(`\`workers\` ignored: ${reason}; audited on one thread`);
      else if (failures.length) warn(`${failures.length} of ${pool.size} ${reason}; audited with ${pool.size - failures.length}`);
      hooks.onWorkersUsed?.(pool.started);
    }
  } finally {
    await pool?.close();
  }
}

async function resolveDatasetAuditor(
  options: AuditRecordsOptions,
): Promise<{ auditor: SegmentAuditor; claims: Claim[] | undefined }> {
  if (options.auditor) {
    return { auditor: options.auditor, claims: options.auditor.claims ? [...options.auditor.claims] : undefined };
  }
  // Loaded lazily so a caller with their own auditor never loads the matcher.
  const { createDatasetAuditor } = await import('./resolveAuditor.js');
  return createDatasetAuditor(options.claims, options.auditorOptions);
}

async function describeMissing(path: string): Promise<string> {
  const { stat } = await import('node:fs/promises');
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'is a directory, not a dataset file' : 'not a regular file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? (error as Error).message})`;
  }
}

async function peek(iterable: AsyncIterable<unknown>): Promise<{ empty: boolean; first?: unknown; iterable: AsyncIterable<unknown> }> {
  const iterator = iterable[Symbol.asyncIterator]();
  const head = await iterator.next();
  if (head.done) return { empty: true, iterable: emptyIterable() };
  return {
    empty: false,
    first: head.value,
    iterable: (async function* () {
      yield head.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  };
}

async function* emptyIterable(): AsyncGenerator<never> {}

async function* toBytes(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function* stripBom(input: AsyncIterable<Uint8Array>, stats: LineChunkStats): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of input) {
    stats.bytes += chunk.length;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        stats.bom = true;
        yield chunk.subarray(3);
        continue;
      }
    }
    yield chunk;
  }
}

/** Reads a whole plain-text document, refusing (without buffering) one over `maxBytes`. */
async function readTextDocument(
  input: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<{ bytes: number; text?: string; error: string; errorLine: number; crlfLines: number }> {
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  let over = false;
  for await (const chunk of input) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      over = true;
      pieces.length = 0;
    }
    if (!over) pieces.push(chunk);
  }
  if (over) return { bytes, error: `document is ${bytes} bytes, over maxLineBytes (${maxBytes}); skipped`, errorLine: 1, crlfLines: 0 };
  const buf = Buffer.concat(pieces);
  const { isUtf8 } = await import('node:buffer');
  if (!isUtf8(buf)) {
    // The whole document is one record, but the message says where the bad byte is.
    const at = firstBadByte(buf);
    const lineStart = at === 0 ? 0 : buf.lastIndexOf(10, at - 1) + 1;
    const line = countNewlines(buf.subarray(0, at)) + 1;
    return { bytes, error: `invalid UTF-8 at line ${line}, byte ${at - lineStart} of that line`, errorLine: line, crlfLines: 0 };
  }
  const text = buf.toString('utf8');
  const crlfLines = text.split('\r\n').length - 1;
  return { bytes, text, error: '', errorLine: 0, crlfLines };
}
