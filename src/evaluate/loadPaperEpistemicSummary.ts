import { InputError } from '../errors.js';
import { readCsvTable } from './parseCsv.js';

/** A mean belief rate (in percent, as published) with its 95 % interval. */
export interface PercentWithInterval {
  mean: number;
  lower: number;
  upper: number;
}

/** One row of the paper's epistemic-operator summary (Qwen3-30B). */
export interface EpistemicOperatorRow {
  /** The qualifier, e.g. `Works of fiction`, or the baseline row. */
  operator: string;
  positive: PercentWithInterval | null;
  prefixSuffix: PercentWithInterval | null;
  repeated: PercentWithInterval | null;
}

/**
 * Loads `epistemic_operators_summary_qwen3_30b.csv`: per qualifier (fiction, unreliable source, low
 * probability, unknown truth value) the mean belief rate in percent with 95 % CI for positive,
 * prefix/suffix and repeated placements. Empty cells (the baseline row) give `null`.
 *
 * @example
 * ```ts
 * const rows = await loadPaperEpistemicSummary('eval-results/epistemic_operators_summary_qwen3_30b.csv');
 * rows.find((r) => r.operator === 'Works of fiction')?.repeated?.mean; // 90.1
 * ```
 */
export async function loadPaperEpistemicSummary(file: string): Promise<EpistemicOperatorRow[]> {
  const table = await readCsvTable(file);
  if (table.malformed.length > 0) {
    const m = table.malformed[0]!;
    throw new InputError(m.reason, { file, line: m.line });
  }
  const groups = ['positive', 'prefix_suffix', 'repeated'] as const;
  for (const g of groups) {
    for (const suffix of ['mean', 'ci_lo', 'ci_hi']) {
      if (!table.header.includes(`${g}_${suffix}`)) throw new InputError(`missing column ${g}_${suffix}`, { file, line: 1 });
    }
  }
  return table.rows.map(({ values, line }) => {
    const cell = (g: (typeof groups)[number]): PercentWithInterval | null => {
      const raw = [values[`${g}_mean`], values[`${g}_ci_lo`], values[`${g}_ci_hi`]];
      if (raw.every((v) => v === '')) return null;
      const [mean, lower, upper] = raw.map(Number) as [number, number, number];
      if (![mean, lower, upper].every(Number.isFinite)) {
        throw new InputError(`not a number: ${raw.join(', ')}`, { file, line, field: `${g}_mean` });
      }
      return { mean, lower, upper };
    };
    return { operator: values.epistemic_operator ?? '', positive: cell('positive'), prefixSuffix: cell('prefix_suffix'), repeated: cell('repeated') };
  });
}
