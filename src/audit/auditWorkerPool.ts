import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Claim } from '../claims/claim.js';
import type { ChunkOutcome } from './auditLineChunk.js';
import type { LineChunk } from './readLineChunks.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { ChunkSummary } from './auditChunkSummary.js';
import { NegationNeglectError } from '../errors.js';

/** A fixed set of worker threads auditing JSONL chunks. */
export interface ChunkWorkerPool {
  readonly size: number;
  /**
   * Audits a chunk; with `summarize`, returns its aggregate instead of every record. While no
   * worker is ready yet (start-up) or when none could start, the chunk is audited on the calling
   * thread, so start-up never stalls the audit.
   */
  run(chunk: LineChunk, summarize?: boolean): Promise<ChunkOutcome | ChunkSummary>;
  /** Threads that audited chunks alongside ready workers: workers that took work, plus the caller when it shared the work. */
  readonly started: number;
  /** Why workers failed to start (one entry per failed worker). */
  readonly startFailures: readonly string[];
  /** Resolves once every worker is ready or has failed to start. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

interface PoolSettings {
  size: number;
  claims: Claim[];
  maxLineBytes: number;
  includeData: boolean;
  auditorOptions: DatasetAuditorOptions;
  /** Examples per claim kept when chunks are summarised. */
  maxExamples: number;
  /** Explicit worker file (tests, unusual bundlers). */
  workerFile?: string;
  /** Audits a chunk on the calling thread (used until a worker is ready). */
  inline(chunk: LineChunk, summarize: boolean): ChunkOutcome | ChunkSummary;
  /**
   * The calling thread is one of the auditing threads: once every ready worker has `callerShare`
   * chunks queued, the next chunk is audited here instead of queued (0: never, the caller only reads).
   */
  callerShare?: number;
}

/**
 * Where the built worker lives relative to the module running this code. The bundler may place this
 * code in `dist/audit/index.js`, `dist/index.js` or a shared `dist/chunk-*.js`, so several spots are
 * tried; the extension follows the running module (`.js` for ESM, `.cjs` for CJS). Running from
 * `src/` (vitest) finds nothing, and the caller falls back to one thread.
 */
export function findWorkerFile(): string | undefined {
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
    for (const candidate of [join(dir, `auditWorker${e}`), join(dir, 'audit', `auditWorker${e}`), join(dir, '..', 'audit', `auditWorker${e}`)]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The parent's Node flags minus those that only make sense for a main script: a worker started
 * with `--input-type` or `-e` (inherited from `node --input-type=module -e ...`) refuses to run.
 */
function workerExecArgv(): string[] {
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
 * `new Worker` with `execArgv`, retried once without the flags Node refuses in workers: V8 flags
 * such as `--max-old-space-size` or `--expose-gc` are process-wide, and a parent started with one
 * (common for training scripts) would otherwise get no workers at all.
 */
function startWorker(file: string, execArgv: string[], workerData: unknown): Worker & { execArgvUsed: string[] } {
  try {
    return Object.assign(new Worker(file, { execArgv, workerData }), { execArgvUsed: execArgv });
  } catch (error) {
    const message = (error as { code?: string; message?: string }).message ?? '';
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    // "Initiated Worker with invalid execArgv flags: --max-old-space-size=512, --expose-gc"
    const refused = new Set(message.slice(message.indexOf(':') + 1).split(',').map((flag) => flag.trim()).filter(Boolean));
    const kept = execArgv.filter((flag) => !refused.has(flag));
    if (kept.length === execArgv.length) throw error;
    return Object.assign(new Worker(file, { execArgv: kept, workerData }), { execArgvUsed: kept });
  }
}

/**
 * Starts `size` workers without waiting for them: each builds its own auditor while the caller
 * already audits the first chunks itself. Resolves `{ reason }` only when no worker file exists, so
 * the audit can continue on one thread and say why.
 */
export function createChunkWorkerPool(settings: PoolSettings): { pool?: ChunkWorkerPool; reason?: string } {
  const file = settings.workerFile ?? findWorkerFile();
  if (!file) return { reason: 'the worker file (audit/auditWorker.js) was not found next to the running module (running from source?)' };
  type State = 'starting' | 'ready' | 'failed';
  const workers: Worker[] = [];
  const state: State[] = [];
  // Chunks queued at each worker and not yet finished. Shared memory that the worker decrements as
  // it finishes a chunk: counting replies instead would lag while this thread audits a chunk of
  // its own (replies wait for its event loop), so it would think the worker busy when it is idle.
  const queued = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, settings.size)));
  const used = new Set<number>();
  const startFailures: string[] = [];
  const pending = new Map<number, { resolve(o: ChunkOutcome | ChunkSummary): void; reject(e: Error): void; worker: number }>();
  let nextId = 0;
  let callerWorked = false;
  let broken: Error | undefined;
  let closing = false;
  const settled: Promise<void>[] = [];

  const failAll = (error: Error) => {
    broken ??= error;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(error);
    }
  };

  let execArgv = workerExecArgv();
  for (let index = 0; index < settings.size; index++) {
    let worker: Worker;
    try {
      const started = startWorker(file, execArgv, {
        claims: settings.claims,
        maxLineBytes: settings.maxLineBytes,
        includeData: settings.includeData,
        auditorOptions: settings.auditorOptions,
        maxExamples: settings.maxExamples,
        queued,
        slot: workers.length,
      });
      execArgv = started.execArgvUsed;
      worker = started;
    } catch (error) {
      startFailures.push((error as Error).message);
      continue;
    }
    const slot = workers.length;
    workers.push(worker);
    state.push('starting');
    let settle!: () => void;
    settled.push(new Promise<void>((resolve) => (settle = resolve)));
    const startFailed = (message: string) => {
      if (state[slot] !== 'starting') return;
      state[slot] = 'failed';
      startFailures.push(message);
      settle();
      void worker.terminate();
    };
    worker.on('error', (error) => {
      if (state[slot] === 'starting') startFailed(error.message);
      else if (!closing) failAll(error);
    });
    worker.on('exit', (code) => {
      if (state[slot] === 'starting') startFailed(`exited with code ${code}`);
      else if (state[slot] === 'ready' && !closing) failAll(new NegationNeglectError(`audit worker ${slot} exited with code ${code}`, 'audit_worker_failed'));
    });
    worker.on('message', (message: { type: string; id?: number; json?: string; message?: string }) => {
      if (message.type === 'ready') {
        state[slot] = 'ready';
        settle();
      }
      else if (message.type === 'failed') startFailed(message.message ?? 'failed to start');
      else if (message.id !== undefined) {
        const p = pending.get(message.id);
        if (!p) return;
        pending.delete(message.id);
        if (message.type === 'result') p.resolve(JSON.parse(message.json!) as ChunkOutcome | ChunkSummary);
        else p.reject(new NegationNeglectError(`audit worker failed: ${message.message}`, 'audit_worker_failed'));
      }
    });
  }

  return {
    pool: {
      size: settings.size,
      get started() {
        return used.size + (callerWorked ? 1 : 0);
      },
      get startFailures() {
        return startFailures;
      },
      async ready() {
        await Promise.all(settled);
      },
      run(chunk, summarize = false) {
        if (broken) return Promise.reject(broken);
        // Least-loaded ready worker; ties go to the lowest index.
        let target = -1;
        for (let i = 0; i < workers.length; i++) {
          if (state[i] === 'ready' && (target === -1 || Atomics.load(queued, i) < Atomics.load(queued, target))) target = i;
        }
        const share = settings.callerShare ?? 0;
        if (target === -1 || (share > 0 && Atomics.load(queued, target) >= share)) {
          if (target !== -1) callerWorked = true;
          try {
            return Promise.resolve(settings.inline(chunk, summarize));
          } catch (error) {
            return Promise.reject(error as Error);
          }
        }
        used.add(target);
        Atomics.add(queued, target, 1);
        const id = nextId++;
        return new Promise<ChunkOutcome | ChunkSummary>((resolve, reject) => {
          pending.set(id, { resolve, reject, worker: target });
          const buffer = chunk.buffer.buffer;
          workers[target]!.postMessage(
            { id, buffer: chunk.buffer, firstLine: chunk.firstLine, endsWithNewline: chunk.endsWithNewline, summarize },
            // Moved, not copied, when nothing else uses the memory (a file read made for this chunk).
            chunk.transferable && buffer instanceof ArrayBuffer ? [buffer] : [],
          );
        });
      },
      async close() {
        closing = true;
        failAll(new NegationNeglectError('audit worker pool closed', 'audit_worker_failed'));
        await Promise.all(workers.map((w) => w.terminate()));
      },
    },
  };
}
