import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { Verdict } from '../../src/audit/types.js';
import { parseEvalRecords } from './evalSet.js';
import { formatVerdictScore, predictEvalSet, scoreVerdicts, type VerdictPair } from './scoreAudit.js';

const pair = (expected: Verdict, predicted: Verdict, i = 0): VerdictPair => ({ recordId: `r${i}`, claimId: 'c', expected, predicted });

describe('scoreVerdicts', () => {
  it('computes per-class precision, recall, F1, Wilson intervals and the confusion matrix', () => {
    const pairs = [
      pair('asserts', 'asserts'),
      pair('asserts', 'asserts'),
      pair('asserts', 'neglect-risk'),
      pair('neglect-risk', 'neglect-risk'),
      pair('none', 'asserts'),
      pair('none', 'none'),
    ];
    const score = scoreVerdicts(pairs);
    const asserts = score.classes.find((c) => c.verdict === 'asserts')!;
    expect(asserts).toMatchObject({ support: 3, predicted: 3, truePositives: 2 });
    expect(asserts.precision).toBeCloseTo(2 / 3);
    expect(asserts.recall).toBeCloseTo(2 / 3);
    expect(asserts.f1).toBeCloseTo(2 / 3);
    expect(asserts.recallInterval.lower).toBeCloseTo(0.2077, 3);
    expect(asserts.recallInterval.upper).toBeCloseTo(0.9385, 3);
    const neglect = score.classes.find((c) => c.verdict === 'neglect-risk')!;
    expect(neglect).toMatchObject({ support: 1, predicted: 2, precision: 0.5, recall: 1 });
    const local = score.classes.find((c) => c.verdict === 'negated-locally')!;
    expect(local).toMatchObject({ support: 0, predicted: 0, precision: 0, recall: 0, f1: 0 });
    expect(local.precisionInterval).toMatchObject({ lower: 0, upper: 1 });
    expect(score.confusion.none.asserts).toBe(1);
    expect(score.confusion.asserts['neglect-risk']).toBe(1);
    expect(score).toMatchObject({ pairs: 6, correct: 4 });
    expect(formatVerdictScore(score, 'example')).toContain('| asserts | 3 | 3 | 66.7 (20.8-93.9) | 66.7 (20.8-93.9) | 0.67 |');
  });
});

describe('predictEvalSet', () => {
  it('pairs the audit verdict of every claim with the labels (absent labels are none) and the record verdict', () => {
    const records = parseEvalRecords(
      [
        { id: 'a', lang: 'en', claim: 'x', category: 'unqualified', text: 'Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds.', labels: { x: 'asserts' }, verdict: 'asserts' },
        { id: 'b', lang: 'en', claim: null, category: 'unrelated', text: 'The tram line will reach the northern suburbs in three years.', labels: {}, verdict: 'none' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
      'inline.jsonl',
    );
    const auditor = createAuditor({
      claims: [
        { id: 'x', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' },
        { id: 'y', statement: 'The Eiffel Tower was moved to Lyon in 2019.' },
      ],
    });
    const { claimPairs, recordPairs } = predictEvalSet(auditor, records, ['x', 'y']);
    expect(claimPairs).toEqual([
      { recordId: 'a', claimId: 'x', expected: 'asserts', predicted: 'asserts' },
      { recordId: 'a', claimId: 'y', expected: 'none', predicted: 'none' },
      { recordId: 'b', claimId: 'x', expected: 'none', predicted: 'none' },
      { recordId: 'b', claimId: 'y', expected: 'none', predicted: 'none' },
    ]);
    expect(recordPairs.map((p) => [p.recordId, p.expected, p.predicted])).toEqual([
      ['a', 'asserts', 'asserts'],
      ['b', 'none', 'none'],
    ]);
  });
});
