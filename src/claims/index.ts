export { ClaimSchema } from './claim.js';
export type { Claim, ClaimInput } from './claim.js';
