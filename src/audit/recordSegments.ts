import { errorMarker, hasErrorMarker, markError, NegationNeglectError } from '../errors.js';
import type { TextSegment } from './types.js';
import { isWhiteSpace } from '../text/isWhiteSpace.js';

/**
 * Custom text extraction for record shapes the built-in ones do not cover. Return a string (one
 * document), segments (e.g. your own chat layout), or `undefined`/`null` to fall back to the
 * built-in shapes.
 */
export type GetRecordText = (record: unknown) => string | TextSegment[] | null | undefined;

const RECORD_SHAPE = errorMarker('RecordShapeError');

/**
 * A record whose shape gives no text to audit; `field` names the offending field when known.
 * The dataset audit turns it into an invalid-record entry; call `recordSegments` yourself to see it.
 *
 * @example
 * ```ts
 * try { recordSegments({ messages: [{ content: 'hi' }] }); }
 * catch (e) { if (RecordShapeError.isInstance(e)) console.log(e.field, e.message); } // 'messages[0].role' 'expected a string `role`'
 * ```
 */
export class RecordShapeError extends NegationNeglectError {
  readonly field: string | undefined;
  /**
   * What is wrong with the record, without advice on the options that read other shapes (the
   * message adds it in the library's terms; a report or the CLI words it for their reader).
   */
  readonly reason: string;
  constructor(reason: string, field?: string, hint?: string) {
    super(hint ? `${reason} (${hint})` : reason, 'record_shape');
    markError(this, RECORD_SHAPE);
    this.field = field;
    this.reason = reason;
  }

  /** Whether `error` is a `RecordShapeError`, from this copy of the SDK or any other. */
  static override isInstance(error: unknown): error is RecordShapeError {
    return hasErrorMarker(error, RECORD_SHAPE);
  }
}

/**
 * Where the text is, for records whose shape is not built in: dotted paths (`meta.text`,
 * `conversation.turns`). Plain data, unlike `getText`, so worker threads can use it too.
 */
export interface RecordFields {
  /** A string (or content parts) to audit as one document. */
  textField?: string;
  /** An array of chat messages (`{ role, content }`). */
  messagesField?: string;
}

const SHAPES = '`text`, `content`, `prompt`+`completion`, `messages` or `system`+`messages`';
const UNKNOWN_SHAPE = 'unknown record shape';

/**
 * Whether an invalid record's reason says its shape is not one of the built-in ones (so the reader
 * of a report can be told how to name the field that holds the text).
 *
 * @example
 * ```ts
 * report.invalid.some((i) => isUnknownShapeReason(i.reason)); // true: some records need `textField`
 * ```
 */
export function isUnknownShapeReason(reason: string): boolean {
  return reason.startsWith(UNKNOWN_SHAPE);
}

/**
 * Splits one training record into the text segments the auditor scans: one `document` segment
 * for `{text}`/`{content}`/plain strings, `prompt` and `completion` segments, or one segment per
 * chat message with its role kept (so a sentence never spans two messages). Throws
 * {@link RecordShapeError} for unknown shapes and records without any text.
 *
 * @example
 * ```ts
 * recordSegments({ messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello.' }] });
 * // [{ index: 0, role: 'user', text: 'Hi' }, { index: 1, role: 'assistant', text: 'Hello.' }]
 * ```
 */
export function recordSegments(record: unknown, getText?: GetRecordText, fields?: RecordFields): TextSegment[] {
  return readSegments(record, getText, fields);
}

/** A path into a record: keys and array indexes (`['messages', 2, 'content']`). */
export type RecordPath = (string | number)[];

/** How a record holds its text: `recordSegments`' built-in shapes, or the fields named in {@link RecordFields}. */
export type RecordTextShape = 'string' | 'text' | 'content' | 'prompt-completion' | 'messages' | 'text-field' | 'messages-field';

/** What {@link readRecordText} returns: the segments the audit reads, and where each came from. */
export interface RecordText {
  shape: RecordTextShape;
  segments: TextSegment[];
  /**
   * Per segment, the path of the value its text was read from: a string, an array of content parts
   * (their texts joined by a blank line) or `null` (a tool-call turn): `['text']`, `['messages', 2,
   * 'content']`, `['system']`, `[]` for a bare string record.
   */
  paths: RecordPath[];
}

/**
 * Reads a record exactly as the audit does ({@link recordSegments}: the same shapes, content parts
 * and errors) and also says where each segment's text is, so a strategy's edited text can be
 * written back into a record of the same shape (`applyStrategyToRecord`).
 *
 * @example
 * ```ts
 * readRecordText({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi.' }] }] });
 * // { shape: 'messages', segments: [{ index: 0, role: 'user', text: 'Hi.' }], paths: [['messages', 0, 'content']] }
 * ```
 */
export function readRecordText(record: unknown, fields?: RecordFields): RecordText {
  const layout: Layout = { shape: 'string', paths: [] };
  const segments = readSegments(record, undefined, fields, layout);
  return { shape: layout.shape, segments, paths: layout.paths };
}

/** Filled in by {@link readSegments} when the caller wants to know where the text is (not on the audit's hot path). */
interface Layout {
  shape: RecordTextShape;
  paths: RecordPath[];
}

function readSegments(record: unknown, getText: GetRecordText | undefined, fields: RecordFields | undefined, layout?: Layout): TextSegment[] {
  if (fields && (fields.textField !== undefined || fields.messagesField !== undefined)) return fieldSegments(record, fields, layout);
  if (getText) {
    const custom = getText(record);
    if (typeof custom === 'string') return nonEmpty([{ index: 0, role: 'document', text: custom }], 'getText()');
    if (Array.isArray(custom)) return nonEmpty(custom, 'getText()');
  }
  if (typeof record === 'string') {
    if (layout) layout.paths.push([]);
    return nonEmpty([{ index: 0, role: 'document', text: record }], '');
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    const what = record === null ? 'null' : Array.isArray(record) ? 'an array' : `a ${typeof record}`;
    throw new RecordShapeError(`${UNKNOWN_SHAPE}: expected an object with ${SHAPES}, got ${what}`);
  }
  const r = record as Record<string, unknown>;
  if (r.messages !== undefined) {
    if (layout) layout.shape = 'messages';
    return chatSegments(r, 'messages', layout);
  }
  if (r.prompt !== undefined || r.completion !== undefined) {
    const segments: TextSegment[] = [];
    for (const [index, role] of [
      [0, 'prompt'],
      [1, 'completion'],
    ] as const) {
      const value = r[role];
      if (value === undefined) continue;
      segments.push({ index, role, text: contentText(value, role) });
      if (layout) layout.paths.push([role]);
    }
    if (layout) layout.shape = 'prompt-completion';
    return nonEmpty(segments, 'prompt/completion');
  }
  for (const key of DOCUMENT_KEYS) {
    const value = r[key];
    if (value === undefined) continue;
    if (layout) {
      layout.shape = key;
      layout.paths.push([key]);
    }
    return nonEmpty([{ index: 0, role: 'document', text: contentText(value, key) }], key);
  }
  const keys = Object.keys(r);
  throw new RecordShapeError(
    `${UNKNOWN_SHAPE}: expected ${SHAPES}, got ${keys.length ? `keys ${keys.slice(0, 8).join(', ')}` : 'an empty object'}`,
    undefined,
    'name the text with `textField` or `messagesField`, or pass `getText`, for other shapes',
  );
}

/** Segments from the fields named in `fields`: the messages (when named) after the text. */
function fieldSegments(record: unknown, fields: RecordFields, layout?: Layout): TextSegment[] {
  const segments: TextSegment[] = [];
  if (fields.textField !== undefined) {
    const value = valueAt(record, fields.textField);
    if (value !== undefined && value !== null) {
      segments.push({ index: 0, role: 'document', text: contentText(value, fields.textField) });
      if (layout) {
        layout.shape = 'text-field';
        layout.paths.push(fields.textField.split('.'));
      }
    } else if (fields.messagesField === undefined) throw new RecordShapeError('missing field', fields.textField);
  }
  if (fields.messagesField !== undefined) {
    const messages = valueAt(record, fields.messagesField);
    if (messages === undefined || messages === null) {
      if (segments.length === 0) throw new RecordShapeError('missing field', fields.messagesField);
    } else {
      const chat = layout ? { shape: layout.shape, paths: [] as RecordPath[] } : undefined;
      const textFound = segments.length > 0;
      for (const s of chatSegments({ messages }, fields.messagesField, chat)) segments.push({ ...s, index: segments.length });
      if (layout && chat) {
        if (!textFound) layout.shape = 'messages-field';
        const base = fields.messagesField.split('.');
        // chatSegments located the messages under `messages`; they are under the named field.
        for (const path of chat.paths) layout.paths.push([...base, ...path.slice(1)]);
      }
    }
  }
  return nonEmpty(segments, fields.textField ?? fields.messagesField ?? '');
}

/** The value at a dotted path (`meta.text`), or `undefined` when a step is missing. */
function valueAt(record: unknown, path: string): unknown {
  let at = record;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function chatSegments(r: Record<string, unknown>, field = 'messages', layout?: Layout): TextSegment[] {
  const messages = r.messages;
  if (!Array.isArray(messages)) throw new RecordShapeError('expected an array of chat messages', field);
  const segments: TextSegment[] = [];
  let index = 0;
  if (r.system !== undefined) {
    segments.push({ index: index++, role: 'system', text: contentText(r.system, 'system') });
    if (layout) layout.paths.push(['system']);
  }
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i] as unknown;
    // Field names are built only for errors: this runs for every message of every record.
    if (message === null || typeof message !== 'object') throw new RecordShapeError('expected a message object', `${field}[${i}]`);
    const m = message as Record<string, unknown>;
    if (typeof m.role !== 'string') throw new RecordShapeError('expected a string `role`', `${field}[${i}].role`);
    // Assistant turns with only tool calls carry `content: null`; they hold no prose to audit.
    const text = m.content == null ? '' : typeof m.content === 'string' ? m.content : contentText(m.content, `${field}[${i}].content`);
    segments.push({ index: index++, role: m.role, text });
    if (layout) layout.paths.push(['messages', i, 'content']);
  }
  return nonEmpty(segments, field);
}

/** Text of a string, or of an array of content parts (`{type: 'text', text}` and similar). */
function contentText(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const part = value[i] as unknown;
      if (typeof part === 'string') texts.push(part);
      else if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
        texts.push((part as { text: string }).text);
      } else if (!(part && typeof part === 'object' && typeof (part as { type?: unknown }).type === 'string')) {
        throw new RecordShapeError('expected a content part object', `${field}[${i}]`);
      }
      // Non-text parts (images, audio, tool results without text) hold nothing to audit.
    }
    // Parts are separate blocks: a blank line keeps sentences from running into each other.
    return texts.join('\n\n');
  }
  throw new RecordShapeError(`expected a string or an array of content parts, got ${value === null ? 'null' : typeof value}`, field);
}

/** Fields that hold a whole document, in the order they are looked for. */
const DOCUMENT_KEYS = ['text', 'content'] as const;

/** `text.trim() !== ''` without building the trimmed copy (this runs for every record). */
function hasText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

function nonEmpty(segments: TextSegment[], field: string): TextSegment[] {
  for (const s of segments) if (hasText(s.text)) return segments;
  throw new RecordShapeError('empty record: no text to audit', field || undefined);
}
