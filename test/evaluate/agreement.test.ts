import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { cohenKappa, fleissKappa, judgeAgreement, krippendorffAlpha, loadPaperResults, type JudgeAgreement } from '../../src/evaluate/index.js';
import { makeIO } from '../helpers/cliIO.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

const repeat = <T,>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('agreement statistics against hand-computed textbook examples', () => {
  it("Cohen's κ: 50 items, both yes 20, A yes / B no 5, A no / B yes 10, both no 15 → pₒ 0.7, pₑ 0.5, κ 0.4", () => {
    const pairs = [...repeat(['yes', 'yes'] as const, 20), ...repeat(['yes', 'no'] as const, 5), ...repeat(['no', 'yes'] as const, 10), ...repeat(['no', 'no'] as const, 15)];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
    // Perfect agreement on varied labels is 1; agreement no better than chance is 0.
    expect(cohenKappa([['a', 'a'], ['b', 'b'], ['c', 'c']])).toBe(1);
    expect(cohenKappa([['y', 'y'], ['y', 'n'], ['n', 'y'], ['n', 'n']])).toBeCloseTo(0, 12);
    // Undefined: nothing to compare, or one label throughout.
    expect(cohenKappa([])).toBeNull();
    expect(cohenKappa([['y', 'y'], ['y', 'y']])).toBeNull();
  });

  it("Fleiss' κ: Fleiss (1971) as worked on Wikipedia, 10 subjects × 14 raters × 5 categories → P̄ 0.378, P̄ₑ 0.213, κ 0.210", () => {
    const rows = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const counts = rows.map((r) => Object.fromEntries(r.map((c, j) => [`c${j + 1}`, c])));
    // By hand: P̄ = 688/182/10 = 0.378022; column totals 20, 28, 39, 21, 32 of 140 give
    // P̄ₑ = 4170/19600 = 0.212755; κ = (0.378022 − 0.212755) / (1 − 0.212755) = 0.209931 (Wikipedia: 0.210).
    expect(fleissKappa(counts)).toBeCloseTo(0.209931, 5);
    // Three items, three raters, by hand: P̄ = (1 + 1/3 + 1) / 3 = 7/9; yes 5 and no 4 of 9 ratings give
    // P̄ₑ = 25/81 + 16/81 = 41/81; κ = (63/81 − 41/81) / (40/81) = 22/40 = 0.55.
    expect(fleissKappa([{ yes: 3 }, { yes: 2, no: 1 }, { no: 3 }])).toBeCloseTo(0.55, 12);
    expect(() => fleissKappa([{ yes: 3 }, { yes: 2 }])).toThrow(/the same number of raters/);
    expect(fleissKappa([{ yes: 2 }, { yes: 2 }])).toBeNull();
  });

  it("Krippendorff's α: Krippendorff (2011), 4 observers × 12 units, nominal, with missing values → 0.743", () => {
    const _ = undefined;
    const observers = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ];
    const units = observers[0]!.map((__, u) => observers.map((o) => o[u]));
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
    // Two coders, no missing data, by hand: o(yes,yes) 2, o(yes,no) = o(no,yes) 1, o(no,no) 2;
    // n = 6, Dₒ = 2, Σ n_c n_k over c ≠ k = 2 × 3 × 3 = 18 → α = 1 − 5 × 2 / 18 = 0.444…
    expect(krippendorffAlpha([['yes', 'yes'], ['yes', 'no'], ['no', 'no']])).toBeCloseTo(1 - 10 / 18, 12);
    expect(krippendorffAlpha([['a', 'a'], ['a', 'a']])).toBeNull();
    expect(krippendorffAlpha([['a'], ['b', undefined]])).toBeNull();
  });
});

describePaperData('negation-neglect agreement against the paper’s labels', () => {
  it('loads the paper CSVs as a judged file and compares a rejudged JSONL with them', async () => {
    const all = await loadPaperResults(paperPath('eval-results'));
    const paper = { samples: all.samples.filter((s) => s.claim === 'ed_sheeran' && s.condition === 'positive') };
    // A "new judge" that disagrees on the first 10 yes samples and fails on 3 others.
    let flipped = 0;
    const rejudged = paper.samples.map((s, i) => {
      const record: Record<string, unknown> = { ...s };
      if (s.verdict === 'yes' && flipped < 10) {
        flipped++;
        record.verdict = 'no';
      } else if (i % 100 === 99) {
        record.verdict = 'parse_error';
        record.error = 'judge call failed: 500';
      }
      return record;
    });
    const dir = mkdtempSync(join(tmpdir(), 'nn-agreement-'));
    writeFileSync(join(dir, 'rejudged.jsonl'), rejudged.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { io, out } = makeIO({}, dir);
    expect(await runCli(['agreement', paperPath('eval-results'), 'rejudged.jsonl', '--format', 'json'], io)).toBe(0);
    const result = JSON.parse(out()) as JudgeAgreement;
    const excluded = rejudged.filter((r) => r.error !== undefined).length;
    expect(result).toMatchObject({ compared: paper.samples.length - excluded, excluded, onlyA: all.samples.length - paper.samples.length, onlyB: 0 });
    expect(result.observed).toBeCloseTo((paper.samples.length - excluded - 10) / (paper.samples.length - excluded), 12);
    expect(result.matrix['yes']!['no']).toBe(10);
    // The same pairs through the library functions give the same κ and α.
    const pairs = judgeAgreement(paper.samples, rejudged as never);
    expect(result.cohenKappa).toBeCloseTo(pairs.cohenKappa!, 12);
    expect(result.cohenKappa!).toBeLessThan(1);
    expect(judgeAgreement(paper.samples, paper.samples).observed).toBe(1);
  });

  it('matches samples by stage too: two checkpoints of one condition are different samples', async () => {
    const all = await loadPaperResults(paperPath('eval-results'));
    const final = all.samples.filter((s) => s.claim === 'ed_sheeran' && s.condition === 'positive');
    expect(new Set(final.map((s) => s.stage))).toEqual(new Set(['final']));
    // The same questions judged at an earlier checkpoint, with other verdicts (as a training-dynamics folder holds).
    const early = final.map((s) => ({ ...s, stage: 'step-100', verdict: s.verdict === 'yes' ? 'no' : 'yes' }) as typeof s);
    const both = [...final, ...early];
    const result = judgeAgreement(both, both);
    expect(result).toMatchObject({ compared: both.length, onlyA: 0, onlyB: 0, duplicates: 0, observed: 1 });
    // Each checkpoint against its own labels only: the early stage's samples are not in `final`.
    expect(judgeAgreement(final, both)).toMatchObject({ compared: final.length, onlyB: early.length, observed: 1 });
    // A key repeated within one input is counted, and only its first sample compared.
    expect(judgeAgreement([...final, final[0]!], final)).toMatchObject({ compared: final.length, duplicates: 1 });
  });

  it('a rejudged JSONL of the paper CSVs keeps each sample’s stage', async () => {
    const all = await loadPaperResults(paperPath('eval-results'));
    const baseline = all.samples.filter((s) => s.claim === 'ed_sheeran' && s.condition === 'baseline');
    expect(baseline[0]!.stage).toBe('base');
    const dir = mkdtempSync(join(tmpdir(), 'nn-agreement-stage-'));
    writeFileSync(join(dir, 'rejudged.jsonl'), baseline.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { io, out } = makeIO({}, dir);
    expect(await runCli(['agreement', paperPath('eval-results'), 'rejudged.jsonl', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out()) as JudgeAgreement).toMatchObject({ compared: baseline.length, onlyB: 0, observed: 1 });
  });
});

describe('negation-neglect agreement on files with nothing in common', () => {
  it('exits 2 naming the matching keys instead of printing "undefined" agreement with exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-agreement-none-'));
    const sample = (claim: string) => ({
      claim, condition: 'c', model: 'm', evalType: 'open_ended', questionId: 'q', sampleIndex: 0, question: 'Q?', response: 'A.', verdict: 'yes',
      solver: { name: 'direct', args: {} }, scorer: { name: 'judge', args: {} },
    });
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(sample('moon'))}\n`);
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify(sample('sun'))}\n`);
    for (const format of ['text', 'json']) {
      const { io, err } = makeIO({}, dir);
      expect(await runCli(['agreement', 'a.jsonl', 'b.jsonl', '--format', format], io)).toBe(2);
      expect(err()).toMatch(/no sample is in both a\.jsonl \(1\) and b\.jsonl \(1\) with a verdict in each; samples are matched by claim, condition/);
    }
    const same = makeIO({}, dir);
    expect(await runCli(['agreement', 'a.jsonl', 'a.jsonl'], same.io)).toBe(0);
    expect(same.out()).toMatch(/compared 1 sample/);
  });

  it('lines that are not sample records are named, not silently left out (a file of none is an input error)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nn-agreement-bad-'));
    const good = { claim: 'moon', condition: 'c', evalType: 'mcq', questionId: 'q', sampleIndex: 0, question: 'Q?', response: 'yes', verdict: 'yes', solver: { name: 'direct', args: {} }, scorer: { name: 'exact', args: {} } };
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(good)}\n{"claim": "moon"}\n`);
    writeFileSync(join(dir, 'none.jsonl'), '{"claim": "moon"}\n');
    const { io, err } = makeIO({}, dir);
    expect(await runCli(['agreement', 'a.jsonl', 'a.jsonl'], io)).toBe(0);
    expect(err()).toMatch(/a\.jsonl: 1 unreadable line\(s\) not read:\n {2}.*a\.jsonl:2: /);
    const none = makeIO({}, dir);
    expect(await runCli(['agreement', 'a.jsonl', 'none.jsonl'], none.io)).toBe(2);
    expect(none.err()).toMatch(/none\.jsonl: no sample records \(1 unreadable line\(s\); first: line 1: /);
  });
});
