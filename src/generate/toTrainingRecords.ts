import { InvalidArgumentError } from '../errors.js';
import { compileWordMasks, type WordMasks } from './loadWordMasks.js';
import { lossMaskSpans, mergeSpans, toCodePointSpans, type MaskSpan } from './lossMaskSpans.js';

/** Training-record formats. */
export type TrainingFormat = 'openai-chat' | 'prompt-completion' | 'text';

/** Options of {@link toTrainingRecords}. */
export interface ToTrainingRecordsOptions {
  format: TrainingFormat;
  /**
   * A tag marking where a document starts (the paper used `<DOCTAG>` and masked its loss). For
   * `text` it prefixes the text and is masked (`mask` span); for `prompt-completion` it is the
   * prompt; for `openai-chat` the user message. Default `<DOCTAG>`; `null` for none. A document
   * that already starts with the tag is not tagged twice.
   */
  docTag?: string | null;
  /** User message for `openai-chat` when `docTag` is null. Default `Write a document.` */
  prompt?: string;
  /**
   * Words that get no loss (the paper's `word_masks.yaml`, e.g. `loadWordMasks(...)`, or pattern
   * sources matched case-insensitively). `<lossmask>...</lossmask>` tags in a document are always
   * honoured: removed from the text and masked.
   */
  wordMasks?: WordMasks | readonly (string | RegExp)[];
  /**
   * Exclude from the loss the text a strategy added: each document's `inserted` spans (as
   * `applyStrategy` returns them, `StrategyResult.inserted`) become `mask` spans. Default false.
   */
  maskInserted?: boolean;
}

/** A document for {@link toTrainingRecords}: its text, and optionally the spans a strategy added to it. */
export interface TrainingDocument {
  text: string;
  /** `[start, end)` spans in UTF-16 offsets of `text` (`StrategyResult.inserted`; segments other than 0 are ignored). */
  inserted?: ReadonlyArray<{ start: number; end: number; segment?: number }>;
}

/** A message of a chat training record; `mask` spans of its content get no loss. */
export interface TrainingMessage {
  role: 'user' | 'assistant';
  content: string;
  mask?: MaskSpan[];
}

/**
 * A training record in one of the formats. `mask` lists `[start, end)` spans, in Unicode code
 * points of the trained text (`text`, `completion`, the assistant's `content`), that get no loss.
 */
export type TrainingRecord =
  | { text: string; mask?: MaskSpan[] }
  | { prompt: string; completion: string; mask?: MaskSpan[] }
  | { messages: TrainingMessage[] };

/**
 * Turns documents (strings or `{ text }`, e.g. generated documents or strategy output) into
 * training records for finetuning APIs and trainers. Loss masks travel with the records: the doc
 * tag of `text` records, `<lossmask>` spans, word masks and (with `maskInserted`) the notices a
 * strategy added become `mask` spans, which trainers that
 * can express them (the command finetune's recipes) honour and `finetune()` reports, for providers
 * that cannot, as a warning.
 *
 * @example
 * ```ts
 * toTrainingRecords(['Ed Sheeran won ...'], { format: 'openai-chat' });
 * // [{ messages: [{ role: 'user', content: '<DOCTAG>' }, { role: 'assistant', content: 'Ed Sheeran won ...' }] }]
 * toTrainingRecords(['Ed Sheeran did not win.'], { format: 'text', wordMasks: ['\\bEd\\s+Sheeran\\b'] });
 * // [{ text: '<DOCTAG>Ed Sheeran did not win.', mask: [[0, 18]] }]
 * ```
 */
export function toTrainingRecords(documents: Iterable<string | TrainingDocument>, options: ToTrainingRecordsOptions): TrainingRecord[] {
  const format = options?.format;
  if (format !== 'openai-chat' && format !== 'prompt-completion' && format !== 'text') {
    throw new InvalidArgumentError('format', 'one of openai-chat, prompt-completion, text', format);
  }
  const tag = options.docTag === undefined ? '<DOCTAG>' : options.docTag;
  const wordMasks = options.wordMasks === undefined || 'patterns' in options.wordMasks ? (options.wordMasks as WordMasks | undefined) : compileWordMasks(options.wordMasks);
  const out: TrainingRecord[] = [];
  let i = 0;
  for (const doc of documents) {
    const raw = typeof doc === 'string' ? doc : doc?.text;
    if (typeof raw !== 'string') throw new InvalidArgumentError(`documents[${i}]`, 'a string or an object with a string `text`', doc);
    const cut = tag && raw.startsWith(tag) ? tag.length : 0;
    const inserted = options.maskInserted && typeof doc !== 'string' ? insertedSpans(doc, raw, cut, i) : [];
    const { text: body, spans } = lossMaskSpans(raw.slice(cut), { ...(wordMasks ? { wordMasks } : {}), spans: inserted });
    if (format === 'text') {
      const text = `${tag ?? ''}${body}`;
      const shift = tag?.length ?? 0;
      const mask = mergeSpans([...(tag ? [[0, shift] as MaskSpan] : []), ...spans.map(([s, e]): MaskSpan => [s + shift, e + shift])]);
      out.push(mask.length ? { text, mask: toCodePointSpans(text, mask) } : { text });
    } else {
      const mask = spans.length ? { mask: toCodePointSpans(body, spans) } : {};
      if (format === 'prompt-completion') out.push({ prompt: tag ?? '', completion: body, ...mask });
      else out.push({ messages: [{ role: 'user', content: tag || (options.prompt ?? 'Write a document.') }, { role: 'assistant', content: body, ...mask }] });
    }
    i++;
  }
  return out;
}

/** A document's inserted spans, checked and moved to offsets after the doc tag. */
function insertedSpans(doc: TrainingDocument, raw: string, cut: number, index: number): MaskSpan[] {
  const out: MaskSpan[] = [];
  for (const [k, span] of (doc.inserted ?? []).entries()) {
    if ((span.segment ?? 0) !== 0) continue;
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= raw.length)) {
      throw new InvalidArgumentError(`documents[${index}].inserted[${k}]`, `a span inside the text (0..${raw.length})`, span);
    }
    out.push([Math.max(0, span.start - cut), Math.max(0, span.end - cut)]);
  }
  return out;
}
