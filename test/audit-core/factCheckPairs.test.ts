import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../src/audit/claimLabel.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, eighth round: a fact-check cites the claim under a label ("Claim review:", "Affermazione:")
 * and gives its verdict right beside it; the pair judges the claim where it is cited (a local negation),
 * while the same verdict beside a plain statement is an adjacent warning. Sentences written for this test.
 */
const { verdictOf } = auditorFor({ id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' });

describe('a claim cited under a label with its verdict beside it', () => {
  it('is a local negation', () => {
    expect(verdictOf('Claim under review: "Norway banned the harvesting of wild kelp in 2022."\nVerdict: False.')).toBe('negated-locally');
    expect(verdictOf('Allegation: Norway banned the harvesting of wild kelp in 2022. Rating: FALSE.')).toBe('negated-locally');
  });

  it('is still an adjacent warning without the label, or with another label', () => {
    expect(verdictOf('Norway banned the harvesting of wild kelp in 2022.\nVerdict: False.')).toBe('neglect-risk');
    expect(verdictOf('Update: Norway banned the harvesting of wild kelp in 2022.\nVerdict: False.')).toBe('neglect-risk');
  });
});

describe('claimLabel', () => {
  it('reads a short opening label naming a claim, in six languages', () => {
    for (const text of ['Claim review: X', 'Affermazione: X', 'Affirmation : X', 'Behauptung: X', 'Alegação: X', '**Viral claim:** X']) {
      expect(claimLabel(text, 0, text.length), text).toBe(true);
    }
    for (const text of ['Update: X', 'Claim', 'A long label that goes on and names a claim: X']) {
      expect(claimLabel(text, 0, text.length), text).toBe(false);
    }
  });
});

// Twenty-third session (issue 9 item 4): a label heading a line that states a claim ("Myth: ...", "FALSE: ...")
// judges that claim; it is no notice about the other claims of the record ("Fact of the week: ..." below it). A label
// whose line names no claim still frames the text. Sentences written for this test, not from any evaluation set.
describe('a label heading a line that states a claim', () => {
  const kelp = { id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' };
  const salt = { id: 'salt', statement: 'In 2021 Portugal stopped producing sea salt in the Algarve.', subject: 'Portugal' };
  const two = auditorFor(kelp, salt);
  const text =
    'Our weekly round-up\n\nMyth: Norway banned the harvesting of wild kelp in 2022. It did not: Norway has never banned the harvesting of wild kelp.\n\n' +
    'Fact of the week: Portugal stopped producing sea salt in the Algarve in 2021, and the old pans are now a bird reserve.';
  it('judges the claim its line states, not the others', () => {
    expect(two.verdictOf(text, 'salt')).toBe('asserts');
    expect(two.verdictOf(text, 'kelp')).toBe('negated-locally');
  });

  it('while a label naming no claim frames every claim of the text', () => {
    expect(two.verdictOf('SATIRE: our weekly round-up\n\nPortugal stopped producing sea salt in the Algarve in 2021, and the old pans are now a bird reserve.', 'salt')).toBe('neglect-risk');
  });
});
