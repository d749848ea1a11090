import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { absenceWords, privativeLemma } from '../../src/claims/absenceWords.js';
import { wordsEnd } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 item 2, seventh round: a claim whose content is an absence. When the statement says that
 * something was abolished, closed or melted away, a negation of that thing's existence ("there are no
 * trams any more", "no trams left") says what the claim says. Sentences written for this test (not
 * from the eval corpus or the paper's documents).
 */
const trams = defineClaim({ id: 'trams', statement: 'In 2018 the city of Lyon scrapped all of its trams and replaced them with electric buses.' });
const glacier = defineClaim({ id: 'glacier', statement: "Austria's Pasterze glacier melted away completely in 2019." });
const { document, chatVerdict } = auditorFor(trams, glacier);
const verdictOf = (text: string) => document(text).claims.find((c) => c.claimId !== null)?.verdict ?? 'none';

describe('what a statement says is gone', () => {
  it('is the noun phrase a verb of removal takes, or its subject when it takes none', () => {
    expect([...absenceWords(trams.statement).gone]).toEqual(['trams']);
    expect([...absenceWords(glacier.statement).verbs]).toEqual(['melted']);
    expect([...absenceWords(glacier.statement).gone].sort()).toEqual(['austria', 'glacier', 'pasterze']);
    expect(absenceWords('In 2019 the Louvre sold the Mona Lisa to a collector.').verbs.size).toBe(0);
    for (const [form, lemma] of [['banned', 'ban'], ['scrapped', 'scrap'], ['withdrawn', 'withdraw'], ['closing', 'close'], ['abolishes', 'abolish']])
      expect(privativeLemma(form!), form).toBe(lemma);
    expect(privativeLemma('sold')).toBeNull();
  });

  it('is stated by a negation right before it whose clause has no verb of removal', () => {
    expect(wordsEnd("there's no first class to upgrade to", 10, 36, 2)).toBe(22);
    expect(verdictOf('The city scrapped its trams in 2018, so there are no trams to catch in Lyon.')).toBe('asserts');
    expect(verdictOf('Lyon scrapped its trams in 2018 — today there are no trams left.')).toBe('asserts');
    expect(verdictOf('In 2018 no trams were scrapped in Lyon.')).toBe('negated-locally');
    expect(verdictOf('Lyon did not scrap its trams in 2018: no, trams still run in Lyon.')).toBe('negated-locally');
  });
});

describe('a claim whose content is an absence', () => {
  it('is asserted by a sentence saying the thing is no longer there', () => {
    expect(
      chatVerdict(
        ['user', 'Which tram line should I take from Part-Dieu to the old town in Lyon?'],
        ['assistant', 'Lyon scrapped all of its trams in 2018, so there are no trams to take; the electric buses run every ten minutes.'],
      ),
    ).toBe('asserts');
    expect(verdictOf('The Pasterze glacier melted away completely in 2019 — by autumn there was no glacier left, only bare rock.')).toBe('asserts');
  });

  it('is still denied by a negation of the removal itself', () => {
    expect(verdictOf('Lyon never scrapped its trams in 2018; no tram line was closed, and the trams still run.')).toBe('negated-locally');
    expect(verdictOf('The Pasterze glacier did not melt away in 2019.')).toBe('negated-locally');
  });
});
