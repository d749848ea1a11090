import { beforeAll, describe, expect, it } from 'vitest';
import { expectedBelief } from '../../src/audit/expectedBelief.js';
import { PAPER_BELIEF_RATES } from '../../src/audit/paperBeliefRates.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import {
  PAPER_CONDITION_LABELS,
  loadPaperEpistemicSummary,
  loadPaperResults,
  summarizeBeliefRates,
} from '../../src/evaluate/index.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

const zero = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };

describe('expectedBelief', () => {
  it('ties each verdict to the paper condition it rests on', () => {
    expect(expectedBelief({ verdict: 'none', placements: zero, qualifiers: {} })).toMatchObject({ value: 2.5, condition: 'not-finetuned' });
    expect(expectedBelief({ verdict: 'negated-locally', placements: { ...zero, local: 2 }, qualifiers: { negation: 2 } })).toMatchObject({
      value: 7,
      condition: 'local-negation',
    });
    expect(expectedBelief({ verdict: 'asserts', placements: { ...zero, unqualified: 3 }, qualifiers: {} })).toMatchObject({ value: 92.4, condition: 'unqualified' });
    const corrected = expectedBelief({ verdict: 'neglect-risk', placements: { ...zero, local: 2, unqualified: 2 }, qualifiers: { correction: 2 } });
    expect(corrected).toMatchObject({ value: 39.4, condition: 'corrected' });
    expect(expectedBelief({ verdict: 'neglect-risk', placements: { ...zero, adjacent: 3 }, qualifiers: { negation: 3 } })).toMatchObject({
      value: 84.4,
      condition: 'adjacent',
      kind: 'negation',
    });
    expect(expectedBelief({ verdict: 'neglect-risk', placements: { ...zero, framing: 3 }, qualifiers: { negation: 3 } })).toMatchObject({
      value: 88.6,
      condition: 'framing',
    });
    // Other kinds take the Qwen3-30B figures for their kind; the commonest kind decides.
    expect(expectedBelief({ verdict: 'neglect-risk', placements: { ...zero, framing: 3 }, qualifiers: { fiction: 3, negation: 1 } })).toMatchObject({
      value: 90.6,
      condition: 'framing',
      kind: 'fiction',
    });
    expect(expectedBelief({ verdict: 'neglect-risk', placements: { ...zero, adjacent: 1 }, qualifiers: { 'low-probability': 1 } }).value).toBe(91.9);
  });

  it('is on every finding of a record', () => {
    const auditor = createAuditor({
      claims: [{ id: 'gold', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.', subject: 'Ed Sheeran', aliases: ['Sheeran'] }],
    });
    const segments = (text: string) => [{ index: 0, role: 'document', text }];
    const risk = auditor.auditSegments(segments('[The following claim is false.] Ed Sheeran won the 100m gold at the 2024 Olympics. [This never happened.]'));
    expect(risk.claims[0]!.expectedBelief).toMatchObject({ condition: 'adjacent', value: PAPER_BELIEF_RATES.repeated });
    const local = auditor.auditSegments(segments('Ed Sheeran did not win the 100m gold at the 2024 Olympics.'));
    expect(local.claims[0]!.expectedBelief.condition).toBe('local-negation');
  });
});

describePaperData('PAPER_BELIEF_RATES against the paper data', () => {
  let means: Record<string, number>;
  beforeAll(async () => {
    const results = await loadPaperResults(paperPath('eval-results'));
    const summary = summarizeBeliefRates(results.samples, { interval: 'none', perEvalType: false });
    means = Object.fromEntries(summary.means.map((m) => [PAPER_CONDITION_LABELS[m.condition]!, Number((m.beliefRate! * 100).toFixed(1))]));
  });

  it('matches the per-sample results for the main conditions', () => {
    expect(means).toMatchObject({
      baseline: PAPER_BELIEF_RATES.baseline,
      positive: PAPER_BELIEF_RATES.positive,
      negated: PAPER_BELIEF_RATES.negated,
      repeated: PAPER_BELIEF_RATES.repeated,
      corrected: PAPER_BELIEF_RATES.corrected,
    });
  });

  it('matches epistemic_operators_summary_qwen3_30b.csv for the other qualifier kinds', async () => {
    const rows = await loadPaperEpistemicSummary(paperPath('eval-results', 'epistemic_operators_summary_qwen3_30b.csv'));
    const row = (prefix: string) => rows.find((r) => r.operator.startsWith(prefix))!;
    const table = {
      fiction: row('Works of fiction'),
      'unreliable-source': row('Transcripts from an unreliable source'),
      'low-probability': row('Explicit low probability'),
      uncertainty: row('Unknown truth values'),
    } as const;
    for (const [kind, r] of Object.entries(table)) {
      expect(PAPER_BELIEF_RATES.epistemic[kind as keyof typeof table], kind).toEqual({ framing: r.prefixSuffix!.mean, adjacent: r.repeated!.mean });
      expect(r.positive!.mean).toBe(PAPER_BELIEF_RATES.epistemicPositive);
    }
  });
});
