import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVAL_DATA_DIR, loadFreshSets } from './evalSet.js';

// The blind second reading of sets P and Q (bench/reader-agreement.ts): one line per record of the two sets,
// every claim id one of the record's own set, so the agreement figure covers exactly those records.
const file = `${EVAL_DATA_DIR}/second-reader/pq.jsonl`;
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const second = lines.map((l) => JSON.parse(l) as { id: string; labels: Record<string, string> });
const fresh = loadFreshSets(undefined, (name) => name === 'p' || name === 'q');

describe('second reader of sets P and Q', () => {
  it('labels every record of P and Q once, and no other', () => {
    const ids = second.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(fresh.records.map((r) => r.id).sort());
  });

  it('uses only verdicts and the claims of the record\'s own set', () => {
    const setClaims = (id: string) => new Set(fresh.records.filter((r) => r.id.slice(0, 8) === id.slice(0, 8)).flatMap((r) => Object.keys(r.labels)));
    for (const s of second) {
      for (const [claimId, verdict] of Object.entries(s.labels)) {
        expect(['asserts', 'neglect-risk', 'negated-locally'], `${s.id}: ${verdict}`).toContain(verdict);
        expect(setClaims(s.id).has(claimId), `${s.id}: ${claimId}`).toBe(true);
      }
    }
  });
});
