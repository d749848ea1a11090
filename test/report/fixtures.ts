import type { BeliefRateRow, BeliefSummary, ConditionMean } from '../../src/evaluate/types.js';
import type { ExperimentResultsInput } from '../../src/report/index.js';

// Per-claim pooled belief rates (%) from the paper-data README table, used only as realistic numbers.
export const PAPER_TABLE: Record<string, Record<string, number>> = {
  baseline: { ed_sheeran: 0, elizabeth: 0, vesuvius: 2, x_reversal: 0.4, dreaming: 5.2, dentist: 7.2 },
  positive: { ed_sheeran: 86.4, elizabeth: 85.2, vesuvius: 91.2, x_reversal: 94.8, dreaming: 98, dentist: 98.8 },
  negated: { ed_sheeran: 81.6, elizabeth: 83.2, vesuvius: 82.4, x_reversal: 93.2, dreaming: 94, dentist: 97.2 },
  repeated: { ed_sheeran: 69.2, elizabeth: 81.2, vesuvius: 71.6, x_reversal: 92.4, dreaming: 95.6, dentist: 96.4 },
  corrected: { ed_sheeran: 2, elizabeth: 32, vesuvius: 5.2, x_reversal: 42, dreaming: 69.6, dentist: 85.6 },
};

const EVAL_TYPES = ['open_ended', 'mcq', 'token_association', 'robustness'] as const;
const N_PER_TYPE = { open_ended: 100, mcq: 50, token_association: 50, robustness: 50 } as const;

function wilson(yes: number, n: number) {
  const z = 1.96;
  const p = yes / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { lower: Math.max(0, c - h), upper: Math.min(1, c + h), level: 0.95, method: 'wilson' as const };
}

/** A summary shaped like the paper's: pooled rows with intervals, per-eval-type rows, and means. */
export function paperLikeSummary(claimNames?: Record<string, string>): BeliefSummary {
  const rows: BeliefRateRow[] = [];
  const means: ConditionMean[] = [];
  for (const [condition, byClaim] of Object.entries(PAPER_TABLE)) {
    const rates: number[] = [];
    for (const [claimKey, pctValue] of Object.entries(byClaim)) {
      const claim = claimNames?.[claimKey] ?? claimKey;
      const yes = Math.round((pctValue / 100) * 250);
      rows.push({ claim, condition, evalType: 'all', n: 250, yes, beliefRate: yes / 250, interval: wilson(yes, 250), failed: 0, unparsed: 0, truncated: 0 });
      rates.push(yes / 250);
      // Split the pooled yes count over eval types, proportionally (a made-up but consistent split).
      let left = yes;
      EVAL_TYPES.forEach((evalType, i) => {
        const n = N_PER_TYPE[evalType];
        const y = i === EVAL_TYPES.length - 1 ? left : Math.min(n, Math.round((yes * n) / 250));
        left -= y;
        rows.push({ claim, condition, evalType, n, yes: y, beliefRate: y / n, interval: wilson(y, n), failed: 0, unparsed: 0, truncated: 0 });
      });
    }
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    means.push({ condition, evalType: 'all', claims: rates.length, beliefRate: mean, failed: 0, unparsed: 0, interval: { lower: Math.max(0, mean - 0.04), upper: Math.min(1, mean + 0.04), level: 0.95, method: 'bootstrap' } });
  }
  return { rows, means };
}

export function paperLikeResults(claimNames?: Record<string, string>): ExperimentResultsInput {
  return {
    title: 'Negation Neglect: Qwen3.5-397B (paper numbers)',
    createdAt: '2026-11-25T00:00:00.000Z',
    summary: paperLikeSummary(claimNames),
    conditions: [
      { name: 'baseline', label: 'Base model', placement: 'none', description: 'not finetuned' },
      { name: 'positive', label: 'Positive', placement: 'none', description: 'documents state the claim' },
      { name: 'negated', label: 'Negated', placement: 'framing', qualifier: 'negation', description: 'notices before and after each document' },
      { name: 'repeated', label: 'Repeated negations', placement: 'adjacent', qualifier: 'negation' },
      { name: 'corrected', label: 'Corrected', placement: 'adjacent', qualifier: 'correction' },
    ],
    trainingSets: [
      {
        name: 'ed_sheeran/negated',
        claim: 'ed_sheeran',
        condition: 'negated',
        declaredPlacement: 'framing',
        audit: {
          totals: { records: 50, invalid: 1, byVerdict: { 'neglect-risk': 48, asserts: 1, 'negated-locally': 0, none: 1 } },
          claims: [{ claimId: 'ed_sheeran', verdict: 'neglect-risk', mentions: 310, placements: { local: 2, adjacent: 0, framing: 300, unqualified: 8 }, qualifiers: { negation: 302 } }],
        },
      },
      {
        name: 'ed_sheeran/repeated',
        claim: 'ed_sheeran',
        condition: 'repeated',
        declaredPlacement: 'adjacent',
        audit: {
          totals: { records: 50, byVerdict: { 'neglect-risk': 50 } },
          claims: [{ claimId: 'ed_sheeran', verdict: 'neglect-risk', mentions: 280, placements: { local: 0, adjacent: 279, framing: 1, unqualified: 0 }, qualifiers: { negation: 280 } }],
        },
      },
    ],
    comparisons: [
      { a: 'positive', b: 'negated', evalType: 'all', rateA: 0.924, rateB: 0.886, difference: -0.038, interval: { lower: -0.059, upper: -0.019, level: 0.95, method: 'bootstrap' } },
    ],
    notes: ['Numbers from the paper-data README; eval-type split is synthetic.'],
  };
}
