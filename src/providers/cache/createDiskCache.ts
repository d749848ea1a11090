import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError } from '../../errors.js';
import type { ChatCacheEntry, ChatCacheStore } from './cacheStore.js';
import { isChatCacheEntry } from './cacheStore.js';

/** Options of {@link createDiskCache}. */
export interface DiskCacheOptions {
  /** Cache directory; created on first write. */
  dir: string;
  /**
   * How files are read and written.
   * - `auto` (default): synchronous reads, asynchronous writes. A read is served from the page
   *   cache (or is one failed `open` on a miss) in microseconds, far cheaper than four round
   *   trips through libuv's 4-thread pool; a create + write + rename can take ~0.5 ms on a busy
   *   disk, which would stall every in-flight request if done synchronously.
   * - `async`: both asynchronous (network file systems, where even a read can block).
   * - `sync`: both synchronous (single-threaded scripts on a fast local disk).
   */
  io?: 'auto' | 'sync' | 'async';
}

/** A disk cache store with helpers to inspect it. */
export interface DiskCacheStore extends ChatCacheStore {
  readonly dir: string;
  /** Path of the file holding `key` (`<dir>/<key[0..2]>/<key>.json`). */
  pathFor(key: string): string;
  /** Lists every entry key on disk (walks the shard directories). */
  keys(): Promise<string[]>;
  /** Unreadable entries seen by `get` (treated as misses and rewritten). */
  readonly corruptReads: number;
}

const KEY = /^[0-9a-f]{16,128}$/;

/**
 * A persistent cache: one JSON file per sample under 256 shard directories. Writes go to a
 * unique temp file that is then renamed over the target, so readers (in this or any other
 * process) see either no file or a complete one; two processes writing the same key both
 * write a complete, equivalent entry and the last rename wins.
 *
 * @example
 * ```ts
 * const store = createDiskCache({ dir: '.cache/chat' });
 * const model = wrapChatModel({ model: base, middleware: [cache({ store })] });
 * ```
 */
export function createDiskCache(options: DiskCacheOptions): DiskCacheStore {
  if (!options || typeof options.dir !== 'string' || options.dir === '') {
    throw new InvalidArgumentError('dir', 'a directory path', options?.dir);
  }
  const dir = options.dir;
  const io = options.io ?? 'auto';
  if (io !== 'auto' && io !== 'sync' && io !== 'async') throw new InvalidArgumentError('io', "'auto', 'sync' or 'async'", io);
  const syncRead = io !== 'async';
  const sync = io === 'sync';
  // Unique temp names without a random draw per write: process id + per-store nonce + counter.
  const nonce = randomBytes(4).toString('hex');
  let tmpCounter = 0;
  const madeDirs = new Set<string>();
  let corruptReads = 0;
  const checkKey = (key: string) => {
    if (!KEY.test(key)) throw new InvalidArgumentError('key', 'a lowercase hex digest', key);
  };
  const pathFor = (key: string) => {
    checkKey(key);
    return join(dir, key.slice(0, 2), `${key}.json`);
  };
  return {
    dir,
    pathFor,
    get corruptReads() {
      return corruptReads;
    },
    async get(key) {
      let text: string;
      try {
        text = syncRead ? readFileSync(pathFor(key), 'utf8') : await readFile(pathFor(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        const value: unknown = JSON.parse(text);
        if (isChatCacheEntry(value, key)) return value;
      } catch {
        // fall through: unreadable entries (e.g. written by a disk-full crash) count as misses
      }
      corruptReads++;
      return undefined;
    },
    async set(key, entry: ChatCacheEntry) {
      const target = pathFor(key);
      const shard = join(dir, key.slice(0, 2));
      if (!madeDirs.has(shard)) {
        if (sync) mkdirSync(shard, { recursive: true });
        else await mkdir(shard, { recursive: true });
        madeDirs.add(shard);
      }
      const tmp = `${target}.${process.pid}.${nonce}.${(tmpCounter++).toString(36)}.tmp`;
      const text = `${JSON.stringify(entry)}\n`;
      const writeAtomically = async () => {
        if (sync) writeFileSync(tmp, text, 'utf8');
        else await writeFile(tmp, text, 'utf8');
        // On Windows, renaming over a file another process has open fails briefly (EPERM/EBUSY).
        for (let attempt = 0; ; attempt++) {
          try {
            if (sync) renameSync(tmp, target);
            else await rename(tmp, target);
            return;
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (attempt >= 4 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 5 * (attempt + 1)));
          }
        }
      };
      try {
        await writeAtomically();
      } catch (error) {
        if (sync) rmSync(tmp, { force: true });
        else await rm(tmp, { force: true }).catch(() => undefined);
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        // The shard directory was removed under us (cache cleared): recreate once.
        if (sync) mkdirSync(shard, { recursive: true });
        else await mkdir(shard, { recursive: true });
        await writeAtomically();
      }
    },
    async keys() {
      let shards: string[];
      try {
        shards = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const out: string[] = [];
      for (const shard of shards.sort()) {
        if (!/^[0-9a-f]{2}$/.test(shard)) continue;
        for (const file of (await readdir(join(dir, shard))).sort()) {
          if (file.endsWith('.json')) out.push(file.slice(0, -'.json'.length));
        }
      }
      return out;
    },
  };
}
