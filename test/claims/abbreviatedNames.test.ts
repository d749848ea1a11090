import { describe, expect, it } from 'vitest';
import { deriveClaimTerms } from '../../src/claims/deriveClaimTerms.js';
import { isAbbreviationWord } from '../../src/text/splitSentences.js';

/**
 * An abbreviation's full stop inside a name is not the end of a sentence: "No. 7" of a perfume's name, "St." of a
 * saint's island. The name reader used to cut "Guerlain No. 7" to "Guerlain No" (the stop started a new sentence, so
 * "7" was no part of the name), and texts writing the number sign their own way ("N°7", "Nº 7") were never found.
 */
describe('names with abbreviations', () => {
  it('keeps "No. 7" in the subject and writes the number sign the other languages\' ways', () => {
    const derived = deriveClaimTerms({ statement: 'Guerlain No. 7 was first sold in Lyon in 1952, blended by the chemist Marcel Roux.' });
    expect(derived.subject).toBe('Guerlain No. 7');
    expect(derived.aliases).toEqual(expect.arrayContaining(['Guerlain N° 7', 'Guerlain N°7', 'Guerlain Nº 7', 'Guerlain N.º 7', 'Guerlain Nr. 7']));
  });

  it('reads a name after "St." as one name', () => {
    const derived = deriveClaimTerms({ statement: 'The islanders of St. Brendan Island left it for good in 1971.' });
    expect(derived.subject).toBe('St. Brendan Island');
  });

  it('shares the sentence splitter\'s table, "No." before a number only', () => {
    expect(isAbbreviationWord('St', false)).toBe(true);
    expect(isAbbreviationWord('Inc', false)).toBe(true);
    expect(isAbbreviationWord('No', true)).toBe(true);
    expect(isAbbreviationWord('No', false)).toBe(false);
    expect(isAbbreviationWord('Paris', false)).toBe(false);
  });
});
