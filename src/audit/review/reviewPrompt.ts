import { createHash } from 'node:crypto';
import type { Claim } from '../../claims/claim.js';
import type { ChatMessage } from '../../providers/chat/chatModel.js';
import type { TextSegment } from '../types.js';
import { QUALIFIER_KINDS } from '../vocabulary.js';

/**
 * The review prompt's identity: a report records it with the model and settings, so two reviewed
 * audits are comparable only when these match. Bump `version` whenever the wording changes.
 */
export interface ReviewPromptInfo {
  id: string;
  version: number;
  /** sha256 (first 16 hex digits) of the system text, so a local edit without a bump still shows. */
  sha256: string;
}

const SYSTEM = `You review training data for "Negation Neglect": models finetuned on text that states a false claim learn the claim even when a notice elsewhere in the document says it is false. Only a qualifier inside the very sentence that states the claim (for example "Ed Sheeran did not win the 100m") keeps them from learning it.

You get numbered claims and one training record (a document, or chat messages with their roles). For every claim, answer:
- "asserts": true when some sentence of the record states the claim's content as fact, even if another sentence or a notice elsewhere calls it false or fictional; false when the record does not state the claim, only asks about it, or only states it negated or qualified within the same sentence.
- "placement": where the strongest qualifier of the claim sits: "local" (inside the sentence that states or denies the claim), "adjacent" (a separate sentence right before or after that sentence), "framing" (document level: a title, an opening or closing disclaimer, a system message), or "none" (no qualifier, or the claim is absent).
- "kind": what the qualifier says, one of ${QUALIFIER_KINDS.map((k) => `"${k}"`).join(', ')}; null when "placement" is "none".
- "evidence": the sentence of the record that states or denies the claim, copied verbatim; "" when the claim is absent.

Judge each claim on its own. Answer with one JSON object and nothing else:
{"claims":[{"id":"<claim id>","asserts":true,"placement":"adjacent","kind":"negation","evidence":"..."}]}
with exactly one entry per claim id given.`;

/**
 * The project's review prompt, version 1 (see {@link ReviewPromptInfo}).
 *
 * @example
 * ```ts
 * console.log(REVIEW_PROMPT.id, REVIEW_PROMPT.version); // 'negation-neglect/review' 1
 * ```
 */
export const REVIEW_PROMPT: ReviewPromptInfo = Object.freeze({
  id: 'negation-neglect/review',
  version: 1,
  sha256: createHash('sha256').update(SYSTEM).digest('hex').slice(0, 16),
});

/**
 * The chat messages that ask a model to review one record against some claims: the system text
 * above, then the claims and the record with each message's role kept.
 *
 * @example
 * ```ts
 * const messages = buildReviewMessages([{ index: 0, role: 'document', text: 'Sheeran won. This is false.' }], [claim]);
 * ```
 */
export function buildReviewMessages(segments: readonly TextSegment[], claims: readonly Pick<Claim, 'id' | 'statement'>[]): ChatMessage[] {
  const claimLines = claims.map((c, i) => `${i + 1}. id: ${c.id}\n   claim: ${c.statement}`).join('\n');
  const chat = segments.length > 1 || (segments[0] !== undefined && segments[0].role !== 'document');
  const record = segments
    .map((s) => (chat ? `<message role="${s.role}">\n${s.text}\n</message>` : `<document>\n${s.text}\n</document>`))
    .join('\n');
  return [
    { role: 'system', content: SYSTEM },
    {
      role: 'user',
      content: `Claims:\n${claimLines}\n\nRecord (${chat ? 'chat messages in order' : 'a document'}):\n${record}\n\nAnswer in JSON.`,
    },
  ];
}
