import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BatchOutcome, BatchRunner, RunnableBatch } from './batchRunner.js';
import { NegationNeglectError } from '../errors.js';
import type { WorkerInit } from './auditWorker.js';
import { createBatchOwners, queueBatch, takeBatch } from './batchOwners.js';
import { MIN_REMAINING_MS, minRemainingMs } from './minRemainingMs.js';
import type { SharedScanTables } from './scan/cachedScanTables.js';

/** A fixed set of worker threads running the audit stage on batches: a {@link BatchRunner}. */
export interface ChunkWorkerPool extends BatchRunner {
  readonly size: number;
  /**
   * Audits a batch (its aggregate when the pool summarises). While no worker is ready yet
   * (start-up), when none could start, or for a batch of values that cannot cross threads, the
   * batch is audited on the calling thread, so start-up never stalls the audit.
   */
  run(batch: RunnableBatch): Promise<BatchOutcome>;
  /** Threads that audited chunks alongside ready workers: workers that took work, plus the caller when it shared the work. */
  readonly started: number;
  /** Some worker is starting or being given batches (false once none could start or `adaptive` stopped them). */
  readonly feedsWorkers: boolean;
  /** Why workers failed to start (one entry per failed worker). */
  readonly startFailures: readonly string[];
  /** Resolves once every worker is ready or has failed to start. */
  ready(): Promise<void>;
  close(finished?: boolean): Promise<void>;
}

/** What every worker audits with is what the pool is given (the rest of `WorkerInit` is the pool's own). */
interface PoolSettings extends Pick<WorkerInit, 'claims' | 'maxLineBytes' | 'includeData' | 'fields' | 'auditorOptions' | 'summaryExamples'> {
  size: number;
  /**
   * Resolves once the calling thread has compiled its own auditor, with its scan tables: workers are
   * started at once but given their init only then, and adopt the tables instead of compiling them.
   * Absent: the init is sent at once, without tables.
   */
  auditorCompiled?: Promise<SharedScanTables | undefined>;
  /** Explicit worker file (tests, unusual bundlers). */
  workerFile?: string;
  /**
   * Audits a batch on the calling thread: while no worker is ready (unless this thread is slow, see
   * `SLOW_MS_PER_MIB`), past `callerShare`, for a batch taken back (`steal`) and for those of a worker that failed to start.
   */
  inline(batch: RunnableBatch): BatchOutcome;
  /**
   * The calling thread is one of the auditing threads: once every ready worker (or, while this thread is
   * slow and none is ready, the starting ones) has `callerShare` chunks queued, the next chunk is audited
   * here instead of queued (0: never while a worker is ready, the caller only reads).
   */
  callerShare?: number;
  /**
   * Keep workers only while they pay (`workers: 'auto'`): see {@link createThreadGauge}. Off: every
   * ready worker is fed to the end.
   */
  adaptive?: boolean;
  /** With `adaptive`: the share of the input read so far (0..1), for the gauge's estimate of the work left. */
  progress?: () => number | undefined;
}

/** Wall-clock and process CPU time, both in milliseconds (injectable for tests). */
export interface GaugeClock {
  now(): number;
  cpu(): number;
}

const systemClock: GaugeClock = {
  now: () => performance.now(),
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
};

/** How long the process's CPU use is measured while every thread audits, before deciding. */
const PROBE_MS = 500;
/** How long this thread is measured auditing alone before workers are started (`adaptive`). */
const ALONE_MS = 200;
/** The share of a core this thread must get alone for workers to be started. */
const ALONE_MIN_CORES = 0.8;
/** How long a decision holds before the next measurement (the machine's load changes). */
const HOLD_MS = 10_000;
/**
 * What `MIN_REMAINING_MS` is with a worker kept from an earlier audit with the same claims (see `keepIdle`): it is ready
 * at once and its code is already optimised, so two threads cost about what one does (60 MB dense
 * JSONL: 26.8–30.2 CPU ms/MB warm against 26.9 on one thread) and pay from a fraction of a second on.
 */
const MIN_REMAINING_WARM_MS = 300;

/**
 * Decides, by measuring during the run, how many workers pay. While the caller and every worker
 * audit, the process's CPU time per wall-clock second says how many cores it actually gets: about
 * 2 on an idle 2-core machine, about 1 when the other thread only takes turns with this one (a
 * busy machine, a container limited to one CPU). Workers beyond `round(cores got) - 1` add cost
 * (their own compile and JIT warm-up, another heap, moving batches), not speed, and get no more
 * batches until the next measurement, `HOLD_MS` later. This replaces a test of the load average,
 * which lags a minute behind and counts this process's own work.
 *
 * @internal
 * @example
 * ```ts
 * const gauge = createThreadGauge();
 * const feed = gauge.active(readyWorkers); // workers to give batches to now
 * ```
 */
export function createThreadGauge(clock: GaugeClock = systemClock, minLeftMs = MIN_REMAINING_MS) {
  let probe: { start: number; cpu: number } | undefined;
  let holdUntil = 0;
  let active = Infinity;
  let alone: { start: number; cpu: number; done: number | undefined } | undefined;
  let tooLittleLeft = false;
  return {
    /**
     * Whether to start the workers now, given the share of the input read so far (0..1; undefined
     * when unknown). Only once this thread, auditing alone, is measured to get most of a core
     * (`ALONE_MS`; checked again `HOLD_MS` later when not): on a machine where it gets less, a second
     * thread would only take turns with it, and a worker started and then stopped still leaves its
     * memory to the process (its allocator arena is not returned). And only when, at the rate
     * measured meanwhile, the rest of the input would take this thread at least `minLeftMs`
     * (`MIN_REMAINING_MS`; `MIN_REMAINING_WARM_MS` when a warm worker is kept): on less, a worker's
     * start-up and warm-up cost more than it can save (never asked again then).
     */
    shouldStart(done?: number): boolean {
      const t = clock.now();
      if (tooLittleLeft || t < holdUntil) return false;
      if (!alone) {
        alone = { start: t, cpu: clock.cpu(), done };
        return false;
      }
      if (t - alone.start < ALONE_MS) return false;
      // Progress comes in steps (a Parquet row group at a time): measure until it has moved.
      if (done !== undefined && alone.done !== undefined && done <= alone.done) return false;
      const cores = (clock.cpu() - alone.cpu) / (t - alone.start);
      const rate = done !== undefined && alone.done !== undefined ? (done - alone.done) / (t - alone.start) : undefined;
      alone = undefined;
      if (rate !== undefined && (1 - done!) / rate < minLeftMs) {
        tooLittleLeft = true;
        return false;
      }
      if (cores >= ALONE_MIN_CORES) return true;
      holdUntil = t + HOLD_MS;
      return false;
    },
    /** Workers to feed now, of `ready`; starts a measurement when one is due. */
    active(ready: number): number {
      const t = clock.now();
      if (probe) {
        if (t - probe.start < PROBE_MS) return ready;
        const cores = (clock.cpu() - probe.cpu) / (t - probe.start);
        active = Math.max(0, Math.min(ready, Math.round(cores) - 1));
        probe = undefined;
        holdUntil = t + HOLD_MS;
        return active;
      }
      if (ready > 0 && t >= holdUntil) {
        probe = { start: t, cpu: clock.cpu() };
        return ready;
      }
      return Math.min(active, ready);
    },
    /** Workers kept by the last decision (Infinity before the first). */
    get kept() {
      return active;
    },
    /** A decision holds (no measurement is running). */
    get measured() {
      return probe === undefined && active !== Infinity;
    },
  };
}

/**
 * Where the built worker lives relative to the module running this code. The bundler may place this
 * code in `dist/audit/index.js`, `dist/index.js` or a shared `dist/chunk-*.js`, so several spots are
 * tried; the extension follows the running module (`.js` for ESM, `.cjs` for CJS). Running from
 * `src/` (vitest) finds nothing, and the caller falls back to one thread. `name`: the entry's name
 * (`auditWorker`, or `auditHostWorker` for `auditInWorker`).
 *
 * @example
 * ```ts
 * findWorkerFile(); // '/app/node_modules/negation-neglect/dist/audit/auditWorker.js'
 * ```
 */
export function findWorkerFile(name = 'auditWorker'): string | undefined {
  let here: string;
  try {
    here = fileURLToPath(import.meta.url);
  } catch {
    return undefined;
  }
  const dir = dirname(here);
  const ext = extname(here);
  const exts = ext === '.cjs' ? ['.cjs', '.js'] : ext === '.js' || ext === '.mjs' ? ['.js', '.cjs'] : [];
  for (const e of exts) {
    for (const candidate of [join(dir, `${name}${e}`), join(dir, 'audit', `${name}${e}`), join(dir, '..', 'audit', `${name}${e}`)]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The parent's Node flags minus those that only make sense for a main script: a worker started
 * with `--input-type` or `-e` (inherited from `node --input-type=module -e ...`) refuses to run.
 *
 * @example
 * ```ts
 * startWorker(file, workerExecArgv(), undefined, { maxOldGenerationSizeMb: 384 });
 * ```
 */
export function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-e' || arg === '--eval' || arg === '-p' || arg === '--print') {
      i++;
      continue;
    }
    if (arg.startsWith('--eval=') || arg.startsWith('--print=') || arg.startsWith('--input-type')) continue;
    out.push(arg);
  }
  return out;
}

/**
 * Heap limits of a worker. A second thread is only worth its memory if it stays small (a 1 GB audit
 * on two threads must stay under 200 MiB of peak RSS):
 * - young generation 8 MiB (V8 lets it grow to 48 MiB): the worker's heap peaked at ≈ 26 MiB instead
 *   of ≈ 46 MiB on the dense corpus, for ≈ 5% more CPU on that thread (more scavenges);
 * - old generation 256 MiB plus 8× the longest line: far above what a batch holds, and under V8's
 *   512 MiB threshold its heap grows by at most ≈ 1.3× the live data between full collections (by
 *   up to 4× with the default limit of several GiB): the worker's heap peaked at 36 MiB instead of
 *   45 MiB over 240 MB of dense JSONL.
 */
function workerLimits(maxLineBytes: number) {
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 + Math.ceil((8 * maxLineBytes) / 2 ** 20) };
}

/**
 * `new Worker` with `execArgv`, retried once without the flags Node refuses in workers: V8 flags
 * such as `--max-old-space-size` or `--expose-gc` are process-wide, and a parent started with one
 * (common for training scripts) would otherwise get no workers at all.
 *
 * @example
 * ```ts
 * const worker = startWorker(file, workerExecArgv(), undefined, { maxOldGenerationSizeMb: 384 });
 * ```
 */
export function startWorker(file: string, execArgv: string[], workerData: unknown, resourceLimits: ResourceLimits): Worker & { execArgvUsed: string[] } {
  try {
    return Object.assign(new Worker(file, { execArgv, workerData, resourceLimits }), { execArgvUsed: execArgv });
  } catch (error) {
    const message = (error as { code?: string; message?: string }).message ?? '';
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    // "Initiated Worker with invalid execArgv flags: --max-old-space-size=512, --expose-gc"
    const refused = new Set(message.slice(message.indexOf(':') + 1).split(',').map((flag) => flag.trim()).filter(Boolean));
    const kept = execArgv.filter((flag) => !refused.has(flag));
    if (kept.length === execArgv.length) throw error;
    return Object.assign(new Worker(file, { execArgv: kept, workerData, resourceLimits }), { execArgvUsed: kept });
  }
}

/**
 * This thread is slow when its last batch took at least this long per MiB (a warm thread audits a
 * MiB of the dense bench corpus in 20-60 ms on the 2-core bench VM, a fresh process its first ones
 * in 150-400 ms, while its code is still being compiled): a worker still starting is then handed the
 * next batches rather than wait for this thread's next one. Not when it is fast: batches handed to a
 * starting worker head the window of batches in flight, and a fast thread would fill the window (16
 * batches, half of them a line each) before a cold worker is ready and through its first batch
 * (≈ 0.2 + 0.15 s of CPU), then wait for it.
 */
const SLOW_MS_PER_MIB = 100;
/**
 * Batches timed for `SLOW_MS_PER_MIB`: the line a read cut off makes a batch of its own, too small to time. Only
 * chunks of text are timed (their bytes are the measure); row batches (Parquet) never mark this thread slow.
 */
const TIMED_BATCH_BYTES = 64 * 1024;

/** How long a worker is kept after its audit for the next one in this process (then it exits). */
const KEEP_IDLE_MS = 15_000;

/** A worker kept after its audit, ready for the next in this process. */
interface IdleWorker {
  worker: Worker;
  /** Worker file and heap limits: a later audit takes it only when both are the same. */
  key: string;
  /** The claims and auditor options of its last audit: with the same, it keeps its auditor and optimised code. */
  auditorKey: string;
  timer: ReturnType<typeof setTimeout>;
  gone: () => void;
}
const idleWorkers: IdleWorker[] = [];

function dropIdle(entry: IdleWorker): void {
  const i = idleWorkers.indexOf(entry);
  if (i >= 0) idleWorkers.splice(i, 1);
  clearTimeout(entry.timer);
  entry.worker.off('exit', entry.gone);
  entry.worker.off('error', entry.gone);
}

/**
 * Keeps a worker whose audit is done for `KEEP_IDLE_MS`, so the next audit in this process (a
 * notebook's second run, a library caller auditing shard after shard) skips its start-up and most
 * of the JIT's warm-up: together ≈ 0.5 s of CPU, a third of the work of a 60 MB audit. It holds its
 * heap (≈ 30 MiB) meanwhile, is unref'd (the process exits as if it were gone) and exits when the
 * time is up or {@link releaseAuditWorkers} is called.
 */
function keepIdle(worker: Worker, key: string, auditorKey: string): void {
  const entry: IdleWorker = {
    worker,
    key,
    auditorKey,
    timer: setTimeout(() => {
      dropIdle(entry);
      void worker.terminate();
    }, KEEP_IDLE_MS),
    gone: () => dropIdle(entry),
  };
  entry.timer.unref();
  worker.on('exit', entry.gone);
  worker.on('error', entry.gone);
  worker.unref();
  idleWorkers.push(entry);
  // Never more than one per core: past that they only hold memory.
  const keep = Math.max(1, availableParallelism());
  while (idleWorkers.length > keep) {
    const oldest = idleWorkers[0]!;
    dropIdle(oldest);
    void oldest.worker.terminate();
  }
}

/** A kept worker for `key`, taken out of the idle set (undefined when none). */
function takeIdle(key: string, auditorKey: string): Worker | undefined {
  const entry = idleWorkers.find((e) => e.key === key && e.auditorKey === auditorKey) ?? idleWorkers.find((e) => e.key === key);
  if (!entry) return undefined;
  dropIdle(entry);
  entry.worker.ref();
  return entry.worker;
}

/**
 * Stops the audit worker threads kept after earlier audits (each is kept 15 s for the next audit
 * in this process, then exits by itself), freeing their memory now. Also makes the next
 * `auditDataset({ workers: 2 })` start its workers afresh, as in a new process. Resolves to the
 * number of workers stopped.
 *
 * @example
 * ```ts
 * import { auditDataset, releaseAuditWorkers } from 'negation-neglect/audit';
 * const report = await auditDataset('train.jsonl', { claims: 'claims.yaml', workers: 2 });
 * await releaseAuditWorkers(); // a long-running process that audits no more
 * ```
 */
export async function releaseAuditWorkers(): Promise<number> {
  const all = idleWorkers.slice();
  await Promise.all(
    all.map((entry) => {
      dropIdle(entry);
      return entry.worker.terminate();
    }),
  );
  return all.length;
}

// Batch ids are unique in the process: a worker reused by a later audit can never answer for a
// batch of the one before.
let nextBatchId = 0;

/**
 * Starts `size` workers without waiting for them (or takes workers kept from an earlier audit):
 * each builds its own auditor while the caller already audits the first chunks itself. Resolves
 * `{ reason }` only when no worker file exists, so the audit can continue on one thread and say why.
 */
export function createChunkWorkerPool(settings: PoolSettings): { pool?: ChunkWorkerPool; reason?: string } {
  const file = settings.workerFile ?? findWorkerFile();
  if (!file) return { reason: 'the worker file (audit/auditWorker.js) was not found next to the running module (running from source?)' };
  // 'retired': set aside by `adaptive` (it did not pay); stopped once its queued batches are done.
  type State = 'starting' | 'ready' | 'failed' | 'retired';
  const workers: Worker[] = [];
  const state: State[] = [];
  // Chunks queued at each worker and not yet finished, and whether it is ready (1). Shared memory that
  // the worker sets once ready and decrements as it finishes a chunk: messages would lag while this
  // thread audits or decodes without visiting its event loop (a zstd file turns it once per read of
  // compressed bytes, 16 MiB of text; a Parquet file once per row group), so it would think a worker
  // still starting, or busy, when it is idle.
  const queued = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, settings.size)));
  const readyFlags = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, settings.size)));
  // Its init is posted (once this thread's tables are compiled): batches posted after it are audited
  // once the worker is ready, in order, so a starting worker may be handed its first batches.
  const initSent: boolean[] = [];
  const used = new Set<number>();
  const startFailures: string[] = [];
  type Pending = { resolve(o: BatchOutcome): void; reject(e: Error): void; worker: number; batch: RunnableBatch };
  const pending = new Map<number, Pending>();
  const owners = createBatchOwners();
  let callerWorked = false;
  const limits = workerLimits(settings.maxLineBytes);
  const idleKey = JSON.stringify([file, limits]);
  const auditorKey = JSON.stringify([settings.claims, settings.auditorOptions]);
  const warmKept = idleWorkers.some((e) => e.key === idleKey && e.auditorKey === auditorKey);
  const gauge = settings.adaptive ? createThreadGauge(systemClock, warmKept ? Math.min(MIN_REMAINING_WARM_MS, minRemainingMs()) : minRemainingMs()) : undefined;
  let broken: Error | undefined;
  let closing = false;
  const settled: Promise<void>[] = [];
  // Each worker's listeners, removed when it is kept for a later audit.
  const detach: (() => void)[] = [];
  // How long this thread took per MiB in its last batch of text of at least `TIMED_BATCH_BYTES` (see `SLOW_MS_PER_MIB`).
  let inlineMsPerMiB = 0;
  const inline = (batch: RunnableBatch): Promise<BatchOutcome> => {
    const start = performance.now();
    try {
      return Promise.resolve(settings.inline(batch));
    } catch (error) {
      return Promise.reject(error as Error);
    } finally {
      const bytes = batch.kind === 'chunk' ? batch.buffer.byteLength : 0;
      if (bytes >= TIMED_BATCH_BYTES) inlineMsPerMiB = ((performance.now() - start) * 2 ** 20) / bytes;
    }
  };

  // A batch posted to a worker and taken back (`steal`, or its worker failed to start): audited on this thread,
  // its outcome or error settling the promise `run` gave for it.
  const auditHere = (p: Pending) => {
    try {
      p.resolve(settings.inline(p.batch));
    } catch (error) {
      p.reject(error as Error);
    }
  };

  // Stopped only once every result it owes has arrived (a message still in flight would be lost).
  const stopIfIdle = (slot: number) => {
    if (state[slot] !== 'retired') return;
    for (const p of pending.values()) if (p.worker === slot) return;
    void workers[slot]!.terminate();
  };
  const settles: (() => void)[] = [];
  const markReady = (slot: number) => {
    if (state[slot] !== 'starting') return;
    state[slot] = 'ready';
    settles[slot]!();
  };

  const failAll = (error: Error) => {
    broken ??= error;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(error);
    }
  };

  // A compile that failed closes the pool: no init then.
  const tablesReady = (settings.auditorCompiled ?? Promise.resolve(undefined)).catch(() => undefined);
  // Workers start at once, or (`adaptive`) once this thread alone is seen to get most of a core.
  let workersStarted = false;
  const fullWindow = (settings.size + 1) * 8;
  const startWorkers = () => {
    workersStarted = true;
    let execArgv = workerExecArgv();
    for (let index = 0; index < settings.size; index++) {
      const init: WorkerInit = {
        claims: settings.claims,
        maxLineBytes: settings.maxLineBytes,
        includeData: settings.includeData,
        fields: settings.fields,
        auditorOptions: settings.auditorOptions,
        summaryExamples: settings.summaryExamples,
        queued,
        readyFlags,
        slot: workers.length,
        owners,
      };
      let worker: Worker | undefined = takeIdle(idleKey, auditorKey);
      if (!worker) {
        try {
          // No `workerData`: it loads its modules while this thread compiles, then gets its init.
          const started = startWorker(file, execArgv, undefined, limits);
          execArgv = started.execArgvUsed;
          worker = started;
        } catch (error) {
          startFailures.push((error as Error).message);
          continue;
        }
      }
      const slot = workers.length;
      const w = worker;
      void tablesReady.then((scanTables) => {
        if (closing) return;
        w.postMessage({ type: 'init', init: { ...init, scanTables } });
        initSent[slot] = true;
      });
      workers.push(w);
      state.push('starting');
      let settle!: () => void;
      settled.push(new Promise<void>((resolve) => (settle = resolve)));
      settles[slot] = settle;
      const startFailed = (message: string) => {
        if (state[slot] !== 'starting') return;
        state[slot] = 'failed';
        startFailures.push(message);
        settle();
        void w.terminate();
        // Batches handed to it while it started: audited here instead (it never took any).
        used.delete(slot);
        for (const [id, p] of pending) {
          if (p.worker !== slot || !takeBatch(owners, id, 'caller')) continue;
          pending.delete(id);
          auditHere(p);
        }
      };
      const onError = (error: Error) => {
        if (state[slot] === 'starting') startFailed(error.message);
        else if (!closing) failAll(error);
      };
      const onExit = (code: number) => {
        if (state[slot] === 'starting') startFailed(`exited with code ${code}`);
        else if (state[slot] === 'ready' && !closing) failAll(new NegationNeglectError(`audit worker ${slot} exited with code ${code}`, 'audit_worker_failed'));
      };
      const onMessage = (message: { type: string; id?: number; json?: string; message?: string }) => {
        if (message.type === 'ready') markReady(slot);
        else if (message.type === 'failed') startFailed(message.message ?? 'failed to start');
        else if (message.id !== undefined) {
          const p = pending.get(message.id);
          if (!p) return;
          pending.delete(message.id);
          stopIfIdle(slot);
          if (message.type === 'result') p.resolve({ serialized: message.json! });
          else p.reject(new NegationNeglectError(`audit worker failed: ${message.message}`, 'audit_worker_failed'));
        }
      };
      w.on('error', onError);
      w.on('exit', onExit);
      w.on('message', onMessage);
      detach[slot] = () => {
        w.off('error', onError);
        w.off('exit', onExit);
        w.off('message', onMessage);
      };
    }
  };
  if (!gauge) startWorkers();

  return {
    pool: {
      size: settings.size,
      // Several batches per thread (this one audits too) so none is left idle while the oldest
      // batch still runs elsewhere (memory: about window x chunkBytes; 8 per thread measured better
      // than 4 on 2 cores). Until `adaptive` starts workers, one: this thread audits alone, and
      // each batch is merged into the report before the next, as without a pool.
      get window() {
        return workersStarted ? fullWindow : 1;
      },
      maxWindow: fullWindow,
      get started() {
        // Workers `adaptive` set aside do not count: they took a few batches while it measured,
        // but the audit went on without them.
        let kept = 0;
        for (const i of used) if (state[i] !== 'retired') kept++;
        return kept + (callerWorked || kept < used.size ? 1 : 0);
      },
      get startFailures() {
        return startFailures;
      },
      get feedsWorkers() {
        return state.some((st) => st === 'ready' || st === 'starting');
      },
      async ready() {
        await Promise.all(settled);
      },
      run(batch) {
        if (broken) return Promise.reject(broken);
        if (!workersStarted && gauge!.shouldStart(settings.progress?.())) startWorkers();
        if (batch.kind === 'values' && !batch.cloneable) return inline(batch);
        // Least-loaded ready worker (of those that pay, with `adaptive`); ties go to the lowest index.
        let ready = 0;
        for (let i = 0; i < workers.length; i++) {
          // Ready by the shared flag before its message arrives.
          if (state[i] === 'starting' && Atomics.load(readyFlags, i) === 1) markReady(i);
          if (state[i] === 'ready') ready++;
        }
        let feed = gauge ? gauge.active(ready) : ready;
        if (feed < ready && gauge?.measured) {
          // Measured not to pay: stop the workers past `feed` (an idle isolate still holds its
          // heap, tens of MiB), each once the batches it holds are done. They are not restarted.
          for (let i = workers.length - 1, extra = ready - feed; i >= 0 && extra > 0; i--) {
            if (state[i] !== 'ready') continue;
            state[i] = 'retired';
            extra--;
            stopIfIdle(i);
          }
          ready = feed;
        }
        let target = -1;
        for (let i = 0; i < workers.length && feed > 0; i++) {
          if (state[i] !== 'ready') continue;
          feed--;
          if (target === -1 || Atomics.load(queued, i) < Atomics.load(queued, target)) target = i;
        }
        const share = settings.callerShare ?? 0;
        // No worker ready yet (a fixed pool) and this thread is slow (see `SLOW_MS_PER_MIB`): a starting
        // worker whose init is posted is handed batches up to `callerShare` (one without it), which it
        // audits as soon as it is ready, instead of waiting idle while this thread audits one more.
        if (target === -1 && !gauge && inlineMsPerMiB >= SLOW_MS_PER_MIB) {
          for (let i = 0; i < workers.length; i++) {
            if (state[i] !== 'starting' || !initSent[i] || (share === 0 && Atomics.load(queued, i) > 0)) continue;
            if (target === -1 || Atomics.load(queued, i) < Atomics.load(queued, target)) target = i;
          }
        }
        if (target === -1 || (share > 0 && Atomics.load(queued, target) >= share)) {
          if (target !== -1) callerWorked = true;
          return inline(batch);
        }
        used.add(target);
        Atomics.add(queued, target, 1);
        const id = nextBatchId++;
        queueBatch(owners, id);
        return new Promise<BatchOutcome>((resolve, reject) => {
          pending.set(id, { resolve, reject, worker: target, batch });
          // A chunk in shared memory (the reader's buffers) is shared, not copied; others are copied.
          workers[target]!.postMessage(
            batch.kind === 'values' ? { id, batch } : { id, batch: { kind: 'chunk', buffer: batch.buffer, firstLine: batch.firstLine, endsWithNewline: batch.endsWithNewline, rows: batch.rows, columns: batch.columns, file: batch.file } },
          );
        });
      },
      steal() {
        if (broken) return false;
        // The newest batch first: the worker takes its queue oldest first, so the two meet in the middle.
        const ids = [...pending.keys()];
        for (let i = ids.length - 1; i >= 0; i--) {
          const id = ids[i]!;
          if (!takeBatch(owners, id, 'caller')) continue;
          const p = pending.get(id)!;
          pending.delete(id);
          callerWorked = true;
          stopIfIdle(p.worker);
          auditHere(p);
          return true;
        }
        return false;
      },
      async close(finished = false) {
        closing = true;
        // A worker that finished every batch of an audit that read its whole input is kept for the
        // next audit; any other (starting, retired, failed, or after an error, abort or early stop) is stopped.
        const reusable = finished && !broken && pending.size === 0;
        failAll(new NegationNeglectError('audit worker pool closed', 'audit_worker_failed'));
        const stopping: Promise<number>[] = [];
        workers.forEach((w, slot) => {
          // (Its queue may still hold batches this thread took back: it skips them before the next init.)
          if (reusable && state[slot] === 'ready') {
            detach[slot]!();
            keepIdle(w, idleKey, auditorKey);
          } else stopping.push(w.terminate());
        });
        await Promise.all(stopping);
      },
    },
  };
}
