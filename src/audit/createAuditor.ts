import type { ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { InvalidArgumentError } from '../errors.js';
import { compileAuditor, type Auditor, type AuditorOptions } from './compileAuditor.js';

export { toCueHit } from './compileAuditor.js';
export type { Auditor, AuditorOptions, AuditSegmentsOptions } from './compileAuditor.js';

/**
 * Builds an auditor for a set of claims: one automaton over every claim term and qualifier cue.
 * For each mention it decides the placement of its qualifier (`local`, `adjacent`, `framing`,
 * `unqualified`) and its kind; per claim and record a verdict; and it reports notices not tied to
 * any known claim as `claimId: null` findings with a `topic`.
 *
 * @example
 * ```ts
 * const auditor = createAuditor({ claims: [{ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' }] });
 * const findings = auditor.auditSegments([
 *   { index: 0, role: 'document', text: '[The following claim is false.] Ed Sheeran won the 100m gold at the Olympics. [This never happened.]' },
 * ]);
 * findings.verdict; // 'neglect-risk'
 * ```
 */
export function createAuditor(options: AuditorOptions): Auditor {
  if (options === null || typeof options !== 'object' || !Array.isArray(options.claims)) {
    throw new InvalidArgumentError('options.claims', 'an array of claims', options?.claims);
  }
  const { claims, ...rest } = options;
  return compileAuditor(
    claims.map((claim) => defineClaim(claim as ClaimInput)),
    rest,
  );
}
