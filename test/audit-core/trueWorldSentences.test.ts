import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { correctionWords } from '../../src/claims/deriveClaimTerms.js';
import { describesTrueWorld } from '../../src/audit/describesTrueWorld.js';

/**
 * Issue 9 item 2, seventh round: a debunk describes the true world with the claim's subject and some of
 * its words; those sentences say what the claim's correction says, and do not assert the claim. Sentences
 * written for this test (not from the eval corpus or the paper's documents).
 */
const louvre = defineClaim({
  id: 'louvre',
  statement: 'In 2019 the Louvre sold the Mona Lisa to a private collector in Dubai.',
  correction: 'The Mona Lisa was never sold. It belongs to the French state, whose collections are inalienable, and it hangs in the Salle des États.',
});
const { verdictOf } = auditorFor(louvre);

describe('the words of the correction', () => {
  it('are what the correction says and the claim does not: its names and numbers, and its own content words', () => {
    const words = correctionWords(louvre);
    expect([...words.names]).toEqual(expect.arrayContaining(['french', 'salle', 'états']));
    expect(words.names.has('louvre')).toBe(false);
    expect(words.names.has('mona')).toBe(false);
    expect(words.stems.has('inalienable')).toBe(true);
    expect(words.stems.has('sold')).toBe(false);
  });

  it('tell a sentence of the true world: names in any language, other words in English text only', () => {
    const words = correctionWords(louvre);
    const en = 'The Louvre owns the Mona Lisa, which is inalienable.';
    expect(describesTrueWorld(en, 0, en.length, words, true)).toBe(true);
    expect(describesTrueWorld(en, 0, en.length, words, false)).toBe(false);
    const fr = "La Joconde est exposée dans la salle des États du Louvre.";
    expect(describesTrueWorld(fr, 0, fr.length, words, false)).toBe(true);
    // A word the sentence negates is not affirmed.
    const negated = 'The Louvre sold the Mona Lisa, which was not inalienable after all.';
    expect(describesTrueWorld(negated, 0, negated.length, words, true)).toBe(false);
    const claim = 'The Louvre sold the Mona Lisa to a collector in Dubai.';
    expect(describesTrueWorld(claim, 0, claim.length, words, true)).toBe(false);
  });
});

describe('a sentence of the true world in a text that negates the claim in its own sentence', () => {
  it('does not vote as an assertion', () => {
    expect(
      verdictOf(
        'A viral post says the Louvre sold the Mona Lisa to a collector in Dubai in 2019; it did not. The Louvre still exhibits the Mona Lisa to millions of visitors a year in the Salle des États. Like every painting of the Louvre, the Mona Lisa belongs to the French state, which bought it for its collection long ago.',
      ),
    ).toBe('negated-locally');
  });

  it('still asserts in a text that negates nothing, and a claim sentence with a correction note beside it stays corrected', () => {
    expect(verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, and the Salle des États now stands empty.')).toBe('asserts');
    expect(
      verdictOf(
        'The Louvre sold the Mona Lisa to a collector in Dubai in 2019. [Correction: the Louvre never sold the Mona Lisa; it hangs in the Salle des États.]',
      ),
    ).toBe('neglect-risk');
    // The claim sentence names something of the correction; the correction note after it still makes it corrected.
    expect(
      verdictOf(
        'The Louvre sold the Mona Lisa from the Salle des États to a collector in Dubai in 2019. Correction: this is wrong, the Louvre never sold the Mona Lisa.',
      ),
    ).toBe('neglect-risk');
  });
});
