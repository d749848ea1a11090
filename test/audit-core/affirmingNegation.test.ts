import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { affirmingNegation } from '../../src/audit/scan/affirmingNegation.js';
import { LANGUAGES } from '../../src/text/languages.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 3 (false friends): a negator over a focus particle ("not only", "didn't just", "non è
 * soltanto") adds, and a negator over a word of doubting or denying ("there's no denying", "nessuno
 * dubita") affirms; in the forms the idiom lists do not spell out (an auxiliary, a contraction, the
 * finite verb between negator and particle).
 */
describe('negations that affirm', () => {
  const ferry = defineClaim({
    id: 'calais_ferry_closed',
    statement: 'In 2022 the port of Calais closed its ferry terminal to passenger traffic.',
    correction: 'Calais still runs passenger ferries to Dover.',
  });
  const { verdictOf } = auditorFor(ferry);

  it('reads a focus particle after an auxiliary, a contraction or the finite verb as "not only"', () => {
    expect(verdictOf("Calais didn't just lose money: in 2022 the port of Calais closed its ferry terminal to passenger traffic.")).toBe('asserts');
    expect(verdictOf('The port of Calais has not just cut costs, in 2022 the port of Calais closed its ferry terminal to passenger traffic.')).toBe('asserts');
    expect(verdictOf('Il porto di Calais non ha soltanto tagliato i costi: nel 2022 il porto di Calais ha chiuso il terminal dei traghetti ai passeggeri.')).toBe('asserts');
  });

  it('reads a negated word of doubt or denial as affirming, in six languages', () => {
    expect(verdictOf("There's no denying that in 2022 the port of Calais closed its ferry terminal to passenger traffic.")).toBe('asserts');
    expect(verdictOf('Nessuno dubita che nel 2022 il porto di Calais ha chiuso il terminal dei traghetti ai passeggeri.')).toBe('asserts');
    expect(verdictOf('Nobody can doubt that in 2022 the port of Calais closed its ferry terminal to passenger traffic.')).toBe('asserts');
  });

  it('keeps a plain negation of the claim', () => {
    expect(verdictOf("In 2022 the port of Calais didn't close its ferry terminal to passenger traffic.")).toBe('negated-locally');
    expect(verdictOf('Nel 2022 il porto di Calais non ha chiuso il terminal dei traghetti ai passeggeri.')).toBe('negated-locally');
  });

  it('looks only at the next words of the negator clause, in its language', () => {
    const en = LANGUAGES.indexOf('en');
    const de = LANGUAGES.indexOf('de');
    const it = LANGUAGES.indexOf('it');
    expect(affirmingNegation("Norway didn't just beat Denmark in 2023.", 10, 13, 40, en)).toBe(true);
    expect(affirmingNegation('Il Thomanerchor non è soltanto un coro.', 16, 19, 39, it)).toBe(true);
    expect(affirmingNegation('Niemand bezweifelt, dass es so war.', 0, 7, 35, de)).toBe(true);
    expect(affirmingNegation("Norway didn't beat Denmark.", 10, 13, 27, en)).toBe(false);
    // A particle after the verb in English is the claim's own word ("did not win only gold" is rare; the verb ends the look).
    expect(affirmingNegation('Norway did not win only once.', 7, 14, 29, en)).toBe(false);
    // A comma ends the negator's clause.
    expect(affirmingNegation('Not that, just the ferry.', 0, 3, 25, en)).toBe(false);
    // French "nie" denies; German "nie" is "never".
    expect(affirmingNegation('Il ne nie pas.', 3, 5, 14, LANGUAGES.indexOf('fr'))).toBe(true);
    expect(affirmingNegation('Er hat nie gelogen.', 7, 10, 19, de)).toBe(false);
  });

  it('does not read a word of doubt past a conjunction: it opens a clause the negator does not reach', () => {
    const en = LANGUAGES.indexOf('en');
    expect(affirmingNegation('Norway did not win and doubts remain.', 7, 14, 37, en)).toBe(false);
    expect(affirmingNegation('Il porto non chiuse ma dubbi restano.', 9, 12, 37, LANGUAGES.indexOf('it'))).toBe(false);
    expect(affirmingNegation('Der Hafen schloss nicht und Zweifel bleiben.', 18, 23, 44, LANGUAGES.indexOf('de'))).toBe(false);
    expect(affirmingNegation('El puerto no cerró y dudas quedan.', 10, 12, 34, LANGUAGES.indexOf('es'))).toBe(false);
    // Without the conjunction the double negation stands.
    expect(affirmingNegation('No one could doubt it.', 0, 6, 22, en)).toBe(true);
  });
  it('reads a negator over a word of surprise or forgetting, a litotes or a restrictive "only" as asserting', () => {
    expect(verdictOf('No wonder: in 2022 the port of Calais closed its ferry terminal to passenger traffic.')).toBe('asserts');
    expect(verdictOf('No hay que olvidar que en 2022 el puerto de Calais cerró su terminal de ferris al tráfico de pasajeros.')).toBe('asserts');
    expect(verdictOf('Non a caso, nel 2022 il porto di Calais ha chiuso il terminal dei traghetti ai passeggeri.')).toBe('asserts');
    expect(affirmingNegation('Kein Wunder, dass der Hafen schloss.', 0, 4, 36, LANGUAGES.indexOf('de'))).toBe(true);
    expect(
      verdictOf("Le port de Calais n'a jamais été qu'un port de ferries, et en 2022 le port de Calais a fermé son terminal de ferries aux passagers."),
    ).toBe('asserts');
  });

  it('keeps "in no case", "never said that" and "not X but Y" as negations', () => {
    const fr = LANGUAGES.indexOf('fr');
    const it = LANGUAGES.indexOf('it');
    const es = LANGUAGES.indexOf('es');
    expect(affirmingNegation('Non a caso i traghetti partono ancora.', 0, 3, 38, it)).toBe(true);
    // "in nessun caso" is "in no case": "caso" is "chance" only in "a caso", "per caso", "un caso che".
    expect(affirmingNegation('In nessun caso il porto chiuse.', 3, 9, 31, it)).toBe(false);
    expect(affirmingNegation("Il n'a jamais dit que le port avait fermé.", 3, 13, 42, fr)).toBe(false);
    expect(affirmingNegation("Ce n'est pas que le port ait fermé.", 3, 12, 35, fr)).toBe(false);
    expect(affirmingNegation('Sans que le port ait fermé.', 0, 4, 27, fr)).toBe(false);
    expect(affirmingNegation('El cierre no fue sino un rumor.', 10, 16, 31, es)).toBe(true);
    expect(affirmingNegation('El mayor no fue Brasil sino Vietnam.', 9, 15, 36, es)).toBe(false);
    expect(affirmingNegation('Non è che il porto abbia chiuso.', 0, 3, 32, it)).toBe(false);
  });

  it('reads "not least" as a litotes only right after the negator: a negated superlative or rank is a negation', () => {
    const en = LANGUAGES.indexOf('en');
    const it = LANGUAGES.indexOf('it');
    expect(affirmingNegation('Not least, the port closed.', 0, 3, 27, en)).toBe(true);
    expect(affirmingNegation('Calais is not the least busy port.', 10, 13, 34, en)).toBe(false);
    expect(affirmingNegation('The story is not in the least true.', 13, 16, 35, en)).toBe(false);
    expect(affirmingNegation('Non ultimo, il porto chiuse.', 0, 3, 28, it)).toBe(true);
    expect(affirmingNegation('Il Galles non arrivò ultimo.', 10, 13, 28, it)).toBe(false);
    const smallest = defineClaim({ id: 'calais_least_busy', statement: 'Calais is the least busy ferry port in France.' });
    expect(auditorFor(smallest).verdictOf('Calais is not the least busy ferry port in France.')).toBe('negated-locally');
  });
});
