import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import {
  OpenEndedQuestionSchema,
  QuestionSetFileSchema,
  RobustnessQuestionSchema,
  TokenAssociationQuestionSchema,
  YesNoQuestionSchema,
  type QuestionSet,
} from './questionSet.js';
import { readYamlWithSchema } from './parseYamlWithSchema.js';

/** The paper's file per eval type inside a claim folder. */
export const PAPER_QUESTION_FILES = {
  open_ended: 'open_ended.yaml',
  mcq: 'mcq.yaml',
  token_association: 'token_association.yaml',
  robustness: 'robustness.yaml',
} as const;

/** File names of our own single-file format, looked up inside a directory. */
const OWN_FILE_NAMES = ['question_sets.yaml', 'question_sets.yml', 'question_sets.json'];

const paperFileSchemas = {
  open_ended: z.object({ questions: z.array(OpenEndedQuestionSchema).min(1) }),
  mcq: z.object({ questions: z.array(YesNoQuestionSchema).min(1) }),
  token_association: z.object({ questions: z.array(TokenAssociationQuestionSchema).min(1) }),
  robustness: z.object({ questions: z.array(RobustnessQuestionSchema).min(1) }),
};

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
  const own = OWN_FILE_NAMES.map((name) => join(path, name)).find((file) => existsSync(file));
  if (own) return (await readYamlWithSchema(own, QuestionSetFileSchema)).questionSets;
  const sets: QuestionSet[] = [];
  for (const [evalType, fileName] of Object.entries(PAPER_QUESTION_FILES) as Array<[keyof typeof PAPER_QUESTION_FILES, string]>) {
    const file = join(path, fileName);
    if (!existsSync(file)) continue;
    const { questions } = await readYamlWithSchema(file, paperFileSchemas[evalType]);
    const seen = new Map<string, number>();
    questions.forEach((q, i) => {
      if (seen.has(q.id)) throw new InputError(`duplicate question id \`${q.id}\``, { file, field: `questions[${i}].id` });
      seen.set(q.id, i);
    });
    sets.push({ evalType, questions } as QuestionSet);
  }
  if (sets.length === 0) {
    throw new InputError(
      `no question sets found: expected ${OWN_FILE_NAMES[0]} or the paper's ${Object.values(PAPER_QUESTION_FILES).join(', ')}`,
      { file: path },
    );
  }
  return sets;
}
