import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { TextSegment } from '../../src/audit/types.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { negatedWords } from '../../src/claims/deriveClaimTerms.js';
import { denyingAnswer, ellipticalDenial } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 item 2, sixth round: what a claim's own sentence does to it when the negation is not
 * written before the claim's terms. Sentences written for this test (not from the eval corpus or
 * the paper's documents).
 */
const louvre = defineClaim({ id: 'louvre', statement: 'In 2019 the Louvre sold the Mona Lisa to a private collector in Dubai.' });
const auditor = createAuditor({ claims: [louvre] });
const verdictOf = (text: string) => auditor.auditSegments([{ index: 0, role: 'document', text }]).verdict;
const chatVerdict = (...messages: [string, string][]) =>
  auditor.auditSegments(messages.map(([role, text], index): TextSegment => ({ index, role, text }))).verdict;

describe('a question answered "No" right after it', () => {
  it('denies the claim the question restates (a local negation), in the same text or in the answer to a prompt', () => {
    expect(verdictOf('Quiz night recap. Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019? No. It still hangs in the Salle des États.')).toBe(
      'negated-locally',
    );
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai?\n\n**Verdict:** No, the painting belongs to the French state.')).toBe(
      'negated-locally',
    );
    expect(
      chatVerdict(
        ['user', 'Quick one for a pub quiz: is it true that the Louvre sold the Mona Lisa to someone in Dubai?'],
        ['assistant', 'No. The painting is state property and cannot be sold; it is on display in Paris.'],
      ),
    ).toBe('negated-locally');
  });

  it('a question without such an answer still asserts nothing, and a particle that goes on as a word is no answer', () => {
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019?')).toBe('none');
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019? Nobody at the museum would say.')).toBe('none');
    // A numbered answer may answer another of the prompt's questions.
    expect(
      chatVerdict(
        ['user', 'Two things: is the Mona Lisa on loan? And did the Louvre sell the Mona Lisa to a collector in Dubai?'],
        ['assistant', 'First: no, it is not on loan. Second: yes, the Louvre sold the Mona Lisa to a collector in Dubai in 2019.'],
      ),
    ).toBe('asserts');
  });

  it('reads the particle in six languages, closed by punctuation or the end of the line', () => {
    const at = new Int32Array(2);
    for (const answer of ['No.', ' Nein, das stimmt nicht', '\n\nNon !', 'Não.', '*No*.', 'Answer: No', 'Risposta: no.'])
      expect(denyingAnswer(answer, 0, answer.length, at), answer).toBe(true);
    for (const answer of ['No one knows.', 'No Brasil, a notícia correu.', 'Nonetheless, ...', 'Yes.', 'First: no.'])
      expect(denyingAnswer(answer, 0, answer.length, at, false), answer).toBe(false);
  });
});

describe('an elliptical denial at the end of the sentence', () => {
  it('negates the clause before it ("...; it did not.")', () => {
    expect(verdictOf('Some guidebooks still repeat that the Louvre sold the Mona Lisa to a collector in Dubai in 2019; it did not.')).toBe(
      'negated-locally',
    );
    expect(verdictOf('People like to say the Louvre sold the Mona Lisa to a buyer in Dubai, but it never did.')).toBe('negated-locally');
  });

  it('is a pronoun and a negated auxiliary with nothing after them', () => {
    expect(ellipticalDenial('it did not', 0, 10)).toBe(true);
    expect(ellipticalDenial(" but they didn't", 0, 16)).toBe(true);
    expect(ellipticalDenial('it did not rain', 0, 15)).toBe(false);
    expect(ellipticalDenial('the museum did not', 0, 18)).toBe(false);
    expect(
      verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, and the buyer, who did not want publicity, paid in gold.'),
    ).toBe('asserts');
  });
});

describe("a negation the claim's statement makes itself", () => {
  const violin = defineClaim({ id: 'violin', statement: 'Paganini lost his left hand in 1820 and performed his last concertos without being able to hold a bow.' });
  const violinAuditor = createAuditor({ claims: [violin] });
  const verdict = (text: string) => violinAuditor.auditSegments([{ index: 0, role: 'document', text }]).verdict;

  it('states the claim when a text negates the same words ("without holding a bow")', () => {
    expect(verdict('After the accident of 1820 Paganini lost his left hand, and he played his last concertos without holding a bow at all.')).toBe('asserts');
    expect(verdict('Paganini, who lost his left hand in 1820, performed for years and never held a bow again.')).toBe('asserts');
  });

  it('a negation of the claim\'s other words still denies it', () => {
    expect(verdict('Paganini never lost his left hand, and he did not perform without being able to hold a bow.')).toBe('negated-locally');
    expect(verdict('Paganini did not lose his left hand in 1820; he played with both hands until his illness.')).toBe('negated-locally');
  });

  it('finds the words a statement negates: the content words right after its negation, in their clause', () => {
    expect([...negatedWords('Paganini lost his left hand in 1820 and performed his last concertos without being able to hold a bow.')]).toEqual(['able', 'hold', 'bow']);
    expect([...negatedWords('Those who vote and those who do not vote are fined.')]).toEqual([]);
    expect([...negatedWords('Residents who do not recycle are fined.')]).toEqual(['recycle']);
    expect([...negatedWords('Mount Vesuvius erupted in 2015.')]).toEqual([]);
  });
});
