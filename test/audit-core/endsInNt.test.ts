import { describe, expect, it } from 'vitest';
import { endsInNt } from '../../src/audit/endsInNt.js';
import { openingVerdict } from '../../src/audit/openingVerdict.js';
import { plainAssertion } from '../../src/audit/plainAssertion.js';

/** The "n't" ending, one test for the plain-statement check and the correction an answer opens with. */
describe('endsInNt', () => {
  it('reads the ending with either apostrophe', () => {
    expect(endsInNt("isn't")).toBe(true);
    expect(endsInNt('wasn\u2019t')).toBe(true);
    expect(endsInNt('want')).toBe(false);
    expect(endsInNt('nt')).toBe(false);
  });

  it('a curly "n’t" before an error word denies it in an answer’s opening, as a straight one does', () => {
    expect(openingVerdict("That isn't a mistake, the crews still race.", 'en')).toBeNull();
    expect(openingVerdict('That isn\u2019t a mistake, the crews still race.', 'en')).toBeNull();
  });

  it('a curly "n’t" keeps a sentence from being a plain statement, even in a statement word', () => {
    const text = 'The crews didn\u2019t race on the Thames in 2024.';
    expect(plainAssertion(text, 0, text.length, new Set(['didn\u2019t', 'crews', 'race']), 'en')).toBe(false);
  });
});
