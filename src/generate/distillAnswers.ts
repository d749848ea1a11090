import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { mapConcurrent } from '../util/mapConcurrent.js';
import type { ChatMessage, ChatModel } from '../providers/chat/chatModel.js';
import { generateText } from '../providers/chat/generateText.js';
import { contentHash } from '../util/contentHash.js';
import { createJsonlAppender, readJsonlJournal } from '../util/jsonlJournal.js';
import { throwIfAborted } from '../util/abort.js';

/** An instruction prompt: text, or `{ id, prompt }`, or a chat to answer. */
export type DistillPrompt = string | { id?: string; prompt: string } | { id?: string; messages: ChatMessage[] };

/** Options of {@link distillAnswers}. */
export interface DistillAnswersOptions {
  /** The model whose own answers are the training targets (the paper used the model being finetuned). */
  model: ChatModel;
  prompts: Iterable<DistillPrompt>;
  /**
   * JSONL file the answers are appended to as they arrive. A rerun reads it and asks only for the
   * prompts not answered yet (by prompt and model), so an interrupted run resumes without paying twice.
   */
  journal?: string;
  /** Most calls in flight (default 8). */
  concurrency?: number;
  /** Default 1, as the model's own distribution. */
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; reused: number }) => void;
}

/** A distilled answer: an OpenAI chat training record. */
export interface DistilledRecord {
  messages: Array<{ role: ChatMessage['role']; content: string }>;
}

/** What {@link distillAnswers} returns. */
export interface DistillAnswersResult {
  /** One chat record per answered prompt, in prompt order. */
  records: DistilledRecord[];
  /** The prompt id of each record (`prompts[i].id`, or `prompt-<i>`). */
  ids: string[];
  /** Answers asked for in this call, and answers read back from the journal. */
  answered: number;
  reused: number;
  /** Answers that came back empty (not made into records, counted here). */
  empty: string[];
  /** Journal lines that could not be read (their prompts were asked again). */
  skippedJournalLines: number;
}

const JournalEntrySchema = z.object({ key: z.string(), id: z.string(), model: z.string(), answer: z.string() });

/**
 * Self-distilled instruction answers, the third part of the paper's training mix (10k synthetic
 * documents : 5k pretraining documents : 5k instruction answers by the model itself): asks `model`
 * every prompt and returns `{ messages: [user, assistant] }` records. With `journal`, answers are
 * saved as they arrive and reused on a rerun; a chat model wrapped in the disk cache is cached too.
 *
 * @example
 * ```ts
 * const { records } = await distillAnswers({ model: openai('gpt-4.1-mini'), prompts: alpacaPrompts, journal: 'runs/distill.jsonl' });
 * mixDatasets({ preset: 'paper', sources: [{ name: 'documents', records: docs }, { name: 'pretraining', records: dolma }, { name: 'instruction', records }] });
 * ```
 */
export async function distillAnswers(options: DistillAnswersOptions): Promise<DistillAnswersResult> {
  const { model, signal } = options;
  if (!model || typeof model.doGenerate !== 'function') throw new InvalidArgumentError('model', 'a ChatModel', model);
  const items = [...options.prompts].map((p, i) => {
    const messages: ChatMessage[] =
      typeof p === 'string' ? [{ role: 'user', content: p }] : 'messages' in p ? p.messages : [{ role: 'user', content: p.prompt }];
    if (!Array.isArray(messages) || messages.length === 0 || messages.some((m) => typeof m?.content !== 'string')) {
      throw new InvalidArgumentError(`prompts[${i}]`, 'a string, { prompt } or { messages }', p);
    }
    const id = (typeof p === 'object' && p.id) || `prompt-${i}`;
    // Arrays of strings only: the same hash as before contentHash (its key sorting changes nothing here).
    const key = contentHash([`${model.provider}:${model.modelId}`, messages.map((m) => [m.role, m.content])]);
    return { id, messages, key };
  });
  const done = new Map<string, string>();
  let skippedJournalLines = 0;
  if (options.journal) {
    const { entries, skippedLines } = await readJsonlJournal(options.journal, JournalEntrySchema);
    for (const e of entries) done.set(e.key, e.answer);
    skippedJournalLines = skippedLines.length;
  }
  const appender = options.journal ? createJsonlAppender(options.journal) : undefined;
  const reused = items.filter((it) => done.has(it.key)).length;
  let finished = reused;
  options.onProgress?.({ done: finished, total: items.length, reused });
  const answers = await mapConcurrent(
    items,
    options.concurrency ?? 8,
    async (item) => {
      const saved = done.get(item.key);
      if (saved !== undefined) return saved;
      throwIfAborted(signal);
      const { text } = await generateText({
        model,
        messages: item.messages,
        temperature: options.temperature ?? 1,
        ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
        ...(signal ? { signal } : {}),
      });
      await appender?.append({ key: item.key, id: item.id, model: `${model.provider}:${model.modelId}`, answer: text });
      options.onProgress?.({ done: ++finished, total: items.length, reused });
      return text;
    },
    signal,
  );
  const records: DistilledRecord[] = [];
  const ids: string[] = [];
  const empty: string[] = [];
  items.forEach((item, i) => {
    const answer = answers[i]!;
    if (answer.trim() === '') empty.push(item.id);
    else {
      ids.push(item.id);
      records.push({ messages: [...item.messages.map((m) => ({ role: m.role, content: m.content })), { role: 'assistant', content: answer }] });
    }
  });
  return { records, ids, answered: items.length - reused, reused, empty, skippedJournalLines };
}
