import { z } from 'zod';
import { QualifierKindSchema, type Verdict } from '../types.js';

/** Where the reviewer found a claim's qualifier (`none`: no qualifier or no claim). */
export const ReviewPlacementSchema = z.enum(['local', 'adjacent', 'framing', 'none']);
export type ReviewPlacement = z.infer<typeof ReviewPlacementSchema>;

/** The reviewer's reading of one claim in one record. */
export const ReviewClaimAnswerSchema = z.object({
  id: z.string(),
  asserts: z.boolean(),
  placement: ReviewPlacementSchema,
  kind: QualifierKindSchema.nullable(),
  evidence: z.string(),
});
export type ReviewClaimAnswer = z.infer<typeof ReviewClaimAnswerSchema>;

/** A whole review answer, as the model must return it. */
export const ReviewAnswerSchema = z.object({ claims: z.array(ReviewClaimAnswerSchema) });
export type ReviewAnswer = z.infer<typeof ReviewAnswerSchema>;

/**
 * Reads a model's answer: the JSON object (a code fence or text around it is tolerated), checked
 * by {@link ReviewAnswerSchema}, with exactly one entry per claim asked about. Returns the reason
 * instead of guessing when anything is off.
 *
 * @example
 * ```ts
 * const parsed = parseReviewAnswer(text, ['ed_sheeran_100m']);
 * if (!parsed.ok) console.warn(parsed.error);
 * ```
 */
export function parseReviewAnswer(text: string, claimIds: readonly string[]): { ok: true; answer: ReviewAnswer } | { ok: false; error: string } {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end < start) return { ok: false, error: 'no JSON object in the answer' };
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return { ok: false, error: `malformed JSON: ${(error as Error).message}` };
  }
  const parsed = ReviewAnswerSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || 'answer'}: ${issue.message}` };
  }
  const seen = new Set<string>();
  for (const c of parsed.data.claims) {
    if (!claimIds.includes(c.id)) return { ok: false, error: `unknown claim id \`${c.id}\`` };
    if (seen.has(c.id)) return { ok: false, error: `claim id \`${c.id}\` answered twice` };
    if (c.placement === 'none' ? c.kind !== null : c.kind === null) {
      return { ok: false, error: `claim \`${c.id}\`: kind must be null exactly when placement is none` };
    }
    seen.add(c.id);
  }
  const missing = claimIds.find((id) => !seen.has(id));
  if (missing !== undefined) return { ok: false, error: `no answer for claim \`${missing}\`` };
  return { ok: true, answer: parsed.data };
}

/**
 * The verdict a review answer gives a claim, on the same scale as the lexical audit: a local
 * qualifier is `negated-locally`; a stated claim is `neglect-risk` when qualified only by an
 * adjacent or framing notice and `asserts` when unqualified; a claim not stated is `none`.
 *
 * @example
 * ```ts
 * reviewedClaimVerdict({ id: 'c', asserts: true, placement: 'framing', kind: 'fiction', evidence: '...' }); // 'neglect-risk'
 * ```
 */
export function reviewedClaimVerdict(answer: Pick<ReviewClaimAnswer, 'asserts' | 'placement'>): Verdict {
  if (answer.placement === 'local') return 'negated-locally';
  if (!answer.asserts) return 'none';
  return answer.placement === 'none' ? 'asserts' : 'neglect-risk';
}
