// Runs the ChatCacheStore suite against every store: memory, and disk in each of its io modes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskCache, type DiskCacheOptions } from '../../src/providers/cache/createDiskCache.js';
import { createMemoryCache } from '../../src/providers/cache/createMemoryCache.js';
import { cacheStoreConformance } from './cacheStore.suite.js';

cacheStoreConformance('createMemoryCache', async () => ({ store: createMemoryCache() }));

for (const io of ['auto', 'sync', 'async'] as const) {
  cacheStoreConformance(`createDiskCache (io: '${io}')`, async () => {
    const dir = await mkdtemp(join(tmpdir(), `nn-cache-conformance-${io}-`));
    const options: DiskCacheOptions = { dir, io };
    const store = createDiskCache(options);
    return {
      store,
      reopen: () => createDiskCache(options),
      corrupt: (key) => writeFile(store.pathFor(key), '{"version":1,"key":"trunc', 'utf8'),
      close: () => rm(dir, { recursive: true, force: true }),
    };
  });
}
