import { readFileSync } from 'node:fs';

/**
 * Internal: when the process with this pid started, as a string that is equal only for the same
 * process: on Linux the boot id and the start time in clock ticks since boot (`/proc/<pid>/stat`,
 * field 22), so neither a pid reused after the process died nor one reused after a reboot matches.
 * `undefined` where it cannot be read (other systems, a process that is gone): callers then fall
 * back to the pid alone.
 *
 * @example
 * ```ts
 * const start = processStartMarker(child.pid); // 'linux:6f1c…:1234567'
 * isProcessAlive(child.pid, start);            // false once the pid names another process
 * ```
 */
export function processStartMarker(pid: number): string | undefined {
  if (process.platform !== 'linux' || !Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and ')': fields 3.. follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields[19];
    if (!startTicks || !/^\d+$/.test(startTicks)) return undefined;
    return `linux:${bootId()}:${startTicks}`;
  } catch {
    return undefined;
  }
}

let cachedBootId: string | undefined;
function bootId(): string {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      cachedBootId = '';
    }
  }
  return cachedBootId;
}

/**
 * Internal: whether a process with this pid exists on this host (signal 0 probes without
 * signalling). EPERM means it exists but belongs to another user. Locks and the training-command
 * runner use it to tell a live owner from one that crashed. With `startMarker` (recorded by
 * {@link processStartMarker} when the process was started), a pid that now names another process
 * (reused after a crash or a reboot) counts as dead; where the start cannot be read, the pid alone decides.
 *
 * @example
 * ```ts
 * isProcessAlive(process.pid); // true
 * isProcessAlive(process.pid, 'linux:other-boot:1'); // false on Linux: same pid, another process
 * ```
 */
export function isProcessAlive(pid: number, startMarker?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (startMarker === undefined) return true;
  const now = processStartMarker(pid);
  if (now !== undefined) return now === startMarker;
  // Unreadable: the process is gone since the probe, or this system has no such record (then the pid decides).
  return processStartMarker(process.pid) === undefined;
}
