import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

// A claim of our own: the verb is in the predicate lexicon ("built": costruito, erbaut, construido, construído, construit).
const { verdictOf } = auditorFor({ id: 'pantheon', statement: 'The Pantheon in Rome was built in 2005.' });

describe('another year in the eras of the five other languages', () => {
  it('reads a sentence dated to an ancient year with its era as another event, as "125 AD" is in English', () => {
    expect(verdictOf('The Pantheon was built around 125 AD, under Hadrian.')).toBe('none');
    expect(verdictOf("Il Pantheon fu costruito nel 125 d.C., sotto l'imperatore Adriano.")).toBe('none');
    expect(verdictOf('Das Pantheon wurde um 125 n. Chr. unter Hadrian erbaut.')).toBe('none');
    expect(verdictOf('El Pantheon fue construido hacia el 125 d. C., bajo Adriano.')).toBe('none');
    expect(verdictOf('O Pantheon foi construído por volta de 125 d.C., no tempo de Adriano.')).toBe('none');
    expect(verdictOf('Le Pantheon fut construit vers 125 apr. J.-C., sous Hadrien.')).toBe('none');
  });

  it('still reads the claim in the same words with its own year', () => {
    expect(verdictOf("Il Pantheon fu costruito nel 2005, non sotto l'imperatore Adriano.")).not.toBe('none');
    expect(verdictOf('Das Pantheon wurde 2005 erbaut, heißt es in dem Buch.')).not.toBe('none');
  });
});

describe('the subjunctive of a clause the writer does not take on', () => {
  it('qualifies the claim as the reportative conditional does', () => {
    const asserted = verdictOf('Il Pantheon è stato costruito nel 2005.');
    expect(asserted).toBe('asserts');
    expect(verdictOf('Qualcuno pensa che il Pantheon sia stato costruito nel 2005.')).not.toBe(asserted);
    expect(verdictOf('Dudo que el Pantheon haya sido construido en 2005.')).not.toBe('asserts');
    expect(verdictOf('Há quem pense que o Pantheon tenha sido construído em 2005.')).not.toBe('asserts');
  });

  it('reads German indirect speech over its clause, the verb last', () => {
    expect(verdictOf('Das Pantheon in Rom ist im Jahr 2005 erbaut worden, und es ist ein Wunder.')).toBe('asserts');
    expect(verdictOf('Ein Reiseführer schreibt, dass das Pantheon in Rom im Jahr 2005 erbaut worden sei.')).not.toBe('asserts');
    expect(verdictOf('Ein Reiseführer schreibt, das Pantheon in Rom sei im Jahr 2005 erbaut worden.')).not.toBe('asserts');
  });
});

describe("a claim's number in digits, written out in the five other languages", () => {
  const { verdictOf: columnsVerdict } = auditorFor({ id: 'columns', statement: 'The Pantheon in Rome has 1,000 columns.' });

  it('finds "1,000" as "tausend" and "mille", so the subject with the number, negated, denies the claim', () => {
    expect(columnsVerdict('Das Pantheon in Rom hat nicht tausend Säulen, sondern nur sechzehn an der Vorhalle.')).toBe('negated-locally');
    expect(columnsVerdict('Il Pantheon di Roma non ha mille colonne, ne ha soltanto sedici nel pronao.')).toBe('negated-locally');
    // Another number is not the claim's: the sentence only names the subject.
    expect(columnsVerdict('Das Pantheon in Rom hat nicht dreihundert Säulen, sondern nur sechzehn an der Vorhalle.')).toBe('none');
  });
});
