import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../src/audit/claimLabel.js';
import { expectedBelief } from '../../src/audit/expectedBelief.js';
import {
  KIND_PRIORITY,
  PLACEMENTS,
  QUALIFIER_KINDS,
  VERDICT_RANK,
  VERDICT_SEVERITY,
  countPlacement,
  countVerdict,
  verdictRank,
  type QualifierKind,
} from '../../src/audit/vocabulary.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { cachedScanTables } from '../../src/audit/scan/cachedScanTables.js';
import { ScanState } from '../../src/audit/scan/scanState.js';
import { tagQuestionEnd } from '../../src/audit/scan/scopeRules.js';
import { isWordCode } from '../../src/text/ahoCorasick.js';
import { mulberry32 } from '../../src/util/random.js';
import { louvre } from './auditorFor.js';

/**
 * The per-sentence checks that return early when a cheap test rules them out (no question mark in
 * reach, no colon in a label's reach) must answer as the full reading did: each is compared with the
 * plain reading it replaced on random texts built from the characters those checks look at. So must
 * the expected belief's dominant kind, read from the kinds present instead of all seven.
 */

/** `tagQuestionEnd` as it read before the shortcut: every code unit up to the limit. */
function tagQuestionEndPlain(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const limit = Math.min(text.length, i + 40);
  for (let k = i; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 63) return k + 1;
    if (c === 46 || c === 33 || c === 10 || c === 13) return -1;
  }
  return -1;
}

const LABEL_NOUNS = new Set(['claim', 'claims', 'rumour', 'rumor', 'allegation', 'affermazione', 'behauptung', 'boato']);

/** `claimLabel` as it read before the shortcut (with a subset of its nouns, which the random texts use). */
function claimLabelPlain(text: string, sStart: number, sEnd: number): boolean {
  let k = sStart;
  while (k < sEnd && !isWordCode(text.charCodeAt(k))) k++;
  const limit = Math.min(sEnd, k + 40);
  let words = 1;
  let named = false;
  let wordStart = k;
  for (let i = k; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 32 || c === 9) {
      if (i > wordStart && LABEL_NOUNS.has(text.slice(wordStart, i).toLowerCase())) named = true;
      if (c === 58) return named && words <= 4;
      if (text.charCodeAt(i + 1) !== 58) words++;
      wordStart = i + 1;
    } else if (!isWordCode(c) && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return false;
}

const PIECES = ['Claim', 'rumour', 'Is it', 'true', 'sold', ' ', ' ', '  ', ':', ' :', '?', '.', '!', '\n', '\r', '\t', ',', 'x', 'verdict'];

function randomText(r: () => number): string {
  let text = '';
  const n = 1 + Math.floor(r() * 30);
  for (let k = 0; k < n; k++) text += PIECES[Math.floor(r() * PIECES.length)];
  return text;
}

describe('per-sentence shortcuts', () => {
  it('verdictRank, countVerdict and countPlacement give what the keyed reads of the vocabulary gave', () => {
    for (const verdict of VERDICT_SEVERITY) {
      expect(verdictRank(verdict)).toBe(VERDICT_RANK[verdict]);
      const counts = { 'neglect-risk': 1, asserts: 2, 'negated-locally': 3, none: 4 };
      const keyed = { ...counts };
      countVerdict(counts, verdict);
      keyed[verdict]++;
      expect(counts).toEqual(keyed);
      expect(Object.keys(counts)).toEqual(Object.keys(keyed));
    }
    for (const placement of PLACEMENTS) {
      const counts = { local: 1, adjacent: 2, framing: 3, unqualified: 4 };
      const keyed = { ...counts };
      countPlacement(counts, placement);
      keyed[placement]++;
      expect(counts).toEqual(keyed);
    }
  });

  it('tagQuestionEnd with the question mark given answers as the full reading', () => {
    const r = mulberry32(11);
    for (let t = 0; t < 4_000; t++) {
      const text = randomText(r);
      const from = Math.floor(r() * (text.length + 1));
      const expected = tagQuestionEndPlain(text, from);
      expect(tagQuestionEnd(text, from), text).toBe(expected);
      expect(tagQuestionEnd(text, from, text.indexOf('?', from)), text).toBe(expected);
    }
  });

  it('ScanState.questionAfter finds the first question mark at or after a position, in any order, per segment', () => {
    const state = new ScanState(cachedScanTables([louvre], DEFAULT_CUES, undefined), 1);
    const r = mulberry32(12);
    for (let t = 0; t < 500; t++) {
      state.text = randomText(r);
      state.segStamp++;
      for (let q = 0; q < 6; q++) {
        const from = Math.floor(r() * (state.text.length + 1));
        expect(state.questionAfter(from)).toBe(state.text.indexOf('?', from));
      }
    }
  });

  it('claimLabel without a colon in reach is false at once, and with one reads the label as before', () => {
    const r = mulberry32(13);
    for (let t = 0; t < 4_000; t++) {
      const text = randomText(r);
      const start = Math.floor(r() * (text.length + 1));
      const end = start + Math.floor(r() * (text.length - start + 1));
      expect(claimLabel(text, start, end), JSON.stringify(text)).toBe(claimLabelPlain(text, start, end));
    }
    expect(claimLabel('Claim: the Louvre sold the Mona Lisa.', 0, 37)).toBe(true);
    expect(claimLabel('The claim that the Louvre sold it is false.', 0, 43)).toBe(false);
  });

  it("expectedBelief's dominant kind is the most frequent, ties to the more specific, whatever the order of the counts", () => {
    const r = mulberry32(14);
    for (let t = 0; t < 2_000; t++) {
      const kinds = [...QUALIFIER_KINDS].sort(() => r() - 0.5).slice(0, Math.floor(r() * 4));
      const qualifiers: Partial<Record<QualifierKind, number>> = {};
      for (const kind of kinds) qualifiers[kind] = 1 + Math.floor(r() * 3);
      let best: QualifierKind = 'negation';
      let bestCount = 0;
      for (const kind of QUALIFIER_KINDS) {
        const n = qualifiers[kind] ?? 0;
        if (n > bestCount || (n === bestCount && n > 0 && KIND_PRIORITY[kind] < KIND_PRIORITY[best])) [best, bestCount] = [kind, n];
      }
      const belief = expectedBelief({ verdict: 'neglect-risk', placements: { local: 0, adjacent: 1, framing: 0, unqualified: 0 }, qualifiers });
      expect(belief.kind, JSON.stringify(qualifiers)).toBe(best);
    }
  });
});
