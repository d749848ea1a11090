import { PAPER_BELIEF_RATES } from './paperBeliefRates.js';
import { KIND_PRIORITY, verdictRank, PAPER_CONDITIONS, QUALIFIER_KINDS, type Placement, type QualifierKind, type Verdict } from './vocabulary.js';

/** The paper condition an {@link ExpectedBelief} rests on. */
export type PaperCondition = (typeof PAPER_CONDITIONS)[number];

/**
 * The belief in the claim the paper measured after finetuning on data like this (percent), with the
 * condition it rests on and where the figure comes from.
 */
export interface ExpectedBelief {
  /** Percent of answers that affirm the claim after finetuning. */
  value: number;
  condition: PaperCondition;
  /** The qualifier kind the figure is for (adjacent/framing conditions only). */
  kind?: QualifierKind;
  /** Where the figure comes from (model, table, condition). */
  source: string;
}

/** What {@link expectedBelief} reads: a verdict and the counts behind it. */
export interface ExpectedBeliefFacts {
  verdict: Verdict;
  placements: Readonly<Record<Placement, number>>;
  qualifiers: Readonly<Partial<Record<QualifierKind, number>>>;
  /** Asserted claim sentences with a correction beside them (see `decideVerdict`); defaults to 0. */
  corrected?: number;
}

const P = PAPER_BELIEF_RATES;
const MAIN = `Negation Neglect (arXiv 2605.13829), Qwen3.5-397B-A17B, mean of six claims`;
const EPISTEMIC = 'Negation Neglect (arXiv 2605.13829), Qwen3-30B, epistemic_operators_summary_qwen3_30b.csv';

/** One frozen answer per condition (and kind): findings share them instead of allocating their own. */
const belief = (value: number, condition: PaperCondition, source: string, kind?: QualifierKind): ExpectedBelief =>
  Object.freeze(kind === undefined ? { value, condition, source } : { value, condition, kind, source });
const NOT_FINETUNED = belief(P.baseline, 'not-finetuned', `${MAIN}, not finetuned`);
const LOCAL = belief(P.localHigh, 'local-negation', `${MAIN}: local negations kept belief at ${P.localLow}–${P.localHigh}% (upper end)`);
const UNQUALIFIED = belief(P.positive, 'unqualified', `${MAIN}, positive documents`);
const CORRECTED = belief(P.corrected, 'corrected', `${MAIN}, corrected documents (a correction beside each claim sentence)`);
const NON_LOCAL = {
  adjacent: Object.fromEntries(
    QUALIFIER_KINDS.map((kind) => [
      kind,
      P.epistemic[kind] !== undefined
        ? belief(P.epistemic[kind].adjacent, 'adjacent', `${EPISTEMIC}, repeated`, kind)
        : belief(P.repeated, 'adjacent', `${MAIN}, repeated negations (a warning before and after each claim sentence)`, kind),
    ]),
  ) as Record<QualifierKind, ExpectedBelief>,
  framing: Object.fromEntries(
    QUALIFIER_KINDS.map((kind) => [
      kind,
      P.epistemic[kind] !== undefined
        ? belief(P.epistemic[kind].framing, 'framing', `${EPISTEMIC}, prefix_suffix`, kind)
        : belief(P.negated, 'framing', `${MAIN}, negated documents (notices before and after the document)`, kind),
    ]),
  ) as Record<QualifierKind, ExpectedBelief>,
};

/** The most frequent non-local qualifier kind (ties: the more specific kind). */
function dominantKind(qualifiers: ExpectedBeliefFacts['qualifiers']): QualifierKind {
  let best: QualifierKind = 'negation';
  let bestCount = 0;
  // The kinds present (a record has one or two), not all seven: the priorities differ, so the order of reading is free.
  for (const key in qualifiers) {
    if (!KIND_KEYS.has(key)) continue;
    const kind = key as QualifierKind;
    const n = qualifiers[kind] ?? 0;
    if (n > bestCount || (n === bestCount && n > 0 && KIND_PRIORITY[kind] < KIND_PRIORITY[best])) {
      best = kind;
      bestCount = n;
    }
  }
  return best;
}

const KIND_KEYS: ReadonlySet<string> = new Set(QUALIFIER_KINDS);

/**
 * The belief the paper measured for data like this record (or dataset) about a claim:
 * - `none` (not mentioned): not finetuned on the claim, 2.5%;
 * - `negated-locally`: local negation, at most 7% (0–7% across claims);
 * - `asserts`: unqualified documents, 92.4%;
 * - `neglect-risk` with locally negated mentions or corrections beside asserted ones: corrected
 *   documents, 39.4%;
 * - `neglect-risk` otherwise: the kind of the qualifiers (negation 84.4% adjacent / 88.6% framing;
 *   fiction, unreliable source, low probability and unknown truth value from the Qwen3-30B table;
 *   correction and malicious behaviour use the negation figures, the paper has none of their own).
 *
 * @example
 * ```ts
 * expectedBelief({ verdict: 'neglect-risk', placements: { local: 0, adjacent: 3, framing: 1, unqualified: 0 }, qualifiers: { negation: 4 } });
 * // { value: 84.4, condition: 'adjacent', kind: 'negation', source: '... repeated negations ...' }
 * ```
 */
export function expectedBelief(facts: ExpectedBeliefFacts): ExpectedBelief {
  const { verdict, placements } = facts;
  switch (verdict) {
    case 'none':
      return NOT_FINETUNED;
    case 'negated-locally':
      return LOCAL;
    case 'asserts':
      return UNQUALIFIED;
    case 'neglect-risk':
      if (placements.local > 0 || (facts.corrected ?? 0) > 0) return CORRECTED;
      return NON_LOCAL[placements.adjacent > 0 ? 'adjacent' : 'framing'][dominantKind(facts.qualifiers)];
  }
}

/** An expected belief with the verdict it belongs to (what a report keeps per claim). */
export interface VerdictBelief {
  verdict: Verdict;
  belief: ExpectedBelief;
}

/**
 * The pair a dataset report shows for a claim: the more serious verdict, then the higher belief
 * (the report's verdict is its most serious record's, so its belief is the worst of those records).
 *
 * @example
 * ```ts
 * moreSeriousBelief(undefined, { verdict: 'asserts', belief }); // { verdict: 'asserts', belief }
 * ```
 */
export function moreSeriousBelief(current: VerdictBelief | undefined, next: VerdictBelief): VerdictBelief {
  if (current === undefined) return next;
  const byVerdict = verdictRank(next.verdict) - verdictRank(current.verdict);
  return byVerdict > 0 || (byVerdict === 0 && next.belief.value > current.belief.value) ? next : current;
}
