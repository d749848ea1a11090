import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  beliefRate,
  bootstrapInterval,
  compareConditions,
  formatBeliefSummary,
  summarizeBeliefRates,
  wilsonInterval,
  type ScoredSample,
  type VerdictLabel,
} from '../../src/evaluate/index.js';

/** `pattern` per question: verdict letters, y = yes, n = no, u = neutral, e = parse_error. */
function samples(claim: string, condition: string, evalType: string, patterns: string[]): ScoredSample[] {
  const map: Record<string, VerdictLabel> = { y: 'yes', n: 'no', u: 'neutral', e: 'parse_error' };
  return patterns.flatMap((p, q) => [...p].map((c) => ({ claim, condition, evalType, questionId: `q${q}`, verdict: map[c]! })));
}

describe('wilsonInterval', () => {
  it('matches textbook values', () => {
    const a = wilsonInterval(5, 10);
    expect(a.lower).toBeCloseTo(0.2366, 4);
    expect(a.upper).toBeCloseTo(0.7634, 4);
    const zero = wilsonInterval(0, 10);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(5, 10, 0.9).upper).toBeLessThan(a.upper);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1, level: 0.95, method: 'wilson' });
  });
  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(InvalidArgumentError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(/Expected `yes` to be a non-negative integer/);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(/level/);
  });
});

describe('bootstrapInterval', () => {
  const split = [...Array(5).fill({ yes: 5, n: 5 }), ...Array(5).fill({ yes: 0, n: 5 })];

  it('is reproducible by seed and differs across seeds', () => {
    expect(bootstrapInterval(split, { seed: 3 })).toEqual(bootstrapInterval(split, { seed: 3 }));
    const varied = Array.from({ length: 20 }, (_, i) => ({ yes: i % 6, n: 5 + (i % 3) }));
    expect(bootstrapInterval(varied, { seed: 3, resamples: 200 })).not.toEqual(bootstrapInterval(varied, { seed: 4, resamples: 200 }));
  });

  it('is wider than Wilson when samples of a question agree (clustering)', () => {
    const boot = bootstrapInterval(split, { seed: 1 });
    const wilson = wilsonInterval(25, 50);
    expect(boot.upper - boot.lower).toBeGreaterThan(1.5 * (wilson.upper - wilson.lower));
    expect(boot.lower).toBeLessThan(0.5);
    expect(boot.upper).toBeGreaterThan(0.5);
  });

  it('has zero width when there is no variation, and resamples strata separately for means', () => {
    expect(bootstrapInterval([{ yes: 5, n: 5 }, { yes: 5, n: 5 }])).toMatchObject({ lower: 1, upper: 1 });
    // claim A always 100 %, claim B always 0 %: the mean is 0.5 in every resample
    const mean = bootstrapInterval([[{ yes: 5, n: 5 }, { yes: 5, n: 5 }], [{ yes: 0, n: 5 }]], { seed: 2 });
    expect(mean.lower).toBeCloseTo(0.5, 12);
    expect(mean.upper).toBeCloseTo(0.5, 12);
  });

  it('validates options', () => {
    expect(() => bootstrapInterval(split, { resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapInterval(split, { level: 95 })).toThrow(/level/);
  });
});

describe('beliefRate and summarizeBeliefRates', () => {
  const data = [
    ...samples('c1', 'positive', 'mcq', ['yyyyy', 'yyyyn']),
    ...samples('c1', 'positive', 'open_ended', ['yuuee']),
    ...samples('c2', 'positive', 'mcq', ['nnnnn', 'yyyyy']),
    ...samples('c2', 'positive', 'open_ended', ['yyyyy']),
    ...samples('c1', 'negated', 'mcq', ['ynnnn', 'nnnnn']),
  ];

  it('counts neutral and no as non-belief, leaves unparsed samples out by default (configurable), never counts failures', () => {
    const oe = data.filter((s) => s.claim === 'c1' && s.evalType === 'open_ended');
    expect(beliefRate(oe)).toEqual({ yes: 1, n: 3, beliefRate: 1 / 3, failed: 0, unparsed: 2, truncated: 0 });
    expect(beliefRate(oe, { excludeVerdicts: [] })).toMatchObject({ yes: 1, n: 5, beliefRate: 0.2, unparsed: 2 });
    expect(beliefRate(oe, { beliefVerdicts: ['yes', 'neutral'] }).yes).toBe(3);
    expect(() => beliefRate(oe, { beliefVerdicts: ['yes'], excludeVerdicts: ['yes'] })).toThrow(/disjoint/);
    // A failed sample is no answer, whatever the counting options.
    const failed = { verdict: 'parse_error' as const, error: 'generation failed: 500' };
    expect(beliefRate([{ verdict: 'yes' }, failed], { excludeVerdicts: [] })).toMatchObject({ yes: 1, n: 1, beliefRate: 1, failed: 1, unparsed: 0 });
    expect(beliefRate([{ verdict: 'no', finishReason: 'length' }])).toMatchObject({ n: 1, truncated: 1 });
    // Nothing counted: no data, not 0.
    expect(beliefRate([])).toEqual({ yes: 0, n: 0, beliefRate: null, failed: 0, unparsed: 0, truncated: 0 });
    expect(beliefRate([failed, failed]).beliefRate).toBeNull();
  });

  it('shows a claim whose every sample failed as no data, without an interval, and leaves it out of the mean', () => {
    const failedAll = samples('c3', 'positive', 'mcq', ['eeeee']).map((x) => ({ ...x, error: 'generation failed: 401' }));
    const s = summarizeBeliefRates([...data, ...failedAll], { seed: 1, resamples: 200 });
    const row = s.rows.find((r) => r.claim === 'c3' && r.evalType === 'all')!;
    expect(row).toMatchObject({ n: 0, beliefRate: null, interval: null, failed: 5, unparsed: 0 });
    const mean = s.means.find((m) => m.condition === 'positive' && m.evalType === 'all')!;
    expect(mean).toMatchObject({ claims: 2, failed: 5, unparsed: 2 });
    expect(mean.beliefRate).toBeCloseTo((10 / 13 + 10 / 15) / 2, 12);
    const none = summarizeBeliefRates(failedAll, { interval: 'wilson' });
    expect(none.means[0]).toMatchObject({ claims: 0, beliefRate: null, interval: null, failed: 5 });
    for (const format of ['markdown', 'json'] as const) expect(formatBeliefSummary(none, format)).not.toMatch(/\b0\.0\b|"beliefRate": 0\b/);
    expect(formatBeliefSummary(none, 'markdown')).toContain('| no data |');
  });

  it('gives rows per claim × condition × eval type plus `all`, and unweighted means over claims', () => {
    const s = summarizeBeliefRates(data, { interval: 'wilson' });
    const row = (claim: string, condition: string, evalType: string) =>
      s.rows.find((r) => r.claim === claim && r.condition === condition && r.evalType === evalType)!;
    expect(row('c1', 'positive', 'mcq')).toMatchObject({ n: 10, yes: 9, beliefRate: 0.9 });
    expect(row('c1', 'positive', 'all')).toMatchObject({ n: 13, yes: 10, unparsed: 2 });
    expect(row('c2', 'positive', 'all')).toMatchObject({ n: 15, yes: 10, unparsed: 0 });
    expect(row('c1', 'positive', 'all').interval).toEqual(wilsonInterval(10, 13));
    expect(s.rows.filter((r) => r.condition === 'negated').map((r) => r.evalType)).toEqual(['mcq', 'all']);
    const mean = s.means.find((m) => m.condition === 'positive' && m.evalType === 'mcq')!;
    expect(mean).toMatchObject({ claims: 2, beliefRate: (0.9 + 0.5) / 2, interval: null });
    expect(s.means.find((m) => m.condition === 'negated' && m.evalType === 'all')).toMatchObject({ claims: 1, beliefRate: 0.1 });
  });

  it('filters eval types, drops per-type rows on request, orders conditions, and separates models', () => {
    const s = summarizeBeliefRates(data, { evalTypes: ['open_ended'], perEvalType: false, interval: 'none' });
    expect(s.rows.map((r) => [r.claim, r.evalType, r.yes, r.n])).toEqual([
      ['c1', 'all', 1, 3],
      ['c2', 'all', 5, 5],
    ]);
    const ordered = summarizeBeliefRates(data, { conditionOrder: ['negated', 'positive'], perEvalType: false, interval: 'none' });
    expect(ordered.rows.map((r) => r.condition)).toEqual(['negated', 'positive', 'positive']);
    const twoModels = summarizeBeliefRates(
      [...data.map((d) => ({ ...d, model: 'm1' })), ...data.map((d) => ({ ...d, model: 'm2', verdict: 'no' as const }))],
      { perEvalType: false, interval: 'none' },
    );
    expect(twoModels.means.filter((m) => m.condition === 'positive').map((m) => [m.model, m.beliefRate])).toEqual([
      ['m1', (10 / 13 + 10 / 15) / 2],
      ['m2', 0],
    ]);
  });

  it('bootstrap intervals by default, deterministic by seed', () => {
    const a = summarizeBeliefRates(data, { seed: 5, resamples: 300 });
    expect(a).toEqual(summarizeBeliefRates(data, { seed: 5, resamples: 300 }));
    expect(a.rows[0]!.interval!.method).toBe('bootstrap');
    expect(a.means[0]!.interval!.method).toBe('bootstrap');
    expect(() => summarizeBeliefRates(data, { interval: 'exact' as 'none' })).toThrow(/interval/);
  });

  it('gives a one-claim mean exactly its claim row interval', () => {
    const one = samples('a', 'positive', 'mcq', ['yyyyn', 'nnnyy', 'yyyyy', 'nnnnn']);
    const summary = summarizeBeliefRates(one, { seed: 3, resamples: 500 });
    const row = summary.rows.find((r) => r.evalType === 'all')!;
    const mean = summary.means.find((m) => m.evalType === 'all')!;
    expect(mean.beliefRate).toBe(row.beliefRate);
    expect(mean.interval).toEqual(row.interval);
  });

  it('widens the mean interval when claims are resampled too (random-claims) and the claims differ', () => {
    // Six claims, each with tight questions, but claims far apart: fixed claims give a narrow
    // interval, random claims a wide one; with identical claims both agree.
    const differ = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((claim, k) =>
      samples(claim, 'positive', 'mcq', Array.from({ length: 8 }, () => (k % 2 === 0 ? 'yyyyy' : 'nnnnn'))),
    );
    const width = (s: ReturnType<typeof summarizeBeliefRates>) => s.means[0]!.interval!.upper - s.means[0]!.interval!.lower;
    const fixed = summarizeBeliefRates(differ, { seed: 1, resamples: 2000, perEvalType: false });
    const random = summarizeBeliefRates(differ, { seed: 1, resamples: 2000, perEvalType: false, meanInterval: 'random-claims' });
    expect(fixed.means[0]!.beliefRate).toBe(0.5);
    expect(width(fixed)).toBe(0);
    expect(width(random)).toBeGreaterThan(0.5);
    expect(random.means[0]!.interval!.lower).toBeLessThan(0.25);
    expect(random.means[0]!.interval!.upper).toBeGreaterThan(0.75);
    const same = ['a', 'b', 'c'].flatMap((claim) => samples(claim, 'positive', 'mcq', ['yyyyn', 'yyynn', 'yyyyy']));
    const sameFixed = summarizeBeliefRates(same, { seed: 2, resamples: 2000, perEvalType: false });
    const sameRandom = summarizeBeliefRates(same, { seed: 2, resamples: 2000, perEvalType: false, meanInterval: 'random-claims' });
    expect(Math.abs(width(sameRandom) - width(sameFixed))).toBeLessThan(0.05);
    expect(() => summarizeBeliefRates(differ, { meanInterval: 'all' as 'fixed-claims' })).toThrow(/meanInterval/);
  });
});

describe('compareConditions', () => {
  it('gives b − a with a paired interval (identical conditions → exactly 0)', () => {
    const a = samples('c1', 'A', 'mcq', ['yyyyy', 'nnnnn', 'yynnn']);
    const same = compareConditions([...a, ...a.map((s) => ({ ...s, condition: 'B' }))], { a: 'A', b: 'B', seed: 1 });
    expect(same.difference).toBe(0);
    expect(same.interval).toMatchObject({ lower: 0, upper: 0 });

    const b = samples('c1', 'B', 'mcq', ['nnnnn', 'nnnnn', 'nnnnn']);
    const d = compareConditions([...a, ...b], { a: 'A', b: 'B', seed: 1 });
    expect(d.rateA).toBeCloseTo(7 / 15, 12);
    expect(d.rateB).toBe(0);
    expect(d.difference).toBeCloseTo(-7 / 15, 12);
    // a resample drawing only the 0/5 question three times has difference 0 (p = 1/27 > 2.5 %)
    expect(d.interval.upper).toBeLessThanOrEqual(0);
    expect(d.interval.lower).toBeLessThan(-0.6);
    expect(d.claims).toEqual(['c1']);
  });

  it('uses only claims present in both conditions and rejects empty comparisons', () => {
    const data = [...samples('c1', 'A', 'mcq', ['yyyyy']), ...samples('c1', 'B', 'mcq', ['nnnnn']), ...samples('c2', 'A', 'mcq', ['yyyyy'])];
    expect(compareConditions(data, { a: 'A', b: 'B' }).claims).toEqual(['c1']);
    expect(() => compareConditions(data, { a: 'A', b: 'C' })).toThrow(InvalidArgumentError);
    expect(() => compareConditions(data, { a: 'A', b: 'A' })).toThrow(/different/);
  });
});
