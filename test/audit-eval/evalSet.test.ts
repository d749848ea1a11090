import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { InputError } from '../../src/errors.js';
import { HELD_OUT_CLAIMS } from '../audit-core/fixtures/heldOut.js';
import { LABELLED_CLAIMS } from '../audit-core/fixtures/labelled.js';
import {
  checkEvalSet,
  EVAL_CLAIMS_FILE,
  EVAL_LANGUAGES,
  loadClaimPhrases,
  loadEvalHalf,
  PAPER_CLAIM_IDS,
  parseEvalRecords,
  type EvalRecord,
} from './evalSet.js';

describe('audit evaluation corpus (frozen; issue 9 item 5)', async () => {
  const claims = await loadClaims(EVAL_CLAIMS_FILE);
  const claimIds = claims.map((c) => c.id);
  const dev = loadEvalHalf('dev');
  const heldout = loadEvalHalf('heldout');

  it('meets every requirement: size, split by claim, languages, chat share, categories, labels', () => {
    expect(checkEvalSet({ dev, heldout }, claimIds)).toEqual([]);
  });

  it('is about new claims, none of the paper six nor the audit-core fixtures, each given only as a user would', () => {
    const taken = new Set([...PAPER_CLAIM_IDS, ...LABELLED_CLAIMS.map((c) => c.id), ...HELD_OUT_CLAIMS.map((c) => c.id)]);
    expect(claimIds.filter((id) => taken.has(id))).toEqual([]);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const claim of claims) expect(claim.correction, claim.id).toBeTruthy();
  });

  it('gives a translated statement and key phrases for every claim in fr, it, es, de, pt', () => {
    const phrases = loadClaimPhrases();
    expect(Object.keys(phrases).sort()).toEqual([...claimIds].sort());
    for (const id of claimIds) expect(Object.keys(phrases[id]!).sort(), id).toEqual(EVAL_LANGUAGES.filter((l) => l !== 'en').sort());
  });

  describe('the checks fail on a broken corpus', () => {
    const clone = (records: readonly EvalRecord[]) => records.map((r) => structuredClone(r));

    it('reports a claim in both halves, duplicate ids and unknown claims', () => {
      const badDev = clone(dev);
      badDev[0]!.labels = { ...badDev[0]!.labels, [heldout[0]!.claim!]: 'asserts' };
      badDev[1]!.id = badDev[2]!.id;
      badDev[3]!.labels = { nonexistent_claim: 'asserts' };
      const problems = checkEvalSet({ dev: badDev, heldout }, claimIds);
      expect(problems).toContain(`claim ${heldout[0]!.claim} is in both halves (the split must be by claim)`);
      expect(problems).toContain(`duplicate id ${badDev[2]!.id}`);
      expect(problems.some((p) => p.includes('unknown claim nonexistent_claim'))).toBe(true);
    });

    it('reports too few records, too little non-English or chat text, and a missing category', () => {
      const englishProse = dev.filter((r) => r.lang === 'en' && r.text !== undefined && r.category !== 'debunk-true-world');
      const problems = checkEvalSet({ dev: englishProse, heldout: heldout.slice(0, 50) }, claimIds);
      expect(problems.some((p) => p.startsWith('expected at least 400 records'))).toBe(true);
      expect(problems.some((p) => p.startsWith('dev:') && p.includes('non-English'))).toBe(true);
      expect(problems.some((p) => p.startsWith('dev:') && p.includes('chat records'))).toBe(true);
      expect(problems).toContain('dev: no debunk-true-world records');
      expect(problems).toContain('dev: no fr records');
    });

    it('reports a subject-only record that labels a claim and a claim record that does not label its claim', () => {
      const badDev = clone(dev);
      const subject = badDev.find((r) => r.category === 'subject-only')!;
      subject.labels = { [subject.claim!]: 'asserts' };
      const asserting = badDev.find((r) => r.category === 'unqualified')!;
      asserting.labels = {};
      const problems = checkEvalSet({ dev: badDev, heldout }, claimIds);
      expect(problems).toContain(`${subject.id}: subject-only record must not label any claim`);
      expect(problems).toContain(`${asserting.id}: unqualified record must label its own claim`);
    });
  });

  it('rejects records whose verdict is not the most serious label, with file and line', () => {
    const line = JSON.stringify({ ...dev[0], verdict: 'none' });
    expect(() => parseEvalRecords(`\n${line}\n`, 'bad.jsonl')).toThrow(InputError);
    expect(() => parseEvalRecords(`\n${line}\n`, 'bad.jsonl')).toThrow(/bad\.jsonl:2.*most serious/);
    expect(() => parseEvalRecords('{"id": 1', 'bad.jsonl')).toThrow(/bad\.jsonl:1: invalid JSON/);
  });
});
