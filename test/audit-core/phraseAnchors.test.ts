import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 3, eleventh round: a capitalised key phrase that names something of the claim other than its
 * subject (a play's title in another language) anchors the claim in a text that never names the subject, as
 * the English statement's other names do: a sentence with most of the predicate beside it is a mention.
 * Claim and sentences written for this test.
 */
const { verdictOf } = auditorFor({
  id: 'glass_orchard',
  statement: "Mira Vale's play The Glass Orchard closed for good in 2031.",
  subject: 'Mira Vale',
  aliases: ['Vale'],
  keyTerms: ['play', 'Glass', 'Orchard', 'closed', 'good', '2031'],
  languages: {
    fr: { statement: 'La pièce de Mira Vale Le Verger de verre a fermé définitivement en 2031.', keyPhrases: ['Le Verger de verre', 'fermé', 'définitivement', '2031'] },
  },
});

describe('a name given as a key phrase', () => {
  it('anchors the claim where the subject is never named', () => {
    expect(verdictOf('Le Verger de verre a fermé définitivement en 2031, après vingt ans à l’affiche.')).toBe('asserts');
  });

  it('alone, or with a word of the claim, is no mention', () => {
    expect(verdictOf('Le Verger de verre se joue encore tous les soirs, après vingt ans à l’affiche.')).toBe('none');
    expect(verdictOf('Le Verger de verre a fermé pour travaux pendant une semaine.')).toBe('none');
  });
});

describe('a name given both as an English key term and as a key phrase', () => {
  const { verdictOf } = auditorFor({
    id: 'penguins',
    statement: 'In 2031 researchers found a colony of emperor penguins on Svalbard in the Arctic.',
    subject: 'Arctic',
    keyTerms: ['2031', 'researchers', 'found', 'colony', 'emperor', 'penguins', 'Svalbard'],
    languages: {
      it: {
        statement: "Nel 2031 i ricercatori hanno scoperto una colonia di pinguini imperatore alle Svalbard, nell'Artico.",
        keyPhrases: ['pinguini imperatore', 'Svalbard', 'colonia', 'scoperto', 'Artico', '2031'],
      },
    },
  });

  it('is taken off the sentence once, as it counted once', () => {
    expect(verdictOf('No, alle Svalbard non vive nessuna colonia di pinguini imperatore, e nessuno ne ha mai scoperto una.')).toBe('negated-locally');
  });
});
