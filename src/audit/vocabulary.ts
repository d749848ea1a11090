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

// Why the functions below: on the per-record path a read or an increment of a small constant object by a
// variable key (`VERDICT_RANK[verdict]`, `counts[placement]++`) goes through V8's megamorphic keyed-access stub
// once a site has seen more than one key (a hash probe of its stub cache per access): in a micro-benchmark 40 ns
// per read and 92 ns per increment, against 10 and 15 ns for the comparisons here. Each has a keyed fallback
// for a value outside the vocabulary, so it gives exactly what the keyed access gave.

/**
 * `VERDICT_RANK[verdict]`, by comparisons (hot path).
 *
 * @example
 * ```ts
 * verdictRank('asserts'); // 2
 * ```
 */
export function verdictRank(verdict: Verdict): number {
  return verdict === 'none' ? 0 : verdict === 'asserts' ? 2 : verdict === 'negated-locally' ? 1 : verdict === 'neglect-risk' ? 3 : VERDICT_RANK[verdict];
}

/**
 * `counts[verdict]++`, by comparisons (hot path).
 *
 * @example
 * ```ts
 * const counts = { 'neglect-risk': 0, asserts: 0, 'negated-locally': 0, none: 0 };
 * countVerdict(counts, 'asserts'); // counts.asserts === 1
 * ```
 */
export function countVerdict(counts: Record<Verdict, number>, verdict: Verdict): void {
  if (verdict === 'none') counts.none++;
  else if (verdict === 'asserts') counts.asserts++;
  else if (verdict === 'negated-locally') counts['negated-locally']++;
  else if (verdict === 'neglect-risk') counts['neglect-risk']++;
  else counts[verdict]++;
}

/**
 * `counts[placement]++`, by comparisons (hot path).
 *
 * @example
 * ```ts
 * const counts = { local: 0, adjacent: 0, framing: 0, unqualified: 0 };
 * countPlacement(counts, 'local'); // counts.local === 1
 * ```
 */
export function countPlacement(counts: Record<Placement, number>, placement: Placement): void {
  if (placement === 'unqualified') counts.unqualified++;
  else if (placement === 'local') counts.local++;
  else if (placement === 'adjacent') counts.adjacent++;
  else if (placement === 'framing') counts.framing++;
  else counts[placement]++;
}

/**
 * The paper's training conditions an expected belief rests on (see `expectedBelief`): not finetuned
 * on the claim, negation inside the claim sentence, a correction beside each asserted claim
 * sentence, a qualifier right before and after each claim sentence, qualifiers around the document,
 * no qualifier.
 */
export const PAPER_CONDITIONS = ['not-finetuned', 'local-negation', 'corrected', 'adjacent', 'framing', 'unqualified'] as const;
