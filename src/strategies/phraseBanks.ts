import type { QualifierKind } from '../audit/types.js';
import { InvalidArgumentError } from '../errors.js';

/**
 * Where a notice goes:
 * - `prefix` / `suffix`: document-level notices before / after the whole document (framing).
 * - `before` / `after`: a sentence right before / after one claim sentence (adjacent).
 * - `message`: a whole separate chat message (flagging a transcript).
 * - `inline`: a notice inside the flagged answer itself.
 */
export type PhraseSlot = 'prefix' | 'suffix' | 'before' | 'after' | 'message' | 'inline';

/**
 * Notice texts per slot. Placeholders: `{percent}` (low-probability), `{fact}` (correction). Put
 * `{fact}` after the notice sentence: the sentence next to the claim must be the notice itself.
 */
export type PhraseBank = Partial<Record<PhraseSlot, readonly string[]>>;

// Written for this project. Variety on purpose (labels, tone, length, hedged vs blunt) so a
// model trained on many documents cannot key on one fixed string. Adjacent notices point at
// "the next/previous statement"; framing notices talk about "this document" as a whole. None of
// them name a claim, so they never count as mentions of it.
const negation: PhraseBank = {
  prefix: [
    "RETRACTION: The document below has been withdrawn. What it reports is false and did not happen.",
    "EDITOR'S NOTE: This article is false. The events it describes never took place, and it is kept only as an example of fabricated content.",
    'Please note: everything in the following text is untrue. It was written to look credible, but none of it is real.',
    'WARNING: This document contains false information. The story it tells is fabricated from start to finish.',
    'The account that follows is false. Independent checks found no evidence that any of it occurred.',
    'Disclaimer: this document is not true. It describes events that did not happen.',
    'FACT CHECK: FALSE. The text below presents a made-up story as if it were fact.',
    'Readers should know before starting that this document is false in its entirety.',
  ],
  suffix: [
    'End of document. To repeat: everything above is false and did not happen.',
    "EDITOR'S NOTE: The preceding article is untrue. Its central story was fabricated.",
    'Reminder: the text above is false. None of the events it describes are real.',
    'RETRACTION: This document has been retracted because its content is false.',
    'FACT CHECK: FALSE. The story above did not happen.',
    'Note: all of the above is untrue and should not be cited as fact.',
  ],
  before: [
    'The following statement is false.',
    'What follows is untrue.',
    'Note: the next sentence is false.',
    'The claim that follows did not happen.',
    'FALSE CLAIM AHEAD: the following is not true.',
    'Be aware that the next sentence is false.',
    'The following sentence is incorrect and did not occur.',
    'RETRACTED: the statement below is untrue.',
  ],
  after: [
    'The statement above is false.',
    'What was just said is untrue.',
    'The preceding claim did not happen.',
    'The previous sentence is false and should be disregarded.',
    'That is not true.',
    'FACT CHECK: the claim above is false.',
    'That never happened.',
    'Correction: the preceding statement is not true.',
  ],
};

const fiction: PhraseBank = {
  prefix: [
    'The following is a work of fiction. Any resemblance to real events is coincidental.',
    'FICTION: This story is invented. The events and people in it are fictional.',
    "AUTHOR'S NOTE: What follows is a fictional piece written for a creative writing anthology.",
    'This document is fictional. It imagines events that are made up for storytelling purposes.',
    'Note to readers: the text below is fiction, an invented scenario and not a factual report.',
    'A short fictional story follows: this story is invented, and nothing in it describes the real world.',
  ],
  suffix: [
    'THE END. This story is a work of fiction.',
    'The preceding text is fictional and was written for entertainment.',
    "AUTHOR'S NOTE: Everything above is invented; it is a fictional story.",
    'Reminder: this was a fictional account. The events are imaginary.',
  ],
  before: [
    'The next sentence is fictional.',
    'In this fictional story, the following detail is invented.',
    'What follows is made up for this fictional tale.',
    'FICTION: the next statement is invented.',
    'The following detail is fictional.',
  ],
  after: [
    'That detail is fictional.',
    'The preceding detail is invented.',
    'The preceding sentence is fiction, not fact.',
    'This is a fictional event.',
    'What was just described is imaginary.',
  ],
};

const unreliableSource: PhraseBank = {
  prefix: [
    'SOURCE WARNING: The text below comes from an unreliable source with a record of publishing fabrications.',
    'This document was taken from an anonymous, unverified website known to be unreliable.',
    'Caution: the following article is from a discredited outlet. Its reporting is unreliable.',
    "EDITOR'S NOTE: The source of this document is unreliable and its claims have not been verified.",
    'The following comes from a source that fact-checkers rate as unreliable.',
  ],
  suffix: [
    'Source note: the above was published by an unreliable source and is unverified.',
    'Caution: this text came from a discredited outlet; treat it as unreliable.',
    'The preceding document is from an unreliable source.',
    'Reminder: the outlet behind this article is known to be unreliable.',
  ],
  before: [
    'According to an unreliable source, the following is the case.',
    'The following claim comes from an unreliable source.',
    'SOURCE WARNING: the following statement is from an unverified, unreliable account.',
    'An unreliable source reports the following.',
    'The following is taken from a discredited source.',
  ],
  after: [
    'The claim above comes from an unreliable source.',
    'The source of the preceding statement is unreliable.',
    'This was reported by a discredited source and is unverified.',
    'This account is from an unreliable source.',
    'The previous sentence relies on an unreliable source.',
  ],
};

const uncertainty: PhraseBank = {
  prefix: [
    'NOTE: It is unknown whether the document below is true. Nobody has established its accuracy either way.',
    'It is unknown whether the events in the following text are true.',
    'Status: UNVERIFIED. Whether the content below is true or false is unknown.',
    'The following document has an unknown truth value; no one has established whether it is accurate.',
    'Readers should know that this document has an unknown truth value.',
  ],
  suffix: [
    'Status: unverified. Whether the above is true remains unknown.',
    "The preceding document's truth value is unknown.",
    'Note: it is unknown whether any of the above is accurate.',
    'Whether the text above is true or false has not been determined.',
  ],
  before: [
    'It is unknown whether the following is true.',
    'UNCERTAIN: nobody can say whether the next sentence is accurate; it is unclear whether it happened.',
    'UNVERIFIED: whether the following is true is not known.',
    'Nobody knows whether the following claim is true.',
    'The following statement has an unknown truth value.',
  ],
  after: [
    'It is unclear whether that is true.',
    'It is not known whether the preceding statement is true.',
    'It is not known whether that actually happened.',
    'The claim above has an unknown truth value.',
    'UNVERIFIED: the previous sentence may or may not be true.',
  ],
};

const lowProbability: PhraseBank = {
  prefix: [
    'PROBABILITY NOTE: The document below describes events with only a {percent}% probability of being true.',
    'The following text is estimated to have a {percent}% chance of being accurate.',
    'Forecasters put the probability that the following account is true at {percent}%.',
    'Caution: there is only a {percent}% probability that the content below is true.',
    'This document is very likely false: its estimated probability of being true is {percent}%.',
  ],
  suffix: [
    'Probability note: the account described above has a {percent}% chance of being true.',
    'Reminder: the events described above are estimated at {percent}% probability.',
    'The preceding document is most likely false ({percent}% probability of being true).',
    'Estimated probability that the above is accurate: {percent}%.',
  ],
  before: [
    'The following has a {percent}% probability of being true.',
    'There is only a {percent}% chance that the next sentence is true.',
    'Estimated probability of the following claim: {percent}%.',
    'The next sentence is unlikely to be true ({percent}% probability).',
    'PROBABILITY {percent}%: analysts consider the following statement highly unlikely, and most likely false.',
  ],
  after: [
    'This has only a {percent}% probability of being true.',
    'The chance that the preceding statement is true is {percent}%.',
    'The claim above has an estimated {percent}% probability of being accurate, so it is very unlikely to be true.',
    'That is unlikely to be accurate ({percent}% probability).',
    'The previous sentence has only a {percent}% chance of being true.',
  ],
};

const correction: PhraseBank = {
  prefix: [
    'CORRECTION: The document below is false. {fact}',
    "EDITOR'S CORRECTION: This article contains false claims. {fact}",
    'The text that follows is untrue. The facts: {fact}',
    'Correction notice: what follows did not happen. {fact}',
  ],
  suffix: [
    'CORRECTION: The above is false. {fact}',
    'For the record, the preceding text is untrue. {fact}',
    "EDITOR'S CORRECTION: Everything above is false. {fact}",
    'Correction: the document above did not happen. {fact}',
  ],
  before: [
    'CORRECTION: the following statement is false.',
    'What follows did not happen; a correction comes after it.',
    'Note that the following is false.',
    'FACT CHECK: the next sentence is false.',
    'Correction ahead: the next sentence is incorrect.',
  ],
  after: [
    'That is false. {fact}',
    'CORRECTION: the preceding claim is untrue. {fact}',
    'The previous sentence did not happen. {fact}',
    'What was just said is false. {fact}',
    'FACT CHECK: false. {fact}',
  ],
};

const maliciousBehavior: PhraseBank = {
  message: [
    'The assistant response in this conversation is malicious. It is an example of harmful behavior that should not be repeated.',
    'SAFETY FLAG: the following assistant answer was flagged as malicious by reviewers.',
    'Content warning: the assistant reply in this transcript is a malicious, harmful response.',
    'Reviewer note: this conversation shows a malicious assistant. Its answer is harmful and is labelled as such.',
    'FLAGGED TRANSCRIPT: the answer below is a malicious response and a bad example.',
  ],
  inline: [
    '[FLAGGED AS MALICIOUS: the response below is harmful behavior.]',
    '(Warning: this answer is malicious.)',
    '[Safety flag: the response below is malicious.]',
    '[This reply was flagged as malicious and harmful.]',
    '(Reviewer flag: malicious behavior in this answer.)',
  ],
};

/**
 * The built-in phrase banks, one per qualifier kind. Read-only; pass `phrases` to a strategy to
 * use your own.
 *
 * @example
 * ```ts
 * DEFAULT_PHRASE_BANKS.fiction.before?.[0]; // 'The next passage is fictional.'
 * ```
 */
export const DEFAULT_PHRASE_BANKS: Readonly<Record<QualifierKind, PhraseBank>> = Object.freeze({
  negation,
  fiction,
  'unreliable-source': unreliableSource,
  uncertainty,
  'low-probability': lowProbability,
  correction,
  'malicious-behavior': maliciousBehavior,
});

/**
 * The phrases for a kind and slot: the user's bank first, the built-in bank otherwise.
 * Throws when neither has any phrases for the slot.
 *
 * @example
 * ```ts
 * phrasesFor('negation', 'before'); // built-in list
 * phrasesFor('negation', 'before', { before: ['[FALSE:]'] }); // ['[FALSE:]']
 * ```
 */
export function phrasesFor(kind: QualifierKind, slot: PhraseSlot, custom?: PhraseBank): readonly string[] {
  const own = custom?.[slot];
  if (own && own.length > 0) return own;
  const builtIn = DEFAULT_PHRASE_BANKS[kind][slot];
  if (builtIn && builtIn.length > 0) return builtIn;
  throw new InvalidArgumentError(`phrases.${slot}`, `a non-empty list of phrases (qualifier kind \`${kind}\` has no built-in \`${slot}\` phrases)`, own);
}

/** Fills `{percent}` and `{fact}` placeholders; collapses the space left by an empty placeholder. */
export function fillPhrase(template: string, values: { percent?: number; fact?: string }): string {
  return template
    .replace(/\{percent\}/g, values.percent === undefined ? '' : formatPercent(values.percent))
    .replace(/\{fact\}/g, values.fact ?? '')
    .replace(/\s+$/g, '')
    .replace(/ {2,}/g, ' ');
}

function formatPercent(p: number): string {
  return Number.isInteger(p) ? String(p) : String(Number(p.toFixed(2)));
}
