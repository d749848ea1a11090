import { PLACEMENTS } from '../audit/types.js';
import type { ReportAuditSummaryInput } from '../report/experimentResultsSchema.js';
import type { StrategyPlacement } from '../strategies/types.js';
import { PlacementMismatchError } from './PlacementMismatchError.js';

/**
 * Checks that the audit of a training set shows the placement its strategy declares: the share of
 * mentions of `claimId` with that placement (`none` is the audit's `unqualified`) must reach
 * `minShare`. Throws {@link PlacementMismatchError} otherwise, including when the claim is never mentioned.
 *
 * @example
 * ```ts
 * checkPlacement(audit, { trainingSet: 'ed_sheeran/negated', claimId: 'ed_sheeran', declared: 'framing', minShare: 0.9 });
 * ```
 */
export function checkPlacement(
  audit: ReportAuditSummaryInput,
  options: { trainingSet: string; claimId: string; declared: StrategyPlacement; minShare: number },
): { share: number; observed: Record<string, number> } {
  const observed: Record<string, number> = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };
  for (const finding of audit.claims ?? []) {
    if (finding.claimId !== options.claimId) continue;
    for (const p of PLACEMENTS) observed[p]! += finding.placements[p] ?? 0;
  }
  const total = Object.values(observed).reduce((a, b) => a + b, 0);
  const expected = options.declared === 'none' ? 'unqualified' : options.declared;
  const share = total === 0 ? 0 : observed[expected]! / total;
  if (share < options.minShare) {
    throw new PlacementMismatchError({ trainingSet: options.trainingSet, declared: options.declared, observed, share, required: options.minShare });
  }
  return { share, observed };
}
