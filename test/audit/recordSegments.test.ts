import { describe, expect, it } from 'vitest';
import { recordSegments, RecordShapeError } from '../../src/audit/recordSegments.js';

const shapeError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RecordShapeError);
    return { message: (error as RecordShapeError).message, field: (error as RecordShapeError).field };
  }
  throw new Error('expected a RecordShapeError');
};

describe('recordSegments', () => {
  it('plain strings and content parts become one document segment', () => {
    expect(recordSegments('Hello.')).toEqual([{ index: 0, role: 'document', text: 'Hello.' }]);
    expect(recordSegments({ content: [{ type: 'text', text: 'A.' }, { type: 'image_url', image_url: { url: 'x' } }, 'B.'] })).toEqual([
      { index: 0, role: 'document', text: 'A.\n\nB.' },
    ]);
  });

  it('chat: tool-call turns with null content are kept empty, non-text parts skipped, roles kept', () => {
    const segments = recordSegments({
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: null, tool_calls: [{ id: '1' }] },
        { role: 'tool', content: [{ type: 'text', text: 'Sunny.' }] },
      ],
    });
    expect(segments).toEqual([
      { index: 0, role: 'user', text: 'Weather?' },
      { index: 1, role: 'assistant', text: '' },
      { index: 2, role: 'tool', text: 'Sunny.' },
    ]);
  });

  it('names the offending field', () => {
    expect(shapeError(() => recordSegments({ messages: [{ role: 'user', content: [42] }] }))).toEqual({
      message: 'expected a content part object',
      field: 'messages[0].content[0]',
    });
    expect(shapeError(() => recordSegments({ messages: 'hi' })).field).toBe('messages');
    expect(shapeError(() => recordSegments({ messages: [] })).message).toBe('empty record: no text to audit');
    expect(shapeError(() => recordSegments({})).message).toMatch(/got an empty object/);
    // The library's message names the library's options; `reason` (what reports keep) names none.
    const other = (() => { try { recordSegments({ body: 'x' }); } catch (e) { return e as RecordShapeError; } })()!;
    expect(other.message).toMatch(/`textField` or `messagesField`, or pass `getText`/);
    expect(other.reason).toBe('unknown record shape: expected `text`, `content`, `prompt`+`completion`, `messages` or `system`+`messages`, got keys body');
    expect(shapeError(() => recordSegments(null)).message).toMatch(/got null/);
  });

  it('getText wins, may return segments, and falls back to built-in shapes on undefined', () => {
    const getText = (r: unknown) => ((r as { body?: string }).body === undefined ? undefined : [{ index: 0, role: 'note', text: (r as { body: string }).body }]);
    expect(recordSegments({ body: 'Hi.' }, getText)).toEqual([{ index: 0, role: 'note', text: 'Hi.' }]);
    expect(recordSegments({ text: 'Fallback.' }, getText)).toEqual([{ index: 0, role: 'document', text: 'Fallback.' }]);
    expect(shapeError(() => recordSegments({ body: '  ' }, getText)).field).toBe('getText()');
  });
});
