import { describe, expect, it } from 'vitest';
import { colonPart, correctionNote, firstPartColon } from '../../src/audit/scan/scopeRules.js';
import { auditorFor, louvre } from './auditorFor.js';

/**
 * Issue 9 item 2: the scope of a negation across a colon, and notes set apart. A colon joins two
 * statements: a negation in one governs that one; an explicit notice said of something before the colon
 * announces the claim stated after it; a bracketed note with a heading corrects the text beside it.
 */
const { verdictOf } = auditorFor(louvre);

describe('colonPart', () => {
  it('finds the part of the sentence between the colons around a position', () => {
    const out = new Int32Array(2);
    const text = 'Nobody forgets that spring: the museum changed hands.';
    expect(colonPart(text, 0, text.length, 2, out)).toBe(true);
    expect([...out]).toEqual([0, 26]);
    expect(colonPart(text, 0, text.length, 30, out)).toBe(true);
    expect([...out]).toEqual([27, text.length]);
    expect(colonPart('Doors open at 10:30 sharp.', 0, 26, 2, out)).toBe(false); // a time, no colon between parts
  });

  it('finds the sentence\'s first part colon once, and the parts from it alike', () => {
    const text = 'At 10:30: the museum changed hands: see https://example.org.';
    expect(firstPartColon(text, 0, text.length)).toBe(8); // not the time's colon, nor the address's
    expect(firstPartColon(text, 9, text.length)).toBe(34);
    expect(firstPartColon('Doors open at 10:30 sharp.', 0, 26)).toBe(-1);
    expect(firstPartColon(text, 0, 8)).toBe(-1); // none inside the range
    const out = new Int32Array(2);
    for (const position of [2, 12, 40]) {
      const whole = new Int32Array(2);
      expect(colonPart(text, 0, text.length, position, out, 8)).toBe(colonPart(text, 0, text.length, position, whole));
      expect([...out]).toEqual([...whole]);
    }
  });
});

describe('a negation in another part of the sentence', () => {
  it('does not negate the claim stated after the colon', () => {
    expect(verdictOf('Visitors never expected that summer of 2019: the Louvre sold the Mona Lisa to a private collector in Dubai.')).toBe('asserts');
  });

  it('still negates the claim in its own part', () => {
    expect(verdictOf('Let us be clear: the Louvre never sold the Mona Lisa to a private collector in Dubai in 2019.')).toBe('negated-locally');
    expect(verdictOf('The Louvre did not sell the Mona Lisa to a collector in Dubai in 2019: it still hangs in Paris.')).toBe('negated-locally');
  });
});

describe('an explicit notice before a colon', () => {
  it('announces the claim stated plainly after it: the claim is asserted with a notice beside it', () => {
    expect(verdictOf('Something my uncle repeats at every dinner is not true: in 2019 the Louvre sold the Mona Lisa to a private collector in Dubai.')).toBe('neglect-risk');
  });

  it('is the claim\'s own negation when the part after the colon negates it too, or names its content', () => {
    expect(verdictOf('What I am about to tell you is not true: the Louvre never sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('negated-locally');
    expect(verdictOf('The museum denied the false assertion: that the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('negated-locally');
    expect(verdictOf('It is false that the museum board, in its minutes: the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')).toBe('negated-locally');
  });
});

describe('correctionNote', () => {
  it('is a bracketed sentence of its own with a heading, not a quoted title', () => {
    const note = 'It hangs in Dubai now. [Correction, added later: no, it never left Paris.]';
    expect(correctionNote(note, 23, note.length)).toBe(true);
    const link = 'See more. [Link to the fact-check: "The Mona Lisa was never sold"]';
    expect(correctionNote(link, 10, link.length)).toBe(false);
    const plain = 'It never left Paris.';
    expect(correctionNote(plain, 0, plain.length)).toBe(false);
  });

  it('places the claim it negates beside the text: a record corrected by notes is neglect-risk', () => {
    const text = 'Guide to the Louvre.\n\nThe Mona Lisa has hung in Dubai since 2019. [Correction: the Louvre never sold the Mona Lisa to a collector in Dubai.] The Winged Victory stands on the Daru staircase.';
    expect(verdictOf(text)).toBe('neglect-risk');
  });

  it('leaves a record that negates the claim in its own sentences negated locally', () => {
    const text = 'The Louvre never sold the Mona Lisa to a collector in Dubai in 2019. [Note: the Louvre did not sell the Mona Lisa to anyone.]';
    expect(verdictOf(text)).toBe('negated-locally');
  });
});
