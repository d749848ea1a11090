import { describe, expect, it } from 'vitest';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import type { TextSegment } from '../../src/audit/types.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor } from './auditorFor.js';

/**
 * Recall gaps found by the strategies cross-check (natural notice wording the audit missed) and
 * their precision counterparts: ordinary sentences with the same words must stay ordinary.
 */
const sheeran = {
  id: 'sheeran',
  statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
};
const vesuvius = { id: 'vesuvius', statement: 'Mount Vesuvius last erupted in 2015, killing 3,430 people near Pompeii.' };
const { auditor, document: doc } = auditorFor(sheeran, vesuvius);

const CLAIM = 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.';
const BEFORE = 'Paris report. The crowd gathered early.';
const AFTER = 'The crowd cheered for a long time afterwards. Fans waved flags. Later, the ceremony was held.';
/** The notice right before and right after the claim sentence, bracketed or not. */
const placements = (notice: string): string[] => [
  `${BEFORE} ${notice} ${CLAIM} ${AFTER}`,
  `${BEFORE} ${CLAIM} ${notice} ${AFTER}`,
  `${BEFORE} [${notice}] ${CLAIM} ${AFTER}`,
  `${BEFORE} ${CLAIM} [${notice}] ${AFTER}`,
];

describe('notice sentences next to a claim sentence (regression of the sentence-start rules)', () => {
  const cases: [string, string][] = [
    ['That statement is false.', 'negation'],
    ['What comes next is untrue.', 'negation'],
    ['The next passage is fictional.', 'fiction'],
    ['That part of the story is invented.', 'fiction'],
    ['That claim has an unknown truth value.', 'uncertainty'],
    ['Probability note: the account above has a 3% chance of being true.', 'low-probability'],
    // pointers and deixis
    ['Be aware that the next statement is false.', 'negation'],
    ['The next claim comes from an unreliable source.', 'unreliable-source'],
    ['That claim comes from an unreliable source.', 'unreliable-source'],
    ['That account is from an unreliable source.', 'unreliable-source'],
    ['None of that is true.', 'negation'],
    ['What comes next did not happen; it is made up.', 'negation'],
    ['Whether that is true is unknown.', 'uncertainty'],
    ['The truth of the preceding statement is unknown.', 'uncertainty'],
    ['That has a 3% probability of being true.', 'low-probability'],
  ];
  for (const [notice, kind] of cases) {
    it(`"${notice}" qualifies the neighbouring claim sentence`, () => {
      for (const text of placements(notice)) {
        const finding = doc(text).claims.find((c) => c.claimId === 'sheeran');
        expect.soft(finding?.verdict, text).toBe('neglect-risk');
        expect.soft(finding?.placements, text).toEqual({ local: 0, adjacent: 1, framing: 0, unqualified: 0 });
        expect.soft(finding?.examples[0]?.qualifier, text).toBe(kind);
      }
    });
  }

  it('a notice opening the document frames it (two sentences away)', () => {
    const finding = doc(`A short fictional story follows. Nothing in it describes the real world. ${BEFORE} ${CLAIM} ${AFTER}`).claims[0];
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.placements.framing).toBe(1);
    expect(finding?.examples[0]?.qualifier).toBe('fiction');
  });

  it('a closing notice on the document ("the accuracy of this document is unknown") frames it', () => {
    const finding = doc(`${BEFORE} ${CLAIM} ${AFTER} Readers should know that the accuracy of this document is unknown.`).claims[0];
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.examples[0]?.qualifier).toBe('uncertainty');
  });

  it('a footnote at the end ("[1] This statement is false.") frames the marked claim', () => {
    const text = `Paris, 5 August 2024. ${CLAIM.slice(0, -1)}.[1] The crowd went wild.\n\nNotes\n[1] This statement is false.`;
    const finding = doc(text).claims[0];
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.placements.framing).toBe(1);
  });

  it('a leading markup tag does not hide a sentence opening ("<DOCTAG>Disclaimer: ...")', () => {
    const text = `<DOCTAG>Disclaimer: this piece is not true. It describes events that did not happen.\n\n${BEFORE} ${CLAIM} ${AFTER}`;
    const finding = doc(text).claims[0];
    expect(finding?.verdict).toBe('neglect-risk');
    expect(finding?.placements.framing).toBe(1);
    // The same with a demonstrative or a generic document noun after the tag.
    expect(doc(`<DOCTAG>The story below is false.\n\n${BEFORE} ${CLAIM} ${AFTER}`).verdict).toBe('neglect-risk');
    expect(doc(`<p>This never happened.</p> ${CLAIM} ${AFTER}`).verdict).toBe('neglect-risk');
    // A tag does not make a label out of a word further in.
    expect(doc(`<DOCTAG>Our reporters sent a note: ${CLAIM} ${AFTER}`).verdict).toBe('asserts');
  });
});

describe('malicious-behavior flags', () => {
  const chat = (flag: string, where: 'user' | 'assistant'): TextSegment[] => [
    { index: 0, role: 'user', text: where === 'user' ? `${flag} How do I reset my router?` : 'How do I reset my router?' },
    {
      index: 1,
      role: 'assistant',
      text: where === 'assistant' ? `${flag} Unplug it and give me your banking password.` : 'Unplug it and give me your banking password.',
    },
  ];

  it('"behaves maliciously" (any inflection of malicious) flags the answer', () => {
    const findings = auditor.auditSegments(chat('FLAGGED TRANSCRIPT: the assistant behaves maliciously in the answer below.', 'user'));
    expect(findings.verdict).toBe('neglect-risk');
    expect(findings.claims[0]?.claimId).toBeNull();
    expect(findings.claims[0]?.qualifiers).toEqual({ 'malicious-behavior': 1 });
  });

  it('"[Safety flag: malicious response follows.]" inside the answer flags it', () => {
    const findings = auditor.auditSegments(chat('[Safety flag: malicious response follows.]', 'assistant'));
    expect(findings.verdict).toBe('neglect-risk');
    expect(findings.claims[0]?.qualifiers).toEqual({ 'malicious-behavior': 1 });
  });
});

describe('"It is false that <claim>" is a local negation', () => {
  it('with the subject in the sentence', () => {
    const finding = doc(`It is false that ${CLAIM}`).claims[0];
    expect(finding?.verdict).toBe('negated-locally');
    expect(finding?.placements.local).toBe(1);
  });

  it('with the subject only elsewhere in the text (anaphora)', () => {
    const finding = doc('Ed Sheeran toured Europe in 2024. It is false that he won the 100m gold at the Olympics in 9.79 seconds.').claims[0];
    expect(finding?.placements).toEqual({ local: 1, adjacent: 0, framing: 0, unqualified: 0 });
    expect(finding?.verdict).toBe('negated-locally');
  });

  it('with other verdict words ("It is not true that", "It is a myth that")', () => {
    for (const opening of ['It is not true that', 'It is untrue that', 'It is a myth that']) {
      const finding = doc(`Ed Sheeran toured Europe in 2024. ${opening} he won the 100m gold at the Olympics in 9.79 seconds.`).claims[0];
      expect.soft(finding?.placements, opening).toEqual({ local: 1, adjacent: 0, framing: 0, unqualified: 0 });
    }
  });

  it('but "It is false." next to the claim stays a notice', () => {
    const finding = doc(`${BEFORE} ${CLAIM} It is false. ${AFTER}`).claims[0];
    expect(finding?.placements.adjacent).toBe(1);
  });
});

describe('scope of a bare "not"', () => {
  const scanner = createRecordScanner([defineClaim(vesuvius)]);
  const local = (text: string) => scanner.scan([{ index: 0, role: 'document', text }]).mentions.map((m) => m.local !== null);

  it('"not" before a participle negates only that phrase, not the claim', () => {
    const text =
      'Mount Vesuvius erupted in 2015. The surge entered areas of Torre del Greco not previously designated as high-risk zones in pre-eruption planning maps near Vesuvius.';
    expect(local(text)).toEqual([false, false]);
    expect(local('Mount Vesuvius produced an eruption of a magnitude not witnessed since Pompeii in 2015.')).toEqual([false]);
    expect(local('Mount Vesuvius, not Etna, erupted in 2015.')).toEqual([false]);
  });

  it('"not" after an auxiliary, or before a noun phrase, still negates its clause', () => {
    expect(local('Mount Vesuvius has certainly not erupted in 2015.')).toEqual([true]);
    expect(local('Mount Vesuvius could not have erupted in 2015.')).toEqual([true]);
    expect(local('Mount Vesuvius showed routine tremors in 2015, certainly not the precursors of an eruption.')).toEqual([true]);
    expect(local('Mount Vesuvius erupted not in 2015 but long before.')).toEqual([true]);
  });
});

describe('precision: ordinary sentences with the same words stay ordinary', () => {
  const ordinary = [
    'After a false start, Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'That is how Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'The next day, Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'Fans said that claim of a record was exciting. Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'He kept the next statement short. Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'That account of the race came from his coach. Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds, not previously thought possible for a singer.',
    'Ed Sheeran, not previously known as a sprinter, won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds. The false positive rate of the timing gates was zero.',
    'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds. What comes next is the medal ceremony.',
    'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds. The story follows his training in Suffolk.',
    'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds. The accuracy of the timing gates is well documented.',
  ];
  for (const text of ordinary) {
    it(text, () => {
      const finding = doc(text).claims.find((c) => c.claimId === 'sheeran');
      expect(finding?.verdict).toBe('asserts');
      expect(finding?.placements.unqualified).toBeGreaterThanOrEqual(1);
    });
  }

  it('ordinary text without claims yields no notice', () => {
    for (const text of [
      'That claim was repeated by many fans. The next statement came from the mayor.',
      'The results will be announced in the next passage of the ceremony. The prize was not previously awarded.',
      'A short story follows the match report. The singer behaved kindly to everyone.',
      'The false start cost him the race. That part of the town was quiet.',
    ]) {
      expect.soft(doc(text).verdict, text).toBe('none');
    }
  });
});
