import { readLabeledAnswer, type AnswerParseMethod } from './readLabeledAnswer.js';

/** A model's parsed yes/no answer; `answer` is undefined when it could not be read. */
export interface YesNoAnswer {
  answer: 'yes' | 'no' | undefined;
  method: AnswerParseMethod;
  error?: string;
}

/**
 * Reads the answer of a yes/no question. Models are asked for `{"answer": "yes"}`; the parser also
 * takes fenced or embedded JSON, single quotes, a bare `Yes.` and a leading `No, ...`.
 *
 * @example
 * ```ts
 * parseYesNoAnswer('{"answer": "yes"}');           // { answer: 'yes', method: 'json' }
 * parseYesNoAnswer('No, he did not compete.').answer; // 'no'
 * parseYesNoAnswer('Maybe').answer;                // undefined
 * ```
 */
export function parseYesNoAnswer(response: string): YesNoAnswer {
  const read = readLabeledAnswer(response, 'answer', ['yes', 'no'] as const, { leadingWord: true });
  const out: YesNoAnswer = { answer: read.label, method: read.label === undefined ? 'failed' : read.method };
  if (read.label === undefined) out.error = read.error ?? 'unreadable';
  return out;
}
