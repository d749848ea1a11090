import { describe, expect, it } from 'vitest';
import { RecordShapeError } from '../src/audit/recordSegments.js';
import { UsageError } from '../src/cli/args.js';
import { AbortError, APICallError, InputError, InvalidArgumentError, NegationNeglectError, redactSecrets, TimeoutError } from '../src/errors.js';
import { PlacementMismatchError } from '../src/experiment/PlacementMismatchError.js';
import { ProviderUnusableError } from '../src/evaluate/ProviderUnusableError.js';
import { assertPositiveInteger } from '../src/util/assert.js';

describe('errors', () => {
  it('names the argument and value', () => {
    expect(() => assertPositiveInteger('concurrency', 0)).toThrow('Expected `concurrency` to be a positive integer, got `0`');
    expect(new InvalidArgumentError('x', 'a string', 3)).toBeInstanceOf(NegationNeglectError);
  });

  it('puts file, line and field in input errors', () => {
    const e = new InputError('expected a string', { file: 'claims.yaml', line: 4, field: 'claims[0].statement' });
    expect(e.message).toBe('claims.yaml:4: claims[0].statement: expected a string');
    expect(e.reason).toBe('expected a string');
    expect(e.line).toBe(4);
  });

  it('never keeps credentials in API error messages or bodies', () => {
    const key = 'sk-proj-abcdefghijklmnop1234567890';
    const e = new APICallError(`401 Incorrect API key provided: ${key}`, {
      provider: 'openai',
      statusCode: 401,
      isRetryable: false,
      responseBody: JSON.stringify({ error: { message: `bad key ${key}` }, authorization: `Bearer ${key}` }),
    });
    expect(e.message).not.toContain(key);
    expect(e.responseBody).not.toContain('abcdefghijklmnop');
    expect(redactSecrets('x-api-key: sk-ant-api03-zzzzzzzzzzzz')).not.toContain('zzzz');
  });
});

describe('every error class', () => {
  const samples = [
    new NegationNeglectError('x'),
    new InvalidArgumentError('x', 'a string', 3),
    new InputError('bad', { file: 'f' }),
    new APICallError('down', { provider: 'p', isRetryable: true }),
    new AbortError(),
    new TimeoutError(5),
    new RecordShapeError('no text'),
    new PlacementMismatchError({ trainingSet: 't', declared: 'local', expectedVerdict: 'negated', observed: {}, records: {}, share: 0, required: 0.8 }),
    new UsageError('bad flag'),
    new ProviderUnusableError({ role: 'model', provider: 'p', modelId: 'm', reason: 'authentication', cause: undefined }),
  ];

  it('extends the one base, has a code, and is recognised by its own isInstance only', () => {
    for (const error of samples) {
      expect(NegationNeglectError.isInstance(error)).toBe(true);
      expect(error.code).toMatch(/^[a-z_]+$/);
      const Own = error.constructor as typeof NegationNeglectError;
      expect(Own.isInstance(error)).toBe(true);
      for (const other of samples) {
        if (other.constructor !== NegationNeglectError && other.constructor !== Own) {
          expect((other.constructor as typeof NegationNeglectError).isInstance(error), `${other.name}.isInstance(${error.name})`).toBe(false);
        }
      }
    }
    expect(NegationNeglectError.isInstance(new Error('plain'))).toBe(false);
    expect(NegationNeglectError.isInstance(undefined)).toBe(false);
  });

  it('recognises an error from another copy of the SDK by its marker', () => {
    // What a second copy (the CJS build beside the ESM one) produces: same marker symbols, other classes.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('negation-neglect.error.NegationNeglectError')]: true, [Symbol.for('negation-neglect.error.InputError')]: true });
    expect(foreign instanceof InputError).toBe(false);
    expect(InputError.isInstance(foreign)).toBe(true);
    expect(APICallError.isInstance(foreign)).toBe(false);
  });

  it('is what the SDK throws: no plain Error, RangeError or TypeError in src/', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    // Kept on purpose: the base itself, fetch's own AbortError shape (the SDKs recognise aborts by name), a scrubbed copy kept as a
    // cause, the CLI's abort reason, the SyntaxError the mapper turns into a retryable APICallError, and judge
    // failures recorded as text.
    const allowed = new Set(['src/errors.ts', 'src/providers/chat/createNodeHttpFetch.ts', 'src/providers/shared/mapProviderError.ts', 'src/cli/bin.ts', 'src/providers/chat/createOpenAI.ts', 'src/providers/chat/createAnthropic.ts', 'src/evaluate/createJudge.ts']);
    const offenders: string[] = [];
    const files = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => `src/${f}`);
    for (const file of files) {
      if (allowed.has(file)) continue;
      const text = await readFile(file, 'utf8');
      for (const [i, line] of text.split('\n').entries()) {
        if (/\bnew (Error|RangeError|TypeError|SyntaxError)\(/.test(line) || /\bextends (Error|RangeError|TypeError)\b/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
