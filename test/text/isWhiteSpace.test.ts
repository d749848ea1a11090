import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/text/isWhiteSpace.js';

describe('isWhiteSpace', () => {
  it('is what `\\s` and `trim` see, for every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const expected = /\s/u.test(char);
      if (isWhiteSpace(code) !== expected) expect([code.toString(16), isWhiteSpace(code)]).toEqual([code.toString(16), expected]);
      if (expected !== (char.trim() === '')) expect([code.toString(16), 'trim']).toEqual([code.toString(16), expected]);
    }
  });
});
