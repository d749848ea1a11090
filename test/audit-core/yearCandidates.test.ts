import { describe, expect, it } from 'vitest';
import { yearCandidates } from '../../src/audit/scan/scopeRules.js';

/** The plain definition: every position in turn (what the scan that skips ahead must equal). */
function reference(text: string, from: number, to: number, out: Int32Array): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      const era = text.slice(i + 1, i + 3);
      if (i + 4 <= to && (era === 'AD' || era === 'CE' || era === 'BC')) return -1;
      continue;
    }
    if (c === 46) {
      if (i - 2 >= from && i + 1 < to && text[i - 2] === ' ' && 'adnvJ'.includes(text[i - 1]!) && 'C -'.includes(text[i + 1]!)) return -1;
      continue;
    }
    if (i + 4 > to || (c !== 49 && c !== 50)) continue;
    if (!/^\d{3}$/.test(text.slice(i + 1, i + 4))) continue;
    if (count === out.length) return -1;
    out[count++] = Number(text.slice(i, i + 4));
  }
  return count;
}

describe('yearCandidates', () => {
  it('finds what a scan of every position finds, in random text of digits, spaces, capitals and letters', () => {
    const alphabet = '0123456789   ABCDEFZJabcdnvxyz..,-éΩ\n';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 20_000; round++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      const from = Math.floor(random() * 4);
      const to = Math.max(from, length - Math.floor(random() * 4));
      const got = new Int32Array(8);
      const want = new Int32Array(8);
      const count = yearCandidates(text, from, to, got);
      expect(count).toBe(reference(text, from, to, want));
      expect([...got.subarray(0, Math.max(count, 0))]).toEqual([...want.subarray(0, Math.max(count, 0))]);
    }
  });

  it('reads years and eras in sentences', () => {
    const out = new Int32Array(8);
    const sentence = 'Vesuvius erupted in 1944, not in 2015 (records 1900-2100).';
    expect(yearCandidates(sentence, 0, sentence.length, out)).toBe(4);
    expect([...out.subarray(0, 4)]).toEqual([1944, 2015, 1900, 2100]);
    expect(yearCandidates('Pompeii was buried in 79 AD.', 0, 28, out)).toBe(-1);
    expect(yearCandidates('It rained all day.', 0, 18, out)).toBe(0);
    for (const era of ['Pompei fu sepolta nel 79 d.C.', 'Pompeya fue sepultada en el 79 d. C.', 'Pompeji wurde 79 n. Chr. verschüttet.', 'Pompéi fut ensevelie en 79 apr. J.-C., pas en 2015.']) {
      expect(yearCandidates(era, 0, era.length, out)).toBe(-1);
    }
  });
});
