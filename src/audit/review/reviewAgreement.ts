import type { Verdict } from '../types.js';
import { VERDICT_SEVERITY } from '../vocabulary.js';

/** Agreement of one verdict class (one against the rest). */
export interface ClassAgreement {
  verdict: Verdict;
  /** Records the lexical pass put in this class. */
  lexical: number;
  /** Records the reviewer put in this class. */
  review: number;
  /** Records both put in this class. */
  both: number;
  /** Cohen's kappa of "in this class or not"; null when it is undefined (both readers constant). */
  kappa: number | null;
}

/** Agreement between the lexical and the reviewed readings of the same records. */
export interface ReviewAgreement {
  /** Records with both readings. */
  records: number;
  /** Share of records on which the two agree. */
  observed: number;
  /** Cohen's kappa over the four verdict classes; null when undefined (fewer than two records, or both readers constant). */
  kappa: number | null;
  /** `matrix[lexical][review]`: records per pair of verdicts. */
  matrix: Record<Verdict, Record<Verdict, number>>;
  byClass: ClassAgreement[];
}

const zero = (): Record<Verdict, number> => ({ 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 });

/**
 * Counts and Cohen's kappa between two readings of the same records (the lexical audit and the
 * model review): overall over the four verdict classes, and per class one against the rest.
 *
 * @example
 * ```ts
 * const agreement = reviewAgreement([['asserts', 'asserts'], ['neglect-risk', 'asserts']]);
 * agreement.observed; // 0.5
 * ```
 */
export function reviewAgreement(pairs: Iterable<readonly [lexical: Verdict, review: Verdict]>): ReviewAgreement {
  const matrix = Object.fromEntries(VERDICT_SEVERITY.map((v) => [v, zero()])) as Record<Verdict, Record<Verdict, number>>;
  let n = 0;
  for (const [lexical, review] of pairs) {
    matrix[lexical][review]++;
    n++;
  }
  const rows = zero();
  const cols = zero();
  let agree = 0;
  for (const a of VERDICT_SEVERITY) {
    for (const b of VERDICT_SEVERITY) {
      rows[a] += matrix[a][b];
      cols[b] += matrix[a][b];
    }
    agree += matrix[a][a];
  }
  const expected = n === 0 ? 0 : VERDICT_SEVERITY.reduce((s, v) => s + (rows[v] / n) * (cols[v] / n), 0);
  const byClass = VERDICT_SEVERITY.map((verdict): ClassAgreement => {
    const both = matrix[verdict][verdict];
    // 2x2 table of "in this class" for each reader.
    const yesYes = both;
    const yesNo = rows[verdict] - both;
    const noYes = cols[verdict] - both;
    const noNo = n - yesYes - yesNo - noYes;
    return { verdict, lexical: rows[verdict], review: cols[verdict], both, kappa: kappa2x2(yesYes, yesNo, noYes, noNo) };
  });
  return {
    records: n,
    observed: n === 0 ? 0 : round(agree / n),
    kappa: n < 2 || expected >= 1 ? null : round((agree / n - expected) / (1 - expected)),
    matrix,
    byClass,
  };
}

function kappa2x2(a: number, b: number, c: number, d: number): number | null {
  const n = a + b + c + d;
  if (n < 2) return null;
  const observed = (a + d) / n;
  const expected = ((a + b) / n) * ((a + c) / n) + ((c + d) / n) * ((b + d) / n);
  return expected >= 1 ? null : round((observed - expected) / (1 - expected));
}

const round = (x: number) => Math.round(x * 10000) / 10000;
