/**
 * Node's heap settings for a long `audit`, which the running process can no longer change: V8 sizes
 * the main thread's young generation when the process starts (up to 32 MiB of semi-spaces, which a
 * long audit always grows to), and glibc gives every thread that allocates its own malloc arena,
 * each keeping freed memory. On the 1 GB dense corpus (5 Dec 2026, seventh session) these two took
 * 217 → 157 MiB of peak RSS on two threads (gzip) and 123 → 98 MiB on the 60 MB corpus on one
 * thread, at the same CPU time (1.86 against 1.89 s, within the noise).
 */
export const AUDIT_NODE_FLAGS = ['--max-semi-space-size=4'] as const;

/**
 * The old generation's limit for an audit whose longest line is `maxLineBytes`: V8 lets the heap
 * grow to 4× its live data between full collections when the limit is 1 GiB or more, and less
 * below it (Parquet's calling thread, ≈ 25 MB live, reached 100-114 MB of heap on 1 GB). An audit
 * holds about 25 MB plus a few copies of its longest record (string, parsed value), so 512 MiB plus
 * 16 of them leaves room many times over (768 MiB at the default 16 MiB).
 */
export function auditOldSpaceMb(maxLineBytes = 16 * 2 ** 20): number {
  return 512 + Math.ceil((16 * maxLineBytes) / 2 ** 20);
}

/** `--max-line-bytes` from the audit's arguments (undefined when absent or not a number). */
function maxLineBytesArg(argv: readonly string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--max-line-bytes' ? argv[i + 1] : arg.startsWith('--max-line-bytes=') ? arg.slice('--max-line-bytes='.length) : undefined;
    if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  return undefined;
}
/** glibc's malloc arenas (ignored by other C libraries). */
export const AUDIT_MALLOC_ARENA_MAX = '2';

/** Set in the relaunched process (so it never relaunches again); set to `0` by a user to opt out. */
export const RELAUNCH_ENV = 'NEGATION_NEGLECT_RELAUNCH';

/** How to start the CLI again with {@link AUDIT_NODE_FLAGS}: Node's arguments and the environment. */
export interface Relaunch {
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Whether `negation-neglect <argv>` should run in a child Node process started with the audit's
 * heap settings, and how. Only `audit` (the command that reads gigabytes); never when the user
 * already chose a heap size (young or old generation, in the flags or `NODE_OPTIONS`), when this process is the
 * relaunched one, or when `NEGATION_NEGLECT_RELAUNCH=0`. Costs one more Node start (≈ 0.08 s of CPU on a loaded 2-core machine).
 *
 * @example
 * ```ts
 * const relaunch = memoryRelaunch(process.argv.slice(2), process.env, process.execArgv, process.argv[1]!);
 * if (relaunch) spawn(process.execPath, relaunch.args, { stdio: 'inherit', env: relaunch.env });
 * ```
 */
export function memoryRelaunch(argv: readonly string[], env: NodeJS.ProcessEnv, execArgv: readonly string[], script: string): Relaunch | undefined {
  if (argv[0] !== 'audit' || argv.includes('--help') || argv.includes('-h')) return undefined;
  if (env[RELAUNCH_ENV] !== undefined) return undefined;
  const chosen = (flag: string) => /^--max[-_](semi|old)[-_]space[-_]size/.test(flag);
  if (execArgv.some(chosen) || (env.NODE_OPTIONS ?? '').split(/\s+/).some(chosen)) return undefined;
  return {
    args: [...execArgv, ...AUDIT_NODE_FLAGS, `--max-old-space-size=${auditOldSpaceMb(maxLineBytesArg(argv))}`, script, ...argv],
    env: { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? AUDIT_MALLOC_ARENA_MAX, [RELAUNCH_ENV]: 'done' },
  };
}
