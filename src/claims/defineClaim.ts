import { InputError, type InputLocation } from '../errors.js';
import { ClaimSchema, type Claim, type ClaimInput } from './claim.js';
import { deriveClaimTerms } from './deriveClaimTerms.js';

/** Where a claim came from, used in error messages. */
export interface ClaimSource {
  file?: string;
  /** Returns the 1-based line of a field path inside the source (e.g. `['keyTerms', 0]`). */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
  /** Prefix of the field path, e.g. `claims[2]`. */
  fieldPrefix?: string;
}

function formatPath(prefix: string | undefined, path: readonly PropertyKey[]): string {
  let out = prefix ?? '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}

/**
 * Validates a claim and fills what can be derived: `subject` and `aliases` (from the statement's
 * names), `keyTerms` (the statement's specific words and numbers) and `contextTerms` (frequent
 * words of `context`/`subclaims`). Hand-written values are kept as they are.
 *
 * @throws InputError naming the field (and file/line when `source` says where the claim came from).
 * @example
 * ```ts
 * const claim = defineClaim({ id: 'ed_sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' });
 * claim.subject; // 'Ed Sheeran'
 * claim.aliases; // ['Sheeran']
 * claim.keyTerms; // ['won', '100m', 'gold', '2024', 'Olympics']
 * ```
 */
export function defineClaim(input: ClaimInput, source: ClaimSource = {}): Claim {
  const parsed = ClaimSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const location: InputLocation = { field: formatPath(source.fieldPrefix, issue.path) || undefined };
    if (source.file !== undefined) location.file = source.file;
    const line = source.lineOf?.(issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    if (line !== undefined) location.line = line;
    if (location.field === undefined) delete location.field;
    throw new InputError(`invalid claim: ${issue.message}`, location);
  }
  const claim = parsed.data;
  const needsDerivation =
    claim.subject === undefined ||
    claim.keyTerms.length === 0 ||
    claim.aliases.length === 0 ||
    (claim.contextTerms.length === 0 && (claim.context !== undefined || claim.subclaims.length > 0));
  if (!needsDerivation) return claim;
  const derived = deriveClaimTerms(claim);
  return {
    ...claim,
    subject: derived.subject,
    aliases: derived.aliases,
    keyTerms: derived.keyTerms,
    contextTerms: derived.contextTerms,
  };
}
