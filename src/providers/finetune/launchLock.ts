import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { isProcessAlive, processStartMarker } from '../../util/isProcessAlive.js';
import { join } from 'node:path';
import { sleep } from '../../util/abort.js';

/**
 * Internal: runs `fn` while holding `<dir>/launch-<key>.lock` (created with `O_EXCL`). Another
 * holder is waited for; a lock left by a dead process (its pid no longer exists, or now names a
 * process that started later: a reused pid) is taken over.
 * Host-local by design: the pid check means nothing across machines sharing a directory.
 */
export async function withLaunchLock<T>(dir: string, launchKey: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `launch-${launchKey.slice(0, 32)}.lock`);
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.write(JSON.stringify({ pid: process.pid, start: processStartMarker(process.pid), token, at: new Date().toISOString() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      if (!holder && (await ageMs(path)) > 10_000) {
        // Unreadable for 10 s: its writer died between creating and filling it.
        await rm(path, { force: true });
        continue;
      }
      if (holder && !isProcessAlive(holder.pid, holder.start)) {
        // Re-read right before removing, so we only delete the stale lock we inspected.
        const again = await readHolder(path);
        if (again?.token === holder.token) await rm(path, { force: true });
        continue;
      }
      await sleep(50, signal);
    }
  }
  try {
    return await fn();
  } finally {
    const holder = await readHolder(path);
    if (holder?.token === token) await rm(path, { force: true });
  }
}

async function readHolder(path: string): Promise<{ pid: number; start: string | undefined; token: string } | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; start?: unknown; token?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string'
      ? { pid: parsed.pid, start: typeof parsed.start === 'string' ? parsed.start : undefined, token: parsed.token }
      : undefined;
  } catch {
    // Being written right now (or torn): treat as held, the next round reads it again.
    return undefined;
  }
}

async function ageMs(path: string): Promise<number> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}
