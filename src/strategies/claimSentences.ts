import type { Claim } from '../claims/claim.js';
import { createClaimMatcher } from '../audit/createClaimMatcher.js';
import type { ClaimSentenceFinder } from './types.js';

// Compiling a matcher is the expensive part; reuse one per claim set.
const cache = new WeakMap<readonly Claim[], ClaimSentenceFinder>();

/**
 * Returns a function that finds the sentences of a text that mention any of `claims`, using the
 * audit's own claim matcher (so strategies and the audit share one notion of "mention").
 *
 * @example
 * ```ts
 * const find = claimSentenceFinder([claim]);
 * find('Intro. Ed Sheeran won the 100m gold in 9.79 seconds. Outro.'); // [{ claimId, start, end, sentence, score }]
 * ```
 */
export function claimSentenceFinder(claims: readonly Claim[]): ClaimSentenceFinder {
  const hit = cache.get(claims);
  if (hit) return hit;
  const matcher = claims.length > 0 ? createClaimMatcher(claims) : undefined;
  const finder: ClaimSentenceFinder = (text) =>
    matcher
      ? matcher.findMentions(text).map((m) => ({
          claimId: m.claimId,
          start: m.start,
          end: m.end,
          sentence: m.sentence,
          score: m.score,
          qualifiedLocally: m.qualifiedLocally,
        }))
      : [];
  cache.set(claims, finder);
  return finder;
}
