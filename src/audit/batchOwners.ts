/**
 * Who audits a batch handed to a worker: the worker, when it gets to it, or the calling thread, when
 * it would otherwise wait idle for the worker's backlog (the end of a file, a worker still warming
 * up). Both take the batch in shared memory with a compare-and-swap, so each batch is audited
 * exactly once and the other skips it. Entry `id % length` holds the batch's tag while it is queued,
 * tag + 1 once the worker has begun it, tag + 2 once the calling thread has taken it. The tag holds
 * the id, so a late take of an entry since reused by a later batch fails (the pool's window bounds
 * the batches in flight far below `length`).
 */

/** Entries in a pool's owners array: far more than the batches in flight at once (the window). */
export const BATCH_CLAIM_SLOTS = 4096;

/** A new owners array (shared memory) for a pool. */
export function createBatchOwners(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * BATCH_CLAIM_SLOTS));
}

const tag = (id: number): number => (id & 0x0fffffff) << 2;

/** Marks batch `id` as queued at a worker (before its message is posted). */
export function queueBatch(owners: Int32Array, id: number): void {
  Atomics.store(owners, id % owners.length, tag(id));
}

/**
 * Takes batch `id` for the worker or for the calling thread; false when the other has it.
 *
 * @example
 * ```ts
 * const owners = createBatchOwners();
 * queueBatch(owners, 7);
 * takeBatch(owners, 7, 'caller'); // true: the worker will skip it
 * takeBatch(owners, 7, 'worker'); // false
 * ```
 */
export function takeBatch(owners: Int32Array, id: number, by: 'worker' | 'caller'): boolean {
  const t = tag(id);
  return Atomics.compareExchange(owners, id % owners.length, t, t + (by === 'worker' ? 1 : 2)) === t;
}
