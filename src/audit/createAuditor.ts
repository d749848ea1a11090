import type { ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { InvalidArgumentError } from '../errors.js';
import { compileAuditor, type Auditor, type AuditorOptions } from './compileAuditor.js';
import { AuditDecisionSchema, VerdictModelSchema } from './verdictModelSchema.js';

export { toCueHit } from './compileAuditor.js';
export type { Auditor, AuditorOptions, AuditSegmentsOptions, AuditDecision } from './compileAuditor.js';

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
  if (rest.decision !== undefined) {
    const parsed = AuditDecisionSchema.safeParse(rest.decision);
    if (!parsed.success) throw new InvalidArgumentError('decision', "'rules' or 'learned'", rest.decision);
  }
  if (rest.verdictModel !== undefined) {
    const parsed = VerdictModelSchema.safeParse(rest.verdictModel);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const at = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], rest.verdictModel);
      throw new InvalidArgumentError(['verdictModel', ...issue.path].join('.'), `valid (${issue.message})`, at);
    }
  }
  return compileAuditor(
    claims.map((claim) => defineClaim(claim as ClaimInput)),
    rest,
  );
}
