/**
 * The audit's fixed vocabularies as plain arrays. Kept apart from the zod schemas in `types.ts`
 * (which are built from them) so the audit's hot modules, and the worker threads that load only
 * those, do not load zod: starting a worker is about 50 ms faster without it.
 */

/** Where a qualifier sits relative to a claim mention (see `PlacementSchema`). */
export const PLACEMENTS = ['local', 'adjacent', 'framing', 'unqualified'] as const;

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

/** Verdicts from most to least serious (see `VerdictSchema`). */
export const VERDICT_SEVERITY = ['neglect-risk', 'asserts', 'negated-locally', 'none'] as const;
