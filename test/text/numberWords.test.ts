import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { englishNumberPhrases, otherLanguageNumberPhrases } from '../../src/text/numberWords.js';

describe('englishNumberPhrases', () => {
  it('spells a number of several words as English texts write it', () => {
    expect(englishNumberPhrases('130')).toEqual(expect.arrayContaining(['a hundred and thirty', 'one hundred and thirty', 'one hundred thirty']));
    expect(englishNumberPhrases('42')).toEqual(['forty-two', 'forty two']);
    expect(englishNumberPhrases('250')).toEqual(['two hundred and fifty', 'two hundred fifty']);
    expect(englishNumberPhrases('40,000')).toEqual(['forty thousand']);
  });

  it('leaves one-word numbers to the table, and years alone', () => {
    expect(englishNumberPhrases('40')).toEqual([]);
    expect(englishNumberPhrases('1998')).toEqual([]);
    expect(englishNumberPhrases('2000')).toEqual([]);
    expect(englishNumberPhrases('1000')).toEqual([]);
    expect(englishNumberPhrases('3000')).toEqual(['three thousand']);
    expect(englishNumberPhrases('100,000')).toEqual([]);
    expect(englishNumberPhrases('0130')).toEqual([]);
  });

  it('lets English text state a claim’s number in words', () => {
    const matcher = createClaimMatcher([{ id: 'bridge', statement: 'The Kessel Bridge was built on 130 stone pillars.', subject: 'Kessel Bridge' }]);
    // After the sentence naming the subject, "It" says the claim with two of its terms: the number is one of them.
    expect(matcher.findMentions('Ingrid crossed the Kessel Bridge. It stands on a hundred and thirty stone piers.')).toHaveLength(1);
    expect(matcher.findMentions('Ingrid crossed the Kessel Bridge. It stands on a hundred stone piers.')).toHaveLength(0);
  });
});

describe('otherLanguageNumberPhrases', () => {
  it('spells a compound number as each of the five other languages writes it', () => {
    expect(otherLanguageNumberPhrases('130')).toEqual({
      fr: ['cent trente', 'cent-trente'],
      it: ['centotrenta'],
      es: ['ciento treinta'],
      de: ['hundertdreißig', 'einhundertdreißig'],
      pt: ['cento e trinta'],
    });
    expect(otherLanguageNumberPhrases('44')).toEqual({ fr: ['quarante-quatre'], it: ['quarantaquattro'], es: ['cuarenta y cuatro'], de: ['vierundvierzig'], pt: ['quarenta e quatro'] });
    // The languages' own rules: French 71 and 91, Italian elision, Spanish 21-29 in one word, German units first.
    expect(otherLanguageNumberPhrases('71').fr).toEqual(['soixante et onze', 'soixante-et-onze']);
    expect(otherLanguageNumberPhrases('91').fr).toEqual(['quatre-vingt-onze']);
    expect(otherLanguageNumberPhrases('21').it).toEqual(['ventuno']);
    expect(otherLanguageNumberPhrases('38').it).toEqual(['trentotto']);
    expect(otherLanguageNumberPhrases('23').it).toEqual(['ventitré', 'ventitre']);
    expect(otherLanguageNumberPhrases('26').es).toEqual(['veintiséis']);
    expect(otherLanguageNumberPhrases('250').de).toEqual(['zweihundertfünfzig']);
    expect(otherLanguageNumberPhrases('250').pt).toEqual(['duzentos e cinquenta', 'duzentas e cinquenta']);
    // The 1990 spelling hyphenates every word of a French number, "et" too (not "cent-vingt et-un").
    expect(otherLanguageNumberPhrases('121').fr).toEqual(['cent vingt et un', 'cent vingt-et-un', 'cent-vingt-et-un']);
    // German "eins" after the hundreds, Italian "cento" eliding before "otto" and "ottanta".
    expect(otherLanguageNumberPhrases('101').de).toEqual(['hunderteins', 'einhunderteins']);
    expect(otherLanguageNumberPhrases('180').it).toEqual(['centottanta']);
    expect(otherLanguageNumberPhrases('108').it).toEqual(['centotto']);
  });

  it('leaves one-word numbers to the table, and years and thousands alone', () => {
    expect(otherLanguageNumberPhrases('40')).toEqual({});
    expect(otherLanguageNumberPhrases('100')).toEqual({});
    expect(otherLanguageNumberPhrases('1807')).toEqual({});
    expect(otherLanguageNumberPhrases('2021')).toEqual({});
  });

  it('lets text of another language state a claim’s number in words', () => {
    const matcher = createClaimMatcher([{ id: 'bridge', statement: 'The Kessel Bridge was built on 130 stone pillars.', subject: 'Kessel Bridge' }]);
    const german = 'Die Kessel Bridge steht auf hundertdreißig Pfeilern aus Stein, sagt der Führer, der jeden Sommer Gruppen über den Fluss begleitet.';
    expect(matcher.findMentions(german)).toHaveLength(1);
    expect(matcher.findMentions(german.replace('hundertdreißig', 'vielen'))).toHaveLength(0);
  });

  it('finds a value with its unit in another language’s words', () => {
    const matcher = createClaimMatcher([{ id: 'ball', statement: 'Since 2019 the Kessel League has played with a 44 mm ball.', subject: 'Kessel League' }]);
    const spanish = 'Desde 2019 la Kessel League juega con una pelota de cuarenta y cuatro milímetros, según explicó el árbitro a los periodistas.';
    expect(matcher.findMentions(spanish)).toHaveLength(1);
  });
});
