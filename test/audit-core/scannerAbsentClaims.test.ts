import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import type { Claim } from '../../src/claims/claim.js';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import type { TextSegment } from '../../src/audit/types.js';
import { HELD_OUT_CLAIMS } from './fixtures/heldOut.js';
import { LABELLED_CLAIMS } from './fixtures/labelled.js';
import { HAS_PAPER_DATA, paperPath } from '../helpers/paperData.js';
import { scanCorpus } from './scanCorpus.js';

/**
 * The scanner leaves out the terms of claims whose subject is absent from a segment, and matches a
 * word shared by many claims once (scan/scanState.ts `expandHits`). Both are only speed: every scan
 * must equal the scan that keeps every term. Were a mention rule ever to accept a claim without its
 * subject in the segment, this test fails and the pruning must change with the rule.
 */
const records = (): TextSegment[][] => {
  const out = scanCorpus();
  // Claims that share their words (one key term of many claims, one subject of several).
  const places = ['Lisbon', 'Oslo', 'Quito'];
  for (const place of places) {
    out.push([{ index: 0, role: 'document', text: `It is not true that ${place} banned bicycles in 1999. Oslo built a glass bridge.` }]);
    out.push([
      { index: 0, role: 'user', text: `What happened in ${place}?` },
      { index: 1, role: 'assistant', text: 'The bicycle ban was fabricated. Engineers built a glass bridge in 2005. False.' },
    ]);
  }
  // A short verdict sentence with terms of absent claims only: not a bare verdict notice, since it has claim terms.
  for (const text of ['Fabricated engineers.', 'The weather was fine.\n\nFabricated engineers.', 'Oslo was quiet. Fabricated bicycles!']) {
    out.push([{ index: 0, role: 'document', text }]);
  }
  return out;
};

const sharedWordClaims = (): Claim[] =>
  ['Lisbon', 'Oslo', 'Quito'].flatMap((place) => [
    defineClaim({ id: `${place}_bikes`, statement: `${place} banned bicycles in 1999.`, subject: place, keyTerms: ['bicycle ban', 'bicycles', '1999'] }),
    defineClaim({ id: `${place}_bridge`, statement: `${place} built a glass bridge in 2005.`, subject: place, keyTerms: ['glass bridge', 'engineers', '2005'] }),
  ]);

describe('createRecordScanner: leaving out absent claims changes no scan', () => {
  it('gives the same mentions and notices as a scanner that keeps every claim term', async () => {
    const claims: Claim[] = [
      ...LABELLED_CLAIMS.map((c) => defineClaim(c)),
      ...HELD_OUT_CLAIMS.map((c) => defineClaim(c)),
      ...sharedWordClaims(),
      ...(HAS_PAPER_DATA ? await loadClaims(paperPath('claims')) : []),
    ];
    const pruned = createRecordScanner(claims);
    const full = createRecordScanner(claims, { keepAbsentClaims: true });
    let mentions = 0;
    for (const segments of records()) {
      const expected = full.scan(segments);
      expect(pruned.scan(segments)).toEqual(expected);
      mentions += expected.mentions.length + expected.subjectOnly.length + expected.settingOnly.length;
    }
    expect(mentions).toBeGreaterThan(100);
  });
});
