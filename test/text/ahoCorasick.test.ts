import { describe, expect, it } from 'vitest';
import { createAhoCorasick, type AhoPattern } from '../../src/text/ahoCorasick.js';

function matches(patterns: AhoPattern[], text: string): [string, string][] {
  const out: [string, string][] = [];
  createAhoCorasick(patterns).scan(text, (p, s, e) => out.push([patterns[p]!.text, text.slice(s, e)]));
  return out;
}

describe('createAhoCorasick', () => {
  it('finds overlapping patterns case-insensitively in one pass', () => {
    const found = matches([{ text: 'did not' }, { text: 'not' }, { text: 'did not happen' }], 'It DID NOT happen.');
    expect(found).toEqual([
      ['did not', 'DID NOT'],
      ['not', 'NOT'],
      ['did not happen', 'DID NOT happen'],
    ]);
  });

  it('respects word boundaries unless told otherwise', () => {
    expect(matches([{ text: 'not' }], 'nothing knot not')).toEqual([['not', 'not']]);
    expect(matches([{ text: 'fabricat', rightBoundary: false }], 'fabricated fabrication prefabricated')).toEqual([
      ['fabricat', 'fabricat'],
      ['fabricat', 'fabricat'],
    ]);
    expect(matches([{ text: "n't", leftBoundary: false }], "didn't can't")).toEqual([
      ["n't", "n't"],
      ["n't", "n't"],
    ]);
  });

  it('folds typographic apostrophes, dashes, spaces and accented capitals', () => {
    expect(matches([{ text: "didn't" }], 'He didn’t')).toEqual([["didn't", 'didn’t']]);
    expect(matches([{ text: 'ed sheeran' }], 'Ed\u00a0Sheeran’s')).toEqual([['ed sheeran', 'Ed\u00a0Sheeran']]);
    expect(matches([{ text: 'céline' }], 'CÉLINE Desrochers')).toEqual([['céline', 'CÉLINE']]);
    expect(matches([{ text: 'eruption' }], 'une éruption, Celine')).toEqual([['eruption', 'éruption']]);
    expect(matches([{ text: 'made-up' }], 'a made–up story')).toEqual([['made-up', 'made–up']]);
  });

  it('treats pattern text literally (regex metacharacters are plain characters)', () => {
    expect(matches([{ text: 'C++ (v2)' }, { text: '.*' }], 'We use C++ (v2) not C+ or .* or C++ v2')).toEqual([
      ['C++ (v2)', 'C++ (v2)'],
      ['.*', '.*'],
    ]);
    expect(matches([{ text: '3,430' }, { text: '9.79' }], 'killed 3,430 people; 9.79 s; 9x79 s')).toEqual([
      ['3,430', '3,430'],
      ['9.79', '9.79'],
    ]);
  });

  it('scans a sub-range and reports absolute offsets', () => {
    const out: number[] = [];
    createAhoCorasick([{ text: 'gold' }]).scan('gold, gold, gold', (_p, s) => out.push(s), 3, 12);
    expect(out).toEqual([6]);
  });

  it('rejects empty patterns', () => {
    expect(() => createAhoCorasick([{ text: '' }])).toThrow(RangeError);
  });

  it('handles many patterns sharing prefixes', () => {
    const patterns = Array.from({ length: 500 }, (_, i) => ({ text: `term${i}` }));
    const found = matches(patterns, 'term1 term10 term499 term500');
    expect(found.map((f) => f[0])).toEqual(['term1', 'term10', 'term499']);
  });
});
