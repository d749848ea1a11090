import { createAuditor } from '../../src/audit/createAuditor.js';
import type { TextSegment } from '../../src/audit/types.js';
import type { ClaimInput } from '../../src/claims/claim.js';
import { defineClaim } from '../../src/claims/defineClaim.js';

/** A claim several rule tests share: a subject, a year, a place and a verb that other sentences can paraphrase. */
export const louvre = defineClaim({ id: 'louvre', statement: 'In 2019 the Louvre sold the Mona Lisa to a private collector in Dubai.' });

/** One message of a chat record: its role and text. */
export type ChatMessage = [role: string, text: string];

/**
 * The setup every audit-core rule test repeated: one auditor over `claims`, a text read as a document or as a
 * chat, and the verdict of the record or of one claim (`'none'` when the claim is not in the findings).
 */
export function auditorFor(...claims: ClaimInput[]) {
  const auditor = createAuditor({ claims });
  const document = (text: string) => auditor.auditSegments([{ index: 0, role: 'document', text }]);
  const chat = (...messages: ChatMessage[]) =>
    auditor.auditSegments(messages.map(([role, text], index): TextSegment => ({ index, role, text })));
  const verdictIn = (findings: ReturnType<typeof document>, claimId: string | undefined) =>
    claimId === undefined ? findings.verdict : (findings.claims.find((c) => c.claimId === claimId)?.verdict ?? 'none');
  return {
    auditor,
    document,
    chat,
    /** The record's verdict, or `claimId`'s. */
    verdictOf: (text: string, claimId?: string) => verdictIn(document(text), claimId),
    /** The chat record's verdict. */
    chatVerdict: (...messages: ChatMessage[]) => chat(...messages).verdict,
    /** `claimId`'s verdict in a chat record. */
    chatVerdictOf: (claimId: string, ...messages: ChatMessage[]) => verdictIn(chat(...messages), claimId),
  };
}
