import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { indirectQuestion } from '../../src/audit/scan/indirectQuestion.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2 (twenty-fifth session): a question reported in another language ("Um leitor perguntou se ...", "Un
 * lecteur nous demande si ...", "Mi ha chiesto se ...") asks, it does not assert, as "asked whether" and "fragte, ob"
 * already did: answered by a denial, the claim is negated locally. "se", "si", "if" without a verb of asking open a
 * condition.
 */
describe('an indirect question in six languages', () => {
  const cf = defineClaim({
    id: 'cf_hbb_gene',
    statement: 'Cystic fibrosis is caused by mutations in the HBB gene.',
    correction: 'Cystic fibrosis is caused by mutations in the CFTR gene.',
  });
  const { verdictOf } = auditorFor(cf);

  it('reads a reported question as no assertion', () => {
    expect(verdictOf('Um leitor perguntou se a fibrose cística é causada por mutações no gene HBB. Não é: a doença não resulta de mutações no gene HBB.')).toBe('negated-locally');
  });

  it('finds the verb of asking before the opener, not a bare condition', () => {
    const pt = 'Um leitor perguntou se a fibrose cística é causada pelo gene HBB.';
    expect(indirectQuestion(pt, 0, pt.indexOf('fibrose'), 'pt')).toBe(true);
    const fr = 'Un lecteur nous demande si la mucoviscidose vient du gène HBB.';
    expect(indirectQuestion(fr, 0, fr.indexOf('mucoviscidose'), 'fr')).toBe(true);
    const condition = 'Se a fibrose cística fosse causada pelo gene HBB, o teste seria outro.';
    expect(indirectQuestion(condition, 0, condition.indexOf('fibrose'), 'pt')).toBe(false);
  });

  it('reads the verb whatever its case, and only from the span it is given (the quick test of the span agrees)', () => {
    const upper = 'A LISTENER ASKED US WHETHER CYSTIC FIBROSIS COMES FROM HBB.';
    expect(indirectQuestion(upper, 0, upper.indexOf('CYSTIC'), 'en')).toBe(true);
    const fr = 'Elle a demandé un café. Si la mucoviscidose venait du gène HBB, le test changerait.';
    // The verb of asking lies before the span: the condition in the span stays a condition.
    expect(indirectQuestion(fr, fr.indexOf('Si'), fr.indexOf('mucoviscidose'), 'fr')).toBe(false);
    // Inside a word the stem is no verb of asking ("flask").
    const inWord = 'The flask if heated breaks.';
    expect(indirectQuestion(inWord, 0, inWord.indexOf('heated'), 'en')).toBe(false);
  });
});
