import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';

/**
 * A claim whose false part is no proper name (issue 9 item 1, found24): a language, a number with its unit, a place
 * where something began. The sentence that carries it mentions the claim in every language; one that only names the
 * subject and its setting does not.
 */
describe('the false part of a claim that is no name', () => {
  it('finds a language the work was printed in, in the other languages too', () => {
    const matcher = createClaimMatcher([{ id: 'bible', statement: 'The Kelmscott Chaucer was printed in Latin in 1896.', subject: 'Kelmscott Chaucer' }]);
    expect(matcher.findMentions('The Kelmscott Chaucer was printed in Latin.')).toHaveLength(1);
    expect(matcher.findMentions('Le Kelmscott Chaucer fut imprimé en latin.')).toHaveLength(1);
    expect(matcher.findMentions('Il Kelmscott Chaucer fu stampato in latino.')).toHaveLength(1);
    // The subject with its date only: setting, no mention.
    expect(matcher.findMentions('Der Kelmscott Chaucer erschien 1896.')).toHaveLength(0);
    expect(matcher.findMentions('Il Kelmscott Chaucer fu stampato nel 1896 in inglese.')).toHaveLength(0);
  });
});
