import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 3, sixteenth round: the statement's other names ("Copenhagen" besides the subject "Denmark")
 * anchor the claim in a segment that never names its subject. In text of another language they are written
 * that language's way ("Copenhague", "Copenaghen", "Kopenhagen"), and anchor it there too. Claims and sentences
 * written for this test.
 */
const helmets = auditorFor({
  id: 'helmets',
  statement: 'In 2031 Denmark made bicycle helmets compulsory for all adult cyclists in Copenhagen, with a fine of 1,000 kroner.',
});

describe("a statement's other name written another language's way", () => {
  it('anchors the claim where the subject is never named', () => {
    expect(helmets.verdictOf('Depuis 2031, à Copenhague, le casque est obligatoire pour tous les cyclistes adultes, avec une amende de 1 000 couronnes.')).toBe('asserts');
  });

  it('in each language that writes it its way', () => {
    expect(helmets.verdictOf('Dal 2031 a Copenaghen il casco è obbligatorio per tutti i ciclisti adulti: chi non lo porta paga 1.000 corone.')).toBe('asserts');
  });

  it('alone, or with a word or two of the claim, is no mention', () => {
    expect(helmets.verdictOf('Copenhague est une ville où beaucoup de gens vont au travail à vélo.')).toBe('none');
    expect(helmets.verdictOf('Depuis 2031, à Copenhague, les cyclistes ont de nouvelles pistes.')).toBe('none');
  });
});
