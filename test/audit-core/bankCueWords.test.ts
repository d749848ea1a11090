import { describe, expect, it } from 'vitest';
import { bankCueWords, hasCueWord } from '../../src/audit/bankCueWords.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { LANGUAGES } from '../../src/text/languages.js';

/**
 * A family's words are read from the bank's cues of one kind (an index built once) rather than from every cue of the
 * bank at each call: the same words, in the same order, as reading the whole bank.
 */
describe('bankCueWords', () => {
  it('reads the cues of one kind that the filter keeps, as a pass over the whole bank does', () => {
    const strong = bankCueWords('negation', (cue) => cue.role === 'strong');
    for (const language of LANGUAGES) {
      const exact: string[] = [];
      const starts: string[] = [];
      for (const cue of DEFAULT_CUES) {
        if (cue.kind !== 'negation' || cue.role !== 'strong' || (cue.language ?? 'en') !== language) continue;
        if (!/^[\p{L}'’]+$/u.test(cue.text)) continue;
        if (cue.rightBoundary === false) starts.push(cue.text.toLowerCase());
        else exact.push(cue.text.toLowerCase());
      }
      expect([...strong[language].exact], language).toEqual([...new Set(exact)]);
      expect(strong[language].starts, language).toEqual(starts);
    }
    expect(hasCueWord(strong.en, 'fabricated')).toBe(true);
    expect(hasCueWord(strong.en, 'not')).toBe(false);
  });

  it('keeps nothing of another kind', () => {
    const words = bankCueWords('malicious-behavior', () => true, /^[\p{L}'’-]+$/u);
    expect(hasCueWord(words.en, 'not')).toBe(false);
    expect(Object.values(words).some((family) => family.exact.size > 0)).toBe(true);
  });
});
