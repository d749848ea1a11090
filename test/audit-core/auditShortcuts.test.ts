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
import { denyingAnswer, tagQuestionEnd } from '../../src/audit/scan/scopeRules.js';
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

/** `denyingAnswer` as it read before the particle was cut only when closed, and letters were passed with two comparisons. */
function denyingAnswerPlain(text: string, from: number, to: number, at: Int32Array, label = true, short = true): boolean {
  const closes = (c: number) => c === 46 || c === 44 || c === 33 || c === 59 || c === 58 || c === 10 || c === 13 || c === 0x2014 || c === 0x2013 || c === 45 || c === 41;
  const leadIn = (c: number) =>
    c === 32 || c === 9 || c === 34 || c === 39 || c === 42 || c === 95 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab ||
    c === 0xbf || c === 0xa1 || c === 0x2022 || c === 45 || c === 0x2013 || c === 0x2014;
  const lineSpace = (c: number) => c === 10 || c === 13 || c === 62 || c === 32 || c === 9 || c === 0xa0;
  const closingMark = (c: number) => c === 42 || c === 95 || c === 34 || c === 0x201d || c === 0xbb;
  const particles = new Set(['no', 'nope', 'nah', 'nein', 'non', 'não']);
  const negations = new Set(['not', 'never', 'nicht', 'nie', 'niemals', 'pas', 'jamais', 'non', 'mai', 'não', 'nunca']);
  const ended = new Set(['more', 'longer', 'anymore', 'ya', 'mehr', 'plus', 'più', 'más', 'já', 'mais']);
  const shortEnd = (f: number): number => {
    let end = f;
    while (end < to && !closes(text.charCodeAt(end)) && text.charCodeAt(end) !== 63) end++;
    if (end >= to && to < text.length) return -1;
    if (end < text.length && text.charCodeAt(end) === 63) return -1;
    if (end < text.length && text.charCodeAt(end) === 45 && end > 0 && text.charCodeAt(end - 1) !== 32) return -1;
    const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
    re.lastIndex = f;
    let words = 0;
    let negated = false;
    for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
      const word = m[0].toLowerCase();
      if (++words > 5 || ended.has(word)) return -1;
      if (negations.has(word) || word.endsWith("n't") || word.endsWith('n’t') || word.startsWith("n'") || word.startsWith('n’')) negated = true;
    }
    return negated && words >= 2 ? end : -1;
  };
  let i = from;
  for (let labels = label ? 0 : 1; labels < 2; labels++) {
    while (i < to && (leadIn(text.charCodeAt(i)) || lineSpace(text.charCodeAt(i)))) i++;
    let j = i;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    if (j === i) return false;
    const word = text.slice(i, j).toLowerCase();
    let k = j;
    while (k < to && closingMark(text.charCodeAt(k))) k++;
    if (k + 1 < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f) && closes(text.charCodeAt(k + 1))) k++;
    const close = k >= to ? 10 : text.charCodeAt(k);
    if (particles.has(word) && closes(close) && !(close === 45 && k === j)) {
      at[0] = i;
      at[1] = j;
      return true;
    }
    const clause = short ? shortEnd(i) : -1;
    if (clause > 0) {
      at[0] = i;
      at[1] = clause;
      return true;
    }
    if (labels > 0 || close !== 58 || j - i > 16) return false;
    i = k + 1;
  }
  return false;
}

describe('per-sentence shortcuts', () => {
  it('denyingAnswer answers as its plain reading on random answers (particles, short clauses, labels, punctuation)', () => {
    const random = mulberry32(17);
    const pieces = [
      'No', 'no', 'Nope', 'Non', 'Nein', 'Não', 'not', 'never', 'pas', "didn't", 'n’est', 'It', 'they', 'hasn', 'more', 'Answer', 'Verdict', 'the',
      'records', 'erupted', '2015', ' ', ' ', ' ', '  ', '.', ',', '!', '?', ':', ';', '-', ' - ', '—', '–', ')', '(', '"', '**', '_', '»', '«', '\n', '\r', '\u00a0', '\u202f', '>', '¿', "'",
    ];
    const got = new Int32Array(2);
    const want = new Int32Array(2);
    let denied = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let w = 1 + Math.floor(random() * 9); w > 0; w--) text += pieces[Math.floor(random() * pieces.length)]!;
      const from = Math.floor(random() * 3);
      const to = Math.min(text.length, from + Math.floor(random() * 48));
      const label = random() < 0.5;
      const short = random() < 0.8;
      got.fill(-1);
      want.fill(-1);
      const answer = denyingAnswer(text, from, to, got, label, short);
      const plain = denyingAnswerPlain(text, from, to, want, label, short);
      // expect() only on a difference: 20,000 calls of it cost seconds.
      if (answer !== plain || got[0] !== want[0] || got[1] !== want[1]) {
        expect([answer, ...got], JSON.stringify([text, from, to, label, short])).toEqual([plain, ...want]);
      }
      if (answer) denied++;
    }
    // Both answers are met often enough to compare.
    expect(denied).toBeGreaterThan(500);
    expect(denied).toBeLessThan(19_500);
  });

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
