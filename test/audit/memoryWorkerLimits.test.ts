import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const memoryWorkerFile = join(root, 'no-such-memory-worker.cjs');

// Record the limits the memory worker is started with; throwing makes the audit run on this thread.
const started: unknown[] = [];
vi.mock('../../src/audit/auditWorkerPool.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/audit/auditWorkerPool.js')>();
  return {
    ...actual,
    startWorker: (file: string, execArgv: string[], data: unknown, limits: Parameters<typeof actual.startWorker>[3]) => {
      if (file !== memoryWorkerFile) return actual.startWorker(file, execArgv, data, limits);
      started.push(limits);
      throw new Error('no memory worker in this test');
    },
  };
});

const { auditDataset } = await import('../../src/audit/auditDataset.js');
const { memoryWorkerLimits } = await import('../../src/audit/auditInWorker.js');

describe('memoryWorkerLimits', () => {
  it('gives the memory worker an 8 MiB young generation with more than one auditing thread, 16 with one', () => {
    expect(memoryWorkerLimits({ workers: 1 })).toEqual({ maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 });
    // `auto` (the default) is sized for the threads it may start: one per core, at most 4.
    expect(memoryWorkerLimits({}, 1)).toEqual({ maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 });
    expect(memoryWorkerLimits({ workers: 'auto' }, 1).maxYoungGenerationSizeMb).toBe(16);
    expect(memoryWorkerLimits({ workers: 'auto' }, 2).maxYoungGenerationSizeMb).toBe(8);
    expect(memoryWorkerLimits({}, 8).maxYoungGenerationSizeMb).toBe(8);
    expect(memoryWorkerLimits({ workers: 1 }, 8).maxYoungGenerationSizeMb).toBe(16);
    expect(memoryWorkerLimits({ workers: 2 })).toEqual({ maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 8 });
    expect(memoryWorkerLimits({ workers: 4, maxLineBytes: 2 ** 20, memoryWorkerHeapMb: 300 })).toEqual({ maxOldGenerationSizeMb: 300, maxYoungGenerationSizeMb: 8 });
    expect(memoryWorkerLimits({ maxLineBytes: 2 ** 20 }).maxOldGenerationSizeMb).toBe(264);
  });

  it('starts the memory worker with those limits (young generation 16 MiB on one thread, 8 on two)', async () => {
    const options = { claims: join(root, 'examples/data/claims.yaml'), memoryWorker: true, memoryWorkerFile } as const;
    const data = join(root, 'examples/data/mixed-training-set.jsonl');
    for (const workers of [1, 2]) {
      const report = await auditDataset(data, { ...options, workers });
      expect(report.totals.records).toBeGreaterThan(0);
    }
    expect(started).toEqual([
      { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 },
      { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 8 },
    ]);
  });
});
