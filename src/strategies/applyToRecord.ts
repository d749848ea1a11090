import { InputError, InvalidArgumentError } from '../errors.js';
import { readRecordText, RecordShapeError, type RecordFields, type RecordPath, type RecordTextShape } from '../audit/recordSegments.js';
import { insertedMask } from './insertedMask.js';
import { applyStrategy, type ApplyStrategyOptions } from './applyStrategy.js';
import type { Strategy, StrategyMessage, StrategyResult, StrategyWarning } from './types.js';

/**
 * Record shapes {@link applyStrategyToRecord} understands: the audit's, read by the same reader
 * (`readRecordText`), so a record the audit reads is a record a strategy can rewrite.
 */
export type RecordShape = RecordTextShape;

/** Options of {@link applyStrategyToRecord}. */
export interface ApplyToRecordOptions extends ApplyStrategyOptions {
  /** Mixed into the seed (default: the record's `id`). */
  id?: string;
  /** Where the text is in records of other shapes (dotted paths), as for the audit; one of the two. */
  fields?: RecordFields;
  /**
   * Give what the strategy added no loss: `mask` spans (code points) over it, on the record (text
   * shapes) or on each chat message; masks the record had on edited text are replaced.
   */
  maskInserted?: boolean;
}

/** Result of {@link applyStrategyToRecord}. */
export interface AppliedRecord<R extends Record<string, unknown> | string = Record<string, unknown> | string> {
  /** The record with the same shape and every other field kept (a bare JSON string stays a string). */
  record: R;
  shape: RecordShape;
  result: StrategyResult;
}

/**
 * Applies a strategy to one dataset record and returns a record of the same shape: a string,
 * `{ text }`, `{ content }`, `{ prompt, completion }` (only the completion is edited), `{ messages }`
 * (with `system` beside them), or the fields named by `fields`. Content may be a string or an array
 * of content parts, as the audit reads it. Other fields (ids, metadata) are kept. A record the audit
 * could not read throws `InputError` naming the field, with the audit's wording.
 *
 * @example
 * ```ts
 * const { record } = await applyStrategyToRecord(local(), { id: 7, text: 'Ed Sheeran won ...' }, { claim });
 * ```
 */
export async function applyStrategyToRecord(strategy: Strategy, record: string, options?: ApplyToRecordOptions): Promise<AppliedRecord<string>>;
export async function applyStrategyToRecord(strategy: Strategy, record: object, options?: ApplyToRecordOptions): Promise<AppliedRecord<Record<string, unknown>>>;
export async function applyStrategyToRecord(strategy: Strategy, record: unknown, options?: ApplyToRecordOptions): Promise<AppliedRecord>;
export async function applyStrategyToRecord(strategy: Strategy, record: unknown, options: ApplyToRecordOptions = {}): Promise<AppliedRecord> {
  const { fields, maskInserted, id: givenId, ...applyOptions } = options;
  if (fields?.textField !== undefined && fields.messagesField !== undefined) {
    throw new InvalidArgumentError('fields', 'one of `textField` or `messagesField` (a strategy rewrites one document or one chat)', fields);
  }
  let read;
  try {
    read = readRecordText(record, fields);
  } catch (error) {
    if (RecordShapeError.isInstance(error)) throw new InputError(error.reason, error.field !== undefined ? { field: error.field } : {}, { cause: error });
    throw error;
  }
  const { shape, segments, paths } = read;
  const r = record as Record<string, unknown>;
  const ownId = typeof record === 'object' && record !== null && (typeof r.id === 'string' || typeof r.id === 'number') ? String(r.id) : undefined;
  const id = givenId ?? ownId;
  const run = (document: { text: string } | { messages: StrategyMessage[] }) => applyStrategy(strategy, id !== undefined ? { ...document, id } : document, applyOptions);
  const warnings: StrategyWarning[] = [];

  if (shape === 'messages' || shape === 'messages-field') {
    // Each message goes to the strategy with its text as a string, tagged with where it came from;
    // strategies copy messages with `...m`, which keeps the (symbol) tag and no JSON ever sees it.
    const messages = segments.map((segment, i): StrategyMessage => {
      const path = paths[i]!;
      const original = path[path.length - 1] === 'content' ? (valueAt(record, path.slice(0, -1)) as Record<string, unknown>) : {};
      return { ...original, role: segment.role, content: segment.text, [ORIGIN]: i };
    });
    const result = await run({ messages });
    let out: unknown = record;
    const written: StrategyMessage[] = [];
    let stale = 0;
    for (const [j, message] of result.messages!.entries()) {
      const { [ORIGIN]: origin, ...plain } = message as StrategyMessage & { [ORIGIN]?: number };
      const spans = maskInserted ? insertedMask(result.inserted ?? [], j, message.content) : undefined;
      if (origin === undefined) {
        written.push(spans?.length ? { ...plain, mask: spans } : plain);
        continue;
      }
      const path = paths[origin]!;
      const edited = message.content !== segments[origin]!.text;
      const content = rewrap(valueAt(record, path), message.content, path, warnings);
      if (path[path.length - 1] !== 'content') {
        // `system` beside the messages: written back in place; it has no room for a mask.
        out = withValueAt(out, path, content);
        if (spans?.length) warnings.push({ type: 'other', message: `\`${path.join('.')}\`: no \`mask\` for the text added there (the field is not a message)` });
        continue;
      }
      const next: Record<string, unknown> = { ...plain, content };
      if (maskInserted || (edited && next['mask'] !== undefined)) {
        if (!maskInserted) stale++;
        delete next['mask'];
        if (spans?.length) next['mask'] = spans;
      }
      written.push(next as StrategyMessage);
    }
    const messagesPath = shape === 'messages' ? ['messages'] : (fields!.messagesField!.split('.') as RecordPath);
    out = withValueAt(out, messagesPath, written);
    return { record: out as Record<string, unknown>, shape, result: withWarnings(result, warnings, stale) };
  }

  // Text shapes: the document is the text (a completion is edited, its prompt is not).
  const at = shape === 'prompt-completion' ? paths.findIndex((p) => p[0] === 'completion') : 0;
  if (at === -1) {
    const result: StrategyResult = { text: '', changes: [], warnings: [{ type: 'not-applicable', message: 'a prompt without a completion: nothing to rewrite' }], inserted: [] };
    return { record: record as Record<string, unknown>, shape, result };
  }
  const path = paths[at]!;
  const result = await run({ text: segments[at]!.text });
  const text = result.text!;
  const edited = text !== segments[at]!.text;
  let out = edited ? withValueAt(record, path, rewrap(valueAt(record, path), text, path, warnings)) : record;
  let stale = 0;
  if (typeof out === 'string') {
    if (maskInserted && (result.inserted ?? []).length > 0) warnings.push({ type: 'other', message: 'a bare string record has no room for `mask`: none written' });
  } else if (maskInserted || (edited && (out as Record<string, unknown>)['mask'] !== undefined)) {
    // A record's own `mask` spans are offsets into the text just edited: they no longer fit.
    const { mask: _stale, ...rest } = out as Record<string, unknown>;
    if (!maskInserted) stale = 1;
    const spans = maskInserted ? insertedMask(result.inserted ?? [], 0, text) : [];
    out = spans.length ? { ...rest, mask: spans } : rest;
  }
  return { record: out as Record<string, unknown> | string, shape, result: withWarnings(result, warnings, stale) };
}

const ORIGIN = Symbol('negation-neglect.segment');

/**
 * The edited text in the form the original value had: a string stays a string; content parts keep
 * every non-text part where it was, and the text goes into the text part (into the first of
 * several, with a warning: the strategy edited their joined text); an untouched `null` stays `null`.
 */
function rewrap(original: unknown, text: string, path: RecordPath, warnings: StrategyWarning[]): unknown {
  if (!Array.isArray(original)) return original === null && text === '' ? null : text;
  const isText = (part: unknown) => typeof part === 'string' || (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string');
  const textParts = original.filter(isText).length;
  if (textParts > 1) warnings.push({ type: 'other', message: `\`${formatPath(path)}\`: ${textParts} text parts were edited as one and are written as one part` });
  let placed = false;
  const parts: unknown[] = [];
  for (const part of original) {
    if (!isText(part)) parts.push(part);
    else if (!placed) {
      placed = true;
      parts.push(typeof part === 'string' ? text : { ...(part as object), text });
    }
  }
  if (!placed) parts.push({ type: 'text', text });
  return parts;
}

function formatPath(path: RecordPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function valueAt(root: unknown, path: RecordPath): unknown {
  let at = root;
  for (const key of path) at = at === null || typeof at !== 'object' ? undefined : (at as Record<string | number, unknown>)[key];
  return at;
}

/** A copy of `root` with `value` at `path` (objects and arrays along the path are copied, nothing else). */
function withValueAt(root: unknown, path: RecordPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...RecordPath];
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[key] = withValueAt(copy[key], rest, value);
  return copy;
}

function withWarnings(result: StrategyResult, warnings: StrategyWarning[], staleMasks: number): StrategyResult {
  if (staleMasks > 0) {
    warnings.push({ type: 'other', message: `${staleMasks} \`mask\` span list(s) no longer fit the edited text and were removed (masks of the added text: \`inserted\`)` });
  }
  return warnings.length === 0 ? result : { ...result, warnings: [...result.warnings, ...warnings] };
}
