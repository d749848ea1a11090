import { describe, expect, it } from 'vitest';
import { BATCH_CLAIM_SLOTS, createBatchOwners, queueBatch, takeBatch } from '../../src/audit/batchOwners.js';

describe('batch owners', () => {
  it('gives a queued batch to whichever thread takes it first, once', () => {
    const owners = createBatchOwners();
    queueBatch(owners, 7);
    expect(takeBatch(owners, 7, 'caller')).toBe(true);
    expect(takeBatch(owners, 7, 'worker')).toBe(false);
    expect(takeBatch(owners, 7, 'caller')).toBe(false);
    queueBatch(owners, 8);
    expect(takeBatch(owners, 8, 'worker')).toBe(true);
    expect(takeBatch(owners, 8, 'caller')).toBe(false);
  });

  it('never lets a late take of a reused entry succeed: the entry names its batch', () => {
    const owners = createBatchOwners();
    queueBatch(owners, 3);
    expect(takeBatch(owners, 3, 'caller')).toBe(true);
    // The same entry, reused by a later batch before the worker read the first one's message.
    queueBatch(owners, 3 + BATCH_CLAIM_SLOTS);
    expect(takeBatch(owners, 3, 'worker')).toBe(false);
    expect(takeBatch(owners, 3 + BATCH_CLAIM_SLOTS, 'worker')).toBe(true);
  });
});
