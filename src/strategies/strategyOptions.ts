import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { QualifierKindSchema, type QualifierKind } from '../audit/types.js';
import { option } from '../util/optionSchema.js';
import type { Claim } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { splitSentences } from '../text/splitSentences.js';
import { phrasesFor, type PhraseBank, type PhraseSlot } from './phraseBanks.js';
import type { JsonValue } from './types.js';

const PHRASE_SLOTS = ['prefix', 'suffix', 'before', 'after', 'message', 'inline'] as const satisfies readonly PhraseSlot[];

/** Your own notice texts by slot; slots you leave out use the built-in bank. */
export const PhraseBankSchema = z.strictObject(Object.fromEntries(PHRASE_SLOTS.map((slot) => [slot, option.strings().optional()])) as {
  [K in PhraseSlot]: z.ZodOptional<ReturnType<typeof option.strings>>;
});

/** Options shared by the notice-inserting strategies (framing, adjacent-sentence, correction). */
export const noticeOptionFields = {
  kind: option.choice(QualifierKindSchema.options).default('negation').describe('what the notices say'),
  percent: option.number(0, 100).default(3).describe('stated probability in percent, for kind=low-probability'),
  facts: option.strings().optional().describe('true statements for correction notices (default: claim.correction)'),
  roles: option.strings().default(['assistant']).describe('chat roles whose messages are edited'),
  phrases: PhraseBankSchema.optional().describe('your own notice texts by slot (prefix, suffix, before, after); others use the built-in bank'),
};

/** Options shared by the notice-inserting strategies. */
export type NoticeOptions = z.input<z.ZodObject<typeof noticeOptionFields>>;

/** Parameters as recorded (JSON): the phrase bank is recorded in full so runs are reproducible. */
export function recordNoticeParameters(o: {
  kind: QualifierKind;
  percent: number;
  phrases?: PhraseBank | undefined;
  facts?: readonly string[] | undefined;
  roles: readonly string[];
}): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = { kind: o.kind, roles: [...o.roles] };
  if (o.kind === 'low-probability') out.percent = o.percent;
  if (o.phrases) out.phrases = JSON.parse(JSON.stringify(o.phrases)) as JsonValue;
  if (o.facts) out.facts = [...o.facts];
  return out;
}

/**
 * The true statements for correction notices about `claim`: the given facts, else the sentences
 * of `claim.correction`. Throws when there are none (a correction without facts is just a negation).
 */
export function correctionFacts(facts: readonly string[] | undefined, claim: Claim | undefined): string[] {
  if (facts && facts.length > 0) return facts.slice();
  const text = claim?.correction?.trim();
  if (text) {
    const sentences = splitSentences(text)
      .map((s) => s.text.trim())
      .filter((s) => s.length > 0);
    if (sentences.length > 0) return sentences;
  }
  throw new InvalidArgumentError(
    'facts',
    `correction facts: pass \`facts\` or give claim \`${claim?.id ?? '(none)'}\` a \`correction\``,
    facts,
  );
}

/**
 * Splits correction facts into those that do not themselves mention the claim (preferred: the
 * notice stays a separate, adjacent qualifier) and those that do (a fact such as "He did not win
 * any medal" is a locally negated mention of its own, which the audit counts as such).
 */
export function preferNonMentionFacts(
  facts: readonly string[],
  claim: Claim | undefined,
  find: (text: string) => Array<{ start: number }>,
): { facts: string[]; allMention: boolean } {
  if (!claim) return { facts: facts.slice(), allMention: false };
  // Test each fact next to a sentence naming the subject, as it will appear inside a document.
  const lead = `${defineClaim(claim).subject}.`;
  const clean = facts.filter((f) => !find(`${lead} ${f}`).some((m) => m.start > lead.length));
  return clean.length > 0 ? { facts: clean, allMention: false } : { facts: facts.slice(), allMention: true };
}

/** Throws `InvalidArgumentError` when neither the user's nor the built-in bank has phrases for the slot. */
export function requirePhrases(kind: QualifierKind, slot: PhraseSlot, custom: PhraseBank | undefined): void {
  try {
    phrasesFor(kind, slot, custom);
  } catch {
    throw new InvalidArgumentError(`phrases.${slot}`, `phrases for kind \`${kind}\` (the built-in bank has none for this slot)`, undefined);
  }
}
