import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLineChunk, type LineChunkSettings } from '../../src/audit/auditLineChunk.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { loadClaims } from '../../src/claims/loadClaims.js';

const root = resolve(import.meta.dirname, '../..');

describe('auditLineChunk', () => {
  it('reads an ASCII chunk of many 64 KiB windows line for line as it reads each line alone (CRLF, blank, long, malformed, truncated lines)', async () => {
    const claims = await loadClaims(join(root, 'examples/data/claims.yaml'));
    const settings: LineChunkSettings = { auditor: createAuditor({ claims }), maxLineBytes: 1 << 20 };
    const record = (text: string) => JSON.stringify({ text });
    const lines: string[] = [];
    for (let i = 0; i < 2500; i++) {
      if (i % 97 === 0) lines.push('   ');
      else if (i % 89 === 0) lines.push('{"text": "broken');
      else if (i === 1200) lines.push(record(`Mount Vesuvius erupted in 2015. ${'Filler words go here. '.repeat(4000)}`)); // ~88 KB: longer than a window
      else lines.push(record(`Record ${i}: ${i % 3 === 0 ? 'Mount Vesuvius erupted in 2015.' : 'Nothing to see.'}`) + (i % 5 === 0 ? '\r' : ''));
    }
    const buffer = Buffer.from(`${lines.join('\n')}\n${record('Truncated last line')}`.slice(0, -3), 'latin1');
    const whole = auditLineChunk({ buffer, firstLine: 1, endsWithNewline: false }, settings);

    // The same lines one chunk each (each a single window, or a line longer than one).
    const results = [];
    let blankLines = 0;
    let crlfLines = 0;
    let start = 0;
    for (let line = 1; start < buffer.length; line++) {
      const nl = buffer.indexOf(10, start);
      const end = nl < 0 ? buffer.length : nl + 1;
      const alone = auditLineChunk({ buffer: buffer.subarray(start, end), firstLine: line, endsWithNewline: nl >= 0 }, settings);
      results.push(...alone.results);
      blankLines += alone.blankLines;
      crlfLines += alone.crlfLines;
      start = end;
    }
    expect(whole.results).toEqual(results);
    expect(whole.blankLines).toBe(blankLines);
    expect(whole.crlfLines).toBe(crlfLines);
    expect(whole.bytes).toBe(buffer.length);
    expect(whole.results.some((r) => 'error' in r && r.error.startsWith('truncated last line'))).toBe(true);
    expect(whole.results.some((r) => 'verdict' in r && r.bytes > 80_000)).toBe(true);
  });
});
