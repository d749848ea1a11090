import { describe, expect, it } from 'vitest';
import { createAhoCorasick, foldCodeUnit, type AhoPattern } from '../../src/text/ahoCorasick.js';

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

  it('folds every code unit as a toLowerCase() of that code unit alone would (the fold table lower-cases them all in one call)', () => {
    // The reading the table replaced: one toLowerCase() per code unit.
    const alone = (code: number): number => {
      if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code >= 9 && code <= 13 ? 32 : code;
      if ([0x2019, 0x2018, 0x02bc, 0x2032].includes(code)) return 39;
      if (code === 0x201c || code === 0x201d) return 34;
      if ([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212].includes(code)) return 45;
      if ([0xa0, 0x2002, 0x2003, 0x2009, 0x200a, 0x202f, 0x3000, 0x2028, 0x2029].includes(code)) return 32;
      const lower = String.fromCharCode(code).toLowerCase();
      const folded = lower.length === 1 ? lower.charCodeAt(0) : code;
      if (folded >= 0xc0 && folded <= 0x24f) {
        const base = String.fromCharCode(folded).normalize('NFD').charCodeAt(0);
        if (base >= 97 && base <= 122) return base;
      }
      return folded;
    };
    const differing: string[] = [];
    for (let code = 0; code < 65536; code++) if (foldCodeUnit(code) !== alone(code)) differing.push(code.toString(16));
    expect(differing).toEqual([]);
    // The cases a lower-casing of neighbours in one string could get wrong: a final sigma, a capital whose lower case is two code units.
    expect(foldCodeUnit(0x3a3)).toBe(0x3c3);
    expect(foldCodeUnit(0x130)).toBe(0x130);
    expect(foldCodeUnit(0xc9)).toBe(101);
  });

  it("folds as foldCodeUnit's JSDoc example says", () => {
    expect(['A', 'É', '\u2019', '\u00a0'].map((c) => foldCodeUnit(c.charCodeAt(0)))).toEqual([97, 101, 39, 32]);
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
    expect(() => createAhoCorasick([{ text: '' }])).toThrow('Expected `patterns[0].text` to be a non-empty string, got ``');
  });

  it('handles many patterns sharing prefixes', () => {
    const patterns = Array.from({ length: 500 }, (_, i) => ({ text: `term${i}` }));
    const found = matches(patterns, 'term1 term10 term499 term500');
    expect(found.map((f) => f[0])).toEqual(['term1', 'term10', 'term499']);
  });

  it('finds the same matches in long texts (scanned as two halves) as a naive search', () => {
    // Long texts are scanned by two interleaved chains that meet in the middle: every match,
    // including those straddling the meeting point, must be reported once and in order of its end.
    const patterns: AhoPattern[] = [
      { text: 'not' }, { text: 'no' }, { text: 'did not' }, { text: 'the claim' }, { text: 'claim that' },
      { text: 'fabricat', rightBoundary: false }, { text: "n't", leftBoundary: false }, { text: 'ab' }, { text: 'b' },
    ];
    const words = ['not', 'no', 'did', 'the', 'claim', 'that', 'fabricated', "didn't", 'ab', 'b', 'abab', 'x', 'NOT', 'nothing'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 16_777_216;
    const ac = createAhoCorasick(patterns);
    for (let round = 0; round < 40; round++) {
      const parts: string[] = [];
      const length = 400 + Math.floor(next() * 900);
      let size = 0;
      while (size < length) {
        const w = words[Math.floor(next() * words.length)]!;
        parts.push(w);
        size += w.length + 1;
      }
      const text = parts.join(next() < 0.5 ? ' ' : '  ');
      const got: [number, number, number][] = [];
      ac.scan(text, (p, s, e) => got.push([p, s, e]));
      const want: [number, number, number][] = [];
      const lower = text.toLowerCase();
      const word = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c);
      for (let end = 1; end <= text.length; end++) {
        patterns.forEach((pattern, p) => {
          const start = end - pattern.text.length;
          if (start < 0 || lower.slice(start, end) !== pattern.text) return;
          const left = pattern.leftBoundary ?? true;
          const right = pattern.rightBoundary ?? /[a-z0-9]$/i.test(pattern.text);
          if (left && word(text[start - 1])) return;
          if (right && word(text[end])) return;
          want.push([p, start, end]);
        });
      }
      // Same matches; within one end position the automaton reports longer patterns first.
      const key = (m: [number, number, number]) => `${String(m[2]).padStart(6, '0')}:${m[0]}:${m[1]}`;
      expect(got.map(key).sort()).toEqual(want.map(key).sort());
      for (let k = 1; k < got.length; k++) expect(got[k]![2]).toBeGreaterThanOrEqual(got[k - 1]![2]);
      // And a sub-range gives the matches lying inside it.
      const from = Math.floor(text.length / 3);
      const sub: [number, number, number][] = [];
      ac.scan(text, (p, s, e) => sub.push([p, s, e]), from, text.length);
      expect(sub.length).toBeGreaterThan(0);
      for (const m of sub) expect(m[1]).toBeGreaterThanOrEqual(from);
    }
  });

  it('reuses its scratch memory safely when a callback scans again', () => {
    const ac = createAhoCorasick([{ text: 'false' }]);
    const inner = createAhoCorasick([{ text: 'true' }]);
    const long = `${'false and true. '.repeat(60)}`;
    let outer = 0;
    let nested = 0;
    ac.scan(long, () => {
      outer++;
      inner.scan('true and true and '.repeat(40), () => nested++);
    });
    expect(outer).toBe(60);
    expect(nested).toBe(60 * 80);
  });
});


describe('scanEach', () => {
  const patterns: AhoPattern[] = [
    { text: 'not' },
    { text: "n't", leftBoundary: false },
    { text: 'fabricat', rightBoundary: false },
    { text: ' les ' },
    { text: 'the claim that' },
    { text: 'vesuvius' },
  ];
  // Edges on purpose: a pattern at a text's very start and end, a word running on into the next text,
  // a marker whose spaces would straddle two texts, an empty text, a NUL inside a text, a long text.
  const texts = [
    'not here',
    "it isn't so, not",
    'les marées',
    'Fabricated? the claim that Vesuvius',
    '',
    'snot knot not',
    'a\u0000not and les vesuvius',
    `${'Vesuvius did not erupt; the claim that it did is fabricated. '.repeat(400)}not`,
    'vesuvius',
  ];
  const alone = (ac: ReturnType<typeof createAhoCorasick>) => {
    const out: number[][] = [];
    texts.forEach((text, t) => ac.scan(text, (p, s, e) => out.push([t, p, s, e])));
    return out;
  };

  it.each(['wasm', 'js'] as const)('finds in each text what a scan of it alone finds (%s engine)', (engine) => {
    const ac = createAhoCorasick(patterns, { engine });
    const out: number[][] = [];
    ac.scanEach(texts, texts.length, (t, p, s, e) => out.push([t, p, s, e]));
    expect(out).toEqual(alone(ac));
    expect(out.length).toBeGreaterThan(1000);
    // Only the first `count` texts.
    const some: number[][] = [];
    ac.scanEach(texts, 3, (t, p, s, e) => some.push([t, p, s, e]));
    expect(some).toEqual(alone(ac).filter(([t]) => t! < 3));
  });

  it('scans each text alone when called from a match callback (the kernel is busy)', () => {
    const ac = createAhoCorasick(patterns, { engine: 'wasm' });
    let nested: number[][] = [];
    let outer = 0;
    ac.scanEach(['not', 'not'], 2, () => {
      outer++;
      nested = [];
      ac.scanEach(texts, texts.length, (t, p, s, e) => nested.push([t, p, s, e]));
    });
    expect(outer).toBe(2);
    expect(nested).toEqual(alone(ac));
  });
});
