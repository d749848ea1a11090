import { describe, expect, it } from 'vitest';
import { hasLetter, isLetters, startsUpper, stripMarks } from '../../src/text/letterTests.js';

/**
 * The shared letter tests answer as the inline expressions they replaced, on ASCII, accented and astral letters,
 * marks, digits, symbols and the empty string.
 */
const SAMPLES = [
  '', 'a', 'A', 'Émile', 'émile', 'Ünal', 'ß', 'Ǆ', 'ǅ', 'Σ', 'σ', 'Ж', 'ж', '日本', '𝐀x', '𝐚', '𐐀', '𐐨', '9', '٣', '%', 'km',
  "don't", 'l’été', 'made-up', 'Zürich'.normalize('NFD'), 'é'.normalize('NFD'), '\u0301', ' A', 'A ', '\ud800', 'İstanbul',
];

describe('letter tests', () => {
  it('answer as the inline expressions', () => {
    for (const text of SAMPLES) {
      expect(startsUpper(text), text).toBe(/^\p{Lu}/u.test(text));
      expect(hasLetter(text), text).toBe(/\p{L}/u.test(text));
      expect(isLetters(text), text).toBe(/^\p{L}+$/u.test(text));
      expect(stripMarks(text), text).toBe(text.replace(/\p{M}/gu, ''));
    }
  });

  it('keep no state between calls', () => {
    expect(stripMarks('Zürich'.normalize('NFD'))).toBe('Zurich');
    expect(stripMarks('Québec'.normalize('NFD'))).toBe('Quebec');
    expect([startsUpper('Émile'), startsUpper('Émile'), hasLetter('x'), hasLetter('x')]).toEqual([true, true, true, true]);
  });
});
