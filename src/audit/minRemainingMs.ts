// How much work must be left for `workers: 'auto'` to start a cold worker thread.

/**
 * Workers start only when this thread alone would need at least this long for the rest of the input
 * (`NEGATION_NEGLECT_WORKERS_MIN_MS` overrides it: see {@link minRemainingMs}). Two threads finish
 * work W in about (W + C) / 2, where C is what a cold worker costs in seconds of the machine (its
 * start-up until ready, its isolate's JIT warm-up and collections); a worker started with R left
 * saves at least 10% from R = C / 0.8 on. On the 2-core Intel Xeon VM of 6 Dec 2026, the quiet bench's cold
 * speed-ups (1.25-1.63x on 60 MB dense inputs of about 1.5-2 s) give C = T (2 / speed-up - 1) = 0.4-0.8 s,
 * so R from 0.5-1.0 s; the CPU a cold worker adds on a loaded machine (0.9-1.1 s against 2.6 s for one
 * thread) agrees. `bench/audit-worker-cost.mjs` measures C on another machine.
 */
export const MIN_REMAINING_MS = 1_000;

/**
 * In a process's first audit the rate is measured while this thread's own code is still being
 * optimised: over 60 MB of dense JSONL in a fresh process it read 2.65% of the input per 100 ms of its
 * CPU time between 0.1 and 0.3 s, and 5.2% from 0.6 s on, so the work left is overestimated about
 * twofold, and the bar is raised as much.
 */
const FIRST_AUDIT_FACTOR = 2;

/** Some audit has read its whole input in this process (its calling thread's code is optimised). */
let auditedBefore = false;

/**
 * Notes that an audit in this process read its whole input: later audits measure a warm thread.
 *
 * @internal
 * @example
 * ```ts
 * noteAuditFinished(); // at the end of runAudit
 * ```
 */
export function noteAuditFinished(): void {
  auditedBefore = true;
}

/**
 * The work left (ms of this thread alone, at the rate measured over its first 0.2 s) from which
 * `workers: 'auto'` starts a cold worker: `NEGATION_NEGLECT_WORKERS_MIN_MS` when set to a number (a
 * machine calibrated with `bench/audit-worker-cost.mjs`), else {@link MIN_REMAINING_MS}; twice that in
 * the process's first audit (see {@link FIRST_AUDIT_FACTOR}).
 *
 * @internal
 * @example
 * ```ts
 * minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: '800' }, false); // 800
 * minRemainingMs({}, true); // 2000: a fresh process, its rate measured during its own warm-up
 * ```
 */
export function minRemainingMs(env: Record<string, string | undefined> = process.env, firstAudit = !auditedBefore): number {
  const raw = env.NEGATION_NEGLECT_WORKERS_MIN_MS?.trim();
  const value = raw ? Number(raw) : NaN;
  const base = Number.isFinite(value) && value >= 0 ? value : MIN_REMAINING_MS;
  return firstAudit ? base * FIRST_AUDIT_FACTOR : base;
}
