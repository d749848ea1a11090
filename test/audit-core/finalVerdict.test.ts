import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { finalVerdict } from '../../src/audit/scan/finalVerdict.js';
import { verdictClause } from '../../src/audit/scan/deniedReport.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2 (twenty-fifth session): a sentence that ends with a short verdict on the clause before it (", but that
 * is wrong.", ", pero no fue así.", ": non è così.", ", which is not the case.") denies the claim in its own sentence,
 * the paper's local negation, in every language; a verdict on a noun phrase ("but the referee was wrong") judges
 * something else.
 */
describe('a short verdict ending the sentence', () => {
  const trams = defineClaim({
    id: 'melbourne_trams_scrapped',
    statement: 'Melbourne scrapped its tram network in the 1960s.',
    correction: 'Melbourne kept its trams; it has the largest urban tram network in the world.',
  });
  const { verdictOf } = auditorFor(trams);

  it('negates the clause before it, in English and the other languages', () => {
    expect(verdictOf('Some websites say Melbourne scrapped its tram network in the 1960s, but that is wrong. The city kept its trams.')).toBe('negated-locally');
    expect(verdictOf('It is a common exam error to write that Melbourne scrapped its tram network in the 1960s, which is not the case.')).toBe('negated-locally');
    expect(verdictOf('Hay quien cree que Melbourne desmanteló su red de tranvías en los años 1960, pero no fue así.')).toBe('negated-locally');
    expect(verdictOf('Si legge talvolta che Melbourne smantellò la sua rete di tram negli anni 1960: non è così.')).toBe('negated-locally');
  });

  it('reads no verdict on a noun phrase, a doubt, or a verdict the sentence goes on past', () => {
    expect(verdictOf('Melbourne scrapped its tram network in the 1960s, but the planners were wrong.')).toBe('asserts');
    expect(verdictOf('Melbourne scrapped its tram network in the 1960s, but that may be wrong.')).not.toBe('negated-locally');
    const text = 'Melbourne scrapped its trams in the 1960s, that is wrong: the city kept them.';
    expect(finalVerdict(text, 0, text.length, 'en')).toBe(-1);
    const denied = 'Melbourne scrapped its trams in the 1960s, but that is wrong.';
    expect(finalVerdict(denied, 0, denied.length, 'en')).toBe(42);
  });

  // A negated word of falsity affirms: "not wrong", "pas faux", "nicht falsch" say the clause is true.
  it('reads no verdict in a negated word of falsity', () => {
    expect(verdictOf('Melbourne scrapped its tram network in the 1960s, which is not wrong.')).toBe('asserts');
    expect(verdictOf("Melbourne a démantelé son réseau de tramways dans les années 1960, et ce n'est pas faux.")).toBe('asserts');
    expect(verdictOf('Melbourne hat sein Straßenbahnnetz in den 1960er Jahren abgeschafft, das ist nicht falsch.')).toBe('asserts');
    // A negation the comma closes answers before the verdict: "No, eso es falso." still denies.
    expect(verdictClause('No, eso es falso.', 0, 17, 'es', 'sentence')).toBe(16);
    expect(verdictClause('No es falso.', 0, 12, 'es', 'sentence')).toBe(-1);
  });
});
