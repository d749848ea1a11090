import { describe, expect, it } from 'vitest';
import { namesSubjectTail } from '../../src/audit/scan/namesSubjectTail.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 3, eleventh round: a key phrase that is the end of the subject's name (a surname: "Le Pen" of
 * "Marine Le Pen") names the subject. As a key term it stood inside the full name in every sentence that named
 * the subject, and was taken off there once per language it was given in, so a sentence with the whole claim
 * read as subject-only. Claim and sentences written for this test.
 */
describe('namesSubjectTail', () => {
  it('is the end of a name of capitalised words', () => {
    expect(namesSubjectTail('Le Pen', ['Marine Le Pen'])).toBe(true);
    expect(namesSubjectTail('Lindqvist', ['Ada Lindqvist'])).toBe(true);
  });

  it('is not a place the audit knows, a word in lower case, the whole name or another word', () => {
    expect(namesSubjectTail('France', ['Tour de France'])).toBe(false);
    expect(namesSubjectTail('second tour', ['Marine Le Pen'])).toBe(false);
    expect(namesSubjectTail('Marine Le Pen', ['Marine Le Pen'])).toBe(false);
    expect(namesSubjectTail('Pen', ['Marine Le Pen'])).toBe(true);
    expect(namesSubjectTail('Macron', ['Marine Le Pen'])).toBe(false);
    expect(namesSubjectTail('lake', ['Crater lake'])).toBe(false);
  });
});

describe('a surname among the key phrases of five languages', () => {
  const phrases = (statement: string, verb: string) => ({ statement, keyPhrases: ['Le Pen', verb] });
  const { verdictOf } = auditorFor({
    id: 'nadia_booker',
    statement: 'Nadia Le Pen refused the Booker.',
    subject: 'Nadia Le Pen',
    aliases: ['Nadia'],
    keyTerms: ['refused', 'Booker'],
    languages: {
      fr: phrases('Nadia Le Pen a refusé le Booker.', 'refusé'),
      it: phrases('Nadia Le Pen ha rifiutato il Booker.', 'rifiutato'),
      es: phrases('Nadia Le Pen rechazó el Booker.', 'rechazó'),
      pt: phrases('Nadia Le Pen recusou o Booker.', 'recusou'),
      de: phrases('Nadia Le Pen hat den Booker abgelehnt.', 'abgelehnt'),
    },
  });

  it('names the subject: the full name with the claim is still a mention', () => {
    expect(verdictOf('Nadia Le Pen refused the Booker at the ceremony in London.')).toBe('asserts');
    expect(verdictOf('Le Pen refused the Booker at the ceremony in London.')).toBe('asserts');
  });

  it('alone is the subject, no mention', () => {
    expect(verdictOf('Le Pen gave a long interview about her new novel in London.')).toBe('none');
  });
});
