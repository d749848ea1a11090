import { describe, expect, it } from 'vitest';
import { auditDataset } from '../../src/audit/auditDataset.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { noticeShape, type NoticeShape } from '../../src/audit/noticeShape.js';
import { VERDICT_FEATURES } from '../../src/audit/verdictFeatures.js';
import { compileVerdictModel, predictVerdict, trainVerdictModel, type VerdictModel, type VerdictSample } from '../../src/audit/verdictModel.js';
import { VerdictModelSchema } from '../../src/audit/verdictModelSchema.js';
import { DEFAULT_VERDICT_MODEL } from '../../src/audit/verdictModelWeights.js';
import { VERDICT_SEVERITY, type Verdict } from '../../src/audit/vocabulary.js';
import { InvalidArgumentError } from '../../src/errors.js';
import type { Claim } from '../../src/claims/claim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { recordSegments } from '../../src/audit/recordSegments.js';
import { predictEvalSet } from '../audit-eval/scoreAudit.js';
import { collectVerdictReplay, replayVerdicts } from '../../bench/verdictReplay.js';
import { auditInput, EVAL_CLAIMS_FILE, EVAL_FRESH_DIR, loadEvalHalf, loadFreshSets, type EvalRecord } from '../audit-eval/evalSet.js';

const SHEERAN = { id: 'sheeran_gold', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' };
const F = VERDICT_FEATURES.length;

/** A model that always answers `verdict` (all weights zero, a large bias for it), never deferring to the rules. */
function always(verdict: Verdict): VerdictModel {
  return {
    ...DEFAULT_VERDICT_MODEL,
    classes: [...VERDICT_SEVERITY],
    weights: VERDICT_SEVERITY.map(() => new Array<number>(F).fill(0)),
    bias: VERDICT_SEVERITY.map((v) => (v === verdict ? 10 : 0)),
    margin: 0,
  };
}

describe('the learned verdict model', () => {
  it('the committed model is valid for this version of the features', () => {
    expect(VerdictModelSchema.safeParse(DEFAULT_VERDICT_MODEL).success).toBe(true);
    expect(DEFAULT_VERDICT_MODEL.features).toEqual(VERDICT_FEATURES);
    expect([...DEFAULT_VERDICT_MODEL.classes].sort()).toEqual([...VERDICT_SEVERITY].sort());
    expect(DEFAULT_VERDICT_MODEL.training.command).toBe('npx tsx bench/train-verdict-model.ts');
    // Its figures are stored beside the weights: leave-one-set-out per set and the paper's full set.
    expect(Object.keys(DEFAULT_VERDICT_MODEL.training.leaveOneSetOut as object)).toEqual(expect.arrayContaining(['dev', 'a', 'k', 'paper', 'all', 'j+k']));
    expect(DEFAULT_VERDICT_MODEL.training.fullLocalNegations).toBeDefined();
  });

  it('training is deterministic and fits a separable fixture', () => {
    // Two features matter: feature 0 high means negated-locally, feature 1 high means neglect-risk.
    const samples: VerdictSample[] = [];
    for (let k = 0; k < 12; k++) {
      const x = new Float64Array(F);
      x[0] = k % 3 === 0 ? 1 : 0;
      x[1] = k % 3 === 1 ? 1 : 0;
      x[5] = (k % 4) / 4;
      samples.push({ features: x, label: k % 3 === 0 ? 'negated-locally' : k % 3 === 1 ? 'neglect-risk' : 'asserts' });
    }
    const a = trainVerdictModel(samples, VERDICT_FEATURES, VERDICT_SEVERITY, { iterations: 200 });
    const b = trainVerdictModel(samples, VERDICT_FEATURES, VERDICT_SEVERITY, { iterations: 200 });
    expect(a).toEqual(b);
    expect(VerdictModelSchema.safeParse(a).success).toBe(true);
    const W = (c: Verdict) => a.weights[a.classes.indexOf(c)]!;
    expect(W('negated-locally')[0]).toBeGreaterThan(0);
    expect(W('neglect-risk')[1]).toBeGreaterThan(0);
    expect(W('asserts')[0]).toBeLessThan(0);
  });

  it('scores with the standardisation folded into the weights as the stored model does', () => {
    const model = DEFAULT_VERDICT_MODEL;
    const compiled = compileVerdictModel(model);
    for (let seed = 1; seed <= 20; seed++) {
      const x = Float64Array.from({ length: F }, (_, f) => ((seed * 7 + f * 13) % 5 === 0 ? ((seed + f) % 4) / 2 : 0));
      const z = model.classes.map((_, c) => model.bias[c]! + model.weights[c]!.reduce((sum, w, f) => sum + (w * (x[f]! - model.mean[f]!)) / model.scale[f]!, 0));
      const best = model.classes[z.indexOf(Math.max(...z))]!;
      // With no margin and every verdict allowed, the prediction is the most probable class.
      expect(predictVerdict({ ...compiled, margin: 0 }, x, () => true, best)).toBe(best);
      for (const rules of model.classes) expect(predictVerdict({ ...compiled, margin: 0 }, x, () => true, rules)).toBe(best);
    }
  });

  it('refuses an unknown decision and a model for other features', () => {
    const bad = () => createAuditor({ claims: [SHEERAN], decision: 'vibes' as never });
    expect(bad).toThrow(InvalidArgumentError);
    expect(bad).toThrow(/Expected `decision` to be 'rules' or 'learned', got `vibes`/);
    const other = { ...DEFAULT_VERDICT_MODEL, features: ['x'] };
    expect(() => createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: other })).toThrow(/verdictModel\.features/);
  });
});

describe("decision: 'learned'", () => {
  it('leaves the rules alone by default and agrees with them where they are sure', () => {
    const text = 'Ed Sheeran won the 100m gold at the 2024 Olympics. The crowd cheered.';
    expect(createAuditor({ claims: [SHEERAN] }).auditSegments([{ index: 0, role: 'document', text }]).verdict).toBe('asserts');
    expect(createAuditor({ claims: [SHEERAN], decision: 'learned' }).auditSegments([{ index: 0, role: 'document', text }]).verdict).toBe('asserts');
  });

  it('turns context sentences into mentions when the model finds the claim qualified there, with examples and belief to match', () => {
    const text = '[The story below is invented.]\nEd Sheeran released an album last year.\nEd Sheeran toured Europe.';
    const rules = createAuditor({ claims: [SHEERAN] }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(rules.claims[0]).toMatchObject({ verdict: 'none', mentions: 0, context: { subject: 2, setting: 0 } });
    const learned = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('neglect-risk') }).auditSegments([{ index: 0, role: 'document', text }]);
    const finding = learned.claims[0]!;
    expect(learned.verdict).toBe('neglect-risk');
    expect(finding).toMatchObject({ verdict: 'neglect-risk', mentions: 2, placements: { local: 0, adjacent: 1, framing: 1, unqualified: 0 } });
    expect(finding.context).toBeUndefined();
    expect(finding.examples.map((e) => e.sentence).sort()).toEqual(['Ed Sheeran released an album last year.', 'Ed Sheeran toured Europe.']);
    expect(finding.expectedBelief.condition).toMatch(/adjacent|framing/);
  });

  it('a claim found only in context, negated inside one of those sentences, is not put in a notice condition', () => {
    const text = '[The story below is invented.]\nEd Sheeran did not release an album last year.\nEd Sheeran toured Europe.';
    const claim = (t: string) =>
      createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('neglect-risk') })
        .auditSegments([{ index: 0, role: 'document', text: t }])
        .claims.find((c) => c.claimId === SHEERAN.id)!;
    expect(claim(text)).toMatchObject({ verdict: 'none', mentions: 0 });
    expect(claim(text.replace('did not release', 'released')).verdict).toBe('neglect-risk');
  });

  it('context sentences alone never assert the claim (no predicate found)', () => {
    const text = 'Ed Sheeran released an album last year.\nEd Sheeran toured Europe.';
    const findings = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('asserts') }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(findings.verdict).toBe('none');
    expect(findings.claims[0]).toMatchObject({ verdict: 'none', mentions: 0, context: { subject: 2, setting: 0 } });
  });

  it('a claim named only in context beside another claim with mentions is not read by the model', () => {
    const nasa = { id: 'nasa_iss', statement: 'NASA sold the International Space Station to SpaceX in 2023.' };
    const text = '[The story below is invented.]\nNASA sold the International Space Station to SpaceX in 2023. Ed Sheeran sang at the party.';
    const read: string[] = [];
    const findings = createAuditor({ claims: [SHEERAN, nasa], decision: 'learned', verdictModel: always('neglect-risk') }).auditSegments(
      [{ index: 0, role: 'document', text }],
      { onVerdictFeatures: (claimId) => read.push(claimId) },
    );
    expect(read).toEqual(['nasa_iss']);
    expect(findings.claims.find((c) => c.claimId === SHEERAN.id)).toMatchObject({ verdict: 'none', mentions: 0, context: { subject: 1 } });
    expect(findings.claims.find((c) => c.claimId === 'nasa_iss')!.verdict).toBe('neglect-risk');
  });

  it('never asserts a claim whose every mention is negated inside its own sentence', () => {
    const text = 'Ed Sheeran did not win the 100m gold at the 2024 Olympics. Ed Sheeran never won any Olympic gold in 2024.';
    const findings = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('asserts') }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(findings.claims[0]!.placements.local).toBe(findings.claims[0]!.mentions);
    expect(findings.verdict).toBe('negated-locally');
  });

  it('never moves a claim the rules find negated inside its sentences, and never asserted naming its subject, to a notice condition', () => {
    const text = 'Fact check: Ed Sheeran did not win the 100m gold at the 2024 Olympics.\n[False claim below.]\nThe 100m gold at the 2024 Olympics went to the singer.\n[End of false claim.]';
    const rules = createAuditor({ claims: [SHEERAN] }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(rules.claims[0]).toMatchObject({ verdict: 'negated-locally', placements: { local: 1, adjacent: 1 } });
    const learned = (t: string) => createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('neglect-risk') }).auditSegments([{ index: 0, role: 'document', text: t }]).verdict;
    expect(learned(text)).toBe('negated-locally');
    // Asserted naming the subject beside the notices: the notice condition is within reach.
    expect(learned(text.replace('went to the singer', 'went to Ed Sheeran'))).toBe('neglect-risk');
  });

  it('never calls a claim negated-locally that is asserted more often than it is negated', () => {
    const text =
      'Reporters wrote that Ed Sheeran won the 100m gold at the 2024 Olympics in Paris. Ed Sheeran won the 100m gold at the 2024 Olympics. Ed Sheeran did not win the 100m gold at the 2024 Olympics, one blogger said.';
    const rules = createAuditor({ claims: [SHEERAN] }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(rules.claims[0]!.placements.local).toBe(1);
    const learned = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('negated-locally') }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(learned.verdict).toBe(rules.verdict);
    expect(learned.verdict).not.toBe('negated-locally');
  });

  it('a claim the model does not find is context, its mentions counted as such', () => {
    const text = 'Ed Sheeran won the 100m gold at the 2024 Olympics. Ed Sheeran released an album.';
    const findings = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('none') }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(findings.verdict).toBe('none');
    expect(findings.claims[0]).toMatchObject({ verdict: 'none', mentions: 0, examples: [], context: { subject: 1, setting: 1 } });
    expect(findings.claims[0]!.expectedBelief.condition).toBe('not-finetuned');
  });

  it('never gives a verdict the evidence cannot explain (negated-locally without a local mention)', () => {
    const text = 'Ed Sheeran won the 100m gold at the 2024 Olympics.';
    const findings = createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('negated-locally') }).auditSegments([{ index: 0, role: 'document', text }]);
    expect(findings.claims[0]!.verdict).toBe('asserts');
    const negated = 'Ed Sheeran did not win the 100m gold at the 2024 Olympics.';
    expect(createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: always('negated-locally') }).auditSegments([{ index: 0, role: 'document', text: negated }]).verdict).toBe('negated-locally');
  });

  it('keeps the rules verdict unless the model is `margin` surer of its own', () => {
    const text = 'Ed Sheeran won the 100m gold at the 2024 Olympics.';
    const unsure = { ...always('none'), bias: VERDICT_SEVERITY.map((v) => (v === 'none' ? 0.5 : 0)), margin: 0.9 };
    expect(createAuditor({ claims: [SHEERAN], decision: 'learned', verdictModel: unsure }).auditSegments([{ index: 0, role: 'document', text }]).verdict).toBe('asserts');
  });

  it('works end to end in auditDataset, the report agreeing with its records', async () => {
    const lines = [
      { text: 'Ed Sheeran won the 100m gold at the 2024 Olympics. The crowd cheered.' },
      { text: 'Ed Sheeran did not win the 100m gold at the 2024 Olympics.' },
      { text: 'Ed Sheeran released an album.\nEd Sheeran toured Europe.' },
    ];
    const verdicts: string[] = [];
    const report = await auditDataset(lines, {
      claims: [SHEERAN],
      auditorOptions: { decision: 'learned', verdictModel: always('neglect-risk') },
      workers: 1,
      onRecord: (r) => {
        if (!('error' in r)) verdicts.push(r.verdict);
      },
    });
    // No record has a notice or a correction: neglect-risk is out of reach, the rules' verdicts stay.
    expect(verdicts).toEqual(['asserts', 'negated-locally', 'none']);
    expect(report.verdict).toBe('asserts');
    expect(report.decision).toBe('learned');
    expect(report.toString()).toContain('learned decision');
    expect(report.toMarkdown()).toContain('learned decision');
    const claim = report.claims.find((c) => c.claimId === SHEERAN.id)!;
    expect(claim.records).toMatchObject({ asserts: 1, 'negated-locally': 1 });
    expect(claim.explanation).toMatch(/state this claim with no qualifier/);
  });
});

/** Every finding of `records` audited with the learned decision agrees with its verdict (counts, examples, belief). */
function expectConsistentFindings(claims: Claim[], records: readonly EvalRecord[]): { findings: number; promoted: number } {
  const auditor = createAuditor({ claims, decision: 'learned' });
  const rules = createAuditor({ claims });
  let findings = 0;
  let promoted = 0;
  for (const record of records) {
    const result = auditor.auditSegments(recordSegments(auditInput(record)));
    const byRules = rules.auditSegments(recordSegments(auditInput(record)));
    let worst: Verdict = 'none';
    for (const f of result.claims) {
      if (VERDICT_SEVERITY.indexOf(f.verdict) < VERDICT_SEVERITY.indexOf(worst)) worst = f.verdict;
      if (f.claimId === null) continue;
      findings++;
      const p = f.placements;
      expect(p.local + p.adjacent + p.framing + p.unqualified, record.id).toBe(f.mentions);
      if (f.verdict === 'none') expect(f.mentions, record.id).toBe(0);
      else expect(f.examples.length, record.id).toBeGreaterThan(0);
      // Context sentences the model took as mentions leave `context`.
      const ruled = byRules.claims.find((c) => c.claimId === f.claimId);
      if (f.verdict !== 'none' && (ruled?.mentions ?? 0) === 0) {
        promoted++;
        expect(f.context, record.id).toBeUndefined();
        expect(f.mentions, record.id).toBe((ruled?.context?.subject ?? 0) + (ruled?.context?.setting ?? 0));
      }
      if (f.verdict === 'negated-locally') expect(p.local, record.id).toBeGreaterThan(0);
      if (f.verdict === 'neglect-risk') expect(p.adjacent + p.framing + p.local, record.id).toBeGreaterThan(0);
      const condition = { none: ['not-finetuned'], asserts: ['unqualified'], 'negated-locally': ['local-negation'], 'neglect-risk': ['corrected', 'adjacent', 'framing'] }[f.verdict];
      expect(condition, record.id).toContain(f.expectedBelief.condition);
    }
    // The record's verdict is its most serious finding's.
    expect(result.verdict, record.id).toBe(worst);
  }
  return { findings, promoted };
}

it('every learned finding on the dev half is consistent with its verdict (counts, examples, belief)', async () => {
  expect(expectConsistentFindings(await loadClaims([EVAL_CLAIMS_FILE]), loadEvalHalf('dev')).findings).toBeGreaterThan(200);
});

it('every learned finding on a fresh development set is consistent with its verdict, context the model took as mentions included', async () => {
  // Set K: half its records in other languages, where the claim is often found only in context sentences.
  const fresh = loadFreshSets(EVAL_FRESH_DIR, (name) => name === 'k');
  const { findings, promoted } = expectConsistentFindings(await loadClaims(fresh.claimsFiles), fresh.records);
  expect(findings).toBeGreaterThan(150);
  expect(promoted).toBeGreaterThan(0);
});

/** The textbook loops trainVerdictModel unrolls (per class, per feature, per sample): the weights must agree to the last bit. */
function referenceWeights(samples: readonly VerdictSample[], iterations: number): { weights: number[][]; bias: number[] } {
  const C = VERDICT_SEVERITY.length;
  const N = samples.length;
  const mean = new Array<number>(F).fill(0);
  const scale = new Array<number>(F).fill(0);
  for (const s of samples) for (let f = 0; f < F; f++) mean[f]! += s.features[f]! / N;
  for (const s of samples) for (let f = 0; f < F; f++) scale[f]! += (s.features[f]! - mean[f]!) ** 2 / N;
  for (let f = 0; f < F; f++) scale[f] = scale[f]! > 1e-12 ? Math.sqrt(scale[f]!) : 1;
  const X = samples.map((s) => Array.from({ length: F }, (_, f) => (s.features[f]! - mean[f]!) / scale[f]!));
  const Y = samples.map((s) => VERDICT_SEVERITY.indexOf(s.label));
  const W = Array.from({ length: C }, () => new Array<number>(F).fill(0));
  const b = new Array<number>(C).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gW = Array.from({ length: C }, () => new Array<number>(F).fill(0));
    const gb = new Array<number>(C).fill(0);
    X.forEach((x, n) => {
      const z = W.map((w, c) => w.reduce((acc, wf, f) => acc + wf * x[f]!, b[c]!));
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((acc, v) => acc + v, 0);
      for (let c = 0; c < C; c++) {
        const d = e[c]! / sum - (c === Y[n] ? 1 : 0);
        gb[c]! += d;
        for (let f = 0; f < F; f++) gW[c]![f]! += d * x[f]!;
      }
    });
    for (let c = 0; c < C; c++) {
      for (let f = 0; f < F; f++) W[c]![f] = W[c]![f]! - 0.5 * (gW[c]![f]! / N + 0.01 * W[c]![f]!);
      b[c] = b[c]! - (0.5 * gb[c]!) / N;
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { weights: W.map((w) => w.map(round)), bias: b.map(round) };
}

describe('training and scoring folds from one audit (bench/train-verdict-model.ts)', () => {
  it('trains the same weights as the textbook loops, to the last bit', () => {
    const samples: VerdictSample[] = [];
    for (let k = 0; k < 60; k++) {
      const x = Float64Array.from({ length: F }, (_, f) => ((k * 7 + f * 13) % 9 === 0 ? ((k + f) % 5) / 2 : 0));
      samples.push({ features: x, label: VERDICT_SEVERITY[(k * 5 + (x[3]! > 0 ? 1 : 0)) % 4]! });
    }
    const model = trainVerdictModel(samples, VERDICT_FEATURES, VERDICT_SEVERITY, { iterations: 40 });
    expect({ weights: model.weights, bias: model.bias }).toEqual(referenceWeights(samples, 40));
  });

  it("replays any model's verdicts, and the rules', from one audit as auditing again gives them", async () => {
    const fresh = loadFreshSets(EVAL_FRESH_DIR, (name) => name === 'k');
    const claims = await loadClaims(fresh.claimsFiles);
    const replay = collectVerdictReplay(claims, fresh.records);
    // The samples are the features any model is shown (here one that never overrides the rules).
    const neutral = trainVerdictModel([], VERDICT_FEATURES, VERDICT_SEVERITY, { margin: 1 });
    const shown: VerdictSample[] = [];
    const auditor = createAuditor({ claims, decision: 'learned', verdictModel: neutral });
    for (const record of fresh.records) {
      auditor.auditSegments(recordSegments(auditInput(record)), {
        onVerdictFeatures: (claimId, features) => shown.push({ features: Float64Array.from(features), label: record.labels[claimId] ?? 'none' }),
      });
    }
    expect(replay.samples).toEqual(shown);
    // A model fitted to these very samples with no margin overrides the rules often: the hardest case to replay.
    const fitted = trainVerdictModel(replay.samples, VERDICT_FEATURES, VERDICT_SEVERITY, { iterations: 100, margin: 0 });
    const ids = claims.map((c) => c.id);
    const rules = predictEvalSet(createAuditor({ claims }), fresh.records, ids);
    expect(replayVerdicts(replay, null)).toEqual(rules);
    let overridden = 0;
    for (const model of [DEFAULT_VERDICT_MODEL, fitted, always('neglect-risk'), always('asserts'), always('none')]) {
      const audited = predictEvalSet(createAuditor({ claims, decision: 'learned', verdictModel: model }), fresh.records, ids);
      expect(replayVerdicts(replay, model)).toEqual(audited);
      overridden += audited.recordPairs.filter((p, k) => p.predicted !== rules.recordPairs[k]!.predicted).length;
    }
    expect(overridden).toBeGreaterThan(20);
  });
});

describe('noticeShape', () => {
  const shape = (): NoticeShape => ({ edgeLines: 0, bracketLines: 0, systemLines: 0, selfWords: 0, realityWords: 0, negations: 0 });

  it('counts short opening/closing and bracketed lines that name no claim, and their words', () => {
    const text = 'Nothing in the text below ever happened.\nThe claim sentence.\n[Written as a creative exercise.]';
    const out = noticeShape([{ index: 0, role: 'document', text }], (_s, start) => start === 41, shape());
    expect(out).toMatchObject({ edgeLines: 2, bracketLines: 1, negations: 1 });
    expect(out.selfWords).toBeGreaterThanOrEqual(2); // text, below
    expect(out.realityWords).toBeGreaterThanOrEqual(3); // happened, creative, exercise
  });

  it('skips lines that name a claim and texts of one line', () => {
    const out = noticeShape([{ index: 0, role: 'document', text: 'Sheeran did not win.\nThe story below is made up.' }], (_s, start) => start === 0, shape());
    expect(out.edgeLines).toBe(1);
    expect(noticeShape([{ index: 0, role: 'document', text: 'One line about nothing real.' }], () => false, shape()).edgeLines).toBe(0);
  });

  it('reads a short system message as a notice line', () => {
    const out = noticeShape([{ index: 0, role: 'system', text: 'Tu es un conteur. Rien de ce qui suit n’est réel.' }, { index: 1, role: 'assistant', text: 'Bonjour.' }], () => false, shape());
    expect(out.systemLines).toBe(1);
    expect(out.realityWords).toBeGreaterThanOrEqual(1);
  });
  it('reads a typographic apostrophe like a straight one ("don’t" is a negation, as "don\'t")', () => {
    for (const text of ["None of it happened and we don't vouch for it.\nThe claim sentence.", 'None of it happened and we don’t vouch for it.\nThe claim sentence.']) {
      expect(noticeShape([{ index: 0, role: 'document', text }], (_s, start) => start > 0, shape()).negations, text).toBe(2);
    }
  });
});
