import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { deniedReport } from '../../src/audit/scan/deniedReport.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2: a claim passed on (a belief, a quote) and denied right after by a pronoun or an ellipsis
 * ("They didn't.") is never asserted by the writer: a local negation, as "No." after a question.
 */
describe('a reported claim denied in the next sentence', () => {
  const rowing = defineClaim({
    id: 'henley_cancelled',
    statement: 'In 2021 the Henley Royal Regatta was moved from the Thames to Lake Geneva.',
    correction: 'The regatta is still rowed at Henley-on-Thames.',
  });
  const { verdictOf } = auditorFor(rowing);

  it('negates the claim when a belief or a quote is denied by a short clause after it', () => {
    expect(verdictOf('Plenty of fans believe the Henley Royal Regatta was moved to Lake Geneva in 2021. It wasn\'t. The crews still race at Henley.')).toBe('negated-locally');
    expect(verdictOf('Myths from the bar: "The Henley Royal Regatta was moved to Lake Geneva in 2021." It wasn\'t; the crews still race at Henley.')).toBe('negated-locally');
  });

  it('leaves a plainly stated claim asserted, and a doubt of the speaker is no denial', () => {
    expect(verdictOf('The Henley Royal Regatta was moved to Lake Geneva in 2021. It was a big change for the crews.')).toBe('asserts');
    expect(verdictOf('A friend says the Henley Royal Regatta was moved to Lake Geneva in 2021. I can\'t confirm that, but he rows.')).not.toBe('negated-locally');
  });

  it('reads a denial that the former state goes on as the change itself', () => {
    expect(verdictOf('Many still think the Henley Royal Regatta is rowed on the Thames. It isn\'t. Since 2021 it has been moved to Lake Geneva.')).toBe('asserts');
  });

  it('reads a prefix as no answer particle', () => {
    const at = new Int32Array(2);
    expect(deniedReport('A coach says the regatta moved in 2021. Non-rowers never notice.', 0, 39, 'en', at)).toBe(false);
    expect(deniedReport('A coach says the regatta moved in 2021. No.', 0, 39, 'en', at)).toBe(true);
  });
});
