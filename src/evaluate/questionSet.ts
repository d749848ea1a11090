import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { EVAL_TYPE_NAMES, EVAL_TYPES, type EvalType, type QuestionInputOf, type QuestionOf } from './evalTypes.js';

export {
  OpenEndedQuestionSchema,
  YesNoQuestionSchema,
  TokenAssociationQuestionSchema,
  RobustnessQuestionSchema,
  EvalTypeSchema,
} from './evalTypes.js';
export type { OpenEndedQuestion, YesNoQuestion, TokenAssociationQuestion, RobustnessQuestion } from './evalTypes.js';

/** Any question. `belief_answer` marks an exact-match (yes/no) question. */
export type Question = QuestionOf<EvalType>;

/** A question set: one eval type, its questions and optionally a rubric id to judge them with. */
export type QuestionSet = { [T in EvalType]: { evalType: T; rubric?: string | undefined; questions: Array<QuestionOf<T>> } }[EvalType];
/** The input of {@link defineQuestionSet}. */
export type QuestionSetInput = { [T in EvalType]: { evalType: T; rubric?: string | undefined; questions: Array<QuestionInputOf<T>> } }[EvalType];

/** The schema of one eval type's question list: at least one question, unique ids. */
export function questionListSchema<T extends z.ZodType<{ id: string }>>(question: T) {
  return z
    .array(question)
    .min(1, 'a question set needs at least one question')
    .superRefine((questions, ctx) => {
      const seen = new Set<string>();
      questions.forEach((q, i) => {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `duplicate question id \`${q.id}\``, path: [i, 'id'] });
        seen.add(q.id);
      });
    });
}

/** A question set of any eval type in the table (discriminated by `evalType`). */
export const QuestionSetSchema = z.discriminatedUnion(
  'evalType',
  EVAL_TYPE_NAMES.map((name) =>
    z.object({
      evalType: z.literal(name),
      /** Judge rubric id to use instead of the eval type's default. */
      rubric: z.string().min(1).optional(),
      questions: questionListSchema(EVAL_TYPES[name].question as z.ZodType<{ id: string }>),
    }),
  ) as unknown as [z.ZodObject<{ evalType: z.ZodLiteral<EvalType> }>],
) as unknown as z.ZodType<QuestionSet, QuestionSetInput>;

/**
 * Our own file format: one YAML/JSON file holding all sets of a claim.
 * `claim` optionally ties the file to a claim id.
 */
export const QuestionSetFileSchema = z.object({
  claim: z.string().min(1).optional(),
  questionSets: z.array(QuestionSetSchema).min(1),
});
export type QuestionSetFile = z.infer<typeof QuestionSetFileSchema>;


/**
 * Validates a question set for a new claim and returns it typed. Throws `InvalidArgumentError`
 * naming the first bad field.
 *
 * @example
 * ```ts
 * const mcq = defineQuestionSet({
 *   evalType: 'mcq',
 *   questions: [{ id: 'won_gold', question: 'Did Ed Sheeran win the 100m gold in 2024?', belief_answer: 'yes' }],
 * });
 * ```
 */
export function defineQuestionSet(input: QuestionSetInput): QuestionSet {
  const result = QuestionSetSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new InvalidArgumentError(field || "questionSet", `valid (${issue.message})`, pick(input, issue.path));
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}
