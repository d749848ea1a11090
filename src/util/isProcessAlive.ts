/**
 * Internal: whether a process with this pid exists on this host (signal 0 probes without
 * signalling). EPERM means it exists but belongs to another user. Locks and the training-command
 * runner use it to tell a live owner from one that crashed.
 *
 * @example
 * ```ts
 * isProcessAlive(process.pid); // true
 * ```
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
