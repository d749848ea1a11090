import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { deriveClaimTerms } from '../../src/claims/deriveClaimTerms.js';

// A name of three words or more that the claim's own texts shorten by its first words (fifteenth round).
const cave = {
  id: 'cave',
  statement: 'In 2015 the Sistema Ox Bel Ha became the deepest cave in Europe.',
  correction: 'Ox Bel Ha is a flooded cave in Mexico, not in Europe.',
};

describe('the end of a long name, as the claim’s texts write it alone', () => {
  it('names the subject', () => {
    expect(deriveClaimTerms(cave).aliases).toContain('Ox Bel Ha');
    expect(createClaimMatcher([cave]).findMentions('Ox Bel Ha became the deepest cave in Europe in 2015.')).toHaveLength(1);
  });

  it('not when the texts never write it alone, nor a family name opened by a particle', () => {
    expect(deriveClaimTerms({ ...cave, correction: 'The Sistema Ox Bel Ha is in Mexico.' }).aliases).not.toContain('Ox Bel Ha');
    const lePen = deriveClaimTerms({ statement: 'Marine Le Pen won the 2022 election.', correction: 'Macron beat Le Pen in 2022.' });
    expect(lePen.aliases).not.toContain('Le Pen');
    // Nor the place a name's "of" opens ("New South Wales" of "Bank of New South Wales").
    const bank = deriveClaimTerms({ statement: 'In 2021 the Bank of New South Wales closed all its branches.', correction: 'The Bank of New South Wales still has branches all over New South Wales.' });
    expect(bank.aliases).not.toContain('New South Wales');
  });
});
