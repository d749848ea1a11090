import { describe, expect, it } from 'vitest';
import { auditorFor, louvre } from './auditorFor.js';
import { tagQuestionEnd } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 item 2, seventh round: a statement asked about right after it ("Is that true?") and answered
 * "No" is denied by the answer, in a chat or in one text. Sentences written for this test (not from the
 * eval corpus or the paper's documents).
 */
const { verdictOf, chatVerdict } = auditorFor(louvre);

describe('a short question after a statement', () => {
  it('is found right after it, on its line', () => {
    expect(tagQuestionEnd('He says it was sold. Is that true?', 20)).toBe(34);
    expect(tagQuestionEnd('Er sagt, sie sei verkauft. Stimmt das?', 26)).toBe(38);
    expect(tagQuestionEnd('He says it was sold. It hangs in Paris.', 20)).toBe(-1);
    expect(tagQuestionEnd('He says it was sold.\nIs that true?', 20)).toBe(-1);
  });

  it('answered "No", denies the statement (a local negation); unanswered, the statement stands', () => {
    expect(
      chatVerdict(
        ['user', 'My teacher says the Louvre sold the Mona Lisa to a collector in Dubai in 2019. Is she right?'],
        ['assistant', 'No, she is mistaken. The painting belongs to the French state and is on display in Paris.'],
      ),
    ).toBe('negated-locally');
    expect(verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019. True? No. It is still in Paris.')).toBe('negated-locally');
    expect(verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019. Surprised? Everyone was.')).toBe('asserts');
  });
});
