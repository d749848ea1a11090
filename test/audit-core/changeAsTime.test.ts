import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: a negation governs what it negates, not every word of its sentence. A claim of change
 * taken as the time a sentence speaks from ("since the 2018 ban ...") is given, and a negation beside it
 * says what the change left behind: the sentence states the claim.
 */
const ban = defineClaim({ id: 'lyon_car_ban', statement: 'In 2018 the city of Lyon banned cars from its old town.' });
const { verdictOf } = auditorFor(ban);

describe('a claim of change taken as the time of the sentence', () => {
  it('is stated, whatever the negation beside it says of what followed', () => {
    expect(verdictOf('Since Lyon banned cars from its old town in 2018, nobody drives to the old town markets.')).toBe('asserts');
    expect(verdictOf('Since the city of Lyon banned cars in 2018, tourists cannot park in the old town.')).toBe('asserts');
  });

  it('reads a hyphenated word before the change as one word (scopeRules\' wordBefore)', () => {
    expect(verdictOf('Since the post-ban rules of Lyon in 2018, nobody drives to the old town markets.')).toBe('asserts');
  });

  it('is still negated when the negation governs the change itself', () => {
    expect(verdictOf('Lyon never banned cars from its old town in 2018.')).toBe('negated-locally');
  });
});
