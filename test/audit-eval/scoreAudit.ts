import type { Auditor } from '../../src/audit/createAuditor.js';
import { recordSegments } from '../../src/audit/recordSegments.js';
import { VERDICT_SEVERITY, type Verdict } from '../../src/audit/types.js';
import type { Interval } from '../../src/evaluate/types.js';
import { wilsonInterval } from '../../src/evaluate/wilsonInterval.js';
import { auditInput, expectedVerdict, type EvalRecord } from './evalSet.js';

/** One expected/predicted verdict pair: a (record, claim) pair, or a whole record (`claimId: null`). */
export interface VerdictPair {
  recordId: string;
  claimId: string | null;
  expected: Verdict;
  predicted: Verdict;
}

/** Precision, recall and F1 of one verdict class, with Wilson 95% intervals for precision and recall. */
export interface ClassScore {
  verdict: Verdict;
  /** Pairs expected in this class. */
  support: number;
  /** Pairs predicted in this class. */
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  precisionInterval: Interval;
  recallInterval: Interval;
}

/** Scores of a set of pairs: per class, overall accuracy and the confusion matrix (`confusion[expected][predicted]`). */
export interface VerdictScore {
  pairs: number;
  correct: number;
  accuracy: number;
  accuracyInterval: Interval;
  classes: ClassScore[];
  confusion: Record<Verdict, Record<Verdict, number>>;
}

/**
 * Per-class precision/recall/F1 (Wilson 95% intervals) and the confusion matrix of verdict pairs.
 * A class never predicted has precision 0 with the interval [0, 1] (nothing measured).
 *
 * @example
 * ```ts
 * scoreVerdicts([{ recordId: 'a', claimId: 'x', expected: 'asserts', predicted: 'asserts' }]).accuracy; // 1
 * ```
 */
export function scoreVerdicts(pairs: readonly VerdictPair[]): VerdictScore {
  const confusion = Object.fromEntries(VERDICT_SEVERITY.map((e) => [e, Object.fromEntries(VERDICT_SEVERITY.map((p) => [p, 0]))])) as VerdictScore['confusion'];
  for (const pair of pairs) confusion[pair.expected][pair.predicted]++;
  const classes = VERDICT_SEVERITY.map((verdict): ClassScore => {
    const truePositives = confusion[verdict][verdict];
    const support = VERDICT_SEVERITY.reduce((sum, p) => sum + confusion[verdict][p], 0);
    const predicted = VERDICT_SEVERITY.reduce((sum, e) => sum + confusion[e][verdict], 0);
    const precision = predicted ? truePositives / predicted : 0;
    const recall = support ? truePositives / support : 0;
    return {
      verdict,
      support,
      predicted,
      truePositives,
      precision,
      recall,
      f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
      precisionInterval: wilsonInterval(truePositives, predicted),
      recallInterval: wilsonInterval(truePositives, support),
    };
  });
  const correct = VERDICT_SEVERITY.reduce((sum, v) => sum + confusion[v][v], 0);
  return { pairs: pairs.length, correct, accuracy: pairs.length ? correct / pairs.length : 0, accuracyInterval: wilsonInterval(correct, pairs.length), classes, confusion };
}

/** The predictions of an auditor on eval records: one pair per (record, claim) for every claim id given, and one per record. */
export interface EvalPredictions {
  claimPairs: VerdictPair[];
  recordPairs: VerdictPair[];
}

/**
 * Runs `auditor` on every record and pairs its verdicts with the labels. The record-level prediction
 * is the audit's own record verdict (so a notice tied to no known claim counts there, as users see it).
 *
 * @example
 * ```ts
 * const { claimPairs } = predictEvalSet(createAuditor({ claims }), loadEvalHalf('dev'), claims.map((c) => c.id));
 * ```
 */
export function predictEvalSet(auditor: Auditor, records: readonly EvalRecord[], claimIds: readonly string[]): EvalPredictions {
  const claimPairs: VerdictPair[] = [];
  const recordPairs: VerdictPair[] = [];
  for (const record of records) {
    const findings = auditor.auditSegments(recordSegments(auditInput(record)));
    const byClaim = new Map(findings.claims.map((c) => [c.claimId, c.verdict]));
    for (const claimId of claimIds) {
      claimPairs.push({ recordId: record.id, claimId, expected: expectedVerdict(record, claimId), predicted: byClaim.get(claimId) ?? 'none' });
    }
    recordPairs.push({ recordId: record.id, claimId: null, expected: record.verdict, predicted: findings.verdict });
  }
  return { claimPairs, recordPairs };
}

const pct = (x: number) => (x * 100).toFixed(1);
const ci = (i: Interval) => `${pct(i.lower)}-${pct(i.upper)}`;

/**
 * A Markdown table of a score: per class support, precision and recall (with Wilson 95% intervals),
 * F1; then the confusion matrix.
 *
 * @example
 * ```ts
 * console.log(formatVerdictScore(scoreVerdicts(pairs), 'dev, per (record, claim)'));
 * ```
 */
export function formatVerdictScore(score: VerdictScore, title: string): string {
  const lines = [
    `${title}: ${score.correct}/${score.pairs} right (${pct(score.accuracy)}%, 95% CI ${ci(score.accuracyInterval)})`,
    '',
    '| verdict | support | predicted | precision % (95% CI) | recall % (95% CI) | F1 |',
    '|---|---|---|---|---|---|',
    ...score.classes.map(
      (c) => `| ${c.verdict} | ${c.support} | ${c.predicted} | ${pct(c.precision)} (${ci(c.precisionInterval)}) | ${pct(c.recall)} (${ci(c.recallInterval)}) | ${c.f1.toFixed(2)} |`,
    ),
    '',
    `| expected \\ predicted | ${VERDICT_SEVERITY.join(' | ')} |`,
    `|---|${VERDICT_SEVERITY.map(() => '---').join('|')}|`,
    ...VERDICT_SEVERITY.map((e) => `| ${e} | ${VERDICT_SEVERITY.map((p) => score.confusion[e][p]).join(' | ')} |`),
  ];
  return lines.join('\n');
}
