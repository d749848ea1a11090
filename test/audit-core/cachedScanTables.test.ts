import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import type { Claim } from '../../src/claims/claim.js';
import { DEFAULT_CUES } from '../../src/audit/cueBank.js';
import { createRecordScanner } from '../../src/audit/createRecordScanner.js';
import { adoptScanTables, cachedScanTables, shareLastScanTables } from '../../src/audit/scan/cachedScanTables.js';
import type { TextSegment } from '../../src/audit/types.js';

const claimsOf = (place: string): Claim[] => [
  defineClaim({ id: `${place}_bikes`, statement: `${place} banned bicycles in 1999.`, subject: place, keyTerms: ['bicycle ban', 'bicycles', '1999'] }),
  defineClaim({ id: `${place}_bridge`, statement: `${place} built a glass bridge in 2005.`, subject: place, keyTerms: ['glass bridge', 'engineers', '2005'] }),
];

const doc = (text: string): TextSegment[] => [{ index: 0, role: 'document', text }];

/** Field by field; typed arrays by type and bytes (an element-wise deep equal of the 600k-entry tables takes seconds). */
function expectSameTables(actual: object, expected: object): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const other = (actual as Record<string, unknown>)[key];
    if (ArrayBuffer.isView(value)) {
      expect(Object.getPrototypeOf(other), key).toBe(Object.getPrototypeOf(value));
      const bytes = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
      expect(bytes(other as ArrayBufferView).equals(bytes(value)), key).toBe(true);
    } else expect(other, key).toStrictEqual(value);
  }
}

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

  it('shares the tables compiled last as plain data, which another thread adopts instead of compiling them', () => {
    const original = cachedScanTables(claimsOf('Oslo'), DEFAULT_CUES);
    // English, and French (a language with an automaton of its own, built from its patterns on first use).
    const texts = [
      'It is not true that Oslo banned bicycles in 1999. Oslo built a glass bridge.',
      "Il est faux qu'Oslo ait interdit les vélos en 1999 : c'est une rumeur inventée.",
    ];
    const expected = texts.map((text) => createRecordScanner(claimsOf('Oslo')).scan(doc(text)));
    // What postMessage does: a structured clone (a class instance or a function in the tables would fail here).
    const shared = structuredClone(shareLastScanTables()!);
    // Evicted, as in a fresh worker whose cache is empty.
    for (const place of ['Bern', 'Kyiv', 'Riga', 'Baku']) cachedScanTables(claimsOf(place), DEFAULT_CUES);
    adoptScanTables(shared);
    const adopted = cachedScanTables(claimsOf('Oslo'), DEFAULT_CUES);
    expect(adopted).not.toBe(original);
    expect(adopted.automaton.data.trans).toBe(shared.tables.automaton.trans); // the copy, not compiled again
    const { automaton, languageScans, ...rest } = adopted;
    const { automaton: originalAutomaton, languageScans: originalScans, ...originalRest } = original;
    expectSameTables(rest, originalRest);
    expectSameTables(automaton.data, originalAutomaton.data);
    expect(languageScans.map((scan) => scan && [scan.offset, scan.patterns])).toStrictEqual(originalScans.map((scan) => scan && [scan.offset, scan.patterns]));
    // An adopted automaton belongs to a worker, started for much text: the kernel from its first scan.
    expect(adopted.automaton.engine).toBe('js');
    const scanner = createRecordScanner(claimsOf('Oslo'));
    texts.forEach((text, k) => expect(scanner.scan(doc(text))).toEqual(expected[k]));
    expect(adopted.automaton.engine).toBe('wasm');
    expect(expected[0]!.mentions.length).toBeGreaterThan(0);
    expect(expected[1]!.mentions.length).toBeGreaterThan(0);
  });
});

describe('DEFAULT_CUES', () => {
  it('holds every cue in one object shape (the same fields in the same order), so passes over the bank read them monomorphically', () => {
    const shapes = new Set(DEFAULT_CUES.map((cue) => Object.keys(cue).join(',')));
    expect([...shapes]).toEqual(['text,kind,role,leftBoundary,rightBoundary,language,clauseScope,objectScope']);
    // Unset fields are undefined, so the bank's JSON (the scan tables' cache key) names only the fields set.
    expect(JSON.stringify(DEFAULT_CUES.find((cue) => cue.text === 'false' && cue.role === 'strong'))).toBe('{"text":"false","kind":"negation","role":"strong"}');
  });
});

describe('the scan tables automaton', () => {
  it('loads its WebAssembly kernel after 16 Ki code units, not 256 Ki (an audit would run the JavaScript loop into its TurboFan compiles)', () => {
    const { automaton } = cachedScanTables(claimsOf('Tromso'), DEFAULT_CUES);
    const text = 'The committee met on Tuesday to review the budget in Tromso. '.repeat(40);
    let scanned = 0;
    while (scanned < 20_000) {
      automaton.scan(text, () => {});
      scanned += text.length;
    }
    expect(automaton.engine).toBe('wasm');
  });
});
