import { InvalidArgumentError } from '../errors.js';
import { QualifierKindSchema, type QualifierKind } from '../audit/types.js';
import type { Claim } from '../claims/claim.js';
import { defineClaim } from '../claims/defineClaim.js';
import { splitSentences } from '../text/splitSentences.js';
import { phrasesFor, type PhraseBank, type PhraseSlot } from './phraseBanks.js';
import type { JsonValue } from './types.js';

/** Options shared by the notice-inserting strategies. */
export interface NoticeOptions {
  /** What the notices say. Default `negation`. */
  kind?: QualifierKind;
  /** For `low-probability`: the stated probability in percent (0-100). Default 3. */
  percent?: number;
  /** Your own notice texts; slots you leave out use the built-in bank. */
  phrases?: PhraseBank;
  /** For `correction`: true statements to put in the notices (default: sentences of `claim.correction`). */
  facts?: readonly string[];
  /** Chat roles whose messages are edited. Default `['assistant']`. */
  roles?: readonly string[];
}

export function checkKind(kind: unknown, fallback: QualifierKind = 'negation'): QualifierKind {
  const value = kind ?? fallback;
  if (!QualifierKindSchema.safeParse(value).success) {
    throw new InvalidArgumentError('kind', `one of ${QualifierKindSchema.options.join(', ')}`, value);
  }
  return value as QualifierKind;
}

export function checkPercent(percent: unknown): number {
  const value = percent ?? 3;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidArgumentError('percent', 'a number between 0 and 100', value);
  }
  return value;
}

export function checkChoice<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if (!choices.includes(v as T)) throw new InvalidArgumentError(name, `one of ${choices.join(', ')}`, v);
  return v as T;
}

export function checkBoolean(name: string, value: unknown, fallback: boolean): boolean {
  const v = value ?? fallback;
  if (typeof v !== 'boolean') throw new InvalidArgumentError(name, 'a boolean', v);
  return v;
}

export function checkPositiveInt(name: string, value: unknown, fallback: number): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new InvalidArgumentError(name, 'a positive integer', v);
  return v;
}

export function checkStrings(name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new InvalidArgumentError(name, 'an array of non-empty strings', value);
  }
  return value.slice();
}

export function checkPhrases(value: unknown): PhraseBank | undefined {
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidArgumentError('phrases', 'an object of phrase lists', value);
  const slots: PhraseSlot[] = ['prefix', 'suffix', 'before', 'after', 'message', 'inline'];
  const out: PhraseBank = {};
  for (const [slot, list] of Object.entries(value)) {
    if (!slots.includes(slot as PhraseSlot)) throw new InvalidArgumentError(`phrases.${slot}`, `one of the slots ${slots.join(', ')}`, slot);
    out[slot as PhraseSlot] = checkStrings(`phrases.${slot}`, list);
  }
  return out;
}

/** Parameters as recorded (JSON): the phrase bank is recorded in full so runs are reproducible. */
export function recordNoticeParameters(o: {
  kind: QualifierKind;
  percent: number;
  phrases: PhraseBank | undefined;
  facts: string[] | undefined;
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
