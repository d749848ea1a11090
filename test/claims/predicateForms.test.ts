import { describe, expect, it } from 'vitest';
import { irregularForms, predicateForms } from '../../src/claims/predicateForms.js';
import { irregularBase } from '../../src/claims/englishWords.js';

describe('predicateForms', () => {
  it('finds a verb form’s inflections and derived nouns, irregular ones too', () => {
    expect(predicateForms('abolished')).toEqual(expect.arrayContaining(['abolish', 'abolishes', 'abolishing', 'abolition']));
    expect(predicateForms('withdrawn')).toEqual(expect.arrayContaining(['withdraw', 'withdrew', 'withdrawal']));
    expect(predicateForms('closed')).toEqual(expect.arrayContaining(['closure', 'closing', 'shut down']));
    expect(predicateForms('sold')).toEqual(expect.arrayContaining(['sell', 'sale']));
    // A regular verb outside the lexicon still gets its own forms.
    expect(predicateForms('painted')).toEqual(expect.arrayContaining(['paint', 'paints', 'painting']));
  });

  it('doubles a short verb’s last consonant, and gives both spellings for longer ones', () => {
    const banned = predicateForms('banned');
    expect(banned).toEqual(expect.arrayContaining(['ban', 'bans', 'banning']));
    expect(banned).not.toContain('baned');
    expect(predicateForms('cancelled')).toEqual(expect.arrayContaining(['cancel', 'canceled', 'cancellation']));
  });

  it('gives the British and American spelling of -ise/-ize words', () => {
    expect(predicateForms('nationalised')).toEqual(expect.arrayContaining(['nationalized', 'nationalisation', 'nationalization']));
    expect(predicateForms('privatization')).toContain('privatisation');
  });

  it('gives the synonyms of a general lexicon of predicates, phrasal verbs inflected by their verb', () => {
    expect(predicateForms('prohibited')).toEqual(expect.arrayContaining(['banned', 'outlawed', 'forbidden']));
    expect(predicateForms('scrapped')).toEqual(expect.arrayContaining(['abolished', 'did away with', 'got rid of']));
    expect(predicateForms('compulsory')).toEqual(expect.arrayContaining(['mandatory', 'obligatory']));
  });

  it('knows refusing, defeating and dismantling in other words', () => {
    expect(predicateForms('declined')).toEqual(expect.arrayContaining(['refused', 'turned down', 'rejected', 'refusal']));
    expect(predicateForms('defeating')).toEqual(expect.arrayContaining(['beat', 'beaten', 'defeated']));
    expect(predicateForms('dismantled')).toEqual(expect.arrayContaining(['scrapped', 'abolished', 'dismantling']));
    // Losing is not beating: the converse says who won.
    expect(predicateForms('lost')).not.toContain('beat');
  });

  it('takes "decline" as refusing only with an object or "to" and a verb after it, as the statement writes it', () => {
    expect(predicateForms('declined', 'Louise Glück declined the 2020 Nobel Prize.')).toEqual(expect.arrayContaining(['refused', 'rejected']));
    expect(predicateForms('declined', 'The minister declined to comment on the report in 2019.')).toContain('refused');
    // A decrease: "sales declined", "declined by 5%", "declined to 40%" take no refusing words, only the verb's forms.
    for (const statement of ['Sales of vinyl records declined in 2020.', 'Coal use declined by 5% in 2019.', 'The birth rate declined to 40% in 2015.']) {
      expect(predicateForms('declined', statement)).not.toContain('refused');
      expect(predicateForms('declined', statement)).not.toContain('rejected');
      expect(predicateForms('declined', statement)).toContain('declining');
    }
    // "refused" keeps "declined" among its words: it says only refusing.
    expect(predicateForms('refused', 'Sales declined after the company refused the merger.')).toContain('declined');
  });

  it('gives nothing for names, numbers or the word itself', () => {
    expect(predicateForms('Pompeii')).toEqual([]);
    expect(predicateForms('2015')).toEqual([]);
    expect(predicateForms('banned')).not.toContain('banned');
  });

  it('reads one table of irregular verbs for derivation and the scanner', () => {
    expect(irregularBase('withdrawn')).toBe('withdraw');
    expect(irregularBase('broke')).toBe('break');
    // A base form, or a past written like its base, is no irregular past.
    expect(irregularBase('cut')).toBeUndefined();
    expect(irregularBase('sell')).toBeUndefined();
    expect(irregularForms('sold')).toEqual(expect.arrayContaining(['sell', 'sells', 'selling']));
    expect(irregularForms('sold')).not.toContain('sold');
    expect(irregularForms('banned')).toEqual([]);
  });

  it('inflects a verb in -ie as English does', () => {
    expect(predicateForms('died')).toEqual(expect.arrayContaining(['die', 'dies', 'dying', 'death', 'dead']));
    expect(predicateForms('died')).not.toContain('ding');
  });
});
