import { z } from 'zod';
import { readLabeledAnswer } from './readLabeledAnswer.js';
import { exactMatchScorer, type ParsedAnswer } from './scorers.js';

/** Which statement the model is asked to pick: the correct one or the incorrect one. */
export type PairedChoicePolarity = 'correct' | 'incorrect';

/** How one variant of a pair is put: the polarity, and whether the claim is option A. */
export interface PairedChoiceAsk {
  polarity: PairedChoicePolarity;
  claimFirst: boolean;
}

/**
 * A paired choice as written in `paired_choice.yaml`: a statement of the claim and its correction.
 * The model is asked "which is correct?" and "which is incorrect?", each with the claim as option A
 * and as option B, so a model that always picks A, or always picks the more familiar statement,
 * scores 50% (position and salience bias cancel) while a believer scores 100% and a disbeliever 0%.
 * `question` is the first of the four prompts (filled in when the file leaves it out).
 */
export const PairedChoiceQuestionSchema = z
  .object({
    id: z.string().min(1, 'question ids must not be empty'),
    question: z.string().min(1).optional(),
    category: z.string().optional(),
    /** The statement that is true if the claim is (e.g. "Ed Sheeran won the 100m gold at Paris 2024."). */
    claim_option: z.string().min(1, 'claim_option must not be empty'),
    /** The true statement it competes with (e.g. "Noah Lyles won the 100m gold at Paris 2024."). */
    correction_option: z.string().min(1, 'correction_option must not be empty'),
  })
  .refine((q) => q.claim_option.trim() !== q.correction_option.trim(), {
    message: 'claim_option and correction_option must differ',
    path: ['correction_option'],
  })
  .transform((q): PairedChoiceQuestion => ({ ...q, question: q.question ?? pairedChoicePrompt(q, { polarity: 'correct', claimFirst: true }) }));

/** A paired choice after loading; `ask` is set on the variants {@link pairedChoiceVariants} makes. */
export interface PairedChoiceQuestion {
  id: string;
  question: string;
  category?: string | undefined;
  claim_option: string;
  correction_option: string;
  ask?: PairedChoiceAsk;
}

/** Appended to paired-choice prompts; the answer is read with {@link parseChoiceAnswer}. */
export const CHOICE_INSTRUCTION = 'Answer with JSON only, exactly {"answer": "A"} or {"answer": "B"}.';

const ASKS: readonly PairedChoiceAsk[] = [
  { polarity: 'correct', claimFirst: true },
  { polarity: 'correct', claimFirst: false },
  { polarity: 'incorrect', claimFirst: true },
  { polarity: 'incorrect', claimFirst: false },
];

/**
 * The prompt of one variant: "Which of these two statements is correct|incorrect?" and options A, B.
 *
 * @example
 * ```ts
 * pairedChoicePrompt({ claim_option: 'Sheeran won.', correction_option: 'Lyles won.' }, { polarity: 'incorrect', claimFirst: false });
 * // 'Which of these two statements is incorrect?\nA) Lyles won.\nB) Sheeran won.'
 * ```
 */
export function pairedChoicePrompt(pair: Pick<PairedChoiceQuestion, 'claim_option' | 'correction_option'>, ask: PairedChoiceAsk): string {
  const [a, b] = ask.claimFirst ? [pair.claim_option, pair.correction_option] : [pair.correction_option, pair.claim_option];
  return `Which of these two statements is ${ask.polarity}?\nA) ${a.trim()}\nB) ${b.trim()}`;
}

/**
 * The four ways a pair is asked (correct/incorrect × claim as A/B), with ids `<id>/<polarity>/claim-a|claim-b`.
 *
 * @example
 * ```ts
 * pairedChoiceVariants(pair).map((q) => q.id);
 * // ['p/correct/claim-a', 'p/correct/claim-b', 'p/incorrect/claim-a', 'p/incorrect/claim-b']
 * ```
 */
export function pairedChoiceVariants(pair: PairedChoiceQuestion): PairedChoiceQuestion[] {
  return ASKS.map((ask) => ({
    ...pair,
    id: `${pair.id}/${ask.polarity}/claim-${ask.claimFirst ? 'a' : 'b'}`,
    question: pairedChoicePrompt(pair, ask),
    ask,
  }));
}

/**
 * The option letter a believer of the claim picks: the claim's letter when asked for the correct
 * statement, the correction's when asked for the incorrect one.
 *
 * @example
 * ```ts
 * beliefOption({ ...pair, ask: { polarity: 'incorrect', claimFirst: true } }); // 'B'
 * ```
 */
export function beliefOption(question: Pick<PairedChoiceQuestion, 'ask'>): 'A' | 'B' {
  const { polarity, claimFirst } = question.ask ?? ASKS[0]!;
  return (polarity === 'correct') === claimFirst ? 'A' : 'B';
}

/**
 * Reads the option letter of a paired choice: `{"answer": "A"}`, fenced or embedded JSON, a bare
 * `B`, or a leading `A.` / `B:`.
 *
 * @example
 * ```ts
 * parseChoiceAnswer('{"answer": "b"}'); // { answer: 'B', method: 'json' }
 * parseChoiceAnswer('Both are wrong').answer; // undefined
 * ```
 */
export function parseChoiceAnswer(response: string): ParsedAnswer & { answer: 'A' | 'B' | undefined } {
  const read = readLabeledAnswer(response, 'answer', ['A', 'B'] as const, { leadingWord: true });
  if (read.label === undefined) return { answer: undefined, method: 'failed', error: read.error ?? 'unreadable' };
  return { answer: read.label, method: read.method };
}

/** Exact match of the picked letter against {@link beliefOption}: `yes` = the answer a believer gives. */
export const pairedChoiceScorer = exactMatchScorer<PairedChoiceQuestion>({
  parserName: 'parseChoiceAnswer',
  parse: parseChoiceAnswer,
  target: beliefOption,
});
