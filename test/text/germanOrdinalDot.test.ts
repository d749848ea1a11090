import { describe, expect, it } from 'vitest';
import { germanOrdinalDot } from '../../src/text/germanOrdinalDot.js';

const at = (text: string): boolean => {
  const dot = text.indexOf('. ');
  return germanOrdinalDot(text, dot, 0, dot + 2);
};

describe('germanOrdinalDot: one rule for German ordinals (the sentence splitter and the scored notices)', () => {
  it('reads an ordinal of one or two digits before a month or a noun ordinals stand before', () => {
    expect(at('Am 24. August brach er aus.')).toBe(true);
    expect(at('Im 19. Jahrhundert war es still.')).toBe(true);
    expect(at('Zum 3. Mal gewann sie.')).toBe(true);
  });

  it('leaves a year, a longer number, a number inside a word and any other word after it a sentence end', () => {
    expect(at('Es geschah 2015. August war heiß.')).toBe(false);
    expect(at('The crew of Apollo 11. The next flight was later.')).toBe(false);
    expect(at('Sie wurde B2. Jahrhundert später.')).toBe(false);
    expect(at('Am 24. august brach er aus.')).toBe(false);
  });
});
