import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { InputError } from '../../src/errors.js';
import { HELD_OUT_CLAIMS } from '../audit-core/fixtures/heldOut.js';
import { LABELLED_CLAIMS } from '../audit-core/fixtures/labelled.js';
import {
  checkFreshSet,
  EVAL_CLAIMS_FILE,
  EVAL_FRESH_DIR,
  FRESH_DEVELOPMENT_SETS,
  listFreshSets,
  loadEvalSelection,
  loadFreshSet,
  loadFreshSets,
  PAPER_CLAIM_IDS,
  type FreshSet,
} from './evalSet.js';

// The fresh held-out sets (issue 9, item 5): every data/fresh/<name>/ folder is checked on its own, so the
// test holds whichever sets have landed. Nothing here runs the audit: the sets are only measured, by
// `npx tsx bench/accuracy.ts --half fresh`.

const composedClaimIds = (await loadClaims(EVAL_CLAIMS_FILE)).map((c) => c.id);
const fixedTaken = [...PAPER_CLAIM_IDS, ...composedClaimIds, ...LABELLED_CLAIMS.map((c) => c.id), ...HELD_OUT_CLAIMS.map((c) => c.id)];
const sets = listFreshSets().map(loadFreshSet);
/** Claim ids a set may not use: the composed corpus, the paper, the audit-core fixtures and every other fresh set. */
const takenFor = (set: FreshSet) => new Set([...fixedTaken, ...sets.filter((s) => s !== set).flatMap((s) => s.rawClaims.map((c) => String(c.id)))]);

describe('fresh held-out sets (frozen; issue 9 item 5)', () => {
  it('include set a', () => {
    expect(sets.map((s) => s.name)).toContain('a');
  });

  describe.each(sets.map((set) => [set.name, set] as const))('set %s', (_name, set) => {
    it('meets every requirement: claims, phrases, labels, categories, languages, notice kinds', () => {
      expect(checkFreshSet(set, takenFor(set))).toEqual([]);
    });

    it('loads its claims with loadClaims, as a user would, each with a correction', async () => {
      const claims = await loadClaims(set.claimsFile);
      expect(claims.map((c) => c.id)).toEqual(set.rawClaims.map((c) => c.id));
      for (const claim of claims) expect(claim.correction, claim.id).toBeTruthy();
    });
  });

  it('are merged for `--half fresh`: every set, their claims files and phrases, record ids unique across sets', async () => {
    const merged = loadFreshSets();
    expect(merged.sets.map((s) => s.name)).toEqual(sets.map((s) => s.name));
    expect(merged.records).toHaveLength(sets.reduce((n, s) => n + s.records.length, 0));
    expect(new Set(merged.records.map((r) => r.id)).size).toBe(merged.records.length);
    const claims = await loadClaims(merged.claimsFiles);
    expect(Object.keys(merged.phrases).sort()).toEqual(claims.map((c) => c.id).sort());
    // `fresh` measures the held-out sets only; `fresh-dev` the sets demoted to development; together, all of them.
    const isDevelopment = (id: string) => FRESH_DEVELOPMENT_SETS.some((name) => id.startsWith(`fresh-${name}-`));
    const development = loadEvalSelection('fresh-dev');
    expect(development.records).toEqual(merged.records.filter((r) => isDevelopment(r.id)));
    // Between demoting the measured sets and landing the next one, no set is held out: `fresh` says so.
    if (merged.records.every((r) => isDevelopment(r.id))) {
      expect(() => loadEvalSelection('fresh')).toThrow(InputError);
      return;
    }
    const heldOut = loadEvalSelection('fresh');
    expect(heldOut.records).toEqual(merged.records.filter((r) => !isDevelopment(r.id)));
    expect([...development.claimsFiles, ...heldOut.claimsFiles].sort()).toEqual([...merged.claimsFiles].sort());
    expect({ ...development.phrases, ...heldOut.phrases }).toEqual(merged.phrases);
    for (const id of Object.keys(development.phrases)) expect(heldOut.phrases[id]).toBeUndefined();
  });

  describe('the checks fail on a broken copy of set a', () => {
    const a = sets.find((s) => s.name === 'a')!;
    const copy = (): FreshSet => structuredClone(a);
    const taken = () => takenFor(a);

    it('reports duplicate ids, a wrong prefix, unknown claims and label/category mismatches', () => {
      const bad = copy();
      const [r0, r1, r2, r3] = bad.records;
      r1!.id = r0!.id;
      r2!.id = 'other-001';
      r3!.labels = { nonexistent_claim: 'asserts' };
      const subject = bad.records.find((r) => r.category === 'subject-only')!;
      subject.labels = { [subject.claim!]: 'asserts' };
      const asserting = bad.records.find((r) => r.category === 'unqualified' && r !== r3)!;
      asserting.labels = {};
      const mixed = bad.records.find((r) => r.category === 'mixed-claims')!;
      mixed.labels = { [mixed.claim!]: 'asserts' };
      const problems = checkFreshSet(bad, taken());
      expect(problems).toContain(`duplicate id ${r0!.id}`);
      expect(problems).toContain('other-001: id does not start with fresh-a-');
      expect(problems).toContain(`${r3!.id}: label names unknown claim nonexistent_claim`);
      expect(problems).toContain(`${subject.id}: subject-only record must not label any claim`);
      expect(problems).toContain(`${asserting.id}: unqualified record must label its own claim`);
      expect(problems).toContain(`${mixed.id}: mixed-claims record must label two claims`);
    });

    it('reports too few records, a thin category, too little of a language and a missing notice kind', () => {
      const bad = copy();
      bad.records = bad.records.filter((r) => r.lang !== 'de' && r.category !== 'false-friend' && r.qualifierKind !== 'low-probability').slice(0, 100);
      const problems = checkFreshSet(bad, taken());
      expect(problems).toContain(`expected at least 130 records, got ${bad.records.length}`);
      expect(problems).toContain('0 false-friend records (expected >= 5)');
      expect(problems).toContain('0 de records (expected >= 8)');
      expect(problems).toContain('no neglect-risk record qualified by a low-probability notice');
      const english = copy();
      english.records = english.records.filter((r) => r.lang === 'en');
      expect(checkFreshSet(english, taken()).some((p) => p.endsWith('non-English records (expected >= 35%)'))).toBe(true);
    });

    it('reports claims clashing with other files, given with derived fields, without subclaims or phrases', () => {
      const bad = copy();
      const [first, second] = bad.rawClaims;
      first!.keyTerms = ['Hubble'];
      second!.subclaims = ['only one'];
      delete bad.phrases[String(second!.id)]!.de;
      const problems = checkFreshSet(bad, new Set([...taken(), String(first!.id)]));
      expect(problems).toContain(`claim ${first!.id} clashes with a claim id used elsewhere`);
      expect(problems).toContain(`claim ${first!.id}: fields a new user would not give: keyTerms`);
      expect(problems).toContain(`claim ${second!.id}: expected at least 2 subclaims`);
      expect(problems).toContain(`claim ${second!.id}: no phrases in de`);
    });
  });

  describe('merging refuses ambiguous or half-written sets', () => {
    const root = mkdtempSync(join(tmpdir(), 'fresh-sets-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('names the file when a claim id is in two sets, and when a set lacks a file', () => {
      cpSync(join(EVAL_FRESH_DIR, 'a'), join(root, 'a'), { recursive: true });
      cpSync(join(EVAL_FRESH_DIR, 'a'), join(root, 'z'), { recursive: true });
      expect(() => loadFreshSets(root)).toThrow(InputError);
      expect(() => loadFreshSets(root)).toThrow(/z[/\\]claims\.yaml.*already used by fresh set `a`/);
      rmSync(join(root, 'z', 'records.jsonl'));
      expect(() => loadFreshSets(root)).toThrow(/fresh set `z` has no records\.jsonl/);
      rmSync(join(root, 'z'), { recursive: true });
      writeFileSync(join(root, 'a', 'records.jsonl'), '{"id": 1\n');
      expect(() => loadFreshSets(root)).toThrow(/a[/\\]records\.jsonl:1: invalid JSON/);
    });

    it('yields no sets when the folder is missing', () => {
      expect(loadFreshSets(join(root, 'nothing-here')).sets).toEqual([]);
    });
  });
});
