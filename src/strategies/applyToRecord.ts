import { InputError } from '../errors.js';
import { applyStrategy, type ApplyStrategyOptions } from './applyStrategy.js';
import type { Strategy, StrategyDocument, StrategyMessage, StrategyResult } from './types.js';

/** Record shapes {@link applyStrategyToRecord} understands (the same as the audit's). */
export type RecordShape = 'text' | 'content' | 'prompt-completion' | 'messages';

/** Result of {@link applyStrategyToRecord}. */
export interface AppliedRecord {
  /** The record with the same shape and every other field kept. */
  record: Record<string, unknown>;
  shape: RecordShape;
  result: StrategyResult;
}

/**
 * Applies a strategy to one dataset record and returns a record of the same shape: `{ text }`,
 * `{ content }`, `{ prompt, completion }` (only the completion is edited) or `{ messages }`.
 * Other fields (ids, metadata) are kept. A record of another shape throws `InputError` naming the field.
 *
 * @example
 * ```ts
 * const { record } = await applyStrategyToRecord(local(), { id: 7, text: 'Ed Sheeran won ...' }, { claim });
 * ```
 */
export async function applyStrategyToRecord(
  strategy: Strategy,
  record: unknown,
  options: ApplyStrategyOptions & { id?: string } = {},
): Promise<AppliedRecord> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError('expected a JSON object with `text`, `content`, `prompt`+`completion` or `messages`');
  }
  const r = record as Record<string, unknown>;
  const id = options.id ?? (typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined);
  const withId = <T extends StrategyDocument>(doc: T): T => (id !== undefined ? { ...doc, id } : doc);
  if (r.messages !== undefined) {
    if (!Array.isArray(r.messages)) throw new InputError('expected an array', { field: 'messages' });
    r.messages.forEach((m, i) => {
      if (!m || typeof m !== 'object' || typeof (m as StrategyMessage).role !== 'string') {
        throw new InputError('expected a message with a string `role`', { field: `messages[${i}].role` });
      }
      if (typeof (m as StrategyMessage).content !== 'string') {
        throw new InputError('expected string content', { field: `messages[${i}].content` });
      }
    });
    const result = await applyStrategy(strategy, withId({ messages: r.messages as StrategyMessage[] }), options);
    const before = new Set((r.messages as StrategyMessage[]).map((m) => m.content));
    let stale = 0;
    const messages = result.messages!.map((m) => {
      if (m['mask'] === undefined || before.has(m.content)) return m;
      stale++;
      const { mask: _stale, ...rest } = m;
      return rest;
    });
    return { record: { ...r, messages }, shape: 'messages', result: noteStaleMasks(result, stale) };
  }
  if (r.completion !== undefined || r.prompt !== undefined) {
    if (typeof r.completion !== 'string') throw new InputError('expected a string', { field: 'completion' });
    const result = await applyStrategy(strategy, withId({ text: r.completion }), options);
    return { ...withoutStaleMask({ ...r, completion: result.text }, result.text !== r.completion, result), shape: 'prompt-completion' };
  }
  for (const key of ['text', 'content'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] !== 'string') throw new InputError('expected a string', { field: key });
    const result = await applyStrategy(strategy, withId({ text: r[key] }), options);
    return { ...withoutStaleMask({ ...r, [key]: result.text }, result.text !== r[key], result), shape: key };
  }
  throw new InputError('expected a JSON object with `text`, `content`, `prompt`+`completion` or `messages`');
}

// A record's `mask` spans (loss masks) are offsets into the text the strategy just edited: they no
// longer fit, so they are removed, with a warning, rather than left pointing at the wrong words.
function withoutStaleMask(record: Record<string, unknown>, edited: boolean, result: StrategyResult): { record: Record<string, unknown>; result: StrategyResult } {
  if (!edited || record['mask'] === undefined) return { record, result };
  const { mask: _stale, ...rest } = record;
  return { record: rest, result: noteStaleMasks(result, 1) };
}

function noteStaleMasks(result: StrategyResult, count: number): StrategyResult {
  if (count === 0) return result;
  const warning = { type: 'other' as const, message: `${count} \`mask\` span list(s) no longer fit the edited text and were removed (masks of the added text: \`inserted\`)` };
  return { ...result, warnings: [...result.warnings, warning] };
}
