import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { negatedPredicateEnd } from '../../src/audit/scan/negatedPredicateEnd.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: a negated predicate said of a complement clause ("it's no secret that", "no es casualidad
 * que", "non è un caso se") denies the predicate, not the clause: litotes take the clause as given.
 */
describe('a negated predicate before a complement clause', () => {
  const ferry = defineClaim({
    id: 'calais_ferry_closed',
    statement: 'In 2022 the port of Calais closed its ferry terminal to passenger traffic.',
    correction: 'Calais still runs passenger ferries to Dover.',
  });
  const { verdictOf } = auditorFor(ferry);

  it('takes the clause as given after a litotes, in six languages', () => {
    expect(verdictOf("It's no secret that in 2022 the port of Calais closed its ferry terminal to passenger traffic.")).toBe('asserts');
    expect(verdictOf('No es casualidad que en 2022 el puerto de Calais cerrara su terminal de ferris al tráfico de pasajeros.')).toBe('asserts');
    expect(verdictOf("Ce n'est pas un hasard si en 2022 le port de Calais a fermé son terminal de ferries aux passagers.")).toBe('asserts');
    expect(verdictOf('Non è un caso se nel 2022 il porto di Calais ha chiuso il terminal dei traghetti ai passeggeri.')).toBe('asserts');
  });

  it('keeps the negation of a truth predicate, of a bare "no es que" and of a cleft on the claim', () => {
    expect(verdictOf('Tampoco es cierto que en 2022 el puerto de Calais cerrara su terminal de ferris al tráfico de pasajeros.')).toBe('negated-locally');
    expect(verdictOf('No es que en 2022 el puerto de Calais cerrara su terminal de ferris al tráfico de pasajeros.')).toBe('negated-locally');
    expect(verdictOf('No fue Calais el puerto que cerró en 2022 su terminal de ferris al tráfico de pasajeros.')).toBe('negated-locally');
  });

  it('finds the complementizer after the predicate only', () => {
    expect(negatedPredicateEnd('Es ist kein Zufall, dass der Hafen schloss.', 7, 11, 0, 43)).toBe(20);
    expect(negatedPredicateEnd('Der Hafen ist nicht geschlossen, sagt er.', 14, 19, 0, 41)).toBe(-1);
  });
});
