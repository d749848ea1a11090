import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Claim } from '../claims/claim.js';
import type { ChunkOutcome } from './auditLineChunk.js';
import type { LineChunk } from './readLineChunks.js';
import type { DatasetAuditorOptions } from './resolveAuditor.js';
import type { ChunkSummary } from './summarizeChunk.js';

/** A fixed set of worker threads auditing JSONL chunks. */
export interface ChunkWorkerPool {
  readonly size: number;
  /** Audits a chunk; with `summarize`, returns its aggregate instead of every record. */
  run(chunk: LineChunk, summarize?: boolean): Promise<ChunkOutcome | ChunkSummary>;
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
 * Starts `size` workers and waits until each has built its auditor. Resolves `{ reason }` instead of
 * throwing when workers cannot be used, so the audit can continue on one thread and say why.
 */
export async function createChunkWorkerPool(settings: PoolSettings): Promise<{ pool?: ChunkWorkerPool; reason?: string }> {
  const file = settings.workerFile ?? findWorkerFile();
  if (!file) return { reason: 'the worker file (audit/auditWorker.js) was not found next to the running module (running from source?)' };
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve(o: ChunkOutcome | ChunkSummary): void; reject(e: Error): void; worker: number }>();
  const load: number[] = [];
  let nextId = 0;
  let broken: Error | undefined;

  const failAll = (error: Error) => {
    broken ??= error;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(error);
    }
  };

  try {
    await Promise.all(
      Array.from({ length: settings.size }, (_, index) => {
        const worker = new Worker(file, {
          execArgv: workerExecArgv(),
          workerData: {
            claims: settings.claims,
            maxLineBytes: settings.maxLineBytes,
            includeData: settings.includeData,
            auditorOptions: settings.auditorOptions,
            maxExamples: settings.maxExamples,
          },
        });
        workers.push(worker);
        load.push(0);
        return new Promise<void>((resolve, reject) => {
          worker.once('error', reject);
          worker.on('message', (message: { type: string; id?: number; json?: string; message?: string }) => {
            if (message.type === 'ready') {
              worker.off('error', reject);
              worker.on('error', (error) => failAll(error));
              worker.on('exit', (code) => {
                if (code !== 0) failAll(new Error(`audit worker ${index} exited with code ${code}`));
              });
              resolve();
            } else if (message.type === 'failed') {
              reject(new Error(message.message));
            } else if (message.id !== undefined) {
              const p = pending.get(message.id);
              if (!p) return;
              pending.delete(message.id);
              load[p.worker]!--;
              if (message.type === 'result') p.resolve(JSON.parse(message.json!) as ChunkOutcome | ChunkSummary);
              else p.reject(new Error(`audit worker failed: ${message.message}`));
            }
          });
        });
      }),
    );
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    return { reason: `audit workers could not start (${(error as Error).message})` };
  }

  return {
    pool: {
      size: settings.size,
      run(chunk: LineChunk, summarize = false) {
        if (broken) return Promise.reject(broken);
        // Least-loaded worker; ties go to the lowest index.
        let target = 0;
        for (let i = 1; i < load.length; i++) if (load[i]! < load[target]!) target = i;
        load[target]!++;
        const id = nextId++;
        return new Promise<ChunkOutcome | ChunkSummary>((resolve, reject) => {
          pending.set(id, { resolve, reject, worker: target });
          workers[target]!.postMessage({
            id,
            buffer: chunk.buffer,
            firstLine: chunk.firstLine,
            endsWithNewline: chunk.endsWithNewline,
            summarize,
          });
        });
      },
      async close() {
        failAll(new Error('audit worker pool closed'));
        await Promise.all(workers.map((w) => w.terminate()));
      },
    },
  };
}
