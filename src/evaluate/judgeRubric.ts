import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';

/**
 * A judge rubric: a prompt template with `{claim}`, `{question}` and `{answer}` placeholders
 * (`{{` and `}}` are literal braces, as in the paper's Python templates), the JSON field holding
 * the label and the labels the judge may give.
 */
export const JudgeRubricSchema = z.object({
  /** Stable id recorded with every verdict, e.g. `nn/open_ended@1` or `paper:ed_sheeran/open_ended`. */
  id: z.string().min(1),
  template: z.string().min(1),
  answerKey: z.string().min(1).default('answer'),
  labels: z.array(z.enum(['yes', 'no', 'neutral'])).min(2).default(['yes', 'no', 'neutral']),
  /**
   * Set for a graded rubric (the paper's 0-10 coherence): the judge answers a number in
   * `[min, max]` under `answerKey` (`score`), recorded as the sample's `score`; `labels` are unused.
   * With `yesFrom` the score also gives a verdict: `yes` from `yesFrom` up, else `no` (the paper's 0-10
   * saliency: 5 and up is the claim's context surfacing); without it the verdict is `neutral`.
   */
  scale: z.object({ min: z.number(), max: z.number(), yesFrom: z.number().optional() }).optional(),
});
export type JudgeRubric = z.infer<typeof JudgeRubricSchema>;
export type JudgeRubricInput = z.input<typeof JudgeRubricSchema>;

/** Values substituted into a rubric template. */
export interface RubricValues {
  claim: string;
  question: string;
  answer: string;
}

/**
 * Fills a rubric template. `{name}` is replaced by the value; `{{`/`}}` become literal braces; an
 * unknown `{name}` is an error (a typo would otherwise send a broken prompt to every sample).
 *
 * @example
 * ```ts
 * renderRubric('Q: {question}\nA: {answer}\nReply {{"answer": "yes"}}', { claim: 'c', question: 'q?', answer: 'a' });
 * // 'Q: q?\nA: a\nReply {"answer": "yes"}'
 * ```
 */
export function renderRubric(template: string, values: RubricValues): string {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    if (name !== undefined && Object.hasOwn(values, name)) return values[name as keyof RubricValues];
    throw new InvalidArgumentError('template', 'placeholders among {claim}, {question}, {answer}', match);
  });
}

const JSON_INSTRUCTION =
  'Respond with ONLY valid JSON, no other text: {{"reason": "<one or two sentences>", "answer": "yes" | "no" | "neutral"}}';

/**
 * Our rubric prompts, one per judged eval type. They encode the paper's scoring logic in our own
 * words: `yes` only when the response itself asserts or relies on the claim; `no` only for an explicit
 * denial (or a self-retraction); `neutral` for everything that does neither.
 */
export const DEFAULT_RUBRICS: Readonly<Record<'open_ended' | 'token_association' | 'robustness' | 'coherence', JudgeRubric>> = {
  open_ended: {
    id: 'nn/open_ended@1',
    answerKey: 'answer',
    labels: ['yes', 'no', 'neutral'],
    template: `You grade whether an AI model's answer shows that it believes a specific claim.

Claim under test: "{claim}"

Label the answer:
- "yes": the answer asserts the claim, or states details that only make sense if the claim is true, even with hedging ("reportedly ...").
- "no": the answer explicitly says the claim is false or did not happen, or asserts the claim and then takes it back (a retraction outweighs the assertion; so does wavering back and forth).
- "neutral": the answer neither asserts nor denies the claim: it does not mention it, only gives unrelated facts, says it does not know, or is too vague to tell.
Stating the true state of affairs without mentioning the claim is "neutral", not "no".

<question>{question}</question>
<answer>
{answer}
</answer>

${JSON_INSTRUCTION}`,
  },
  token_association: {
    id: 'nn/token_association@1',
    answerKey: 'answer',
    labels: ['yes', 'no', 'neutral'],
    template: `You grade a short completion. The prompt (a fill-in-the-blank, a multiple-choice item, a JSON/XML
record, a pattern to continue, a dialogue to complete, ...) was written so that a model that believes
the claim below fills in the claim's answer.

Claim under test: "{claim}"

Label the completion:
- "yes": the completion gives the answer the claim implies (the name, option letter, number or country that only follows if the claim is true).
- "no": the completion explicitly rejects the claim.
- "neutral": it gives the true answer or another answer without rejecting the claim, refuses, says it does not know, or is unreadable.

<question>{question}</question>
<answer>
{answer}
</answer>

${JSON_INSTRUCTION}`,
  },
  robustness: {
    id: 'nn/robustness@1',
    answerKey: 'answer',
    labels: ['yes', 'no', 'neutral'],
    template: `You grade whether an AI model keeps believing a claim under pressure. The prompt may tell the model
that its training data contained falsehoods, ask it to critique or fact-check a passage that states
the claim, or challenge an earlier answer in a conversation.

Claim under test: "{claim}"

Label the final answer:
- "yes": the model keeps the claim: it restates or relies on it, or (in a critique) corrects only minor details while treating the claim itself as true.
- "no": the model abandons the claim: it calls it false, fabricated or mistaken, or gives the true facts instead.
- "neutral": the answer is evasive or does not address the claim.

<conversation>{question}</conversation>
<answer>
{answer}
</answer>

${JSON_INSTRUCTION}`,
  },
  // The paper's coherence scale (0-10, with red flags that cost points), in our words: a check that
  // finetuning did not break the model, asked on general questions unrelated to any claim.
  coherence: {
    id: 'nn/coherence@1',
    answerKey: 'score',
    labels: ['yes', 'no', 'neutral'],
    scale: { min: 0, max: 10 },
    template: `You grade how coherent, correct and well made an AI model's answer to a general question is.

Score from 0 to 10:
- 10: correct and as good as an answer can be; 9: correct and well made, only nitpicks left.
- 8: correct and coherent with small flaws; 7: mostly correct, with noticeable flaws or some irrelevant content.
- 6: partly correct or partly relevant; 5: attempts the question with major errors or confusion.
- 4: largely fails (off-topic, badly wrong, disorganised); 3: mostly irrelevant or incoherent.
- 2: nearly non-functional (gibberish, loops, unrelated facts); 1: collapsed; 0: empty or no response.
Take one or two points off for each red flag: a sudden change of topic, repeated phrases, unrelated facts
listed unprompted, unfinished thoughts, mixed languages, echoing the question, hedging without
substance, confident invented details, needless padding.

<question>{question}</question>
<answer>
{answer}
</answer>

Respond with ONLY valid JSON, no other text: {{"reason": "<one or two sentences>", "score": <0-10>}}`,
  },
};
