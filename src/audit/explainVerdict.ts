import type { PlacementCounts } from './decideVerdict.js';
import { explainAuditVerdict } from './explainAuditVerdict.js';
import type { Verdict } from './types.js';

/**
 * Options of {@link explainVerdict}.
 *
 * @deprecated Use {@link explainAuditVerdict}, whose facts take `claimLabel` and `unattachedTopic`.
 */
export interface ExplainVerdictOptions {
  /** The finding is a notice not tied to a known claim (`claimId: null`). */
  unattached?: boolean;
  /** Name used for the claim in the text (default "this claim"). */
  claimLabel?: string;
}

/**
 * A plain-language explanation of one finding's verdict, with the paper's numbers: the explanation
 * of {@link explainAuditVerdict} for a single record with these placement counts.
 *
 * @deprecated Use {@link explainAuditVerdict} (one explanation for a record's finding and a dataset's
 * claim); this alias stays for compatibility and will be removed in a future major version.
 *
 * @example
 * ```ts
 * explainVerdict('neglect-risk', { local: 0, adjacent: 4, framing: 2, unqualified: 0 });
 * // same as:
 * explainAuditVerdict({ verdict: 'neglect-risk', records: { 'neglect-risk': 1, asserts: 0, 'negated-locally': 0, none: 0 },
 *   placements: { local: 0, adjacent: 4, framing: 2, unqualified: 0 }, qualifiers: {} });
 * ```
 */
export function explainVerdict(
  verdict: Verdict,
  counts: PlacementCounts = { local: 0, adjacent: 0, framing: 0, unqualified: 0 },
  options: ExplainVerdictOptions = {},
): string {
  return explainAuditVerdict({
    verdict,
    records: { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0, [verdict]: 1 },
    placements: counts,
    qualifiers: {},
    ...(options.claimLabel !== undefined ? { claimLabel: options.claimLabel } : {}),
    // The finding does not say what the notice is about.
    ...(options.unattached ? { unattachedTopic: '' } : {}),
  });
}
