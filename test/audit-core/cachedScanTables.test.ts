import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import type { Claim } from '../../src/claims/claim.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import { cachedScanTables } from '../../src/audit/scan/cachedScanTables.js';
import type { TextSegment } from '../../src/audit/types.js';

const claimsOf = (place: string): Claim[] => [
  defineClaim({ id: `${place}_bikes`, statement: `${place} banned bicycles in 1999.`, subject: place, keyTerms: ['bicycle ban', 'bicycles', '1999'] }),
  defineClaim({ id: `${place}_bridge`, statement: `${place} built a glass bridge in 2005.`, subject: place, keyTerms: ['glass bridge', 'engineers', '2005'] }),
];

const doc = (text: string): TextSegment[] => [{ index: 0, role: 'document', text }];

describe('cachedScanTables', () => {
  it('compiles claims and cues of the same content once, and others apart', () => {
    const tables = cachedScanTables(claimsOf('Oslo'), DEFAULT_CUES);
    // A claim set parsed again (new objects, same content) gets the same compiled tables.
    expect(cachedScanTables(structuredClone(claimsOf('Oslo')), [...DEFAULT_CUES])).toBe(tables);
    expect(cachedScanTables(claimsOf('Quito'), DEFAULT_CUES)).not.toBe(tables);
    const extra = [...DEFAULT_CUES, { text: 'made up out of whole cloth', kind: 'negation' as const, role: 'strong' as const }];
    expect(cachedScanTables(claimsOf('Oslo'), extra)).not.toBe(tables);
  });

  it('keeps the claim sets used last and compiles an evicted one again', () => {
    const first = cachedScanTables(claimsOf('Lima'), DEFAULT_CUES);
    for (const place of ['Bern', 'Kyiv', 'Riga', 'Baku']) cachedScanTables(claimsOf(place), DEFAULT_CUES);
    const again = cachedScanTables(claimsOf('Lima'), DEFAULT_CUES);
    expect(again).not.toBe(first);
    expect(again.groupMembers).toEqual(first.groupMembers);
  });

  it('lets scanners sharing one compiled form scan in turn as each would alone', () => {
    const texts = [
      'It is not true that Oslo banned bicycles in 1999. Oslo built a glass bridge.',
      'The following claim is false. Oslo built a glass bridge in 2005, engineers said.',
      `${'Nothing to see here. '.repeat(400)}Oslo banned bicycles in 1999. This is fabricated.`,
    ];
    const alone = texts.map((text) => createRecordScanner(claimsOf('Oslo')).scan(doc(text)));
    const a = createRecordScanner(claimsOf('Oslo'));
    const b = createRecordScanner(claimsOf('Oslo'), { keepAbsentClaims: true });
    for (let round = 0; round < 2; round++) {
      texts.forEach((text, k) => {
        expect(a.scan(doc(text))).toEqual(alone[k]);
        expect(b.scan(doc(text))).toEqual(alone[k]);
      });
    }
    expect(alone[0]!.mentions.length).toBeGreaterThan(0);
  });
});
