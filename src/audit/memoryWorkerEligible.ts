import type { DatasetInput } from './datasetSource.js';

/** The options {@link memoryWorkerEligible} looks at (those of `auditDataset`). */
export interface MemoryWorkerOptions {
  memoryWorker?: boolean | 'auto';
  onRecord?: unknown;
  review?: unknown;
  getText?: unknown;
  auditor?: unknown;
  onInvalid?: unknown;
  shard?: unknown;
}

/**
 * Whether an `auditDataset` call could run in its memory worker (`auditInWorker`): files only (not
 * stdin, streams or in-memory records, which live on this thread), and nothing that must run on this
 * thread during the audit: a per-record callback or review, a text extractor, a ready auditor or an
 * `onInvalid` function (whose throw stops the audit at that record). `onProgress`, `onWarning` and
 * `signal` are relayed. Cheap and synchronous: the sizes are looked at only when this holds.
 *
 * @example
 * ```ts
 * memoryWorkerEligible(normalizeDatasetSource('train.jsonl.gz'), { claims }); // true
 * memoryWorkerEligible(normalizeDatasetSource('train.jsonl.gz'), { claims, onRecord: console.log }); // false
 * ```
 */
export function memoryWorkerEligible(inputs: readonly DatasetInput[], options: MemoryWorkerOptions): boolean {
  if (options.memoryWorker === false) return false;
  if (options.onRecord || options.review || options.getText || options.auditor || options.shard) return false;
  if (typeof options.onInvalid === 'function') return false;
  return inputs.length > 0 && inputs.every((input) => input.kind === 'file' && input.path !== '-' && !input.range);
}
