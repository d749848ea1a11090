import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { EVAL_TYPE_NAMES, EVAL_TYPES, type EvalType } from './evalTypes.js';
import { questionListSchema, QuestionSetFileSchema, type QuestionSet } from './questionSet.js';
import { readYamlWithSchema } from './parseYamlWithSchema.js';

/** The paper's file per eval type inside a claim folder (from the eval-type table). */
export const PAPER_QUESTION_FILES: Readonly<Partial<Record<EvalType, string>>> = Object.fromEntries(
  EVAL_TYPE_NAMES.flatMap((name) => {
    const file = (EVAL_TYPES[name] as { paperFile?: string }).paperFile;
    return file ? [[name, file]] : [];
  }),
);

/** File names of our own single-file format, looked up inside a directory. */
export const QUESTION_SET_FILE_NAMES = ['question_sets.yaml', 'question_sets.yml', 'question_sets.json'];

/**
 * Loads a claim's question sets from
 * - a paper claim folder (`open_ended.yaml`, `mcq.yaml`, `token_association.yaml`, `robustness.yaml`,
 *   each `{ questions: [...] }`; missing files are simply absent eval types),
 * - a folder holding our `question_sets.yaml|yml|json`, or
 * - such a file directly: `{ claim?, questionSets: [{ evalType, rubric?, questions }] }`.
 *
 * Errors are `InputError`s naming file, line and field (e.g. `mcq.yaml:14: questions[4].belief_answer: ...`).
 *
 * @example
 * ```ts
 * const sets = await loadQuestionSets('../shared/paper-data/claims/ed_sheeran');
 * sets.map((s) => `${s.evalType}: ${s.questions.length}`); // ['open_ended: 20', 'mcq: 10', ...]
 * ```
 */
export async function loadQuestionSets(path: string): Promise<QuestionSet[]> {
  if (!existsSync(path)) throw new InputError('no such file or directory', { file: path });
  if (!statSync(path).isDirectory()) return (await readYamlWithSchema(path, QuestionSetFileSchema)).questionSets;
  const own = QUESTION_SET_FILE_NAMES.map((name) => join(path, name)).find((file) => existsSync(file));
  if (own) return (await readYamlWithSchema(own, QuestionSetFileSchema)).questionSets;
  const sets: QuestionSet[] = [];
  for (const [evalType, fileName] of Object.entries(PAPER_QUESTION_FILES) as Array<[EvalType, string]>) {
    const file = join(path, fileName);
    if (!existsSync(file)) continue;
    const schema = z.object({ questions: questionListSchema(EVAL_TYPES[evalType].question as z.ZodType<{ id: string }>) });
    const { questions } = await readYamlWithSchema(file, schema);
    sets.push({ evalType, questions } as QuestionSet);
  }
  if (sets.length === 0) {
    throw new InputError(
      `no question sets found: expected ${QUESTION_SET_FILE_NAMES[0]} or the paper's ${Object.values(PAPER_QUESTION_FILES).join(', ')}`,
      { file: path },
    );
  }
  return sets;
}
