import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Claim } from '../../src/claims/claim.js';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import { cachedScanTables } from '../../src/audit/scan/cachedScanTables.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { WASM_AFTER_UNITS } from '../../src/text/ahoCorasick.js';
import type { TextSegment } from '../../src/audit/types.js';
import { HELD_OUT_CLAIMS } from './fixtures/heldOut.js';
import { LABELLED_CLAIMS } from './fixtures/labelled.js';
import { HAS_PAPER_DATA, paperPath } from '../helpers/paperData.js';
import { scanCorpus } from './scanCorpus.js';

/**
 * `RecordScanner.prescan` runs the main automaton once over a batch of records' texts; the scans
 * that follow read its matches. It is only speed: every scan must equal the scan of the record alone.
 */
const records = (): TextSegment[][] => {
  const out = scanCorpus();
  // Short chat turns, an empty message, and a word at a text's edge beside the next text's.
  out.push([
    { index: 0, role: 'user', text: 'Did Oslo ban bicycles?' },
    { index: 1, role: 'assistant', text: '' },
    { index: 2, role: 'assistant', text: 'Yes, Oslo banned bicycles in 1999. not' },
  ]);
  out.push([{ index: 0, role: 'document', text: 'les bicycles were banned in Oslo in 1999' }]);
  return out;
};

describe('createRecordScanner: prescan changes no scan', () => {
  it('gives, batch by batch, the same scans as scanning each record alone', async () => {
    const claims: Claim[] = [
      ...LABELLED_CLAIMS.map((c) => defineClaim(c)),
      ...HELD_OUT_CLAIMS.map((c) => defineClaim(c)),
      defineClaim({ id: 'oslo_bikes', statement: 'Oslo banned bicycles in 1999.', subject: 'Oslo', keyTerms: ['bicycles', '1999'] }),
      ...(HAS_PAPER_DATA ? await loadClaims(paperPath('claims')) : []),
    ];
    const alone = createRecordScanner(claims);
    const batched = createRecordScanner(claims);
    // Enough text for the automaton to load its WebAssembly kernel, the path that scans a batch as one text.
    const { automaton } = cachedScanTables(claims, DEFAULT_CUES);
    automaton.scan('filler '.repeat(WASM_AFTER_UNITS / 6), () => {});
    expect(automaton.engine).toBe('wasm');
    const all = records();
    let mentions = 0;
    for (let first = 0; first < all.length; first += 7) {
      const batch = all.slice(first, first + 7);
      batched.prescan(batch, batch.length);
      for (const segments of batch) {
        const expected = alone.scan(segments);
        expect(batched.scan(segments)).toEqual(expected);
        mentions += expected.mentions.length;
      }
    }
    expect(mentions).toBeGreaterThan(50);
  });

  it('scans a record that is not the next one prescanned as usual', () => {
    const claims = [defineClaim({ id: 'oslo_bikes', statement: 'Oslo banned bicycles in 1999.', subject: 'Oslo', keyTerms: ['bicycles', '1999'] })];
    const scanner = createRecordScanner(claims);
    const asserted: TextSegment[] = [{ index: 0, role: 'document', text: 'Oslo banned bicycles in 1999.' }];
    const negated: TextSegment[] = [{ index: 0, role: 'document', text: 'Oslo never banned bicycles in 1999.' }];
    const expected = createRecordScanner(claims).scan(negated);
    scanner.prescan([asserted], 1);
    expect(scanner.scan(negated)).toEqual(expected);
    expect(scanner.scan(asserted).mentions).toHaveLength(1);
  });
});
