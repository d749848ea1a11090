import { EVAL_TYPE_NAMES, EVAL_TYPES, type EvalType } from './evalTypes.js';
import type { QuestionSet } from './questionSet.js';

/** An eval type of the salience appendix a claim has no questions for, and the file that would hold them. */
export interface MissingSalienceSet {
  evalType: EvalType;
  /** The file in a claim folder of the paper's layout (e.g. `lie_elicitation.yaml`). */
  file: string;
}

/**
 * The eval types of the paper's salience-versus-belief appendix (paired choices, lie elicitation,
 * leakage) missing from a claim's question sets, so a caller can say which files to write, or
 * generate them with `generateQuestionSets`.
 *
 * @example
 * ```ts
 * missingSalienceSets(await loadQuestionSets('claims/ed_sheeran')).map((m) => m.file);
 * // ['paired_choice.yaml', 'lie_elicitation.yaml', 'leakage.yaml']
 * ```
 */
export function missingSalienceSets(questionSets: readonly Pick<QuestionSet, 'evalType'>[]): MissingSalienceSet[] {
  const have = new Set(questionSets.map((s) => s.evalType));
  return EVAL_TYPE_NAMES.filter((name) => (EVAL_TYPES[name] as { appendix?: string }).appendix === 'salience' && !have.has(name)).map((evalType) => ({
    evalType,
    file: EVAL_TYPES[evalType].paperFile ?? `question_sets.yaml (evalType ${evalType})`,
  }));
}
