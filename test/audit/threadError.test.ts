import { describe, expect, it } from 'vitest';
import { fromThreadError, toThreadError } from '../../src/audit/threadError.js';
import { DecodeError } from '../../src/audit/decodeError.js';
import { TooManyInvalidRecordsError } from '../../src/audit/tooManyInvalidRecordsError.js';
import { AbortError, InputError, NegationNeglectError } from '../../src/errors.js';

/** What `postMessage` does to a value. */
const overThread = (error: unknown) => fromThreadError(structuredClone(toThreadError(error)));

describe('toThreadError / fromThreadError', () => {
  it('keeps the class, markers and fields that structured cloning drops', () => {
    const original = new TooManyInvalidRecordsError(2, { file: 'a.jsonl', line: 7, reason: 'malformed JSON' });
    expect(InputError.isInstance(structuredClone(original))).toBe(false);
    const copy = overThread(original);
    expect(copy).toBeInstanceOf(TooManyInvalidRecordsError);
    expect(TooManyInvalidRecordsError.isInstance(copy)).toBe(true);
    expect(InputError.isInstance(copy) && NegationNeglectError.isInstance(copy)).toBe(true);
    expect(copy.message).toBe(original.message);
    expect(copy.name).toBe('TooManyInvalidRecordsError');
    expect({ ...copy }).toEqual({ ...original });
    expect(copy.stack).toBe(original.stack);
  });

  it('keeps causes and the subclasses of InputError', () => {
    const cause = new Error('inflate failed');
    const copy = overThread(new AbortError('stopped', { cause: new InputError('bad', { file: 'x', line: 2 }, { cause }) }));
    expect(AbortError.isInstance(copy)).toBe(true);
    const inner = copy.cause as InputError;
    expect(InputError.isInstance(inner) && inner.file === 'x' && inner.line === 2).toBe(true);
    expect((inner.cause as Error).message).toBe('inflate failed');
    expect(DecodeError.name).toBe('DecodeError');
  });

  it('copies plain errors and thrown non-errors', () => {
    const plain = overThread(new TypeError('nope'));
    expect(plain).toBeInstanceOf(Error);
    expect(plain.name).toBe('TypeError');
    expect(plain.message).toBe('nope');
    expect(overThread('just a string').message).toBe('just a string');
  });
});
