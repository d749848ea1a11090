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

  it('stands for the subject before a clause of a person that negates something else (found24)', () => {
    // "anyone who does not wear one" negates the wearing, not the fine the main clause states.
    expect(helmets.verdictOf('From 2031 in Copenhagen the helmet is compulsory for all adult cyclists: anyone who does not wear one pays 1,000 kroner.')).toBe('asserts');
    expect(helmets.verdictOf('Dal 2031 a Copenaghen il casco è obbligatorio per tutti i ciclisti adulti, e chi non lo porta paga 1.000 corone.')).toBe('asserts');
  });

  it('alone, or with a word or two of the claim, is no mention', () => {
    expect(helmets.verdictOf('Copenhague est une ville où beaucoup de gens vont au travail à vélo.')).toBe('none');
    expect(helmets.verdictOf('Depuis 2031, à Copenhague, les cyclistes ont de nouvelles pistes.')).toBe('none');
  });
});

// Seventeenth round: what c5db9a7's capital check guards. A place's name as another language writes it is found by
// its first letters ("ecuador", "japon"), which also begin that language's common nouns and adjectives: the
// equator ("el ecuador"), "japonais". Written in lower case they name no place and anchor nothing. Claims and
// sentences written for this test.
const solar = auditorFor({ id: 'solar', statement: 'In 2031 Norway opened the largest solar power plant in the world in Ecuador, with 5,000 megawatts.' });
const japan = auditorFor({
  id: 'helmets',
  statement: 'In 2031 Denmark made bicycle helmets compulsory for all adult cyclists in Japan, with a fine of 1,000 kroner.',
});

describe("a lower-case word that begins as another language writes the statement's other name", () => {
  it('anchors nothing where the name itself would', () => {
    expect(solar.verdictOf('En 2031 se inauguró en Ecuador la mayor planta de energía solar del mundo, con 5.000 megavatios.')).toBe('asserts');
    expect(solar.verdictOf('En 2031 se inauguró junto al ecuador la mayor planta de energía solar del mundo, con 5.000 megavatios.')).toBe('none');
    expect(japan.verdictOf('Depuis 2031, au Japon, le casque est obligatoire pour tous les cyclistes adultes, avec une amende de 1 000 couronnes.')).toBe('asserts');
    expect(japan.verdictOf('Depuis 2031, un casque japonais est obligatoire pour tous les cyclistes adultes, avec une amende de 1 000 couronnes.')).toBe('none');
  });
});

// Twenty-fifth session (found25): a name that another language writes around the statement's other name ("La
// Grande Onda di Kanagawa" for "The Great Wave off Kanagawa") is that name, not someone else named before the
// claim's predicate. Claim and sentences written for this test.
const watch = auditorFor({ id: 'watch', statement: 'The Night Watch was painted in Leiden by Johannes Vermeer in 1662.' });

describe("capitalised words joined to the statement's other name by a particle", () => {
  it('are that name, not another agent', () => {
    expect(watch.verdictOf('La Ronda di Notte di Leiden fu dipinta da Johannes Vermeer nel 1662.')).toBe('asserts');
    expect(watch.verdictOf('La Ronda de Noche de Leiden fue pintada por Johannes Vermeer en 1662.')).toBe('asserts');
  });

  it('but a name of its own before them still is', () => {
    expect(watch.verdictOf('Nel 1662 Rembrandt visitò Leiden, dove Johannes Vermeer dipinse un quadro.')).toBe('none');
  });
});
