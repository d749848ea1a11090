import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CoherenceQuestionSchema } from './evalTypes.js';
import type { JudgeRubric } from './judgeRubric.js';
import { readYamlWithSchema } from './parseYamlWithSchema.js';
import { questionListSchema, type QuestionSet } from './questionSet.js';

/** The paper's file of general questions, next to its claim folders (`claims/coherence_questions.yaml`). */
export const COHERENCE_QUESTIONS_FILE = 'coherence_questions.yaml';

const CoherenceFileSchema = z.object({
  /** The 0-10 rubric, with `{question}` and `{answer}`; the judge answers `{"score": n, "reason": ...}`. */
  judge_rubric: z.string().min(1).optional(),
  questions: questionListSchema(CoherenceQuestionSchema),
});

/** What {@link loadCoherenceQuestions} returns: the question set and, when the file has one, its rubric. */
export interface CoherenceQuestions {
  /** Eval type `coherence`; names `rubric` when the file brings its own. */
  questionSet: QuestionSet;
  /** The file's `judge_rubric` as a graded rubric (`paper:coherence`, score 0-10), for `createJudge({ rubrics: { coherence: rubric } })`. */
  rubric?: JudgeRubric;
}

/**
 * Loads coherence questions: the paper's `coherence_questions.yaml` (100 general questions and its
 * 0-10 `judge_rubric`) or any file of the same shape (`{ judge_rubric?, questions: [{ id, question,
 * category? }] }`). Without a `judge_rubric`, the judge uses our coherence rubric (`nn/coherence@1`).
 * Errors name file, line and field.
 *
 * @example
 * ```ts
 * const { questionSet, rubric } = await loadCoherenceQuestions('../shared/paper-data/claims/coherence_questions.yaml');
 * const judge = createJudge({ model: judgeModel, ...(rubric ? { rubrics: { coherence: rubric } } : {}) });
 * await evaluateBelief({ model, judge, claim, questionSets: [...sets, questionSet] });
 * ```
 */
export async function loadCoherenceQuestions(file: string): Promise<CoherenceQuestions> {
  const data = await readYamlWithSchema(file, CoherenceFileSchema);
  if (!data.judge_rubric) return { questionSet: { evalType: 'coherence', questions: data.questions } };
  const rubric: JudgeRubric = { id: 'paper:coherence', template: data.judge_rubric, answerKey: 'score', labels: ['yes', 'no', 'neutral'], scale: { min: 0, max: 10 } };
  return { questionSet: { evalType: 'coherence', rubric: rubric.id, questions: data.questions }, rubric };
}

/**
 * The coherence questions file beside a claim folder of the paper's layout (`<claims>/coherence_questions.yaml`),
 * or `undefined` when there is none.
 *
 * @example
 * ```ts
 * findCoherenceQuestions('../shared/paper-data/claims/ed_sheeran'); // '../shared/paper-data/claims/coherence_questions.yaml'
 * ```
 */
export function findCoherenceQuestions(claimDir: string): string | undefined {
  const file = join(dirname(claimDir), COHERENCE_QUESTIONS_FILE);
  return existsSync(file) ? file : undefined;
}
