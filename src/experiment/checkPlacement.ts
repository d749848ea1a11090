import { PLACEMENTS, type Verdict } from '../audit/types.js';
import type { ReportAuditSummaryInput } from '../report/experimentResultsSchema.js';
import type { StrategyPlacement } from '../strategies/types.js';
import { PlacementMismatchError } from './PlacementMismatchError.js';

/** The record verdict a declared placement leads to (the audit's verdict rules). */
const EXPECTED_VERDICT: Record<StrategyPlacement, Verdict> = {
  none: 'asserts',
  local: 'negated-locally',
  adjacent: 'neglect-risk',
  framing: 'neglect-risk',
};

/**
 * Checks that the audit of a training set shows the placement its strategy declares. Per document:
 * at least `minShare` of the records that mention the claim must get the verdict that placement
 * leads to (`asserts` for `none`, `negated-locally` for `local`, `neglect-risk` for `adjacent` and
 * `framing`). Per mention: the declared placement (`none` = unqualified) must be the most common one,
 * which tells `adjacent` from `framing`. Throws {@link PlacementMismatchError} otherwise, and when
 * the claim is never mentioned.
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
  let records: Partial<Record<Verdict, number>> | undefined;
  for (const finding of audit.claims ?? []) {
    if (finding.claimId !== options.claimId) continue;
    for (const p of PLACEMENTS) observed[p]! += finding.placements[p] ?? 0;
    records ??= finding.records;
  }
  // Without per-claim record counts (a hand-made summary), the dataset totals stand in.
  records ??= audit.totals.byVerdict;
  const mentioning = (Object.entries(records) as Array<[Verdict, number]>).filter(([v]) => v !== 'none').reduce((a, [, n]) => a + n, 0);
  const expectedVerdict = EXPECTED_VERDICT[options.declared];
  const share = mentioning === 0 ? 0 : (records[expectedVerdict] ?? 0) / mentioning;
  const expectedPlacement = options.declared === 'none' ? 'unqualified' : options.declared;
  const top = Math.max(...Object.values(observed));
  const plurality = top > 0 && observed[expectedPlacement] === top;
  if (share < options.minShare || !plurality) {
    throw new PlacementMismatchError({
      trainingSet: options.trainingSet,
      declared: options.declared,
      expectedVerdict,
      observed,
      records,
      share,
      required: options.minShare,
    });
  }
  return { share, observed };
}
