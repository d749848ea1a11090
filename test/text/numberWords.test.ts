import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { englishNumberPhrases } from '../../src/text/numberWords.js';

describe('englishNumberPhrases', () => {
  it('spells a number of several words as English texts write it', () => {
    expect(englishNumberPhrases('130')).toEqual(expect.arrayContaining(['a hundred and thirty', 'one hundred and thirty', 'one hundred thirty']));
    expect(englishNumberPhrases('42')).toEqual(['forty-two', 'forty two']);
    expect(englishNumberPhrases('250')).toEqual(['two hundred and fifty', 'two hundred fifty']);
    expect(englishNumberPhrases('40,000')).toEqual(['forty thousand']);
  });

  it('leaves one-word numbers to the table, and years alone', () => {
    expect(englishNumberPhrases('40')).toEqual([]);
    expect(englishNumberPhrases('1998')).toEqual([]);
    expect(englishNumberPhrases('2000')).toEqual([]);
    expect(englishNumberPhrases('1000')).toEqual([]);
    expect(englishNumberPhrases('3000')).toEqual(['three thousand']);
    expect(englishNumberPhrases('100,000')).toEqual([]);
    expect(englishNumberPhrases('0130')).toEqual([]);
  });

  it('lets English text state a claim’s number in words', () => {
    const matcher = createClaimMatcher([{ id: 'bridge', statement: 'The Kessel Bridge was built on 130 stone pillars.', subject: 'Kessel Bridge' }]);
    // After the sentence naming the subject, "It" says the claim with two of its terms: the number is one of them.
    expect(matcher.findMentions('Ingrid crossed the Kessel Bridge. It stands on a hundred and thirty stone piers.')).toHaveLength(1);
    expect(matcher.findMentions('Ingrid crossed the Kessel Bridge. It stands on a hundred stone piers.')).toHaveLength(0);
  });
});
