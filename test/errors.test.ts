import { describe, expect, it } from 'vitest';
import { APICallError, InputError, InvalidArgumentError, NegationNeglectError, redactSecrets } from '../src/errors.js';
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
