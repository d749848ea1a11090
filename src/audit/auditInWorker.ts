import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { NegationNeglectError } from '../errors.js';
import { throwIfAborted, toAbortError } from '../util/abort.js';
import type { AuditDatasetOptions } from './auditDataset.js';
import type { AuditReportData } from './auditReport.js';
import type { DatasetInput } from './datasetSource.js';
import { autoThreadCount } from './autoThreadCount.js';
import { estimateTextBytes } from './estimateTextBytes.js';
import { findWorkerFile, startWorker, workerExecArgv } from './auditWorkerPool.js';
import type { AuditProgress } from './recordResults.js';
import { fromThreadError, type ThreadError } from './threadError.js';
import { shrinkYoungGeneration } from '../util/shrinkYoungGeneration.js';

/** What `auditHostWorker` is started with: the audit's inputs and its options without the functions. */
export interface MemoryWorkerRequest {
  inputs: DatasetInput[];
  options: AuditDatasetOptions;
  /** Relay progress, warnings, an abort (the caller passed `onProgress`, `onWarning`, `signal`). */
  progress: boolean;
  warnings: boolean;
  signal: boolean;
}

/** Messages from `auditHostWorker`. */
export type MemoryWorkerMessage =
  | { type: 'progress'; progress: AuditProgress }
  | { type: 'warning'; message: string }
  | { type: 'done'; data: AuditReportData }
  | { type: 'error'; error: ThreadError };

/**
 * `memoryWorker: 'auto'` starts the worker from this much text (`estimateTextBytes`). Starting it and
 * loading the audit's modules in it cost ≈ 0.35 s of CPU on the 2-core Xeon (a one-record audit took
 * 0.63-0.78 s instead of 0.29-0.38), ≈ 2% of an audit of 512 MiB of dense text on one thread, and the
 * calling thread's heap grows with the audit's length: 171-203 MiB of peak RSS on 1 GB in a plain `node`.
 */
export const MEMORY_WORKER_MIN_TEXT_BYTES = 512 * 2 ** 20;
/**
 * A heap limit at or below this is one the caller chose (`--max-old-space-size`, the CLI's relaunch, a
 * worker's `resourceLimits`): V8 then keeps the old generation near its live data, and a worker adds nothing.
 */
const CHOSEN_HEAP_LIMIT = 2 ** 30;

/**
 * The memory worker's heap limits for an audit's options. Old generation 256 MiB plus 8 times the
 * longest line (as the audit workers), or `memoryWorkerHeapMb`: far above what an audit keeps live
 * (≈ 25 MB, its report included), and below V8's 512 MiB threshold, under which the heap grows by at
 * most ≈ 1.3× its live data between full collections instead of up to 4× in a plain `node`. Young
 * generation 16 MiB instead of V8's 48, or 8 MiB when the audit may use more than one thread
 * (`workers` above 1, or `'auto'` on a machine with more than one core: {@link autoThreadCount}):
 * the memory worker then mostly reads and hands batches out, and 16 left 1 GB of Parquet on two
 * threads at 207-211 MiB of peak RSS (docs/benchmarks.md, "Peak RSS"). On one thread it audits
 * everything, and keeps 16 (8 cost 0.3-13% more CPU in pairs). `'auto'` is sized for the threads it
 * may start, as the worker's heap is sized before its pool measures whether they pay; on a busy
 * machine, where the pool keeps one thread, that thread runs with 8 MiB (1.6% more CPU, median of
 * seven pairs started together: docs/benchmarks.md).
 *
 * @example
 * ```ts
 * memoryWorkerLimits({ workers: 2 }); // { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 8 }
 * memoryWorkerLimits({ workers: 'auto' }, 1); // { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 }
 * ```
 */
export function memoryWorkerLimits(
  options: Pick<AuditDatasetOptions, 'maxLineBytes' | 'memoryWorkerHeapMb' | 'workers'>,
  cores: number = availableParallelism(),
): {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
} {
  const maxLineBytes = options.maxLineBytes ?? 16 * 2 ** 20;
  const threads = typeof options.workers === 'number' ? options.workers : autoThreadCount(cores);
  return {
    maxOldGenerationSizeMb: options.memoryWorkerHeapMb ?? 256 + Math.ceil((8 * maxLineBytes) / 2 ** 20),
    maxYoungGenerationSizeMb: threads > 1 ? 8 : 16,
  };
}

/**
 * Whether an eligible `auditDataset` call (`memoryWorkerEligible`) runs in the memory worker:
 * always with `memoryWorker: true`; with `'auto'`, when this thread's heap limit is V8's default
 * (above 1 GiB) and the files hold at least {@link MEMORY_WORKER_MIN_TEXT_BYTES} of text (as their
 * sizes, gzip trailers, zstd headers and Parquet footers say). `inputs` are expanded (directories
 * and globs: `expandDatasetInputs`), once, by the caller, who hands the same list to the audit; the
 * files whose size was estimated keep the first bytes read (`head`).
 *
 * @example
 * ```ts
 * await wantsMemoryWorker(await expandDatasetInputs(normalizeDatasetSource('data/')), {}); // true in a plain `node` for 1 GB of text
 * ```
 */
export async function wantsMemoryWorker(inputs: readonly DatasetInput[], options: AuditDatasetOptions): Promise<boolean> {
  if (options.memoryWorker === true) return true;
  if (getHeapStatistics().heap_size_limit <= CHOSEN_HEAP_LIMIT) return false;
  let text = 0;
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    // The audit (here or in the worker) takes the format from the head read here (`openSource`).
    text += await estimateTextBytes(input.path, (head) => (input.head = head));
    if (text >= MEMORY_WORKER_MIN_TEXT_BYTES) return true;
  }
  return false;
}

/**
 * Runs `auditDataset`'s audit in a worker thread with bounded heap limits ({@link memoryWorkerLimits})
 * and returns its report data. V8 sizes a thread's heap when the thread starts: in a plain `node` the
 * calling thread's old generation may grow to 4× its live data between full collections, and only
 * `--max-old-space-size` bounds it, which a library cannot set for its caller. A worker gets its own
 * limits. This thread waits (giving back the young generation its imports grew: `shrinkYoungGeneration`),
 * relays `onProgress` and `onWarning` in order, and passes an abort on;
 * an error comes back as the same class with the same fields (`threadError.ts`). When the worker
 * cannot start (no built worker file, options that cannot be copied) or runs out of heap (a huge
 * record or row group), the audit runs on this thread (`here`), as without the worker; after a
 * partial run, the progress and warnings already delivered are not repeated.
 *
 * @example
 * ```ts
 * const data = await auditInWorker(normalizeDatasetSource('train.jsonl.gz'), { claims }, auditDatasetHere);
 * ```
 */
export async function auditInWorker(
  inputs: DatasetInput[],
  options: AuditDatasetOptions,
  here: (inputs: DatasetInput[], options: AuditDatasetOptions) => Promise<AuditReportData>,
): Promise<AuditReportData> {
  const { signal, onProgress, onWarning } = options;
  throwIfAborted(signal);
  const file = options.memoryWorkerFile ?? findWorkerFile('auditHostWorker');
  if (!file) return here(inputs, options);
  const { signal: _signal, onProgress: _progress, onWarning: _warning, stdin: _stdin, memoryWorker: _memoryWorker, memoryWorkerFile: _file, memoryWorkerHeapMb: _heapMb, ...plain } = options;
  const request: MemoryWorkerRequest = { inputs, options: plain, progress: onProgress !== undefined, warnings: onWarning !== undefined, signal: signal !== undefined };
  const limits = memoryWorkerLimits(options);
  let worker: Worker;
  try {
    worker = startWorker(file, workerExecArgv(), request, limits);
  } catch {
    // Options `postMessage` cannot copy (e.g. claims carrying functions), or no thread to be had.
    return here(inputs, options);
  }

  // This thread now waits for the whole audit: give back the young generation its imports grew.
  let waiting = true;
  void shrinkYoungGeneration({ stop: () => !waiting });

  // What the worker delivered, so a run on this thread after it ran out of heap repeats none of it.
  let lastProgress: AuditProgress | undefined;
  const warned = new Map<string, number>();
  const outcome = await new Promise<{ data: AuditReportData } | { outOfMemory: string }>((resolve, reject) => {
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      waiting = false;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      then();
    };
    const onAbort = () => worker.postMessage({ type: 'abort' });
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: MemoryWorkerMessage) => {
      if (settled) return;
      try {
        if (message.type === 'progress') {
          lastProgress = message.progress;
          onProgress?.(message.progress);
        } else if (message.type === 'warning') {
          warned.set(message.message, (warned.get(message.message) ?? 0) + 1);
          onWarning?.(message.message);
        } else if (message.type === 'done') settle(() => resolve({ data: message.data }));
        else settle(() => reject(signal?.aborted ? toAbortError(signal.reason) : fromThreadError(message.error)));
      } catch (error) {
        // A callback that throws stops the audit with its error, as on this thread.
        settle(() => reject(error as Error));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(() => resolve({ outOfMemory: error.message }));
      else settle(() => reject(error));
    });
    worker.on('exit', (code) => settle(() => reject(new NegationNeglectError(`the audit's worker thread stopped (exit code ${code}) before its report`, 'audit_worker_stopped'))));
  });
  if ('data' in outcome) return outcome.data;

  const note = `the audit needed more than its worker thread's ${limits.maxOldGenerationSizeMb} MiB of heap (${outcome.outOfMemory}); audited again on the calling thread`;
  onWarning?.(note);
  const seen = new Map(warned);
  const data = await here(inputs, {
    ...options,
    ...(onProgress
      ? {
          onProgress: (progress: AuditProgress) => {
            // Skip what the worker already reported: the same records and bytes again.
            if (lastProgress && progress.records <= lastProgress.records && progress.bytes <= lastProgress.bytes) return;
            lastProgress = undefined;
            onProgress(progress);
          },
        }
      : {}),
    ...(onWarning
      ? {
          onWarning: (message: string) => {
            const left = seen.get(message) ?? 0;
            if (left > 0) seen.set(message, left - 1);
            else onWarning(message);
          },
        }
      : {}),
  });
  return { ...data, warnings: [...data.warnings, note] };
}
