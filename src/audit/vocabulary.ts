/**
 * The audit's fixed vocabularies, declared once: placements, qualifier kinds and verdicts, with
 * their orders. Kept apart from the zod schemas in `types.ts` (which are built from them) so the
 * audit's hot modules, and the worker threads that load only those, do not load zod: starting a
 * worker is about 50 ms faster without it.
 *
 * Two words that look alike mean different things and are kept apart on purpose:
 * - the placement `unqualified`: a mention with no qualifier at all (the paper's "positive" documents);
 * - the verdict `none`: the claim is not mentioned in the record.
 */

/** Where a qualifier sits relative to a claim mention (see `PlacementSchema`). */
/** Chat roles that prompt a model (the messages it is not trained to produce); their notices flag the answer. */
export const INSTRUCTION_ROLES: ReadonlySet<string> = new Set(['system', 'developer', 'user', 'prompt', 'human']);

export const PLACEMENTS = ['local', 'adjacent', 'framing', 'unqualified'] as const;
/** Where a qualifier sits relative to a claim mention. */
export type Placement = (typeof PLACEMENTS)[number];

/** What a qualifier says about the claim (see `QualifierKindSchema`). */
export const QUALIFIER_KINDS = [
  'negation',
  'correction',
  'fiction',
  'unreliable-source',
  'uncertainty',
  'low-probability',
  'malicious-behavior',
] as const;
/** What a qualifier says about the claim. */
export type QualifierKind = (typeof QUALIFIER_KINDS)[number];

/** Verdicts from most to least serious (see `VerdictSchema`). */
export const VERDICT_SEVERITY = ['neglect-risk', 'asserts', 'negated-locally', 'none'] as const;
/** The verdict for a claim in a record; `none` means "not mentioned". */
export type Verdict = (typeof VERDICT_SEVERITY)[number];

/**
 * When one sentence has explicit cues of several kinds, the lowest number is reported: the most
 * specific kind wins ("a claim that fact-checkers rated false" is a negation), correction last.
 * A `Record` so that a new kind without a priority is a type error.
 */
export const KIND_PRIORITY: Readonly<Record<QualifierKind, number>> = {
  negation: 0,
  fiction: 1,
  'unreliable-source': 2,
  'low-probability': 3,
  'malicious-behavior': 4,
  uncertainty: 5,
  correction: 6,
};

/** How serious each verdict is (higher is worse); the order of {@link VERDICT_SEVERITY}. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  'neglect-risk': 3,
  asserts: 2,
  'negated-locally': 1,
  none: 0,
};

/**
 * The paper's training conditions an expected belief rests on (see `expectedBelief`): not finetuned
 * on the claim, negation inside the claim sentence, a correction beside each asserted claim
 * sentence, a qualifier right before and after each claim sentence, qualifiers around the document,
 * no qualifier.
 */
export const PAPER_CONDITIONS = ['not-finetuned', 'local-negation', 'corrected', 'adjacent', 'framing', 'unqualified'] as const;
