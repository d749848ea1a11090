import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { RecordFindings } from '../../src/audit/types.js';
import { LABELLED_CLAIMS, LABELLED_RECORDS, type LabelledRecord } from './fixtures/labelled.js';

interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-class precision/recall of predicted vs expected labels. */
function scoreClasses(pairs: [string | undefined, string | undefined][]): Map<string, { precision: number; recall: number; support: number }> {
  const counts = new Map<string, ClassScore>();
  const get = (label: string): ClassScore => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const [expected, predicted] of pairs) {
    if (expected === undefined) continue;
    if (predicted === expected) get(expected).tp++;
    else {
      get(expected).fn++;
      if (predicted !== undefined) get(predicted).fp++;
    }
  }
  const out = new Map<string, { precision: number; recall: number; support: number }>();
  for (const [label, c] of counts) {
    out.set(label, {
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
      support: c.tp + c.fn,
    });
  }
  return out;
}

function decisive(findings: RecordFindings) {
  const finding = findings.claims.find((c) => c.verdict === findings.verdict) ?? findings.claims[0];
  return finding;
}

describe('labelled test set (per-class precision and recall)', () => {
  const auditor = createAuditor({ claims: LABELLED_CLAIMS });
  const results = LABELLED_RECORDS.map((record: LabelledRecord) => {
    const segments = record.segments ?? [{ index: 0, role: 'document', text: record.text ?? '' }];
    const findings = auditor.auditSegments(segments);
    const finding = decisive(findings);
    const example = finding?.examples[0];
    const kind =
      finding?.claimId === null ? (finding.notices?.[0]?.kind ?? undefined) : (example?.qualifier ?? undefined);
    return { record, findings, placement: example?.placement, kind, unattached: finding?.claimId === null };
  });

  it('covers every verdict, placement and qualifier kind', () => {
    const verdicts = new Set(LABELLED_RECORDS.map((r) => r.verdict));
    const placements = new Set(LABELLED_RECORDS.map((r) => r.placement).filter(Boolean));
    const kinds = new Set(LABELLED_RECORDS.map((r) => r.kind).filter(Boolean));
    expect(verdicts.size).toBe(4);
    expect(placements.size).toBe(4);
    expect(kinds.size).toBe(7);
    expect(LABELLED_RECORDS.some((r) => r.segments)).toBe(true);
    expect(LABELLED_RECORDS.filter((r) => r.id.startsWith('none-subject')).length).toBeGreaterThanOrEqual(5);
  });

  it('record verdicts: precision and recall >= 0.9 per class', () => {
    const scores = scoreClasses(results.map((r) => [r.record.verdict, r.findings.verdict]));
    for (const [label, score] of scores) {
      expect.soft(score.precision, `${label} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(score.recall, `${label} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('placements: precision and recall >= 0.9 per class', () => {
    const scores = scoreClasses(results.map((r) => [r.record.placement, r.placement]));
    expect(scores.size).toBe(4);
    for (const [label, score] of scores) {
      expect.soft(score.precision, `${label} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(score.recall, `${label} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('qualifier kinds: precision and recall >= 0.85 per class', () => {
    const scores = scoreClasses(results.map((r) => [r.record.kind, r.kind]));
    expect(scores.size).toBe(7);
    for (const [label, score] of scores) {
      expect.soft(score.precision, `${label} precision`).toBeGreaterThanOrEqual(0.85);
      expect.soft(score.recall, `${label} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('unattached notices are reported exactly where labelled', () => {
    for (const r of results) expect.soft(r.unattached, r.record.id).toBe(Boolean(r.record.unattached));
  });
});
