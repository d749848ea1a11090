import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditDataset, toAuditReport } from '../../src/audit/auditDataset.js';
import { AuditReportSchema } from '../../src/audit/auditReport.js';
import { auditReportJsonSchema } from '../../src/audit/auditReportJsonSchema.js';
import { formatAuditReport } from '../../src/audit/formatAuditReport.js';
import { createFakeAuditor } from './fakeAuditor.js';

const dir = mkdtempSync(join(tmpdir(), 'nn-audit-dataset-'));
const path = join(dir, 'mixed.jsonl');
writeFileSync(
  path,
  [
    JSON.stringify({ text: 'He won the gold.' }),
    JSON.stringify({ text: 'This is false. He won the gold.' }),
    JSON.stringify({ text: 'He did not win gold.' }),
    '{"text": broken',
    JSON.stringify({ text: 'This is satire. Nothing else.' }),
    JSON.stringify({ text: 'Unrelated.' }),
    JSON.stringify({ messages: [{ role: 'user', content: 'Q' }, { role: 'assistant', content: 'They took gold.' }, { role: 'user', content: 'That answer is false.' }] }),
  ].join('\n') + '\n',
);

describe('auditDataset', () => {
  it('aggregates totals, per-claim counts, examples, unattached notices and invalid records', async () => {
    const report = await auditDataset(path, { auditor: createFakeAuditor() });
    expect(AuditReportSchema.parse(report.toJSON())).toBeTruthy();
    expect(report.verdict).toBe('neglect-risk');
    expect(report.totals).toMatchObject({ records: 7, audited: 6, invalid: 1, bytes: expect.any(Number) });
    expect(report.totals.byVerdict).toEqual({ 'neglect-risk': 3, asserts: 1, 'negated-locally': 1, none: 1 });
    const gold = report.claims.find((c) => c.claimId === 'gold')!;
    expect(gold.verdict).toBe('neglect-risk');
    expect(gold.records).toEqual({ 'neglect-risk': 2, asserts: 1, 'negated-locally': 1, none: 2 });
    expect(gold.placements).toEqual({ local: 1, adjacent: 2, framing: 0, unqualified: 1 });
    expect(gold.explanation).toMatch(/88\.6%/);
    // Strongest first: the adjacent (risky) mentions, then the unqualified one; one per record, at most 3.
    expect(gold.examples.map((e) => [e.line, e.placement])).toEqual([[2, 'adjacent'], [7, 'adjacent'], [1, 'unqualified']]);
    expect(gold.examples[1]).toMatchObject({ role: 'assistant', segment: 1, sentence: 'They took gold.', cue: 'false' });
    expect(report.unattached).toEqual([expect.objectContaining({ topic: 'satire notice', records: 1, sampleRecords: [{ record: 4, source: path, line: 5 }] })]);
    expect(report.invalid).toEqual([expect.objectContaining({ file: path, line: 4, record: 3, reason: expect.stringMatching(/^malformed JSON/) })]);
  });

  it('keeps no examples with maxExamples: 0 (and still counts every mention)', async () => {
    const report = await auditDataset(path, { auditor: createFakeAuditor(), maxExamples: 0 });
    const full = await auditDataset(path, { auditor: createFakeAuditor() });
    expect(report.claims.flatMap((c) => c.examples)).toEqual([]);
    expect(full.claims.flatMap((c) => c.examples).length).toBeGreaterThan(0);
    expect(report.claims.map((c) => c.mentions)).toEqual(full.claims.map((c) => c.mentions));
  });

  it('formats text, markdown, json and html; prints readably with inspect', async () => {
    const report = await auditDataset(path, { auditor: createFakeAuditor() });
    const text = formatAuditReport(report, 'text');
    expect(text).toContain('Negation Neglect audit: NEGLECT RISK');
    expect(text).toContain(`${path}:7 (assistant message 1) [adjacent, negation] "They took gold."`);
    expect(text).toContain(`${path}:4: malformed JSON`);
    expect(String(report)).toBe(text);
    expect(inspect(report)).toBe(text.trimEnd());
    const md = report.toMarkdown();
    expect(md).toMatch(/^# Negation Neglect audit/);
    expect(md).toContain('| gold | neglect-risk | 84.4% (adjacent, negation) | 2 | 1 | 1 | 4 | 1 | 2 | 0 | 1 |');
    expect(JSON.parse(formatAuditReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(report._repr_html_()).toContain('<table>');
    const bundle = (report as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!();
    expect(Object.keys(bundle)).toEqual(['text/plain', 'text/html', 'text/markdown']);
    expect(Object.keys(report)).not.toContain('toJSON');
    expect(() => formatAuditReport(report, 'xml' as 'text')).toThrow(/format/);
  });

  it('round-trips through JSON and validates against the exported JSON Schema shape', async () => {
    const report = await auditDataset(path, { auditor: createFakeAuditor() });
    const again = toAuditReport(AuditReportSchema.parse(JSON.parse(JSON.stringify(report))));
    expect(String(again)).toBe(String(report));
    const schema = auditReportJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'verdict', 'totals', 'claims', 'unattached', 'invalid', 'warnings', 'timing']));
  });

  it('a strict budget stops the audit with the file and line', async () => {
    await expect(auditDataset(path, { auditor: createFakeAuditor(), maxInvalid: 0 })).rejects.toThrow(`${path}:4: more than 0 invalid records`);
  });
});
