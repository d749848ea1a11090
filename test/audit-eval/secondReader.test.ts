import { describe, expect, it } from 'vitest';
import { loadFreshSets, loadSecondReading } from './evalSet.js';

// The blind second reading of sets P and Q (bench/reader-agreement.ts): one line per record of the two sets,
// every claim id one of the record's own set, so the agreement figure covers exactly those records.
const second = loadSecondReading();
const fresh = loadFreshSets(undefined, (name) => name === 'p' || name === 'q');
/** Each record's id -> the claim ids of its own set's claims.yaml. */
const claimsOfRecord = new Map(fresh.sets.flatMap((set) => set.records.map((r) => [r.id, new Set(set.rawClaims.map((c) => String(c.id)))] as const)));

describe('second reader of sets P and Q', () => {
  it('labels every record of P and Q once, and no other', () => {
    const ids = second.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...claimsOfRecord.keys()].sort());
  });

  it("names only the claims of the record's own set", () => {
    for (const s of second) for (const claimId of Object.keys(s.labels)) expect(claimsOfRecord.get(s.id)?.has(claimId), `${s.id}: ${claimId}`).toBe(true);
  });
});
