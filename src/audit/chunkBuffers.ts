/**
 * Reused read buffers for an audit: file reads and decoded output land in buffers of shared memory
 * that come back once their batch is audited (on this thread or a worker), instead of a fresh
 * 1 MiB buffer per read. Fresh buffers die only at the next full collection once their wrapper has
 * been promoted (a batch waits in the window, or in a worker's queue, long enough for that): on a
 * dense 1 GB audit on two threads, 25 MiB of dead buffers piled up on each thread between full
 * collections. Shared memory also crosses to a worker without a copy and without detaching anything.
 */
export interface ChunkBuffers {
  /** Size of every buffer. */
  readonly bytes: number;
  /** Buffers made so far (each is memory the audit holds until it ends). */
  readonly made: number;
  /** A free buffer (a fresh one when none is free). */
  take(): Buffer;
  /** Whether `memory` is one of these buffers (a view of it may be given back once unused). */
  owns(memory: ArrayBufferLike): boolean;
  /** Gives a buffer back once nothing reads it any more; kept for reuse up to the set's limit. */
  give(memory: ArrayBufferLike): void;
}

/**
 * Buffers of `bytes` each, at most `keep` of them kept free for reuse.
 *
 * @example
 * ```ts
 * const buffers = createChunkBuffers(1 << 20, 8);
 * const buf = buffers.take(); // fill, audit, then:
 * buffers.give(buf.buffer);
 * ```
 */
export function createChunkBuffers(bytes: number, keep: number): ChunkBuffers {
  const free: SharedArrayBuffer[] = [];
  const mine = new WeakSet<ArrayBufferLike>();
  let made = 0;
  return {
    bytes,
    get made() {
      return made;
    },
    take() {
      let memory = free.pop();
      if (!memory) {
        memory = new SharedArrayBuffer(bytes);
        mine.add(memory);
        made++;
      }
      return Buffer.from(memory);
    },
    owns: (memory) => mine.has(memory),
    give(memory) {
      if (mine.has(memory) && free.length < keep && !free.includes(memory as SharedArrayBuffer)) free.push(memory as SharedArrayBuffer);
    },
  };
}
