import { describe, expect, it } from 'vitest';
import { sharesStem, soundForm } from '../../src/text/cognates.js';

describe('sharesStem: names of one thing in the six languages', () => {
  it('folds the sound correspondences (w/v/u glide, soft c, z/s, ph, th)', () => {
    expect(soundForm('Noruega')).toBe('norvega');
    expect(soundForm('Iceland')).toBe('iseland');
    expect(soundForm('Philosophie')).toBe('filosofie');
  });

  it('matches exonyms and demonyms that share the stem', () => {
    for (const word of ['Norvège', 'Norvegia', 'Noruega', 'Norwegen', 'norvégien', 'norwegisch', 'norueguês']) expect.soft(sharesStem(word, 'Norway'), word).toBe(true);
    for (const word of ['Islande', 'Islanda', 'Islandia', 'Island', 'Islândia', 'islandais']) expect.soft(sharesStem(word, 'Iceland'), word).toBe(true);
    expect(sharesStem('Zélande', 'Zealand')).toBe(true);
  });

  it('keeps words with another stem apart, and short names out', () => {
    for (const word of ['nervoso', 'Normandie', 'Staatsfonds', 'Irland']) expect.soft(sharesStem(word, 'Norway'), word).toBe(false);
    expect(sharesStem('Irlande', 'Iceland')).toBe(false);
    expect(sharesStem('Sonne', 'Sony')).toBe(false);
  });
});
