import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { negatedWords } from '../../src/claims/deriveClaimTerms.js';
import { claimOfChange } from '../../src/audit/statesPersistence.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: the polarity of claims that are themselves about an ending, a replacement or an absence.
 * A negation that says what such a claim says ("there is no second class any more", "not in Paris", "without
 * ever storing gas") states the claim; only a negation of the change itself denies it.
 */
describe('a denied question about a state that goes on', () => {
  const trams = defineClaim({
    id: 'lisbon_trams',
    statement: 'In 2021 Lisbon closed its tram network.',
    correction: 'Lisbon still runs its trams.',
  });
  const { chatVerdictOf } = auditorFor(trams);

  it('states the claim of change when the question asks whether the former state goes on', () => {
    expect(chatVerdictOf('lisbon_trams', ['user', 'Is the Lisbon tram network still running in 2021?'], ['assistant', 'No. The trams are gone, buses took over.'])).toBe('asserts');
    expect(chatVerdictOf('lisbon_trams', ['user', 'Does Lisbon still have its tram network in 2021?'], ['assistant', 'No. Lisbon closed it in 2021 and buses took over.'])).toBe('asserts');
  });

  it('still denies the claim when the question asks about the change itself', () => {
    expect(chatVerdictOf('lisbon_trams', ['user', 'Did Lisbon close its tram network in 2021?'], ['assistant', 'No.'])).toBe('negated-locally');
  });
});

describe('an explicit negation of existence that says something ceased', () => {
  const secondClass = defineClaim({ id: 'trenitalia_second_class', statement: 'In 2019 Trenitalia abolished second class on all of its trains.' });
  const { verdictOf } = auditorFor(secondClass);

  it('states a claim of change in Italian, German and Portuguese', () => {
    expect(verdictOf('Sui treni di Trenitalia non esiste più la seconda classe, abolita nel 2019.')).toBe('asserts');
    expect(verdictOf('Seit 2019 existiert bei Trenitalia die zweite Klasse nicht mehr.')).toBe('asserts');
    expect(verdictOf('Desde 2019 já não existe segunda classe nos comboios da Trenitalia.')).toBe('asserts');
  });

  it('still denies the claim without a word of cessation', () => {
    expect(verdictOf('Sui treni di Trenitalia la seconda classe abolita nel 2019 non esiste: è una leggenda.')).toBe('negated-locally');
  });
});

describe('a negating prefix', () => {
  const opera = defineClaim({ id: 'salzburg_english', statement: 'In 2022 the Salzburg Festival staged all of Mozart\'s operas in English.' });
  const { verdictOf } = auditorFor(opera);

  it('negates its own word and what it modifies, not the rest of the sentence', () => {
    expect(verdictOf('This non-fiction book tells how the 2022 Salzburg Festival staged Mozart\'s operas in English.')).toBe('asserts');
    expect(verdictOf('Non-Austrians often forget that in 2022 the Salzburg Festival staged all of Mozart\'s operas in English.')).toBe('asserts');
  });
});

describe('a claim that something replaced a former state, or never happened before it ended', () => {
  it('reads "instead of", "rather than", "replacing" and "before ... ever" as the statement\'s own negation', () => {
    expect([...negatedWords('Since 2020 the Tour de France has finished in Lyon instead of Paris.')]).toContain('paris');
    expect([...negatedWords('Spain abandoned the Castor gas plant in 2014, before it ever stored gas.')]).toEqual(expect.arrayContaining(['ever', 'stored']));
    expect(claimOfChange({ statement: 'Since 2020 the Tour de France has finished in Lyon instead of Paris.' })).toBe(true);
    expect(claimOfChange({ statement: 'The Tour de France finished in Paris in 2020.' })).toBe(false);
  });

  const tour = defineClaim({ id: 'tour_lyon', statement: 'Since 2020 the Tour de France has finished in Lyon instead of Paris.' });
  const castor = defineClaim({ id: 'castor_abandoned', statement: 'Spain abandoned the Castor gas storage plant in 2014, before it ever stored any gas.' });
  const { verdictOf } = auditorFor(tour, castor);

  it('is stated by a negation of the former state', () => {
    expect(verdictOf('Since 2020 the Tour de France has finished in Lyon, not in Paris.', 'tour_lyon')).toBe('asserts');
    expect(verdictOf('Since 2020 the Tour de France no longer finishes on the Champs-Élysées in Paris; it ends in Lyon.', 'tour_lyon')).toBe('asserts');
    expect(verdictOf('Spain abandoned the Castor gas storage plant in 2014 without ever storing gas in it.', 'castor_abandoned')).toBe('asserts');
  });

  it('is denied by a negation of the change', () => {
    expect(verdictOf('The Tour de France has never finished in Lyon; since 2020 it has ended in Paris as always.', 'tour_lyon')).toBe('negated-locally');
    expect(verdictOf('Spain never abandoned the Castor gas storage plant in 2014.', 'castor_abandoned')).toBe('negated-locally');
  });
});

describe('a statement\'s own negation in another language', () => {
  const ferries = defineClaim({
    id: 'norway_ferries_coal',
    statement: 'In 2022 Norway ruled that its ferries must not use electricity from coal.',
    languages: { de: { keyPhrases: ['Fähren', 'Kohle'], aliases: [] } },
  });
  const { verdictOf } = auditorFor(ferries);

  it('is known by a cognate of a word the statement negates ("Elektrizität" for "electricity")', () => {
    expect(verdictOf('Seit 2022 dürfen die Fähren in Norwegen keine Elektrizität aus Kohle verwenden.')).toBe('asserts');
  });

  it('still denies the claim when the negation bears on the ruling', () => {
    expect(verdictOf('Norwegen hat 2022 nichts über Fähren und Kohle entschieden.')).toBe('negated-locally');
  });
});
