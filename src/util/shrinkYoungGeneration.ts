import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Bytes of one young `ArrayBuffer` that makes V8 collect the young generation at the next buffer
 * allocated: V8 (Node 20's 11.3) runs a scavenge when the young buffers' bytes reach twice its
 * default semi-space (2 × 16 MiB on 64-bit). Above glibc's largest mmap threshold (32 MiB), so the
 * buffer is a fresh zero mapping that is never touched: it costs no resident memory.
 */
const POKE_BYTES = 33 * 2 ** 20;

/** What {@link shrinkYoungGeneration} did: the young generation's reserved size before and after, MiB. */
export interface ShrinkYoungGenerationResult {
  beforeMb: number;
  afterMb: number;
  /** Young collections it set off. */
  collections: number;
}

/** Options of {@link shrinkYoungGeneration}. */
export interface ShrinkYoungGenerationOptions {
  /** Done once the young generation is at most this many MiB (default 4). */
  targetMb?: number;
  /** Young collections at most (default 16). */
  maxCollections?: number;
  /** Pause between two collections, ms (default 50). */
  intervalMs?: number;
  /** Stops when this returns true (the audit the thread waits for has ended). */
  stop?: () => boolean;
}

/**
 * Gives back the young generation of a thread that is about to wait a long time (the calling
 * thread of an audit run in its memory worker). Importing the package grows this thread's young
 * generation to 16 MiB (2 × 8 MiB semi-spaces, all of it resident), and V8 shrinks it only at a
 * young collection that finds the thread's allocation rate low, nonzero, over its last ten
 * collections; an idle thread never collects again, so the 16 MiB stay for the whole audit
 * (docs/benchmarks.md, "Peak RSS"). This sets off up to `maxCollections` young collections
 * `intervalMs` apart, each with a young `ArrayBuffer` of 33 MiB that is never touched (see
 * `POKE_BYTES`) and a small object, so the rate V8 measures falls to a few bytes per ms once the
 * import's collections have left its window of ten; the first collection that sees it shrinks
 * the young generation to about 1 MiB. It stops as soon as the space is at most `targetMb`, or when
 * `stop()` says so. Costs a few ms of CPU per collection (the thread's live young objects are few).
 * A V8 whose heuristics differ leaves the space as it was: nothing else changes.
 *
 * @example
 * ```ts
 * const worker = startWorker(...);
 * let done = false;
 * void shrinkYoungGeneration({ stop: () => done }); // { beforeMb: 16, afterMb: 1, collections: 11 }
 * ```
 */
export async function shrinkYoungGeneration(options: ShrinkYoungGenerationOptions = {}): Promise<ShrinkYoungGenerationResult> {
  const { targetMb = 4, maxCollections = 16, intervalMs = 50, stop } = options;
  const beforeMb = youngGenerationMb();
  let afterMb = beforeMb;
  let collections = 0;
  // A few live objects allocated between collections: V8 shrinks only at a rate above zero.
  const trickle: object[] = [];
  while (afterMb > targetMb && collections < maxCollections) {
    await new Promise<void>((resolve) => setTimeout(resolve, intervalMs).unref());
    if (stop?.()) break;
    trickle.push({ at: collections });
    setOffYoungCollection();
    collections++;
    afterMb = youngGenerationMb();
  }
  return { beforeMb, afterMb, collections };
}

/** The young generation's reserved size (V8's new space), MiB. */
export function youngGenerationMb(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space ? space.space_size / 2 ** 20 : 0;
}

function setOffYoungCollection(): void {
  // Dead at once; counted among the young buffers until the collection that the next one sets off.
  let poke: ArrayBuffer | undefined = new ArrayBuffer(POKE_BYTES);
  poke = undefined;
  void poke;
  void new ArrayBuffer(8).byteLength;
}
