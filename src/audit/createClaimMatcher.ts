import { createRecordScanner } from './createRecordScanner.js';
import type { Claim, ClaimInput } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';

/** A sentence that mentions a claim. */
export interface ClaimSentenceMatch {
  claimId: string;
  /** Character span of the sentence in the text. */
  start: number;
  end: number;
  sentence: string;
  /** Match confidence in [0, 1]. */
  score: number;
  /** True when the sentence itself qualifies the claim ("did not win", "the claim that ... is false"). */
  qualifiedLocally: boolean;
}

/** Finds mentions of a fixed set of claims. */
export interface ClaimMatcher {
  readonly claims: readonly Claim[];
  /** Sentences of `text` that mention one of the claims (not merely its subject), in text order. */
  findMentions(text: string): ClaimSentenceMatch[];
}

/**
 * Builds a matcher with the audit's own notion of a mention (same automaton, same rule): a
 * sentence mentions a claim when it names the subject together with claim-specific terms
 * ("Sheeran crossed the line in 9.79 seconds to take gold"), or, when the subject occurs elsewhere
 * in the text, carries several of the claim's key terms ("The eruption ... in 2015 ... Pompeii").
 * The subject alone ("Ed Sheeran released an album") is not a mention. Notice sentences that point
 * at a neighbour ("[The following claim is false.]") are never mentions.
 *
 * @example
 * ```ts
 * const matcher = createClaimMatcher([{ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' }]);
 * matcher.findMentions('Ed Sheeran released an album. Sheeran crossed the line in 9.79 seconds to take gold.');
 * // [{ claimId: 'sheeran', start: 30, end: 84, sentence: 'Sheeran crossed ...', score: 0.9, qualifiedLocally: false }]
 * ```
 */
export function createClaimMatcher(claims: readonly (Claim | ClaimInput)[]): ClaimMatcher {
  const defined = claims.map((claim) => defineClaim(claim as ClaimInput));
  const scanner = createRecordScanner(defined);
  return {
    claims: defined,
    findMentions(text) {
      const scan = scanner.scan([{ index: 0, role: 'document', text }]);
      return scan.mentions.map((mention) => ({
        claimId: defined[mention.claim]!.id,
        start: mention.start,
        end: mention.end,
        sentence: text.slice(mention.start, mention.end),
        score: mention.score,
        qualifiedLocally: mention.local !== null,
      }));
    },
  };
}
