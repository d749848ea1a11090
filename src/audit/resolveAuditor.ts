import type { Claim, ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { loadClaims } from '../claims/loadClaims.js';
import { createAuditor, type AuditorOptions } from './createAuditor.js';

/** Auditor settings that can cross a thread boundary (everything but the claims). */
export type DatasetAuditorOptions = Omit<AuditorOptions, 'claims'>;
import type { SegmentAuditor } from './auditLineChunk.js';

/**
 * @internal Builds the auditor for a dataset audit from the `claims` option: claim objects (validated
 * and completed with `defineClaim()`) or path(s) handed to `loadClaims()`. No claims still audits: the auditor then
 * finds only notices not tied to a known claim.
 */
export async function createDatasetAuditor(
  claims: readonly (ClaimInput | Claim)[] | string | readonly string[] | undefined,
  auditorOptions: DatasetAuditorOptions = {},
): Promise<{ auditor: SegmentAuditor; claims: Claim[] }> {
  let list: Claim[];
  if (claims === undefined) list = [];
  else if (typeof claims === 'string') list = await loadClaims(claims);
  else if (claims.length > 0 && claims.every((c) => typeof c === 'string')) list = await loadClaims(claims as string[]);
  else list = (claims as readonly (ClaimInput | Claim)[]).map((c, i) => defineClaim(c, { fieldPrefix: `claims[${i}]` }));
  return { auditor: createAuditor({ ...auditorOptions, claims: list }), claims: list };
}
