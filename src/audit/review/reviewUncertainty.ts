import type { AuditedRecord } from '../auditRecords.js';

/**
 * How unsure the lexical pass is of a record's verdict, read from its own findings (0: sure, 4: most unsure):
 * - 4: `none`: a claim the rules did not find may still be there (the review only sees such a record when a
 *   selection finds it related);
 * - 3: conflicting or thin evidence: one mention negated in its own sentence and another not, or no mention
 *   holding more than the subject and one key term (see {@link WEAK_MENTION_SCORE});
 * - 2: one reading resting on one kind of evidence: claim sentences with no qualifier found (a notice the
 *   rules missed cannot show), a single local negation, or a notice tied to no claim;
 * - 1: `negated-locally` with several mentions, every one negated in its own sentence;
 * - 0: `neglect-risk` resting on a qualifier the rules found beside or around an asserted claim sentence, with
 *   no mention negated in its own sentence (the reading whose evidence is in the text itself).
 *
 * @example
 * ```ts
 * reviewUncertainty({ verdict: 'none', claims: [] }); // 4
 * ```
 */
export function reviewUncertainty(record: Pick<AuditedRecord, 'verdict' | 'claims'>): ReviewUncertainty {
  if (record.verdict === 'none') return 4;
  let local = 0;
  let beside = 0;
  let unqualified = 0;
  let mentions = 0;
  let bestScore = -1;
  for (const finding of record.claims) {
    if (finding.claimId === null || finding.mentions === 0) continue;
    mentions += finding.mentions;
    local += finding.placements.local;
    beside += finding.placements.adjacent + finding.placements.framing;
    unqualified += finding.placements.unqualified;
    for (const example of finding.examples) if (example.score > bestScore) bestScore = example.score;
  }
  if (record.verdict === 'neglect-risk' && local === 0 && beside > 0) return 0;
  if ((local > 0 && beside + unqualified > 0) || (bestScore >= 0 && bestScore < WEAK_MENTION_SCORE)) return 3;
  if (record.verdict === 'negated-locally' && mentions >= 2 && local === mentions) return 1;
  return 2;
}

/** A record's {@link reviewUncertainty}: 0 (sure) to 4. */
export type ReviewUncertainty = 0 | 1 | 2 | 3 | 4;

/**
 * Best match score under which a record's mentions are thin: a mention's score is 0.4 with the subject (0.15
 * without), plus 0.2 per key term and 0.05 per context term (`findMentions`), so below 0.65 none holds more than
 * the subject and one key term (or, without the subject, two key terms and a context term).
 */
export const WEAK_MENTION_SCORE = 0.65;
