import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { redatedYears } from '../../src/claims/redatedYears.js';

const choir = {
  id: 'choir',
  statement: 'The Kreuzchor, the boys’ choir of the Kreuzkirche in Dresden, was founded in 1890.',
  correction: 'The Kreuzchor was founded in the 13th century, around 1300, and is one of the oldest boys’ choirs.',
};

describe('redatedYears', () => {
  it('takes the statement’s year when the correction says, of the subject and with its verb, that it happened in another year', () => {
    expect(redatedYears(choir.statement, choir.correction, ['Kreuzchor'])).toEqual(new Set(['1890']));
  });

  it('reads the base form an auxiliary takes as the statement’s verb ("did not enter service until 1996")', () => {
    const cable = 'The Velmar cable, the first fibre link to Iceland, did not enter service until 1996.';
    expect(redatedYears(cable, 'The Velmar cable entered service in 1988 and was retired in 2004.', ['Velmar'])).toEqual(new Set(['1996']));
    expect(redatedYears('The Velmar cable didn’t enter service until 1996.', 'The Velmar cable entered service in 1988.', ['Velmar'])).toEqual(new Set(['1996']));
    expect(redatedYears('The Velmar cable cannot enter service until 1996.', 'The Velmar cable entered service in 1988.', ['Velmar'])).toEqual(new Set(['1996']));
    // A word after "to" may be a place ("moved to Paris"): only auxiliaries of a verb count.
    expect(redatedYears('The Velmar company moved to Reykjavik in 1996.', 'The Velmar company opened an office in Reykjavik in 1988.', ['Velmar'])).toEqual(new Set());
    // A capitalised word after an auxiliary is a name, not its verb ("did Paris host"): the case is the text's, not the lower-cased word's.
    expect(redatedYears('Did Paris host the Olympics in 1924?', 'The Olympics came to Paris in 1900.', ['Olympics'])).toEqual(new Set());
  });

  it('leaves the year alone when the correction shares no verb, negates, or keeps the year', () => {
    expect(redatedYears('Wimbledon replaced its grass courts with clay in 2022.', 'Wimbledon is still played on grass, as it has been since 1877.', ['Wimbledon'])).toEqual(new Set());
    expect(redatedYears('In 2023 Kodak stopped making film.', 'Kodak has not stopped making film; it raised prices in 2022.', ['Kodak'])).toEqual(new Set());
    expect(redatedYears('Djokovic lost the 2019 final.', 'Djokovic won the 2019 final, as he had won in 2018.', ['Djokovic'])).toEqual(new Set());
    expect(redatedYears(choir.statement, undefined, ['Kreuzchor'])).toEqual(new Set());
    // The Kodak line's clauses split at ";", so it needs no negation test: a clause with verb, year and "not" does.
    expect(redatedYears(choir.statement, 'The Kreuzchor was not founded in 1900 either.', ['Kreuzchor'])).toEqual(new Set());
  });

  it('makes the year carry the claim: the subject with its verb and that year is a mention', () => {
    const matcher = createClaimMatcher([choir]);
    expect(matcher.findMentions('The Kreuzchor was founded in 1890 by the city council.')).toHaveLength(1);
    // Its verb and the true year, or the subject in that year doing something else, do not carry it.
    expect(matcher.findMentions('The Kreuzchor was founded around 1300.')).toHaveLength(0);
  });
});
