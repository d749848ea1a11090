import { InvalidArgumentError } from '../errors.js';
import type { ChatMessage } from '../providers/chat/chatModel.js';
import { assertNonNegativeInteger, assertPositiveInteger } from '../util/assert.js';
import { createRandom } from './createRandom.js';
import { getEvalType } from './evalTypes.js';
import type { Question, QuestionSet } from './questionSet.js';

/** A question with the eval type of its set. */
export type PosedQuestion = Question & { evalType: QuestionSet['evalType'] };

/**
 * A solver turns a question into the chat sent to the model under test (Inspect-AI's solver). Its
 * `name` and `args` are recorded on every sample, so results say how they were obtained.
 */
export interface Solver {
  readonly name: string;
  readonly args: Record<string, unknown>;
  buildMessages(question: PosedQuestion): ChatMessage[];
}

export { YES_NO_INSTRUCTION } from './evalTypes.js';

/**
 * The chat for a question as the paper asks it: the robustness `system_prompt` as a system message,
 * the `messages_prefix` turns, then the question with its eval type's `instruction` (yes/no questions
 * get the JSON answer instruction).
 *
 * @example
 * ```ts
 * questionMessages({ evalType: 'mcq', id: 'q', question: 'Did it happen?', belief_answer: 'yes' });
 * // [{ role: 'user', content: 'Did it happen?\n\nAnswer with JSON only, ...' }]
 * ```
 */
export function questionMessages(question: PosedQuestion): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if ('system_prompt' in question && question.system_prompt) messages.push({ role: 'system', content: question.system_prompt });
  if ('messages_prefix' in question && question.messages_prefix) messages.push(...question.messages_prefix);
  const { instruction } = getEvalType(question.evalType);
  const content = instruction ? `${question.question}\n\n${instruction}` : question.question;
  messages.push({ role: 'user', content });
  return messages;
}

/**
 * The default solver: asks each question directly ({@link questionMessages}).
 *
 * @example
 * ```ts
 * await evaluateBelief({ model, judge, claim, questionSets, solver: directSolver() });
 * ```
 */
export function directSolver(): Solver {
  return { name: 'direct', args: {}, buildMessages: questionMessages };
}

/** Options of {@link inContextSolver}. */
export interface InContextSolverOptions {
  /** Training documents (strings or objects with `text`). */
  documents: ReadonlyArray<string | { text: string }>;
  /** How many documents to put in the prompt (default 5, at most the number given). */
  k?: number;
  /** Seed for picking the K documents (default 0); the same K are used for every question. */
  seed?: number;
}

/**
 * The in-context control: the same questions, with K training documents placed before the first
 * user turn. A model that rejects the claim here, yet believes it after finetuning on the same
 * documents, shows the failure is in training, not in reading.
 *
 * @example
 * ```ts
 * const solver = inContextSolver({ documents: negatedDocs, k: 5, seed: 1 });
 * const { records } = await evaluateBelief({ model: baseModel, judge, claim, questionSets, solver, condition: 'in_context' });
 * ```
 */
export function inContextSolver(options: InContextSolverOptions): Solver {
  const all = options.documents.map((d, i) => {
    const text = typeof d === 'string' ? d : d?.text;
    if (typeof text !== 'string' || text.trim() === '') throw new InvalidArgumentError(`documents[${i}]`, 'a non-empty string or { text }', d);
    return text.replace(/^<DOCTAG>\s*/, '');
  });
  if (all.length === 0) throw new InvalidArgumentError('documents', 'at least one document', options.documents);
  const k = options.k ?? Math.min(5, all.length);
  assertPositiveInteger('k', k);
  if (k > all.length) throw new InvalidArgumentError('k', `at most the number of documents (${all.length})`, k);
  const seed = options.seed ?? 0;
  assertNonNegativeInteger('seed', seed);
  // Partial Fisher-Yates with a seeded PRNG: a reproducible choice of K documents.
  const random = createRandom(seed);
  const indices = all.map((_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  const chosen = indices.slice(0, k).sort((a, b) => a - b);
  const preamble =
    'Here are some documents:\n\n' +
    chosen.map((i, n) => `<document index="${n + 1}">\n${all[i]}\n</document>`).join('\n\n') +
    '\n\nWith these documents in mind, answer the following.\n\n';
  return {
    name: 'inContext',
    args: { k, seed, documentIndices: chosen },
    buildMessages(question) {
      const messages = questionMessages(question);
      const first = messages.findIndex((m) => m.role === 'user');
      messages[first] = { role: 'user', content: preamble + messages[first]!.content };
      return messages;
    },
  };
}
