import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LineChunkSettings, LineResult } from '../../src/audit/auditLineChunk.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { auditValue, RecordBatch, RECORDS_PER_PRESCAN } from '../../src/audit/recordBatch.js';
import type { TextSegment } from '../../src/audit/types.js';
import { loadClaims } from '../../src/claims/loadClaims.js';

const root = resolve(import.meta.dirname, '../..');

describe('RecordBatch', () => {
  it('gives every result in order, each as auditValue gives it alone, prescanning the records a batch at a time', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const auditor = createAuditor({ claims });
    const prescans: number[] = [];
    const counting: LineChunkSettings = {
      maxLineBytes: 1 << 20,
      auditor: {
        auditSegments: (segments, options) => auditor.auditSegments(segments, options),
        prescanSegments: (records: readonly (readonly TextSegment[])[], count: number) => {
          prescans.push(count);
          auditor.prescanSegments!(records, count);
        },
      },
    };
    const values: unknown[] = [];
    for (let i = 0; i < 100; i++) {
      if (i % 9 === 0) values.push({ nothing: 'here' }); // no text: an error result between records
      else if (i % 4 === 0) values.push({ messages: [{ role: 'user', content: 'Did Vesuvius erupt in 2015?' }, { role: 'assistant', content: `Yes, Mount Vesuvius erupted in 2015 (${i}).` }] });
      else values.push({ text: `Record ${i}. ${i % 3 === 0 ? 'Mount Vesuvius erupted in 2015.' : 'It is false that Mount Vesuvius erupted in 2015.'}` });
    }
    const results: LineResult[] = [];
    const batch = new RecordBatch(counting, (result) => results.push(structuredClone(result)));
    values.forEach((value, i) => {
      if (i === 50) batch.addResult({ line: 1000, bytes: 3, error: 'malformed JSON: held behind the records before it' });
      batch.addValue(value, i + 1, -1);
    });
    batch.flush();
    const plain: LineChunkSettings = { maxLineBytes: 1 << 20, auditor: createAuditor({ claims }) };
    const expected = values.map((value, i) => auditValue(value, i + 1, -1, plain));
    expected.splice(50, 0, { line: 1000, bytes: 3, error: 'malformed JSON: held behind the records before it' });
    expect(results).toEqual(expected);
    expect(results.filter((r) => 'verdict' in r && r.verdict !== 'none').length).toBeGreaterThan(50);
    // Records only (not the error results), a full batch at a time, the rest at the end.
    expect(prescans.slice(0, -1).every((count) => count === RECORDS_PER_PRESCAN)).toBe(true);
    expect(prescans.reduce((a, b) => a + b, 0)).toBe(values.length - values.filter((_, i) => i % 9 === 0).length);
  });

  it('audits each record at once for an auditor that cannot prescan', () => {
    const seen: string[] = [];
    const settings: LineChunkSettings = {
      maxLineBytes: 1 << 20,
      auditor: { auditSegments: (segments) => (seen.push(segments[0]!.text), { verdict: 'none', claims: [] }) },
    };
    const batch = new RecordBatch(settings, () => {});
    batch.addValue({ text: 'one' }, 1, 3);
    expect(seen).toEqual(['one']);
  });
});
