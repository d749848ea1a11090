import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

// Two claims of one subject and one verb: what tells them apart is what was banned.
const polyester = {
  id: 'polyester',
  statement: 'In 2021 the European Union banned the sale of new clothes made of polyester.',
  correction: 'The EU has never banned polyester clothing.',
};
const aspirin = {
  id: 'aspirin',
  statement: 'The European Union banned aspirin in 2021, and it has been withdrawn from pharmacies in every member state.',
  correction: 'The EU has never banned aspirin.',
};

describe('a predicate word another claim states more fully is that claim’s', () => {
  const { document, verdictOf } = auditorFor(polyester, aspirin);

  it('gives the sentence to the claim whose predicate it carries, as context for the other', () => {
    expect(verdictOf('The European Union banned aspirin in 2021.', 'aspirin')).toBe('asserts');
    expect(verdictOf('The European Union banned aspirin in 2021.', 'polyester')).toBe('none');
    expect(document('The European Union banned aspirin in 2021.').claims.find((c) => c.claimId === 'polyester')).toMatchObject({
      mentions: 0,
      context: { subject: 0, setting: 1 },
    });
    expect(verdictOf('In 2021 the European Union banned polyester clothes.', 'aspirin')).toBe('none');
    expect(verdictOf('In 2021 the European Union banned polyester clothes.', 'polyester')).toBe('asserts');
  });

  it('so a denial of one claim does not deny the other', () => {
    expect(verdictOf('The European Union did not ban aspirin in 2021.', 'aspirin')).toBe('negated-locally');
    expect(verdictOf('The European Union did not ban aspirin in 2021.', 'polyester')).toBe('none');
  });

  it('keeps both claims when the sentence carries what is each one’s own', () => {
    const both = document('The European Union banned aspirin and polyester clothes in 2021.');
    expect(both.claims.map((c) => [c.claimId, c.verdict])).toEqual([
      ['polyester', 'asserts'],
      ['aspirin', 'asserts'],
    ]);
  });

  it('leaves a claim alone in an auditor of one claim, and a shared word without a fuller rival', () => {
    expect(auditorFor(polyester).verdictOf('The European Union banned aspirin in 2021.')).toBe('asserts');
    // Neither claim carries more of the sentence than the other: "banned" stays a mention of both.
    expect(verdictOf('The European Union banned it in 2021.', 'polyester')).toBe('asserts');
    expect(verdictOf('The European Union banned it in 2021.', 'aspirin')).toBe('asserts');
  });
});
