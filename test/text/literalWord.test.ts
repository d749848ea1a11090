import { describe, expect, it } from 'vitest';
import { codePointBefore, hasWholeWord, hasWordAfterSpaces, isLetterOrNumberPoint, isLetterPoint } from '../../src/text/literalWord.js';
import { commonNounWords } from '../../src/audit/scan/nameWordHits.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What `[\p{L}\p{N},;:'’"(-]` matches: the class the common-noun test reads before a capitalised word. */
const insideSentence = (point: number) => isLetterOrNumberPoint(point) || [0x2c, 0x3b, 0x3a, 0x27, 0x2019, 0x22, 0x28, 0x2d].includes(point);

describe('literal word scans', () => {
  it('isLetterPoint and isLetterOrNumberPoint are \\p{L} and [\\p{L}\\p{N}] for every code point', () => {
    for (let point = 0; point <= 0x10ffff; point += point < 0x30000 ? 1 : 97) {
      const char = String.fromCodePoint(point);
      const letter = /^\p{L}$/u.test(char);
      if (isLetterPoint(point) !== letter) expect([point.toString(16), isLetterPoint(point)]).toEqual([point.toString(16), letter]);
      const either = /^[\p{L}\p{N}]$/u.test(char);
      if (isLetterOrNumberPoint(point) !== either) expect([point.toString(16), 'N']).toEqual([point.toString(16), either]);
    }
    expect(isLetterPoint(-1)).toBe(false);
    expect(isLetterOrNumberPoint(-1)).toBe(false);
  });

  it('codePointBefore reads a surrogate pair whole and a lone surrogate alone', () => {
    expect(codePointBefore('a😀', 3)).toBe(0x1f600);
    expect(codePointBefore('a😀', 2)).toBe(0xd83d);
    expect(codePointBefore('\udc00x', 1)).toBe(0xdc00);
    expect(codePointBefore('x', 0)).toBe(-1);
  });

  it('answer as the expressions they stand for, on texts of letters, signs, spaces and surrogates', () => {
    // A fixed pseudo-random walk: the same cases every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b', 'A', ' ', ' ', ',', ';', ':', "'", '’', '"', '(', '-', '1', '_', 'é', 'É', '😀', '𝐀', '\ud800', '\udc00', '\n', '.', '٣', 'İ'];
    const words = ['ab', 'Ab', 'aé', 'ba', 'a', 'É', 'b-a', "a'b", 'éa'];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = next(12); k > 0; k--) text += next(3) === 0 ? words[next(words.length)] : pieces[next(pieces.length)];
      const word = words[next(words.length)]!;
      const whole = new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'u').test(text);
      const after = new RegExp(`[\\p{L}\\p{N},;:'’"(-] +${escape(word)}(?!\\p{L})`, 'u').test(text);
      if (hasWholeWord(text, word) !== whole || hasWordAfterSpaces(text, word, insideSentence) !== after) {
        expect({ text, word, whole: hasWholeWord(text, word), after: hasWordAfterSpaces(text, word, insideSentence) }).toEqual({ text, word, whole, after });
      }
    }
  });

  it('commonNounWords: a subject written in lower case and capitalised only where a sentence starts', () => {
    expect(commonNounWords(['Myopia'], ['Myopia is contagious.', 'In 2022 myopia was said to spread.'])).toEqual(new Set(['myopia']));
    // Capitalised after a comma: a name.
    expect(commonNounWords(['Myopia'], ['Myopia is contagious.', 'In 2022 myopia, Myopia Inc. said.'])).toEqual(new Set());
    // Only inside a longer word in lower case: never written as the word itself.
    expect(commonNounWords(['Myopia'], ['Myopia is contagious.', 'Hypermyopia spreads.'])).toEqual(new Set());
  });
});
