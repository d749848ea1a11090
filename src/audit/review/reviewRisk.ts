import { NegationNeglectError } from '../../errors.js';
import type { AuditedRecord } from '../auditRecords.js';
import { QUALIFIER_KINDS, VERDICT_SEVERITY } from '../vocabulary.js';
import { reviewUncertainty } from './reviewUncertainty.js';
import { DEFAULT_REVIEW_RISK_MODEL } from './reviewRiskWeights.js';
import type { ReviewRiskModel } from './ReviewRiskModel.js';

export type { ReviewRiskModel } from './ReviewRiskModel.js';

/**
 * The signals the review's risk reads from a record's lexical findings, in vector order. Every one is known when
 * the lexical pass is done (no second reading of the text), but `cue`, the claim cues a `none` record's text
 * holds, which the `'related'` test reads anyway:
 * - `uncertainty1` … `uncertainty3`: `reviewUncertainty`'s tier (0 implied when none is set; a `none` record has none);
 * - `foreign`: the record is not English; `claims2`: mentions of two claims or more;
 * - `mentions`, and per placement the log count (`local` …) and the share of the mentions (`share.local` …);
 * - `bestScore`, `worstScore`: the match scores of the record's examples;
 * - `qualifier.<kind>`: a qualifier of that kind was found for a mentioned claim;
 * - `unattached`: a notice tied to no claim; `chat`: an example in a chat message;
 * - `context.subject`, `context.setting`: sentences naming the subject or setting without the predicate (log count);
 * - `cue`, `noCue`: the best claim's cue weight (`createClaimCueCounter`, capped at 4, over 4), `none` records only.
 * Not the record's size: the evaluation records are 0.2-1.5 kB, and a weight on it would rule on real records of
 * many kilobytes by extrapolation alone.
 */
export const REVIEW_RISK_FEATURES = [
  'uncertainty1',
  'uncertainty2',
  'uncertainty3',
  'foreign',
  'claims2',
  'mentions',
  'local',
  'adjacent',
  'framing',
  'unqualified',
  'share.local',
  'share.adjacent',
  'share.framing',
  'share.unqualified',
  'bestScore',
  'worstScore',
  ...QUALIFIER_KINDS.map((kind) => `qualifier.${kind}`),
  'unattached',
  'chat',
  'context.subject',
  'context.setting',
  'cue',
  'noCue',
] as const;

const PLACEMENT_KEYS = ['local', 'adjacent', 'framing', 'unqualified'] as const;
const CHAT_ROLES: ReadonlySet<string> = new Set(['assistant', 'user', 'system']);
const FEATURE_COUNT = REVIEW_RISK_FEATURES.length;
const QUALIFIER_AT = REVIEW_RISK_FEATURES.indexOf(`qualifier.${QUALIFIER_KINDS[0]!}`);
/** Where each signal sits in the vector, read off {@link REVIEW_RISK_FEATURES} so the two cannot drift apart. */
const at = (feature: (typeof REVIEW_RISK_FEATURES)[number]): number => REVIEW_RISK_FEATURES.indexOf(feature);
const UNCERTAINTY_AT = at('uncertainty1');
const FOREIGN_AT = at('foreign');
const CLAIMS2_AT = at('claims2');
const MENTIONS_AT = at('mentions');
const PLACEMENT_AT = at('local');
const SHARE_AT = at('share.local');
const BEST_AT = at('bestScore');
const WORST_AT = at('worstScore');
const UNATTACHED_AT = at('unattached');
const CHAT_AT = at('chat');
const SUBJECT_AT = at('context.subject');
const SETTING_AT = at('context.setting');
const CUE_AT = at('cue');
const NO_CUE_AT = at('noCue');

/**
 * A record's {@link REVIEW_RISK_FEATURES}, written into `out` (a fresh vector when absent). `cue` is the best claim's
 * cue weight in the text, read for `none` records only (0 when unknown).
 *
 * @example
 * ```ts
 * reviewRiskFeatures({ verdict: 'none', claims: [], language: 'de' }, 1.5); // foreign 1, cue 0.375
 * ```
 */
export function reviewRiskFeatures(record: Pick<AuditedRecord, 'verdict' | 'claims' | 'language'>, cue = 0, out = new Float64Array(FEATURE_COUNT)): Float64Array {
  out.fill(0);
  const none = record.verdict === 'none';
  if (!none) {
    const tier = reviewUncertainty(record);
    if (tier >= 1 && tier <= 3) out[UNCERTAINTY_AT + tier - 1] = 1;
  }
  out[FOREIGN_AT] = record.language !== undefined && record.language !== 'en' ? 1 : 0;
  let claims = 0;
  let mentions = 0;
  const placements = [0, 0, 0, 0];
  let best = -1;
  let worst = 2;
  let subject = 0;
  let setting = 0;
  for (const finding of record.claims) {
    if (finding.context) {
      subject += finding.context.subject;
      setting += finding.context.setting;
    }
    for (const example of finding.examples) if (CHAT_ROLES.has(example.role)) out[CHAT_AT] = 1;
    if (finding.claimId === null) {
      out[UNATTACHED_AT] = 1;
      continue;
    }
    if (finding.mentions === 0) continue;
    claims++;
    mentions += finding.mentions;
    for (let p = 0; p < 4; p++) placements[p]! += finding.placements[PLACEMENT_KEYS[p]!];
    for (const example of finding.examples) {
      if (example.score > best) best = example.score;
      if (example.score < worst) worst = example.score;
    }
    QUALIFIER_KINDS.forEach((kind, k) => {
      if ((finding.qualifiers[kind] ?? 0) > 0) out[QUALIFIER_AT + k] = 1;
    });
  }
  out[CLAIMS2_AT] = claims >= 2 ? 1 : 0;
  out[MENTIONS_AT] = Math.log1p(mentions);
  for (let p = 0; p < 4; p++) {
    out[PLACEMENT_AT + p] = Math.log1p(placements[p]!);
    out[SHARE_AT + p] = mentions > 0 ? placements[p]! / mentions : 0;
  }
  out[BEST_AT] = best >= 0 ? best : 0;
  out[WORST_AT] = worst <= 1 ? worst : 0;
  out[SUBJECT_AT] = Math.log1p(subject);
  out[SETTING_AT] = Math.log1p(setting);
  out[CUE_AT] = none ? Math.min(cue, 4) / 4 : 0;
  out[NO_CUE_AT] = none && cue === 0 ? 1 : 0;
  return out;
}

const scratch = new Float64Array(FEATURE_COUNT);

/**
 * How likely the lexical verdict of a record is wrong, in (0, 1): a logistic regression per lexical verdict over
 * {@link reviewRiskFeatures}, trained on the development sets (bench/train-review-risk.ts; weights in
 * `reviewRiskWeights.ts`). The review's `'uncertain'` selection sends the records at {@link REVIEW_MIN_RISK} or above,
 * and every named selection keeps the riskiest first under `maxShare` / `maxRecords`.
 *
 * @example
 * ```ts
 * const risk = reviewRisk(auditedRecord); // e.g. 0.02 for a neglect-risk record with a framing notice
 * if (risk >= REVIEW_MIN_RISK) send(auditedRecord);
 * ```
 */
export function reviewRisk(record: Pick<AuditedRecord, 'verdict' | 'claims' | 'language'>, cue = 0, model: ReviewRiskModel = DEFAULT_REVIEW_RISK_MODEL): number {
  const x = reviewRiskFeatures(record, cue, scratch);
  const row = model.byVerdict[record.verdict];
  let logit = row.bias;
  for (let f = 0; f < FEATURE_COUNT; f++) if (x[f] !== 0) logit += row.weights[f]! * x[f]!;
  return 1 / (1 + Math.exp(-logit));
}

/**
 * The least {@link reviewRisk} at which `'uncertain'` sends a record: the largest threshold at which every verdict
 * class stays at 97% precision and recall or more after a reviewer that never errs, leave-one-set-out on the
 * development sets the weights are trained on when it was chosen (A-AG), a two-point margin over the 95% target for
 * claims not seen in training (docs/accuracy.md, "The model review's selection"). Retrained on A-AK in the
 * twenty-second session it sends 49.3% with every class at 97.9% or more; 0.1 would also hold 97% there (sending
 * 43.7%, `negated-locally` recall 97.2%) but is kept off: that session's unseen claims were read right far less often
 * than the development sets' (68% of records against 84%), so the wider margin stays.
 */
export const REVIEW_MIN_RISK = 0.08;

/** Checks that `model` fits {@link REVIEW_RISK_FEATURES} (a model from another version would score nonsense). */
export function assertReviewRiskModel(model: ReviewRiskModel): void {
  if (model.features.join() !== REVIEW_RISK_FEATURES.join()) throw new NegationNeglectError('review risk model: features differ from REVIEW_RISK_FEATURES (retrain it)', 'invalid_model');
  for (const verdict of VERDICT_SEVERITY) if (model.byVerdict[verdict]?.weights.length !== FEATURE_COUNT) throw new NegationNeglectError(`review risk model: no ${verdict} row of ${FEATURE_COUNT} weights`, 'invalid_model');
}
