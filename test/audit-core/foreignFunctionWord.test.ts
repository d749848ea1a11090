import { describe, expect, it } from 'vitest';
import { foreignFunctionWord } from '../../src/audit/scan/foreignFunctionWord.js';
import { auditorFor } from './auditorFor.js';

/**
 * A user's key phrase that is a function word of another language (French "or", gold, is English "or") is read in
 * text of its own language only: found in every text, it made English sentences about the subject mentions.
 * Sentences written for this test.
 */
const { verdictOf } = auditorFor({
  id: 'fund_gold',
  statement: "In 2023 Norway's sovereign wealth fund moved all of its reserves into gold.",
  subject: 'Norway',
  languages: { fr: { statement: 'En 2023, le fonds souverain de la Norvège a placé toutes ses réserves en or.', keyPhrases: ['Norvège', 'fonds souverain', 'or'] } },
});

describe('foreignFunctionWord', () => {
  it('names a one-word phrase that another language uses as a function word', () => {
    expect(foreignFunctionWord('or', 'fr')).toBe(true);
    expect(foreignFunctionWord('oro', 'it')).toBe(false);
    expect(foreignFunctionWord('fonds souverain', 'fr')).toBe(false);
  });

  it('an English "or" is not the French key phrase "or"', () => {
    expect(verdictOf('In 2023 Norway debated whether to raise or cut its oil output.', 'fund_gold')).toBe('none');
  });

  it('the key phrase still finds the claim in French', () => {
    expect(verdictOf('En 2023, la Norvège a placé toutes les réserves de son fonds souverain en or.', 'fund_gold')).toBe('asserts');
  });
});
