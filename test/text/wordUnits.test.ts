import { describe, expect, it } from 'vitest';
import { wordEnd, wordUnits } from '../../src/text/wordUnits.js';

describe('wordUnits', () => {
  it('takes letters of any script, both apostrophes and the hyphen as word characters', () => {
    const word = (text: string) => [...text].map((_, i) => wordUnits(text, i));
    expect(word("don't")).toEqual([1, 1, 1, 1, 1]);
    expect(word('l’été')).toEqual([1, 1, 1, 1, 1]);
    expect(word('made-up')).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(wordUnits('ß', 0)).toBe(1);
    expect(wordUnits('Ω', 0)).toBe(1);
  });

  it('gives 2 for a letter outside the BMP and 0 for digits, spaces and punctuation', () => {
    expect(wordUnits('𝐀b', 0)).toBe(2);
    expect(wordUnits('😀', 0)).toBe(0);
    for (const c of ['9', ' ', '.', '«', '\u00a0', '—']) expect(wordUnits(c, 0), c).toBe(0);
  });

  it('wordEnd runs past a word to its end or the limit, and stays where no word starts', () => {
    expect(wordEnd("don't go", 0)).toBe(5);
    expect(wordEnd("don't go", 6)).toBe(8);
    expect(wordEnd('l’article', 0, 4)).toBe(4);
    expect(wordEnd('9 ans', 0)).toBe(0);
    expect(wordEnd('𝐀b c', 0)).toBe(3);
  });
});
