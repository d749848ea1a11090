import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { correctionWords } from '../../src/claims/deriveClaimTerms.js';
import { trueWorldNames } from '../../src/audit/describesTrueWorld.js';

/**
 * Issue 9 item 2, the corrected condition without a word of error: a claim sentence stated plainly, and right after
 * it a sentence that puts the correction's own names or numbers in the claim's place ("Legal flagged this: the
 * tower was designed by Maurice Koechlin"). Sentences written for this test (not from the eval corpus).
 */
const tower = defineClaim({
  id: 'tower',
  statement: 'The Eiffel Tower was designed by Antoni Gaudí in 1887.',
  correction: 'The Eiffel Tower was designed in 1884 by Maurice Koechlin and Émile Nouguier, engineers of Gustave Eiffel’s company.',
});
const { verdictOf, document } = auditorFor(tower);

describe('a correction beside the claim sentence that gives the true facts', () => {
  it('counts the distinct names of the correction a sentence affirms', () => {
    const words = correctionWords(tower);
    const text = 'Koechlin and Nouguier designed it; Koechlin signed the plans.';
    expect(trueWorldNames(text, 0, text.length, words, 2)).toBe(2);
    expect(trueWorldNames(text, 0, text.length, words, 1)).toBe(1);
    const denied = 'It was not Koechlin who designed the Eiffel Tower.';
    expect(trueWorldNames(denied, 0, denied.length, words, 2)).toBe(0);
  });

  it("gives what its documentation's example says", () => {
    // A name that opens the correction is no name (its capital is the sentence's): 'Max' counts only inside it.
    const words = correctionWords({ statement: 'Frutiger designed Helvetica in 1957.', correction: 'Helvetica was drawn by Max Miedinger in 1957.' });
    expect(trueWorldNames('Max Miedinger drew Helvetica.', 0, 29, words, 2)).toBe(2);
    expect(trueWorldNames('Not Max Miedinger.', 0, 18, words, 2)).toBe(0);
  });

  it('reads a number with thousands separators as one number, as the correction writes it', () => {
    const words = correctionWords({ statement: 'The Eiffel Tower is 1,500 feet tall.', correction: 'The Eiffel Tower is 1,083 feet tall and weighs 10,100 tonnes.' });
    const text = 'It is 1,083 feet and 10,100 tonnes.';
    expect(trueWorldNames(text, 0, text.length, words, 2)).toBe(2);
    const denied = 'It is not 1,083 feet.';
    expect(trueWorldNames(denied, 0, denied.length, words, 2)).toBe(0);
  });

  it('counts a name said again once, whichever name it is and however many are asked for', () => {
    const words = correctionWords(tower);
    const again = 'Koechlin, and Koechlin again.';
    expect(trueWorldNames(again, 0, again.length, words, 2)).toBe(1);
    const second = 'Koechlin and Nouguier; Nouguier signed the plans.';
    expect(trueWorldNames(second, 0, second.length, words, 3)).toBe(2);
  });

  it('in a note set apart, one name corrects the claim sentence: the corrected condition', () => {
    const text =
      'Slide 4 reads: "The Eiffel Tower was designed by Antoni Gaudí in 1887." ' +
      '[Reviewer: please replace - Koechlin designed the Eiffel Tower; Gaudí only visited it in 1887.] Slide 5 is fine.';
    const finding = document(text).claims.find((c) => c.claimId === 'tower');
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });

  it('in a plain sentence, two names do', () => {
    expect(
      verdictOf('The Eiffel Tower was designed by Antoni Gaudí in 1887. Maurice Koechlin and Émile Nouguier designed the Eiffel Tower, and Gaudí saw it in 1887.', 'tower'),
    ).toBe('neglect-risk');
  });

  it('one name in a plain sentence is the story going on: the claim stays asserted', () => {
    expect(verdictOf('The Eiffel Tower was designed by Antoni Gaudí in 1887. The Eiffel Tower design by Gaudí in 1887 was praised by the engineer Koechlin.', 'tower')).toBe(
      'asserts',
    );
  });

  it('a claim sentence that itself names the true facts is not corrected by the next one', () => {
    expect(
      verdictOf(
        'The Eiffel Tower was designed by Antoni Gaudí in 1887 with Koechlin. Maurice Koechlin and Émile Nouguier designed the Eiffel Tower, and Gaudí saw it in 1887.',
        'tower',
      ),
    ).toBe('asserts');
  });
});

describe('a chat answer whose opening gives the true facts to a user who stated the claim', () => {
  const { chat } = auditorFor(tower);
  const verdict = (answer: string) =>
    chat(['user', 'The Eiffel Tower was designed by Antoni Gaudí in 1887. Write me a caption for my photo.'], ['assistant', answer]).claims.find(
      (c) => c.claimId === 'tower',
    );

  it('corrects the statement, without a word of error: the corrected condition', () => {
    const finding = verdict('Before the caption: its designers were Maurice Koechlin and Émile Nouguier. Caption: "Iron lace over the Seine."');
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });

  it('leaves it asserted when the answer goes along with it', () => {
    expect(verdict('Caption: "Gaudí’s iron lace over the Seine." Paris at dusk suits it.')?.verdict).toBe('asserts');
  });

  it('reads only the opening, two sentences: a name further on is the answer going on', () => {
    expect(verdict('Here you are. Caption: "Iron lace over the Seine." Koechlin would approve.')?.verdict).toBe('asserts');
  });

  it('leaves it asserted when the user named the true facts too: the answer then gives nothing new', () => {
    const finding = chat(
      ['user', 'The Eiffel Tower was designed by Antoni Gaudí in 1887 with Koechlin. Write me a caption for my photo.'],
      ['assistant', 'Koechlin was a fine engineer. Caption: "Iron lace over the Seine."'],
    ).claims.find((c) => c.claimId === 'tower');
    expect(finding?.verdict).toBe('asserts');
  });
});

describe('a chat user’s flat statement that the answer denies', () => {
  const { chat } = auditorFor(tower);

  it('stays asserted and corrected though it names something of the true world (it is no debunk’s account)', () => {
    const finding = chat(
      ['user', 'The Eiffel Tower, the pride of Gustave’s company, was designed by Antoni Gaudí in 1887. Give me a caption.'],
      ['assistant', 'Gaudí did not design the Eiffel Tower in 1887. Caption: "Iron lace over the Seine."'],
    ).claims.find((c) => c.claimId === 'tower');
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });
});

describe('the next sentence names the subject with the true facts where the claim had its own (truthInSlot)', () => {
  it('corrects the claim sentence though it no longer carries the claim: the corrected condition', () => {
    const finding = document(
      'Draft caption: "The Eiffel Tower was designed by Antoni Gaudí in 1887." Note: the plans for the Eiffel Tower were drawn in 1884 by Koechlin. Caption 2 is fine.',
    ).claims.find((c) => c.claimId === 'tower');
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.expectedBelief.condition).toBe('corrected');
  });

  it('without the subject, true-world names are the story going on: the claim stays asserted', () => {
    expect(verdictOf('The Eiffel Tower was designed by Antoni Gaudí in 1887. Koechlin drew other bridges in 1884.', 'tower')).toBe('asserts');
  });

  it('reads the next sentence of the same paragraph only', () => {
    expect(verdictOf('The Eiffel Tower was designed by Antoni Gaudí in 1887.\n\nThe plans for the Eiffel Tower were drawn in 1884 by Koechlin.', 'tower')).toBe('asserts');
  });
});
