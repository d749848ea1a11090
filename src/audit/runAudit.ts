import { InputError } from '../errors.js';
import { throwIfAborted } from '../util/abort.js';
import type { Claim } from '../claims/claim.js';
import type { LineResult, SegmentAuditor } from './auditLineChunk.js';
import type { AuditPartial } from './auditPartial.js';
import type { ChunkSummary, WantsExample } from './auditChunkSummary.js';
import { createInlineRunner, parseOutcome, runBatch, type BatchAuditSettings, type BatchOutcome, type BatchRunner, type RunnableBatch } from './batchRunner.js';
import { createChunkWorkerPool, type ChunkWorkerPool } from './auditWorkerPool.js';
import { noteAuditFinished } from './minRemainingMs.js';
import { autoThreadCount } from './autoThreadCount.js';
import { expandDatasetInputs, fileSize, readFileChunks, type DatasetFormat, type DatasetInput } from './datasetSource.js';
import { decodeBytes, opensParquet, sniffCompression } from './decodeBytes.js';
import { createChunkBuffers, type ChunkBuffers } from './chunkBuffers.js';
import { nextTurn } from '../util/nextTurn.js';
import { DecodeError, type Compression } from './decodeError.js';
import { detectFormat, readRecordBatches, readValueBatches, type ReaderStats, type RecordBatch } from './readRecordBatches.js';
import { readParquetBatches } from './readParquetBatches.js';
import type { OversizeLine } from './readLineChunks.js';
import type { GetRecordText, RecordFields } from './recordSegments.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { SharedScanTables } from './scan/cachedScanTables.js';
import type {
  AuditedRecord,
  AuditProgress,
  InvalidRecord,
  InvalidRecordResult,
  RecordAuditResult,
  SourceStats,
} from './recordResults.js';
import type { Verdict } from './types.js';
import { oversizeReason } from './oversizeReason.js';
import { TooManyInvalidRecordsError } from './tooManyInvalidRecordsError.js';
import { countVerdict } from './vocabulary.js';

/** Options of `auditRecords()` and `auditDataset()`: one option object for the whole pipeline. */
export interface AuditRecordsOptions extends RecordFields {
  /** Claims to look for: claim objects, or path(s) of claim files/directories for `loadClaims()`. Omit to find only unattached notices. */
  claims?: readonly (import('../claims/claim.js').ClaimInput | Claim)[] | string | readonly string[];
  /** Settings for `createAuditor()` besides the claims (extra cues, thresholds, examples kept, ...); plain data, so workers get them too. */
  auditorOptions?: DatasetAuditorOptions;
  /** A ready auditor (e.g. from `createAuditor()`); used instead of `claims` on this thread. */
  auditor?: SegmentAuditor & { claims?: readonly Claim[] };
  /** How byte inputs are parsed (default `auto`: Parquet magic, extension, then content). */
  format?: DatasetFormat;
  /** How files are compressed (default `auto`: by magic bytes, whatever the extension). */
  compression?: Compression | 'auto';
  /** Text extraction for record shapes not built in. Forces a single thread (prefer `textField` / `messagesField`). */
  getText?: GetRecordText;
  /** What to do with an invalid record: `skip` (default; counted and reported), `throw` an `InputError`, or call back. */
  onInvalid?: 'skip' | 'throw' | ((invalid: InvalidRecord) => void);
  /** Error budget: throw a `TooManyInvalidRecordsError` (an `InputError`) once more than this many records are invalid. */
  maxInvalid?: number;
  /** Longest line (or JSON-array element, or text file) audited; longer ones are skipped and reported. Default 16 MiB. */
  maxLineBytes?: number;
  /** Read size; also the unit of work sent to workers. Default 1 MiB. */
  chunkBytes?: number;
  /**
   * Threads auditing, this one included (default 1: this thread only). `N > 1` starts `N - 1`
   * worker threads; this thread reads the input and audits a batch itself whenever the workers
   * have a backlog, so `workers: <cores>` keeps every core busy and none oversubscribed. `'auto'`
   * (the default) considers workers only for report audits of files (of any size and format), starts
   * them once this thread alone is measured to get most of a core and, at the rate it audits, would
   * need at least 1 s more for the rest of the input (what a cold worker's start-up and warm-up
   * cost on a 2-core Intel Xeon, with a 10% gain; `NEGATION_NEGLECT_WORKERS_MIN_MS` sets another
   * figure, measured with `bench/audit-worker-cost.mjs`; 0.3 s when a worker kept from an earlier
   * audit with the same claims is ready), and keeps them only while they pay: it measures how many cores the
   * process gets while every thread audits (half a second, again every 10 s) and stops workers
   * beyond that. A worker whose audit read its whole input is kept 15 s for the next audit in the
   * process (no start-up, its code already optimised; unref'd, so it never keeps the process alive);
   * `releaseAuditWorkers()` stops kept workers at once.
   */
  workers?: number | 'auto';
  /** Keep each parsed record on its result as `data`. */
  includeData?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: AuditProgress) => void;
  /** Non-fatal notes (BOM, CRLF, worker fallback, ...). */
  onWarning?: (message: string) => void;
  /** Standard input, read for the path `-` (default `process.stdin`). */
  stdin?: () => AsyncIterable<unknown>;
  /** @internal Path of a built worker file (tests). */
  workerFile?: string;
  /** @internal Wait for every worker before auditing (tests), instead of auditing on this thread meanwhile. */
  awaitWorkers?: boolean;
}

/** Hooks `auditDataset()` uses to learn about sources and file-level problems. */
export interface AuditRunHooks {
  /**
   * When set, batches come back aggregated: valid records are not yielded but handed over as a
   * partial (record indexes relative to `recordOffset`); invalid records are still yielded.
   */
  onChunkSummary?(partial: AuditPartial, recordOffset: number, source: string): void;
  /** Examples per claim kept in batch summaries (the report's `maxExamples`). */
  summaryMaxExamples?: number;
  /**
   * Whether the report could still keep an example, given the summaries merged so far (its
   * builder's `wantsExample`): batches summarised on this thread build no other.
   */
  reportWantsExample?: WantsExample;
  /** How many threads audited (0 when the input ended before any worker was ready). */
  onWorkersUsed?(count: number): void;
  onSourceStart?(source: string, format: SourceStats['format']): void;
  onSourceDone?(stats: SourceStats): void;
  onFileInvalid?(invalid: InvalidRecord): void;
  /** A source could not be read to its end (missing, unreadable, truncated or damaged): its data is not all audited. */
  onReadError?(invalid: InvalidRecord): void;
  onAuditor?(auditor: { claims?: readonly Claim[] }): void;
  /** @internal The audit's read buffers, once made (tests count them). */
  onBuffers?(buffers: ChunkBuffers): void;
}

const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** Read size of a compressed file (its decoded text is still audited in `chunkBytes` batches). */
const COMPRESSED_READ_BYTES = 64 * 1024;

/** One input opened through the source, decoder and record-reader stages. */
interface OpenedSource {
  format: SourceStats['format'];
  compression?: Compression;
  batches: AsyncIterable<RecordBatch>;
  reader: ReaderStats;
  /** Stored bytes read so far (compressed size for compressed files). */
  storedBytes(): number;
  /** Progress in stored bytes, given the decoded bytes audited so far. */
  progressBytes(decodedDone: number): number;
}

/**
 * @internal The audit pipeline behind `auditRecords()` and `auditDataset()`:
 * source (files, directories, globs, stdin, iterables) → decoder (plain, gzip, zstd) → record
 * reader (JSONL, JSON array, text, Parquet rows, values) → audit stage (segments, scanner,
 * verdicts; on a {@link BatchRunner}: this thread or a worker pool) → results in input order.
 */
export async function* runAudit(inputs: DatasetInput[], options: AuditRecordsOptions, hooks: AuditRunHooks): AsyncGenerator<RecordAuditResult> {
  const { signal } = options;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const warn = (message: string) => options.onWarning?.(message);
  throwIfAborted(signal);

  const claims = options.auditor ? (options.auditor.claims ? [...options.auditor.claims] : undefined) : await resolveClaims(options);
  hooks.onAuditor?.(claims ? { claims } : {});
  const fields = recordFields(options);
  const shape: RunnerShape = {
    maxLineBytes,
    getText: options.getText,
    fields,
    includeData: options.includeData ?? false,
    ...(hooks.onChunkSummary ? { summaryExamples: hooks.summaryMaxExamples ?? 3, reportWantsExample: hooks.reportWantsExample } : {}),
  };

  const sources = await expandDatasetInputs(inputs, options.stdin);
  let totalBytes: number | undefined = 0;
  for (const input of sources) {
    const size = input.kind === 'file' ? await fileSize(input.path) : undefined;
    totalBytes = size === undefined || totalBytes === undefined ? undefined : totalBytes + (input.kind === 'file' && input.range ? input.range.end - input.range.start : size);
  }

  // Workers start before this thread compiles its own auditor: each compiles its own, so the two
  // compiles (and the worker's start-up) overlap instead of the worker starting once this one is done.
  let settings: BatchAuditSettings | undefined;
  // Stored bytes of the sources done, and the source being read: the share of the input read so far.
  let storedDone = 0;
  let reading: OpenedSource | undefined;
  const shareRead = () => (totalBytes ? Math.min(1, (storedDone + (reading?.storedBytes() ?? 0)) / totalBytes) : undefined);
  // Workers start at once and get their init once this thread's auditor is compiled, with its scan
  // tables: they load their modules meanwhile, and adopt the tables instead of compiling them again.
  let compiled!: (tables: SharedScanTables | undefined) => void;
  const auditorCompiled = new Promise<SharedScanTables | undefined>((resolve) => (compiled = resolve));
  const pool = createPool(options, shape, claims, warn, totalBytes, (batch) => runBatch(batch, settings!), shareRead, auditorCompiled);
  try {
    if (options.auditor) settings = { ...shape, auditor: options.auditor };
    else {
      const own = await compileDatasetAuditor(claims ?? [], options.auditorOptions, pool !== undefined);
      settings = { ...shape, auditor: own.auditor };
      compiled(own.tables);
    }
  } catch (error) {
    compiled(undefined);
    await pool?.close();
    throw error;
  }
  const runner: BatchRunner = pool ?? createInlineRunner(settings);
  // Enough for every batch in flight, the read ahead and the reader's current buffer.
  const buffers = createChunkBuffers(chunkBytes, (runner.maxWindow ?? runner.window) + 4);
  hooks.onBuffers?.(buffers);

  let record = 0;
  let finished = false;
  let invalidCount = 0;
  let recordsDone = 0;
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
      throw new TooManyInvalidRecordsError(options.maxInvalid, invalid);
    }
  };

  try {
    for (const input of sources) {
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
      const fileProblem = (reason: string, line = 0, unread = false) => {
        const invalid: InvalidRecord = { file: input.label, line, reason };
        hooks.onFileInvalid?.(invalid);
        if (unread) hooks.onReadError?.(invalid);
        reportInvalid(invalid);
      };

      let opened: OpenedSource;
      try {
        const result = await openSource(input, { ...options, maxLineBytes, chunkBytes, fields, buffers, pool: isPool(runner) ? runner : undefined });
        if (typeof result === 'string') {
          fileProblem(result, 0, true);
          hooks.onSourceDone?.(stats);
          continue;
        }
        opened = result;
      } catch (error) {
        if (!(InputError.isInstance(error))) throw error;
        fileProblem(error.reason, 0, true);
        hooks.onSourceDone?.(stats);
        continue;
      }
      reading = opened;
      stats.format = opened.format;
      if (opened.compression) stats.compression = opened.compression;
      hooks.onSourceStart?.(input.label, opened.format);

      // Decoded bytes audited so far; progress is reported in stored bytes (what the total counts).
      let decodedDone = 0;
      const progress = () => {
        options.onProgress?.({
          bytes: storedDone + opened.progressBytes(decodedDone),
          records: recordsDone,
          invalid: invalidCount,
          ...(totalBytes !== undefined ? { totalBytes } : {}),
        });
      };

      // Turns a line result into a numbered record result and applies the invalid-record policy.
      const toResult = (r: LineResult): RecordAuditResult => {
        // Checked per record so a consumer that aborts stops within the current batch.
        throwIfAborted(signal);
        const index = record++;
        recordsDone++;
        stats.records++;
        if ('error' in r) {
          stats.invalid++;
          const out: InvalidRecordResult = { record: index, source: input.label, line: r.line, bytes: r.bytes, error: r.error };
          if (r.field !== undefined) out.field = r.field;
          reportInvalid({ file: input.label, line: r.line, reason: r.error, record: index, ...(r.field !== undefined ? { field: r.field } : {}) });
          return out;
        }
        countVerdict(stats.byVerdict, r.verdict);
        const out: AuditedRecord = { record: index, source: input.label, line: r.line, bytes: r.bytes, verdict: r.verdict, claims: r.claims };
        if (r.language !== undefined) out.language = r.language;
        if ('data' in r) out.data = r.data;
        return out;
      };

      const emit = function* (outcome: BatchOutcome | OversizeLine): Generator<RecordAuditResult> {
        if ('kind' in outcome) {
          decodedDone += outcome.bytes + (outcome.truncated ? 0 : 1);
          const reason = oversizeReason('line', outcome.truncated ? 'unterminated' : outcome.bytes, maxLineBytes);
          yield toResult({ line: outcome.line, bytes: outcome.bytes, error: reason });
          return;
        }
        const item = parseOutcome(outcome);
        stats.blankLines += item.blankLines;
        stats.crlfLines += item.crlfLines;
        decodedDone += item.bytes;
        if ('summary' in item) yield* emitSummary(item);
        else for (const r of item.results) yield toResult(r);
        progress();
      };
      const emitSummary = function* (item: ChunkSummary): Generator<RecordAuditResult> {
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
      };

      // Keep a bounded window of batches in flight and emit them strictly in input order.
      const window: { outcome: Promise<BatchOutcome | OversizeLine>; settled: boolean }[] = [];
      // The oldest batch, to emit. While it is still at a worker, this thread audits the batches a
      // worker has not begun (the end of a file, a worker that fell behind) instead of waiting idle.
      const oldest = () => {
        const head = window.shift()!;
        if (runner.steal) while (!head.settled && runner.steal());
        return head.outcome;
      };
      let readError: InputError | undefined;
      const batches = opened.batches[Symbol.asyncIterator]();
      try {
        for (;;) {
          let next: IteratorResult<RecordBatch>;
          try {
            next = await batches.next();
          } catch (error) {
            // The decoder (or Parquet reader) failed part way: what was read is still audited and
            // reported, and the fault is recorded so the dataset never looks clean.
            if (!(InputError.isInstance(error)) || error.file !== input.label) throw error;
            readError = error;
            break;
          }
          if (next.done) break;
          throwIfAborted(signal);
          const batch = next.value;
          const pending: Promise<BatchOutcome | OversizeLine> = batch.kind === 'oversize' ? Promise.resolve(batch) : runner.run(batch);
          pending.catch(() => {}); // awaited below; avoids an unhandled rejection if we stop early
          // Audited (here or by a worker): its memory takes the next read.
          if (batch.kind === 'chunk' && batch.pooled) void pending.then(() => buffers.give(batch.buffer.buffer), () => {});
          const entry = { outcome: pending, settled: false };
          void pending.then(() => (entry.settled = true), () => (entry.settled = true));
          window.push(entry);
          // A worker's finished batches come back as messages, which this thread sees only on a turn of
          // its event loop. A Parquet row group (or a read of zstd) is decoded into several batches
          // without one, so their buffers came back only after it, and new ones were made meanwhile
          // (60 MB of dense Parquet on two threads: 7 buffers of 1 MiB, 4 with this turn after each).
          if (isPool(runner) && runner.feedsWorkers) await nextTurn();
          while (window.length >= runner.window) yield* emit(await oldest());
        }
      } finally {
        if (!readError) await batches.return?.();
      }
      while (window.length > 0) {
        throwIfAborted(signal);
        yield* emit(await oldest());
      }
      throwIfAborted(signal);
      // In-memory records and Parquet rows count the bytes of their text.
      stats.bytes = opened.format === 'records' || opened.format === 'parquet' ? decodedDone : opened.reader.bytes;
      stats.bom = opened.reader.bom;
      if (opened.format === 'text') stats.crlfLines = opened.reader.crlfLines;
      progress();
      storedDone += opened.storedBytes();
      reading = undefined;
      if (readError) fileProblem(readError.reason, 0, true);
      // A share of a file may hold no line start at all (one long line spans it): not an empty file.
      else if (opened.reader.bytes === 0 && opened.format !== 'records' && opened.format !== 'parquet' && !(input.kind === 'file' && input.range && input.range.start > 0)) fileProblem('empty file: no records');
      else if (stats.records === 0) warn(`${input.label}: no records${opened.format === 'records' || opened.format === 'parquet' ? '' : ' (only blank lines)'}`);
      if (opened.reader.bom) warn(`${input.label}: starts with a UTF-8 byte order mark (ignored)`);
      if (stats.crlfLines > 0) warn(`${input.label}: ${stats.crlfLines} line(s) end in CRLF (handled)`);
      hooks.onSourceDone?.(stats);
    }
    if (isPool(runner)) {
      const failures = runner.startFailures;
      const reason = failures.length ? `audit workers could not start (${[...new Set(failures)].join('; ')})` : '';
      if (failures.length === runner.size) warn(`\`workers\` ignored: ${reason}; audited on one thread`);
      else if (failures.length) warn(`${failures.length} of ${runner.size} ${reason}; audited with ${runner.size - failures.length}`);
      hooks.onWorkersUsed?.(runner.started);
    }
    finished = true;
    noteAuditFinished();
  } finally {
    await runner.close(finished);
  }
}

/**
 * `workers: 'auto'`: more than one thread only where it can pay: files (sizes known), audited for a
 * report (batches come back as aggregates, so results are cheap to move), with claims a worker can
 * rebuild, on a machine with more than one core; then {@link autoThreadCount} (one per core, at most
 * 4). Whether the workers are faster is measured during the run (the pool's `adaptive` mode): they
 * start only when this thread alone gets most of a core and, at the rate it audits, has enough work
 * left to pay for a cold worker (`minRemainingMs`), and a worker that only takes turns with this thread for a core is stopped.
 * There is no floor on the file's size: what a stored byte costs varies twentyfold (a MB of gzip holds
 * about 22 MB of text, of Parquet about 11), so only the measured rate says how much work is left.
 *
 * @internal
 * @example
 * ```ts
 * autoWorkers({}, { summaryExamples: 3 }, claims, 3_000_000); // 2 on a 2-core machine: the pool decides when to start
 * ```
 */
export function autoWorkers(
  options: AuditRecordsOptions,
  settings: { summaryExamples?: number | undefined },
  claims: Claim[] | undefined,
  totalBytes: number | undefined,
): number {
  if (options.getText || options.auditor || !claims || settings.summaryExamples === undefined) return 1;
  if (totalBytes === undefined || totalBytes === 0) return 1;
  return autoThreadCount();
}

function isPool(runner: BatchRunner): runner is ChunkWorkerPool {
  return 'startFailures' in runner;
}

/** The text fields named in the options, if any. */
function recordFields(options: RecordFields): RecordFields | undefined {
  if (options.textField === undefined && options.messagesField === undefined) return undefined;
  return {
    ...(options.textField !== undefined ? { textField: options.textField } : {}),
    ...(options.messagesField !== undefined ? { messagesField: options.messagesField } : {}),
  };
}

/** What the audit stage needs besides the auditor (all of it can be sent to a worker but `getText`). */
type RunnerShape = Omit<BatchAuditSettings, 'auditor' | 'auditOptions'>;

/**
 * The worker pool for `workers` > 1 (`workers - 1` worker threads plus this one), or undefined when
 * the audit runs on this thread only. The pipeline is the same either way.
 */
function createPool(
  options: AuditRecordsOptions,
  shape: RunnerShape,
  claims: Claim[] | undefined,
  warn: (message: string) => void,
  totalBytes: number | undefined,
  inline: (batch: RunnableBatch) => BatchOutcome,
  shareRead: () => number | undefined,
  auditorCompiled: Promise<SharedScanTables | undefined>,
): ChunkWorkerPool | undefined {
  const auto = options.workers === 'auto' || options.workers === undefined;
  const workers = auto ? autoWorkers(options, shape, claims, totalBytes) : (options.workers as number);
  if (workers <= 1) return undefined;
  if (options.getText) {
    warn('`workers` ignored: `getText` is a function and cannot be sent to worker threads; audited on one thread');
    return undefined;
  }
  // A ready auditor may carry settings (extra cues, thresholds) that workers could not rebuild.
  if (options.auditor || !claims) {
    warn('`workers` ignored: a custom `auditor` cannot be sent to worker threads; pass `claims` (and `auditorOptions`) instead; audited on one thread');
    return undefined;
  }
  // `workers: N` means N auditing threads, this one included: N - 1 worker threads, and this
  // thread audits a batch itself whenever the workers have a backlog. On a machine with N cores
  // that keeps exactly N threads busy, and one isolate fewer starts, compiles and collects garbage.
  const created = createChunkWorkerPool({
    size: workers - 1,
    callerShare: 3,
    adaptive: auto,
    ...(auto ? { progress: shareRead } : {}),
    claims,
    maxLineBytes: shape.maxLineBytes,
    includeData: shape.includeData ?? false,
    fields: shape.fields,
    auditorOptions: options.auditorOptions ?? {},
    summaryExamples: shape.summaryExamples,
    auditorCompiled,
    ...(options.workerFile ? { workerFile: options.workerFile } : {}),
    inline,
  });
  if (!created.pool) {
    // `auto` asked for nothing in particular: one thread without the worker file is no news.
    if (!auto) warn(`\`workers\` ignored: ${created.reason}; audited on one thread`);
    return undefined;
  }
  if (options.awaitWorkers) {
    // Wrapped so the first batch waits for every worker (tests), instead of being audited here.
    const pool = created.pool;
    const ready = pool.ready();
    return Object.assign(Object.create(pool) as ChunkWorkerPool, { run: async (batch: Parameters<ChunkWorkerPool['run']>[0]) => (await ready, pool.run(batch)) });
  }
  return created.pool;
}

/** Opens one input through the source, decoder and record-reader stages; a string is a file-level problem. */
async function openSource(
  input: DatasetInput,
  options: AuditRecordsOptions & { maxLineBytes: number; chunkBytes: number; fields: RecordFields | undefined; buffers: ChunkBuffers; pool: ChunkWorkerPool | undefined },
): Promise<OpenedSource | string> {
  const { signal, maxLineBytes, chunkBytes } = options;
  const reader: ReaderStats = { bytes: 0, bom: false, crlfLines: 0 };
  const requested = options.format ?? 'auto';
  let raw: AsyncIterable<Uint8Array>;
  if (input.kind === 'values') {
    return { format: 'records', batches: readValueBatches(input.iterable, { signal }), reader, storedBytes: () => 0, progressBytes: (done) => done };
  }
  if (input.kind === 'file') {
    const size = await fileSize(input.path);
    if (size === undefined) return describeMissing(input.path);
    const magic = input.head ?? (await readMagic(input.path));
    if (requested === 'parquet' || (requested === 'auto' && opensParquet(magic))) {
      let fraction = 0;
      return {
        format: 'parquet',
        batches: readParquetBatches(input.path, {
          label: input.label,
          fields: options.fields,
          signal,
          onRowsRead: (f) => (fraction = f),
          // Each batch sent to a worker has a fixed cost (a message, its summary, merging it): 1024
          // rows cost 17% less CPU on two threads than 256 (dense corpus). On one thread a batch's
          // strings live while it is audited, and the smaller batch keeps them young (20 MiB less peak RSS).
          ...(options.pool ? { batchRecords: () => (options.pool!.feedsWorkers ? 1024 : 256) } : {}),
          // Text rows travel in the shared buffers on any thread, as JSONL's reads do; other rows as JSON
          // lines only while workers are fed (a JSON.stringify here and a JSON.parse where audited).
          rowBuffers: (textRows) => (textRows || options.pool?.feedsWorkers ? options.buffers : undefined),
        }),
        reader,
        storedBytes: () => Math.round(size * fraction),
        progressBytes: () => Math.round(size * fraction),
      };
    }
    // Only plain bytes are read into the reused buffers: compressed reads are consumed by the decoder
    // and never given back (1 GB of dense gzip took 291 MiB of peak RSS on two threads with them).
    // They are small instead: a 1 MiB read of gzip or zstd holds 16-22 MiB of text, so it lived
    // through many young collections while that was decoded and audited, was promoted, and its
    // memory came back only at the next full collection.
    const compression = options.compression && options.compression !== 'auto' ? options.compression : sniffCompression(magic);
    raw =
      compression === 'none'
        ? readFileChunks(input.path, chunkBytes, signal, input.range, options.buffers)
        : readFileChunks(input.path, Math.min(chunkBytes, COMPRESSED_READ_BYTES), signal, input.range);
  } else {
    const peeked = await peek(input.iterable);
    if (!peeked.empty && typeof peeked.first !== 'string' && !(peeked.first instanceof Uint8Array)) {
      return { format: 'records', batches: readValueBatches(peeked.iterable, { signal }), reader, storedBytes: () => 0, progressBytes: (done) => done };
    }
    raw = toBytes(peeked.iterable as AsyncIterable<Uint8Array | string>);
  }
  const decoded = await decodeBytes(raw, { file: input.label, compression: options.compression ?? 'auto', signal, buffers: options.buffers });
  // The format is read from the first decoded bytes (and the name).
  const head = await peek(decoded.bytes);
  const first = head.empty ? new Uint8Array(0) : (head.first as Uint8Array);
  const format = detectFormat(input.label, requested, first);
  if (format === 'parquet') {
    for await (const _ of head.iterable) break; // closes the file
    return input.kind === 'file' ? `compressed Parquet (${decoded.compression}) is not supported: Parquet compresses its own pages` : 'Parquet from a stream is not supported: Parquet needs random access; pass a file';
  }
  return {
    format,
    compression: decoded.compression,
    batches: readRecordBatches(
      head.iterable as AsyncIterable<Uint8Array>,
      {
        format,
        maxLineBytes,
        signal,
        buffers: options.buffers,
        ...(input.kind === 'file' && input.firstLine !== undefined ? { firstLine: input.firstLine } : {}),
      },
      reader,
    ),
    reader,
    storedBytes: () => decoded.storedBytes,
    // Decoded bytes scaled to the stored size read so far (exact for plain files).
    progressBytes: (done) => (decoded.compression === 'none' || reader.bytes === 0 ? done : Math.round((done * decoded.storedBytes) / reader.bytes)),
  };
}

/** A file's first 4 bytes (fewer for a shorter file): Parquet's and the compressions' magic. */
async function readMagic(path: string): Promise<Buffer> {
  const { open } = await import('node:fs/promises');
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buf, 0, 4, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The claims of the `claims` option (loaded lazily, so a caller with their own auditor never loads the parsers). */
async function resolveClaims(options: AuditRecordsOptions): Promise<Claim[]> {
  const { resolveDatasetClaims } = await import('./resolveAuditor.js');
  return resolveDatasetClaims(options.claims);
}

/**
 * This thread's auditor (the matcher is loaded lazily, as above), and with `share` its compiled scan
 * tables for the workers (the auditor has just compiled or taken them: the cache's latest).
 */
async function compileDatasetAuditor(
  claims: Claim[],
  auditorOptions: DatasetAuditorOptions | undefined,
  share: boolean,
): Promise<{ auditor: SegmentAuditor; tables?: SharedScanTables | undefined }> {
  const [{ createAuditor }, { shareLastScanTables }] = await Promise.all([import('./createAuditor.js'), import('./scan/cachedScanTables.js')]);
  const auditor = createAuditor({ ...auditorOptions, claims });
  return { auditor, tables: share ? shareLastScanTables() : undefined };
}

async function describeMissing(path: string): Promise<string> {
  const { stat } = await import('node:fs/promises');
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'a directory with no dataset files (.jsonl, .json, .txt, .md, .parquet, optionally .gz/.zst)' : 'not a regular file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return /[*?{[]/.test(path) ? 'no file matches this pattern' : 'file not found';
    return `cannot read file (${code ?? (error as Error).message})`;
  }
}

async function peek<T>(iterable: AsyncIterable<T>): Promise<{ empty: boolean; first?: T; iterable: AsyncIterable<T> }> {
  const iterator = iterable[Symbol.asyncIterator]();
  const head = await iterator.next();
  if (head.done) return { empty: true, iterable: emptyIterable() };
  return {
    empty: false,
    first: head.value,
    iterable: (async function* () {
      try {
        yield head.value;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        // Stopping early closes the source too (a file handle, a stream).
        await iterator.return?.();
      }
    })(),
  };
}

async function* emptyIterable<T>(): AsyncGenerator<T> {}

async function* toBytes(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
