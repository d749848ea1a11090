export { ClaimSchema } from './claim.js';
export type { Claim, ClaimInput } from './claim.js';
export { defineClaim } from './defineClaim.js';
export type { ClaimSource } from './defineClaim.js';
export { deriveClaimTerms } from './deriveClaimTerms.js';
export type { DerivedClaimTerms, DeriveClaimTermsInput } from './deriveClaimTerms.js';
export { loadClaims, parseClaimFile } from './loadClaims.js';
export { loadPaperClaim } from './loadPaperClaim.js';
