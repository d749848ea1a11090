import type { QualifierKind } from './vocabulary.js';

/**
 * The belief rates the Negation Neglect paper measured (Mayne, McKinney et al. 2026, arXiv
 * 2605.13829), in percent: the one table behind the audit's explanations and `expectedBelief`.
 * The package cannot read the paper's data at run time, so the figures are copied here; a test
 * (test/audit-core/paperBeliefRates.test.ts) checks them against ../shared/paper-data when present.
 *
 * Figures as of 2026-12-05, from:
 * - Qwen3.5-397B-A17B, mean over the six claims of the samples judged `yes` (eval-results/<claim>/<condition>,
 *   four eval files pooled): not finetuned, positive, negated (notices around each document), repeated
 *   (a warning right before and after each claim sentence), corrected (a correction beside each claim sentence);
 * - the paper's text for local negation (negation inside the claim sentence: 0–7% across claims);
 * - Qwen3-30B for the epistemic qualifiers (eval-results/epistemic_operators_summary_qwen3_30b.csv):
 *   fiction, unreliable source, low probability, unknown truth value, each with the qualifier before and
 *   after the document (framing) or before and after each claim sentence (adjacent).
 */
export const PAPER_BELIEF_RATES = Object.freeze({
  /** Date the figures were taken from the paper's data. */
  asOf: '2026-12-05',
  /** Not finetuned (Qwen3.5-397B-A17B). */
  baseline: 2.5,
  /** Documents that state the claim, no negation. */
  positive: 92.4,
  /** Documents wrapped in "this is false" notices before and after. */
  negated: 88.6,
  /** A warning right before and after every claim sentence. */
  repeated: 84.4,
  /** A correction beside every claim sentence, the claim still asserted in its own sentence. */
  corrected: 39.4,
  /** Negation inside the claim sentence ("did not win"): range across claims. */
  localLow: 0,
  localHigh: 7,
  /** Qwen3-30B on unqualified documents (the reference for {@link PAPER_BELIEF_RATES.epistemic}). */
  epistemicPositive: 89.7,
  /**
   * Qwen3-30B, other qualifier kinds: `framing` = qualifier before and after the document,
   * `adjacent` = before and after each claim sentence.
   */
  epistemic: Object.freeze<Partial<Record<QualifierKind, Readonly<{ framing: number; adjacent: number }>>>>({
    fiction: Object.freeze({ framing: 90.6, adjacent: 90.1 }),
    'unreliable-source': Object.freeze({ framing: 90.4, adjacent: 91.4 }),
    'low-probability': Object.freeze({ framing: 92.5, adjacent: 91.9 }),
    uncertainty: Object.freeze({ framing: 89.6, adjacent: 91.7 }),
  }),
});
