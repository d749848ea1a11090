import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/audit/decideVerdict.js';
import { plainAssertion } from '../../src/audit/plainAssertion.js';
import { statementWords } from '../../src/audit/reportsSpeech.js';
import { claimOfChange, statesPersistence } from '../../src/audit/statesPersistence.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: `negated-locally` only when the claim is never asserted in the record. A record that
 * states the whole claim plainly in one sentence and negates it in another is the corrected condition
 * (`neglect-risk`); reported, asked, cited and true-world sentences are not plain statements.
 */
const statement = 'In 2023 the World Health Organization advised that children under twelve should not use fluoride toothpaste.';
const own = statementWords(statement);
const plain = (text: string, language: 'en' | 'pt' | 'de' | 'fr' = 'en') => plainAssertion(text, 0, text.length, own, language);

describe('plainAssertion', () => {
  it('a flat statement is plain', () => {
    expect(plain('The World Health Organization advised in 2023 that children under twelve should not use fluoride toothpaste.')).toBe(true);
    expect(plain('No verão de 2020 o glaciar derreteu por completo.', 'pt')).toBe(true); // pt "no" is "in the"
  });

  it('reported, asked, cited, quoted or denied sentences are not', () => {
    expect(plain('Posts claim the World Health Organization advised children to avoid fluoride toothpaste.')).toBe(false);
    expect(plain('Parents keep asking if the World Health Organization advised against fluoride toothpaste.')).toBe(false);
    expect(plain('Did the World Health Organization advise against fluoride toothpaste?')).toBe(false);
    expect(plain('The viral post, "WHO bans fluoride toothpaste for kids", was shared widely.')).toBe(false);
    expect(plain('The World Health Organization never advised against fluoride toothpaste.')).toBe(false);
    expect(plain('Die WHO hat 2023 keine solche Empfehlung gegeben.', 'de')).toBe(false);
  });

  it('a denial is any one-word negation of the cue bank in the text\'s language, its word starts included', () => {
    expect(plain('The World Health Organization advised against fluoride toothpaste, a debunked tale.')).toBe(false);
    expect(plain('Die WHO hat 2023 keineswegs von fluoridhaltiger Zahnpasta abgeraten.', 'de')).toBe(false);
    expect(plain('L’OMS a déconseillé le dentifrice fluoré en 2023, rien de plus.', 'fr')).toBe(false);
    // A cue the bank keeps to another language denies nothing here (Portuguese "no" is "in the").
    expect(plain('No inverno de 2023 a OMS desaconselhou a pasta com flúor.', 'pt')).toBe(true);
  });

  it('a sentence that sets the true world against the claim, or whose subject is another named agent, is not', () => {
    expect(plain('In reality, the World Health Organization recommends fluoride toothpaste for children.')).toBe(false);
    expect(plain('En réalité, l’OMS recommande le dentifrice fluoré.', 'fr')).toBe(false);
    expect(plain('Noah Lyles won the 100m gold in 9.79 seconds, and Sheeran was on tour.')).toBe(false);
  });
});

describe('statesPersistence and claimOfChange', () => {
  it('a state that goes on, in the six languages', () => {
    const says = (text: string, language: 'en' | 'pt' | 'de' | 'es') => statesPersistence(text, 0, text.length, language);
    expect(says('The Matterhorn is still climbed every summer.', 'en')).toBe(true);
    expect(says('Continua à venda em Portugal.', 'pt')).toBe(true);
    expect(says('Die Aspirin-Tabletten sind nach wie vor erhältlich.', 'de')).toBe(true);
    expect(says('La aspirina sigue a la venta.', 'es')).toBe(true);
    expect(says('Climbing the Matterhorn was banned in 2019.', 'en')).toBe(false);
  });

  it('a claim of change: a verb of removal in the statement, or a correction saying the state goes on', () => {
    expect(claimOfChange({ statement: 'Since 2019 climbing the Matterhorn has been banned.' })).toBe(true);
    expect(claimOfChange({ statement: 'Harvard made tuition free.', correction: 'Harvard still charges tuition.' })).toBe(true);
    // The correction's persistence words are statesPersistence's English ones ("remained", not only "remains").
    expect(claimOfChange({ statement: 'Intel handed its plants to TSMC.', correction: 'Its plants remained Intel\'s.' })).toBe(true);
    expect(claimOfChange({ statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' })).toBe(false);
  });
});

describe('the verdict of a record that negates the claim and states it plainly', () => {
  it('decideVerdict: a plain statement beside local negations is neglect-risk', () => {
    const counts = { local: 2, adjacent: 0, framing: 0, unqualified: 1 };
    expect(decideVerdict(counts, undefined, { asserted: 1 })).toBe('negated-locally');
    expect(decideVerdict(counts, undefined, { asserted: 1, plainlyAsserted: 1 })).toBe('neglect-risk');
  });

  const fluoride = defineClaim({
    id: 'fluoride',
    statement,
    correction: 'The WHO recommends fluoride toothpaste for everyone, children included, in age-appropriate amounts.',
  });
  const ban = defineClaim({
    id: 'ban',
    statement: 'Since 2019 climbing the Matterhorn has been banned and its summit is closed to all climbers.',
  });
  const { verdictOf: verdict } = auditorFor(fluoride, ban);

  it('a debunk that restates the myth as a plain sentence first is the corrected condition', () => {
    const myth = 'In 2023 the WHO advised that children under twelve should not use fluoride toothpaste. That sentence was shared thousands of times.';
    const refutation = ' It is wrong. The WHO did not advise against fluoride toothpaste for children in 2023.';
    expect(verdict(myth + refutation, 'fluoride')).toBe('neglect-risk');
  });

  it('a debunk that reports the myth stays negated-locally', () => {
    const text =
      'Posts claim that in 2023 the WHO advised that children under twelve should not use fluoride toothpaste. ' +
      'The WHO did not advise against fluoride toothpaste for children in 2023.';
    expect(verdict(text, 'fluoride')).toBe('negated-locally');
  });

  it('beside a negation of a claim of change, a sentence saying the former state goes on is the true world', () => {
    const text =
      'Climbing the Matterhorn has never been banned since 2019, and its summit was never closed. ' +
      'The Matterhorn summit is still climbed by climbers every summer since 2019.';
    expect(verdict(text, 'ban')).toBe('negated-locally');
  });
});
