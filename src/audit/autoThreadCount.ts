import { availableParallelism } from 'node:os';

/**
 * How many auditing threads `workers: 'auto'` sets up where workers may pay: one per core, at most 4
 * (past that the reading thread, which also decompresses, is the bottleneck). Whether the workers
 * then start is measured during the run (`createThreadGauge`); this is the most it will use. Known
 * before the run, so the memory worker's heap can be sized for it (`memoryWorkerLimits`).
 *
 * @internal
 * @example
 * ```ts
 * autoThreadCount(2); // 2
 * autoThreadCount(16); // 4
 * ```
 */
export function autoThreadCount(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores));
}
