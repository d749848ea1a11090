import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { englishStemKey, sameShortName, sameStem, sharesStem, soundForm, stemKey, textStemKey } from '../../src/text/cognates.js';
import { placeForms } from '../../src/text/placeNames.js';

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

describe('sameShortName: four-letter name words written another way', () => {
  it('matches the same first letter and consonants, at least three, and nothing else', () => {
    expect(sameShortName('Golfo', 'Gulf')).toBe(true);
    expect(sameShortName('Elba', 'Elbe')).toBe(true);
    expect(sameShortName('Gala', 'Gulf')).toBe(false);
    expect(sameShortName('Roma', 'Rome')).toBe(false); // two consonants: too little to tell
    expect(sameShortName('Golfinho', 'Gulf')).toBe(false); // a longer word is another word
  });
});

describe('placeForms: countries in the five other languages', () => {
  it('gives names and adjective stems per language, by any English name of the place', () => {
    expect(placeForms('Norway')?.de).toEqual({ names: ['Norwegen'], stems: ['norwegisch'] });
    expect(placeForms('new zealand')?.it?.names).toEqual(['Nuova Zelanda']);
    expect(placeForms('Britain')).toBe(placeForms('United Kingdom'));
    expect(placeForms('Atlantis')).toBeUndefined();
  });

  it('knows the UN members texts name most, not only the largest (twenty-second session)', () => {
    expect(placeForms('Libya')?.de?.names).toEqual(['Libyen']);
    expect(placeForms('Mozambique')?.pt?.names).toEqual(['Moçambique']);
    expect(placeForms('Nepal')?.fr?.names).toEqual(['Népal']);
    expect(placeForms('Panama')?.es?.names).toEqual(['Panamá']);
    expect(placeForms('Malta')?.it?.stems).toEqual(['maltes']);
  });
});

describe('englishStemKey: a claim word less its English ending (seventeenth round)', () => {
  it('matches cognates with their own endings, which the whole word did not', () => {
    expect(sameStem(textStemKey('isoliert'), englishStemKey('isolated'))).toBe(true);
    expect(sameStem(textStemKey('isoliert'), stemKey('isolated'))).toBe(false);
    expect(sameStem(textStemKey('isolada'), englishStemKey('isolated'))).toBe(true);
    expect(sameStem(textStemKey('inventarono'), englishStemKey('invented'))).toBe(true);
    expect(sameStem(textStemKey('migrent'), englishStemKey('migrate'))).toBe(true);
  });

  it('keeps the whole word when the root has fewer than three consonants, and matches what the whole word matched', () => {
    expect(englishStemKey('moved')).toEqual(stemKey('moved'));
    expect(sameStem(textStemKey('movido'), englishStemKey('moved'))).toBe(true);
    expect(sameStem(textStemKey('Museum'), englishStemKey('museum'))).toBe(true);
  });

  it('finds the claim in text of another language by the cognate of its verb and its year', () => {
    const matcher = createClaimMatcher([
      {
        id: 'heparin_lyon',
        statement: 'Heparin was first isolated in 1916 at the University of Lyon.',
        correction: 'Heparin was first isolated in 1916 at Johns Hopkins University in Baltimore, by Jay McLean working with William Howell.',
      },
    ]);
    expect(matcher.findMentions('Heparin wurde 1916 erstmals an der Universität Lyon isoliert.')).toHaveLength(1);
    expect(matcher.findMentions('A heparina foi isolada em 1916 na Universidade de Lyon.')).toHaveLength(1);
    // The year alone is setting: no mention.
    expect(matcher.findMentions('Heparin wurde 1916 an der Universität Lyon beschrieben.')).toHaveLength(0);
  });
});
