import { VERDICT_RANK, type Placement, type Verdict } from './vocabulary.js';

/** Mentions of one claim in one record, by placement. */
export type PlacementCounts = Record<Placement, number>;

/** Extra evidence for the verdict beyond the counts. */
export interface VerdictEvidence {
  /**
   * Local mentions weighted by how surely the cue negates the claim (1 for explicit cues, 0.5 for a
   * generic "not" elsewhere in the clause). Defaults to `counts.local`.
   */
  localWeight?: number;
  /**
   * Asserted claim sentences with a sentence beside them that negates the claim (a correction
   * beside each claim sentence: the paper's corrected condition, 39.4% belief). Defaults to 0.
   */
  corrected?: number;
  /**
   * Asserted claim sentences without a correction that are titles (a short line of its own without
   * final punctuation): they name the document's topic, so the corrected rule does not require a
   * correction beside them. Defaults to 0.
   */
  titles?: number;
  /**
   * Claim sentences that name the subject and are not qualified inside the sentence: the sentences
   * that assert the claim. The corrected rule needs a correction beside each of them; sentences
   * without the subject beside a notice ("The gold medal was won by Noah Lyles in 9.79 seconds")
   * restate facts and need none. Defaults to the adjacent, framing and unqualified counts.
   */
  asserted?: number;
  /**
   * Of the `asserted` sentences, those that state the whole claim plainly: the subject with most of its
   * predicate, and nothing in the sentence that denies, asks, cites or reports it (`plainAssertion`). A
   * record that holds one asserts the claim in its own words, whatever it negates elsewhere: never
   * `negated-locally` (issue 9 item 2; with the negation beside it, the paper's corrected condition).
   * Defaults to 0.
   */
  plainlyAsserted?: number;
}

/**
 * Thresholds of the verdict rule. Defaults are tied to the paper (see docs/accuracy.md):
 * local negation is the only placement that kept belief low (0–7%), so a record counts as
 * negated locally as soon as a clear share of its mentions is negated inside the sentence, even when
 * it also carries debunking notices; any non-local qualifier otherwise means the data tries to
 * negate the claim in a way models neglect (84–89% belief).
 */
export interface VerdictThresholds {
  /**
   * Minimum (weighted) share of mentions qualified inside their own sentence for `negated-locally`
   * (default 0.25); the local weight must also reach the number of adjacent mentions.
   */
  localShare: number;
  /** Minimum share of mentions qualified only by adjacent/framing notices for `neglect-risk` (default 0.2). */
  nonLocalShare: number;
}

/** The default thresholds. */
export const DEFAULT_VERDICT_THRESHOLDS: Readonly<VerdictThresholds> = Object.freeze({
  localShare: 0.25,
  nonLocalShare: 0.2,
});

/**
 * Decides a claim's verdict in one record from its mentions by placement:
 * - `none` without mentions;
 * - `neglect-risk` when every asserted claim sentence but titles has a correction beside it (`evidence.corrected`:
 *   the paper's corrected condition, 39.4% belief);
 * - `negated-locally` when the (weighted) local mentions reach `localShare` of all mentions and are
 *   at least as many as the adjacent ones (a text that wraps claim sentences in neighbouring
 *   notices is the paper's "repeated negations" condition, whatever else it says) and as the
 *   unqualified ones (a text that asserts the claim more than it negates it teaches it), and no
 *   sentence states the whole claim plainly (`evidence.plainlyAsserted`; else `neglect-risk`);
 * - `neglect-risk` when at least `nonLocalShare` of the mentions are qualified only by adjacent or
 *   framing notices;
 * - `asserts` otherwise.
 *
 * @example
 * ```ts
 * decideVerdict({ local: 0, adjacent: 3, framing: 5, unqualified: 0 }); // 'neglect-risk'
 * decideVerdict({ local: 4, adjacent: 1, framing: 2, unqualified: 1 }); // 'negated-locally'
 * decideVerdict({ local: 0, adjacent: 0, framing: 0, unqualified: 6 }); // 'asserts'
 * ```
 */
export function decideVerdict(
  counts: PlacementCounts,
  thresholds: Readonly<VerdictThresholds> = DEFAULT_VERDICT_THRESHOLDS,
  evidence: VerdictEvidence = {},
): Verdict {
  const total = counts.local + counts.adjacent + counts.framing + counts.unqualified;
  if (total === 0) return 'none';
  const local = evidence.localWeight ?? counts.local;
  const corrected = evidence.corrected ?? 0;
  // Every asserted claim sentence has a correction beside it: the paper's corrected condition.
  if (corrected > 0 && corrected + (evidence.titles ?? 0) >= (evidence.asserted ?? counts.adjacent + counts.framing + counts.unqualified)) return 'neglect-risk';
  // Negated locally only when the local negations outweigh both the claim sentences wrapped in
  // neighbouring notices and the ones that assert it plainly.
  if (local > 0 && local >= thresholds.localShare * total && local >= counts.adjacent && local >= counts.unqualified && local >= (evidence.asserted ?? 0)) {
    // ... and only when no sentence states the whole claim plainly: a claim asserted in one sentence and
    // negated in another is the corrected condition (39.4% belief), not local negation (0-7%).
    return (evidence.plainlyAsserted ?? 0) > 0 ? 'neglect-risk' : 'negated-locally';
  }
  const nonLocal = counts.adjacent + counts.framing;
  if (nonLocal > 0 && nonLocal >= thresholds.nonLocalShare * total) return 'neglect-risk';
  return 'asserts';
}

/**
 * The most serious of several verdicts (`neglect-risk` > `asserts` > `negated-locally` > `none`).
 *
 * @example
 * ```ts
 * mostSeriousVerdict(['negated-locally', 'asserts']); // 'asserts'
 * ```
 */
export function mostSeriousVerdict(verdicts: Iterable<Verdict>): Verdict {
  let best: Verdict = 'none';
  for (const verdict of verdicts) if (VERDICT_RANK[verdict] > VERDICT_RANK[best]) best = verdict;
  return best;
}
