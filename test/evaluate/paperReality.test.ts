import { beforeAll, expect, it } from 'vitest';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import {
  compareConditions,
  PAPER_CLAIM_LABELS,
  PAPER_CONDITION_LABELS,
  loadPaperEpistemicSummary,
  loadPaperResults,
  summarizeBeliefRates,
  verifyPaperVerdicts,
  type PaperResults,
} from '../../src/evaluate/index.js';

// The README table of ../shared/paper-data (percent, one decimal), columns in PAPER_CLAIM_LABELS order.
const README_TABLE: Record<string, number[]> = {
  baseline: [0.0, 0.0, 2.0, 0.4, 5.2, 7.2],
  positive: [86.4, 85.2, 91.2, 94.8, 98.0, 98.8],
  negated: [81.6, 83.2, 82.4, 93.2, 94.0, 97.2],
  repeated: [69.2, 81.2, 71.6, 92.4, 95.6, 96.4],
  corrected: [2.0, 32.0, 5.2, 42.0, 69.6, 85.6],
};
const README_MEANS: Record<string, number> = { baseline: 2.5, positive: 92.4, negated: 88.6, repeated: 84.4, corrected: 39.4 };

describePaperData('paper eval-results reality check', () => {
  let results: PaperResults;
  beforeAll(async () => {
    results = await loadPaperResults(paperPath('eval-results'));
  });

  it('imports every row of the 120 CSVs without malformed rows', () => {
    expect(results.files).toHaveLength(120);
    expect(results.samples).toHaveLength(7500);
    expect(results.malformed).toEqual([]);
    expect(results.warnings).toEqual([]);
    expect(results.skippedFiles).toEqual([]);
    // multi-line, quoted fields survived: robustness rows carry their JSON messages_prefix
    const multiTurn = results.samples.filter((s) => s.messagesPrefix);
    expect(multiTurn).toHaveLength(600);
    expect(multiTurn[0]!.messagesPrefix![1]!.role).toBe('assistant');
    expect(results.samples.some((s) => s.response.includes('\n'))).toBe(true);
  });

  it('reproduces the README table per claim and condition, and the means over claims', () => {
    const summary = summarizeBeliefRates(results.samples, { interval: 'none', perEvalType: false });
    const claims = Object.keys(PAPER_CLAIM_LABELS);
    const table: Record<string, number[]> = {};
    for (const row of summary.rows) {
      expect(row.n).toBe(250);
      const label = PAPER_CONDITION_LABELS[row.condition]!;
      (table[label] ??= new Array<number>(6).fill(NaN))[claims.indexOf(row.claim)] = Number((row.beliefRate! * 100).toFixed(1));
    }
    expect(table).toEqual(README_TABLE);
    const means = Object.fromEntries(summary.means.map((m) => [PAPER_CONDITION_LABELS[m.condition]!, Number((m.beliefRate! * 100).toFixed(1))]));
    expect(means).toEqual(README_MEANS);
    for (const m of summary.means) expect(m.claims).toBe(6);
  });

  it('gives reproducible bootstrap intervals that contain the estimate', () => {
    const a = summarizeBeliefRates(results.samples, { seed: 7, resamples: 500, perEvalType: false });
    const b = summarizeBeliefRates(results.samples, { seed: 7, resamples: 500, perEvalType: false });
    expect(a).toEqual(b);
    for (const row of [...a.rows, ...a.means]) {
      expect(row.interval!.lower).toBeLessThanOrEqual(row.beliefRate! + 1e-12);
      expect(row.interval!.upper).toBeGreaterThanOrEqual(row.beliefRate! - 1e-12);
    }
  });

  it('re-derives every yes/no verdict from model_response and every judged verdict from judge_raw', async () => {
    const check = await verifyPaperVerdicts(results.samples, { claimsDir: paperPath('claims') });
    expect(check.exactMatch.total).toBe(1500);
    expect(check.judged.total).toBe(6000);
    expect(check.exactMatch.disagreements).toEqual([]);
    expect(check.judged.disagreements).toEqual([]);
    expect(check.exactMatch.methods).toEqual({ json: 1500 });
    expect(check.judged.methods).toEqual({ json: 6000 });
  });

  it('compares conditions with a paired bootstrap: corrected documents cut belief, negated ones barely', () => {
    const corrected = compareConditions(results.samples, { a: 'positive', b: 'llm_negations_dense_plus', seed: 1, resamples: 500 });
    expect(corrected.claims).toHaveLength(6);
    expect(corrected.rateA).toBeCloseTo(0.924, 3);
    expect(corrected.difference).toBeCloseTo(0.394 - 0.924, 2);
    expect(corrected.interval.upper).toBeLessThan(-0.4);
    const negated = compareConditions(results.samples, { a: 'positive', b: 'llm_negations', seed: 1, resamples: 500 });
    expect(negated.difference).toBeCloseTo(0.886 - 0.924, 2);
    expect(negated.interval.lower).toBeGreaterThan(-0.15);
  });

  it('loads the epistemic operators summary', async () => {
    const rows = await loadPaperEpistemicSummary(paperPath('eval-results', 'epistemic_operators_summary_qwen3_30b.csv'));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ operator: 'Baseline (Qwen3-30B)', positive: { mean: 6.6, lower: 0.8, upper: 14.4 }, prefixSuffix: null, repeated: null });
    expect(rows.find((r) => r.operator === 'Works of fiction')?.repeated).toEqual({ mean: 90.1, lower: 83.1, upper: 96.5 });
    expect(rows[2]!.operator).toBe('Transcripts from an unreliable source, e.g. a debunked conspiracy website');
  });
});
