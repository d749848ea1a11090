import { describe, expect, it } from 'vitest';
import { auditorFor, louvre } from './auditorFor.js';
import { ellipticalDenial } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 item 2, seventh round: debunks restate the claim inside a frame before they deny it: what a
 * post or a video says (hearsay, not a named source), and a final clause that denies the kind of thing
 * the clause before it says ("...; the records show nothing of the kind."). Sentences written for this
 * test (not from the eval corpus or the paper's documents).
 */
const { document } = auditorFor(louvre);
const find = (text: string) => document(text).claims[0];

describe('a final clause denying the kind of thing said before it', () => {
  it('is an elliptical denial', () => {
    const text = 'Some say the Louvre sold it; the sales records show nothing of the kind.';
    expect(ellipticalDenial(text, text.indexOf(';') + 1, text.length)).toBe(true);
    expect(ellipticalDenial('nothing of the kind had been seen before', 0, 40)).toBe(false);
  });

  it('negates the claim restated before it', () => {
    const finding = find('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, people said; the museum archives show nothing of the kind.');
    expect(finding?.verdict).toBe('negated-locally');
    expect(find('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, and nothing of the kind had happened before.')?.verdict).toBe('asserts');
  });
});

describe('what a post, a video or a chain message says', () => {
  it('is reported speech the writer does not take on (a local qualifier)', () => {
    const finding = find('A widely shared post says that the Louvre sold the Mona Lisa to a collector in Dubai in 2019.');
    expect(finding?.verdict).toBe('negated-locally');
    expect(finding?.examples[0]?.cue?.kind).toBe('uncertainty');
  });

  it('while a named source reports', () => {
    expect(find('The museum says that the Louvre sold the Mona Lisa to a collector in Dubai in 2019.')?.verdict).toBe('asserts');
  });
});
