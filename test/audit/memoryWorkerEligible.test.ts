import { describe, expect, it } from 'vitest';
import { memoryWorkerEligible } from '../../src/audit/memoryWorkerEligible.js';
import { normalizeDatasetSource } from '../../src/audit/datasetSource.js';

describe('memoryWorkerEligible', () => {
  const files = normalizeDatasetSource(['a.jsonl.gz', 'data/']);
  it('takes files audited for a report, with relayable callbacks', () => {
    expect(memoryWorkerEligible(files, {})).toBe(true);
    expect(memoryWorkerEligible(files, { onInvalid: 'throw' })).toBe(true);
  });
  it('leaves on this thread what must run here, and what the caller turned off', () => {
    expect(memoryWorkerEligible(files, { memoryWorker: false })).toBe(false);
    expect(memoryWorkerEligible(files, { onRecord: () => {} })).toBe(false);
    expect(memoryWorkerEligible(files, { onInvalid: () => {} })).toBe(false);
    expect(memoryWorkerEligible(files, { getText: () => '' })).toBe(false);
    expect(memoryWorkerEligible(files, { review: {} })).toBe(false);
    expect(memoryWorkerEligible(files, { shard: { index: 0, count: 2 } })).toBe(false);
    expect(memoryWorkerEligible(normalizeDatasetSource('-'), {})).toBe(false);
    expect(memoryWorkerEligible(normalizeDatasetSource([{ text: 'a' }]), {})).toBe(false);
  });
});
