import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { HELD_OUT_CLAIMS, HELD_OUT_RECORDS } from './fixtures/heldOut.js';

describe('held-out labelled set (written after the rules; scores reported in docs/accuracy-history.md)', () => {
  const auditor = createAuditor({ claims: HELD_OUT_CLAIMS });
  const rows = HELD_OUT_RECORDS.map((record) => {
    const findings = auditor.auditSegments(record.segments ?? [{ index: 0, role: 'document', text: record.text ?? '' }]);
    const finding = findings.claims.find((c) => c.verdict === findings.verdict) ?? findings.claims[0];
    return { record, verdict: findings.verdict, placement: finding?.examples[0]?.placement, unattached: finding?.claimId === null };
  });

  it('gets >= 90% of record verdicts and placements right', () => {
    const verdictHits = rows.filter((r) => r.verdict === r.record.verdict).length;
    const withPlacement = rows.filter((r) => r.record.placement !== undefined);
    const placementHits = withPlacement.filter((r) => r.placement === r.record.placement).length;
    expect(verdictHits / rows.length).toBeGreaterThanOrEqual(0.9);
    expect(placementHits / withPlacement.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never calls a subject-only record a mention, and finds both unattached notices', () => {
    for (const r of rows.filter((row) => row.record.verdict === 'none')) expect(r.verdict, r.record.id).toBe('none');
    expect(rows.filter((r) => r.unattached).map((r) => r.record.id)).toEqual(['h-unattached', 'h-unattached-chat']);
  });
});
