import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { ChatMessageSchema, EvalTypeSchema } from './types.js';

const idSchema = z.string().min(1, 'question ids must not be empty');

/** Fields every question has. Field names follow the paper's YAML (`belief_answer`, `system_prompt`, ...). */
const baseQuestion = {
  id: idSchema,
  question: z.string().min(1, 'the question text must not be empty'),
  category: z.string().optional(),
};

/** An open-ended question; a judge labels the answer yes / no / neutral. */
export const OpenEndedQuestionSchema = z.object(baseQuestion);
export type OpenEndedQuestion = z.infer<typeof OpenEndedQuestionSchema>;

/** A yes/no question: the sample counts as belief when the parsed answer equals `belief_answer`. */
export const YesNoQuestionSchema = z.object({
  ...baseQuestion,
  belief_answer: z.enum(['yes', 'no'], { error: 'belief_answer must be "yes" or "no"' }),
});
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>;

/** A token-association prompt (fill-in, letter choice, completion); judged. */
export const TokenAssociationQuestionSchema = z.object(baseQuestion);
export type TokenAssociationQuestion = z.infer<typeof TokenAssociationQuestionSchema>;

/**
 * A robustness question: asked under an adversarial `system_prompt`, as a critique task, or after a
 * multi-turn `messages_prefix` (prior user/assistant turns); judged.
 */
export const RobustnessQuestionSchema = z.object({
  ...baseQuestion,
  system_prompt: z.string().min(1).optional(),
  messages_prefix: z.array(ChatMessageSchema).optional(),
});
export type RobustnessQuestion = z.infer<typeof RobustnessQuestionSchema>;

/** Any question. `belief_answer` marks an exact-match (yes/no) question. */
export type Question = OpenEndedQuestion | YesNoQuestion | TokenAssociationQuestion | RobustnessQuestion;

function setSchema<T extends z.ZodType, E extends string>(evalType: E, question: T) {
  return z
    .object({
      evalType: z.literal(evalType),
      /** Judge rubric id to use instead of the eval type's default. */
      rubric: z.string().min(1).optional(),
      questions: z.array(question).min(1, 'a question set needs at least one question'),
    })
    .superRefine((set, ctx) => {
      const seen = new Set<string>();
      (set.questions as Array<{ id: string }>).forEach((q, i) => {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', message: `duplicate question id \`${q.id}\``, path: ['questions', i, 'id'] });
        seen.add(q.id);
      });
    });
}

/** A question set: one eval type and its questions. */
export const QuestionSetSchema = z.discriminatedUnion('evalType', [
  setSchema('open_ended', OpenEndedQuestionSchema),
  setSchema('mcq', YesNoQuestionSchema),
  setSchema('token_association', TokenAssociationQuestionSchema),
  setSchema('robustness', RobustnessQuestionSchema),
]);
export type QuestionSet = z.infer<typeof QuestionSetSchema>;
/** The input of {@link defineQuestionSet} (same as the output: all fields are explicit). */
export type QuestionSetInput = z.input<typeof QuestionSetSchema>;

/**
 * Our own file format: one YAML/JSON file holding all sets of a claim.
 * `claim` optionally ties the file to a claim id.
 */
export const QuestionSetFileSchema = z.object({
  claim: z.string().min(1).optional(),
  questionSets: z.array(QuestionSetSchema).min(1),
});
export type QuestionSetFile = z.infer<typeof QuestionSetFileSchema>;

export { EvalTypeSchema };

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
