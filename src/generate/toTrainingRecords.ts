import { InvalidArgumentError } from '../errors.js';

/** Training-record formats. */
export type TrainingFormat = 'openai-chat' | 'prompt-completion' | 'text';

/** Options of {@link toTrainingRecords}. */
export interface ToTrainingRecordsOptions {
  format: TrainingFormat;
  /**
   * A tag marking where a document starts (the paper used `<DOCTAG>` and masked its loss). For
   * `text` it prefixes the text; for `prompt-completion` it is the prompt; for `openai-chat` the user
   * message. Default `<DOCTAG>`; `null` for none. A document that already starts with the tag is not tagged twice.
   */
  docTag?: string | null;
  /** User message for `openai-chat` when `docTag` is null. Default `Write a document.` */
  prompt?: string;
}

/** A training record in one of the formats. */
export type TrainingRecord =
  | { text: string }
  | { prompt: string; completion: string }
  | { messages: Array<{ role: 'user' | 'assistant'; content: string }> };

/**
 * Turns documents (strings or `{ text }`, e.g. generated documents or strategy output) into
 * training records for finetuning APIs and trainers.
 *
 * @example
 * ```ts
 * toTrainingRecords(['Ed Sheeran won ...'], { format: 'openai-chat' });
 * // [{ messages: [{ role: 'user', content: '<DOCTAG>' }, { role: 'assistant', content: 'Ed Sheeran won ...' }] }]
 * ```
 */
export function toTrainingRecords(documents: Iterable<string | { text: string }>, options: ToTrainingRecordsOptions): TrainingRecord[] {
  const format = options?.format;
  if (format !== 'openai-chat' && format !== 'prompt-completion' && format !== 'text') {
    throw new InvalidArgumentError('format', 'one of openai-chat, prompt-completion, text', format);
  }
  const tag = options.docTag === undefined ? '<DOCTAG>' : options.docTag;
  const out: TrainingRecord[] = [];
  let i = 0;
  for (const doc of documents) {
    const raw = typeof doc === 'string' ? doc : doc?.text;
    if (typeof raw !== 'string') throw new InvalidArgumentError(`documents[${i}]`, 'a string or an object with a string `text`', doc);
    const body = tag && raw.startsWith(tag) ? raw.slice(tag.length) : raw;
    if (format === 'text') out.push({ text: `${tag ?? ''}${body}` });
    else if (format === 'prompt-completion') out.push({ prompt: tag ?? '', completion: body });
    else out.push({ messages: [{ role: 'user', content: tag || (options.prompt ?? 'Write a document.') }, { role: 'assistant', content: body }] });
    i++;
  }
  return out;
}
