import { describe, expect, it } from 'vitest';
import { predicateTranslations } from '../../src/claims/predicateTranslations.js';
import { predicateForms } from '../../src/claims/predicateForms.js';
import { ordinalForms } from '../../src/text/numberWords.js';
import { placeForms, placeOfAdjective } from '../../src/text/placeNames.js';

const texts = (term: string, language: 'fr' | 'it' | 'es' | 'de' | 'pt') => (predicateTranslations(term)[language] ?? []).map((f) => f.text);

describe('the predicate lexicon of the tenth round (acc-mention)', () => {
  it('gives the other languages\' words of the new groups: die, establish, launch, introduce, merge, overtake, produce, export, translate, dry', () => {
    expect(texts('died', 'it')).toEqual(expect.arrayContaining(['morto', 'decedut']));
    expect(texts('founded', 'fr')).toEqual(expect.arrayContaining(['fondé']));
    expect(texts('overtaken', 'de')).toEqual(expect.arrayContaining(['überholt']));
    expect(texts('producer', 'es')).toEqual(expect.arrayContaining(['produc']));
    expect(texts('translation', 'de')).toEqual(expect.arrayContaining(['übersetz']));
    // "found" of "a study found" is the past of "find": not "founded".
    expect(predicateTranslations('found')).toEqual({});
  });

  it('gives English idioms and derived nouns of the new groups', () => {
    expect(predicateForms('won')).toEqual(expect.arrayContaining(['took the title', 'came out on top', 'triumphed']));
    expect(predicateForms('erupted')).toEqual(expect.arrayContaining(['blew its top', 'spewed']));
    expect(predicateForms('producer')).toEqual(expect.arrayContaining(['produce', 'manufacturer']));
    expect(predicateForms('found')).not.toContain('founded');
  });

  it('gives an ordinal\'s cardinal, digits and the other languages\' ordinals, but no "first"', () => {
    expect(ordinalForms('ninth')?.english).toEqual(['nine', '9th']);
    expect(ordinalForms('ninth')?.words.de).toContain('neunten');
    expect(ordinalForms('second')?.english).toEqual(['2nd']);
    expect(ordinalForms('second')?.words.it).toBeUndefined();
    expect(ordinalForms('first')).toBeUndefined();
  });

  it('names cities, rivers, mountains and bodies in the five other languages, and an adjective\'s place', () => {
    expect(placeForms('Geneva')?.de?.names).toEqual(['Genf']);
    expect(placeForms('Hague')?.it?.names).toContain('Aia');
    expect(placeForms('Rhine')?.fr?.names).toEqual(['Rhin']);
    expect(placeForms('World Health Organization')?.es?.names).toContain('OMS');
    expect(placeOfAdjective('English')).toBe('England');
    expect(placeOfAdjective('Bananas')).toBeUndefined();
  });
});
