import { cohenKappa } from '../../util/cohenKappa.js';
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
  const all = [...pairs];
  const matrix = Object.fromEntries(VERDICT_SEVERITY.map((v) => [v, zero()])) as Record<Verdict, Record<Verdict, number>>;
  for (const [lexical, review] of all) matrix[lexical][review]++;
  const n = all.length;
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
  // κ of fewer than two records says nothing; it is left undefined.
  const kappa = (labels: Array<readonly [string, string]>) => {
    const k = n < 2 ? null : cohenKappa(labels);
    return k === null ? null : round(k);
  };
  const byClass = VERDICT_SEVERITY.map((verdict): ClassAgreement => ({
    verdict,
    lexical: rows[verdict],
    review: cols[verdict],
    both: matrix[verdict][verdict],
    // "In this class or not", for each reader.
    kappa: kappa(all.map(([a, b]) => [String(a === verdict), String(b === verdict)] as const)),
  }));
  return { records: n, observed: n === 0 ? 0 : round(agree / n), kappa: kappa(all), matrix, byClass };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
