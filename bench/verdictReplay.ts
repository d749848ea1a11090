// The learned decision's verdicts on a set of records, for any model, from one audit of the records.
//
// With `decision: 'learned'` the auditor computes, for every claim the model reads, the features, the
// rules' verdict and the verdicts the evidence can explain before the model decides, and none of them
// depend on the model (`AuditSegmentsOptions.onVerdictFeatures`). A claim's verdict is then
// `predictVerdict(model, features, allowed, rules)`; a record's is the most serious of its claims' or, when
// every claim's is `none`, that of the notices tied to no claim (which the auditor reports only then).
// bench/train-verdict-model.ts audits each development set once and scores every fold's model from this
// (test/audit-core/learnedDecision.test.ts checks the replay against real audits, rules and learned).
import { createAuditor } from '../src/audit/createAuditor.js';
import { recordSegments } from '../src/audit/recordSegments.js';
import { VERDICT_FEATURES } from '../src/audit/verdictFeatures.js';
import { compileVerdictModel, predictVerdict, trainVerdictModel, type VerdictModel, type VerdictSample } from '../src/audit/verdictModel.js';
import { VERDICT_SEVERITY, verdictRank, type Verdict } from '../src/audit/vocabulary.js';
import type { Claim } from '../src/claims/claim.js';
import { auditInput, expectedVerdict, type EvalRecord } from '../test/audit-eval/evalSet.js';
import type { EvalPredictions, VerdictPair } from '../test/audit-eval/scoreAudit.js';

/** One claim the model reads in one record: its sample, the rules' verdict, the verdicts its evidence can explain. */
interface ReplayClaim {
  claimId: string;
  /** Index into {@link VerdictReplay.samples}. */
  sample: number;
  rules: Verdict;
  /** Bit k: `VERDICT_SEVERITY[k]` is allowed. */
  allowed: number;
}

/** One record: the claims the model reads and the verdict of the notices tied to no claim (`none` if none). */
interface ReplayRecord {
  record: EvalRecord;
  claims: ReplayClaim[];
  unattached: Verdict;
}

/** What {@link collectVerdictReplay} gathers from one audit of a set of records against a claim list. */
export interface VerdictReplay {
  claimIds: string[];
  records: ReplayRecord[];
  /** The training samples: every claim the model reads, labelled with the record's label for it, in audit order. */
  samples: VerdictSample[];
}

/**
 * A model that finds no claim anywhere (`none` far more probable than anything else, no margin): the record's
 * verdict is then that of its notices tied to no claim, and the features are those of any model.
 */
const FINDS_NOTHING: VerdictModel = (() => {
  const model = trainVerdictModel([], VERDICT_FEATURES, VERDICT_SEVERITY, { margin: 0 });
  return { ...model, bias: VERDICT_SEVERITY.map((v) => (v === 'none' ? 100 : 0)) };
})();

/**
 * Audits `records` against `claims` once with the learned decision and keeps what any model's verdicts need.
 *
 * @example
 * ```ts
 * const replay = collectVerdictReplay(claims, loadEvalHalf('dev'));
 * const { recordPairs } = replayVerdicts(replay, DEFAULT_VERDICT_MODEL);
 * ```
 */
export function collectVerdictReplay(claims: readonly Claim[], records: readonly EvalRecord[]): VerdictReplay {
  const auditor = createAuditor({ claims: [...claims], decision: 'learned', verdictModel: FINDS_NOTHING });
  const samples: VerdictSample[] = [];
  const out: ReplayRecord[] = [];
  for (const record of records) {
    const seen: ReplayClaim[] = [];
    const findings = auditor.auditSegments(recordSegments(auditInput(record)), {
      onVerdictFeatures: (claimId, features, rules, allowed) => {
        let mask = 0;
        VERDICT_SEVERITY.forEach((v, k) => {
          if (allowed(v)) mask |= 1 << k;
        });
        seen.push({ claimId, sample: samples.length, rules, allowed: mask });
        samples.push({ features: Float64Array.from(features), label: expectedVerdict(record, claimId) });
      },
    });
    out.push({ record, claims: seen, unattached: findings.verdict });
  }
  return { claimIds: claims.map((c) => c.id), records: out, samples };
}

/** Per allowed-mask, the test `predictVerdict` takes. */
const ALLOWED = Array.from({ length: 1 << VERDICT_SEVERITY.length }, (_, mask) => (v: Verdict) => (mask & (1 << VERDICT_SEVERITY.indexOf(v))) !== 0);

/**
 * The claim and record verdicts `model` gives the records of `replay` (as `predictEvalSet` with
 * `createAuditor({ claims, decision: 'learned', verdictModel: model })`), or the rules' with `null`.
 *
 * @example
 * ```ts
 * const rules = replayVerdicts(replay, null);
 * ```
 */
export function replayVerdicts(replay: VerdictReplay, model: VerdictModel | null): EvalPredictions {
  const compiled = model === null ? null : compileVerdictModel(model);
  const claimPairs: VerdictPair[] = [];
  const recordPairs: VerdictPair[] = [];
  const byClaim = new Map<string, Verdict>();
  for (const { record, claims, unattached } of replay.records) {
    byClaim.clear();
    let verdict: Verdict = 'none';
    for (const c of claims) {
      const v = compiled === null ? c.rules : predictVerdict(compiled, replay.samples[c.sample]!.features, ALLOWED[c.allowed]!, c.rules);
      byClaim.set(c.claimId, v);
      if (verdictRank(v) > verdictRank(verdict)) verdict = v;
    }
    if (verdict === 'none') verdict = unattached;
    for (const claimId of replay.claimIds) {
      claimPairs.push({ recordId: record.id, claimId, expected: expectedVerdict(record, claimId), predicted: byClaim.get(claimId) ?? 'none' });
    }
    recordPairs.push({ recordId: record.id, claimId: null, expected: record.verdict, predicted: verdict });
  }
  return { claimPairs, recordPairs };
}
