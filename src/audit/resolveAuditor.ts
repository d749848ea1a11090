import type { Claim, ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { loadClaims } from '../claims/loadClaims.js';
import type { AuditorOptions } from './createAuditor.js';

/** Auditor settings that can cross a thread boundary (everything but the claims). */
export type DatasetAuditorOptions = Omit<AuditorOptions, 'claims'>;

/**
 * @internal The claims of a dataset audit from the `claims` option: claim objects (validated and
 * completed with `defineClaim()`) or path(s) handed to `loadClaims()`. None is an empty list: the
 * auditor then finds only notices not tied to a known claim.
 */
export async function resolveDatasetClaims(claims: readonly (ClaimInput | Claim)[] | string | readonly string[] | undefined): Promise<Claim[]> {
  if (claims === undefined) return [];
  if (typeof claims === 'string') return loadClaims(claims);
  if (claims.length > 0 && claims.every((c) => typeof c === 'string')) return loadClaims(claims as string[]);
  return (claims as readonly (ClaimInput | Claim)[]).map((c, i) => defineClaim(c, { fieldPrefix: `claims[${i}]` }));
}
