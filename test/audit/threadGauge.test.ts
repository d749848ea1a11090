import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { createChunkWorkerPool, createThreadGauge } from '../../src/audit/auditWorkerPool.js';
import { minRemainingMs } from '../../src/audit/minRemainingMs.js';
import { autoWorkers } from '../../src/audit/runAudit.js';
import type { Claim } from '../../src/claims/claim.js';

/** A clock where the process gets `cores` CPU milliseconds per wall-clock millisecond. */
function fakeClock() {
  let wall = 0;
  let cpu = 0;
  return {
    clock: { now: () => wall, cpu: () => cpu },
    advance(ms: number, cores: number) {
      wall += ms;
      cpu += ms * cores;
    },
  };
}

describe('createThreadGauge', () => {
  it('feeds every ready worker while measuring, then keeps those the cores measured pay for', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    expect(gauge.active(0)).toBe(0);
    expect(gauge.kept).toBe(Infinity);
    expect(gauge.active(1)).toBe(1); // starts measuring
    t.advance(200, 1.9);
    expect(gauge.active(1)).toBe(1);
    t.advance(400, 1.9);
    expect(gauge.active(1)).toBe(1); // two cores: the worker pays
    expect(gauge.kept).toBe(1);
  });

  it('sets workers aside when the threads only take turns for one core, and measures again later', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    gauge.active(1);
    t.advance(600, 1.1);
    expect(gauge.measured).toBe(false);
    expect(gauge.active(1)).toBe(0);
    expect(gauge.measured).toBe(true);
    t.advance(5_000, 1);
    expect(gauge.active(1)).toBe(0); // the decision holds
    t.advance(5_000, 1);
    expect(gauge.active(1)).toBe(1); // 10 s later: measured again, with the worker fed
    t.advance(600, 2);
    expect(gauge.active(1)).toBe(1);
  });

  it('keeps as many workers as the cores measured allow', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    gauge.active(3);
    t.advance(600, 2.6); // a 4-thread audit getting under 3 cores
    expect(gauge.active(3)).toBe(2);
    expect(gauge.active(1)).toBe(1); // never more than are ready
  });
});

describe('createThreadGauge before workers start', () => {
  it('starts them only once this thread alone gets most of a core, and looks again 10 s later', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    expect(gauge.shouldStart()).toBe(false); // starts measuring
    t.advance(250, 0.3); // a busy machine: a third of a core
    expect(gauge.shouldStart()).toBe(false);
    t.advance(5_000, 0.3);
    expect(gauge.shouldStart()).toBe(false); // holds
    t.advance(5_000, 1);
    expect(gauge.shouldStart()).toBe(false); // measures again
    t.advance(250, 1);
    expect(gauge.shouldStart()).toBe(true);
  });
});

describe('createThreadGauge and the work left', () => {
  it('starts workers only when this thread alone would need at least 1 s more, and then never asks again', () => {
    const t = fakeClock();
    const short = createThreadGauge(t.clock);
    expect(short.shouldStart(0)).toBe(false);
    t.advance(250, 1);
    // Half the input in 250 ms: the other half takes 250 ms, less than a worker costs to start and warm.
    expect(short.shouldStart(0.5)).toBe(false);
    t.advance(20_000, 1);
    expect(short.shouldStart(0.6)).toBe(false);
    expect(short.shouldStart(0.6)).toBe(false);

    const long = createThreadGauge(t.clock);
    expect(long.shouldStart(0)).toBe(false);
    t.advance(250, 1);
    expect(long.shouldStart(0.1)).toBe(true); // 2.25 s left

    // A warm worker kept from an earlier audit pays from less work on.
    const warm = createThreadGauge(t.clock, 300);
    expect(warm.shouldStart(0)).toBe(false);
    t.advance(250, 1);
    expect(warm.shouldStart(0.4)).toBe(true); // 375 ms left
  });

  it('measures on until progress moves (Parquet reports a row group at a time)', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    expect(gauge.shouldStart(0)).toBe(false);
    t.advance(250, 1);
    expect(gauge.shouldStart(0)).toBe(false);
    t.advance(250, 1);
    expect(gauge.shouldStart(0.2)).toBe(true); // 0.2 in 500 ms: 2 s left
  });

  it('without a known size decides by the cores alone', () => {
    const t = fakeClock();
    const gauge = createThreadGauge(t.clock);
    expect(gauge.shouldStart()).toBe(false);
    t.advance(250, 1);
    expect(gauge.shouldStart()).toBe(true);
  });
});

describe("workers: 'auto' and the work per byte", () => {
  it('considers workers for a small compressed file too: the measured rate decides, not the stored size', () => {
    const claims = [{ id: 'c', statement: 'Lisbon banned bicycles in 2001.' }] as Claim[];
    // 60 MB of dense JSONL is 2.7 MB as gzip: under the old 32 MiB floor, one thread whatever its work.
    expect(autoWorkers({}, { summaryExamples: 3 }, claims, 2_734_462)).toBe(Math.max(1, Math.min(4, availableParallelism())));
    expect(autoWorkers({}, { summaryExamples: 3 }, claims, undefined)).toBe(1); // standard input: size unknown
    expect(autoWorkers({}, { summaryExamples: undefined }, claims, 2_734_462)).toBe(1); // every record's result
  });

  it('reads the break-even from NEGATION_NEGLECT_WORKERS_MIN_MS (a calibrated machine)', () => {
    expect(minRemainingMs({}, false)).toBe(1000);
    expect(minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: '800' }, false)).toBe(800);
    expect(minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: ' 0 ' }, false)).toBe(0);
    expect(minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: 'fast' }, false)).toBe(1000);
    expect(minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: '-5' }, false)).toBe(1000);
  });

  it("asks twice the work left in a process's first audit, whose rate is measured during its own warm-up", () => {
    expect(minRemainingMs({}, true)).toBe(2000);
    expect(minRemainingMs({ NEGATION_NEGLECT_WORKERS_MIN_MS: '800' }, true)).toBe(1600);
  });

  it('keeps one batch in flight until `adaptive` starts workers, as one thread does', () => {
    const created = createChunkWorkerPool({
      size: 1,
      claims: [],
      maxLineBytes: 1 << 20,
      includeData: false,
      auditorOptions: {},
      adaptive: true,
      workerFile: '/nonexistent/auditWorker.js',
      inline: () => ({ serialized: '{}' }),
    });
    const pool = created.pool!;
    expect(pool.window).toBe(1);
    expect(pool.maxWindow).toBe(16); // the window once a worker audits: read buffers are kept for it
    expect(pool.feedsWorkers).toBe(false);
    return pool.close();
  });
});
