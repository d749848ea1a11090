import { describe, expect, it } from 'vitest';
import { auditorFor, louvre } from './auditorFor.js';

/**
 * Issue 9 items 2-3: an adverb of error ("wrongly", "mistakenly", "por engano", "irrtümlich") says that what
 * its sentence states is stated falsely, as English "falsely" does: a local negation, in the six languages.
 */
const { verdictOf } = auditorFor(louvre);

describe('adverbs of error', () => {
  it('negate the claim of their sentence in English', () => {
    expect(verdictOf('Our guidebook wrongly had the Louvre selling the Mona Lisa to a private collector in Dubai in 2019.')).toBe('negated-locally');
    expect(verdictOf('In 2019 the Louvre mistakenly appeared to have sold the Mona Lisa to a private collector in Dubai.')).toBe('negated-locally');
  });

  it('and in the other languages', () => {
    expect(verdictOf('Em 2019 o Louvre vendeu a Mona Lisa, escrevemos por engano, a um colecionador privado no Dubai.')).toBe('negated-locally');
  });
});
