import { describe, expect, it } from 'vitest';
import { correctionOpensAfter } from '../../src/audit/correctionOpensAfter.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, fifteenth round: a claim sentence followed by a sentence that opens by judging it an error,
 * then gives the facts ("Small mistake on my part: ..."), is asserted with a correction beside it: the paper's
 * corrected condition (39.4% belief), even when the facts name the claim's own words. Sentences written for
 * this test.
 */
const { document } = auditorFor(
  { id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' },
  { id: 'fjords', statement: 'In 2020 Sweden closed all of its fjords to fishing boats.', subject: 'Sweden' },
);
const claim = 'Norway banned the harvesting of wild kelp in 2022.';
const facts = 'Norway still licenses the harvesting of wild kelp every spring.';
const kelp = (text: string) => document(text).claims.find((c) => c.claimId === 'kelp');

describe('a claim sentence judged an error by the sentence after it', () => {
  it('is the corrected condition, the facts after the judgement being no second assertion', () => {
    for (const judgement of ['Small mistake on my part: ', 'That was an error: ', '\nEditor: that is an error, ', '→ Erreur : ', 'Errore mio, mi scuso: ']) {
      const finding = kelp(`${claim} ${judgement}${facts}`);
      expect(finding?.verdict, judgement).toBe('neglect-risk');
      expect(finding?.expectedBelief.condition, judgement).toBe('corrected');
    }
  });

  it('reads a correction that heads its sentence before a colon as about the sentence before, though it is that sentence\'s own cue', () => {
    const finding = kelp(`${claim} Correction added in the margin by the editor: wild kelp harvesting in Norway is licensed every spring.`);
    expect(finding?.verdict).toBe('neglect-risk');
    // The claim sentence is placed beside the correction, which heads its own sentence.
    expect(finding?.placements.adjacent).toBe(1);
  });

  it('leaves the claim asserted without a judgement, or with one a paragraph away', () => {
    expect(kelp(`${claim} Harvesters moved north: ${facts}`)?.verdict).toBe('asserts');
    expect(kelp(`${claim}\n\nThat was an error: ${facts}`)?.verdict).toBe('asserts');
  });

  it('does not take a judgement of another claim the next sentence names for a correction', () => {
    expect(kelp(`${claim} As for the story that Sweden closed all its fjords to fishing boats in 2020, that is an error: they are open.`)?.verdict).toBe('asserts');
  });
});

describe('correctionOpensAfter', () => {
  it('reads the next sentence of the paragraph, past a short label', () => {
    expect(correctionOpensAfter('A. That is a mistake: B.', 2, 'en')).toEqual({ start: 13, end: 20 });
    expect(correctionOpensAfter('A.\nReviewer: a mistake, B.', 2, 'en')).toEqual({ start: 15, end: 22 });
    expect(correctionOpensAfter('A.\n\nThat is a mistake: B.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. It was sunny: B.', 2, 'en')).toBeNull();
  });
});
