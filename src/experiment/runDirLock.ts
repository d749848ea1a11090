import { open, readFile, rm } from 'node:fs/promises';
import { isProcessAlive, processStartMarker } from '../util/isProcessAlive.js';
import { join } from 'node:path';
import { NegationNeglectError } from '../errors.js';

/** File name of the lock a running experiment holds in its run directory. */
export const RUN_LOCK_FILE_NAME = 'run.lock';

/**
 * Takes the run directory's lock so two processes never run (and pay for) the same steps at once.
 * A lock left by a process that no longer exists is taken over. Returns the release function.
 */
export async function acquireRunDirLock(runDir: string): Promise<() => Promise<void>> {
  const file = join(runDir, RUN_LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, start: processStartMarker(process.pid), startedAt: new Date().toISOString() }));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let pid = Number.NaN;
      let start: string | undefined;
      try {
        const holder = JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown; start?: unknown };
        pid = Number(holder.pid);
        if (typeof holder.start === 'string') start = holder.start;
      } catch {
        // An unreadable lock (torn write) is treated as stale.
      }
      // A pid reused by another process since the holder crashed (or the machine rebooted) is stale too.
      if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid, start)) {
        throw new NegationNeglectError(`Run directory ${runDir} is in use by process ${pid} (remove ${file} if that process is not an experiment)`, 'run_dir_locked');
      }
      await rm(file, { force: true });
    }
  }
  throw new NegationNeglectError(`Could not take the lock ${file}`, 'run_dir_locked');
}
