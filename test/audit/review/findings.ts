import type { AuditedRecord } from '../../../src/audit/auditRecords.js';
import type { ClaimFinding, Placement, Verdict } from '../../../src/audit/types.js';

/** What a review test varies in a finding beyond its verdict and placements; the rest overrides fields outright. */
export type FindingOverrides = Partial<ClaimFinding> & { score?: number; role?: string };

/**
 * One claim finding with the given mentions per placement, as the lexical pass would report it: one example
 * (when there is a mention) carrying the best match score. The review tests build their records from these so the
 * shape of a finding is written once.
 */
export const claimFinding = (verdict: Verdict, placements: Partial<Record<Placement, number>>, overrides: FindingOverrides = {}): ClaimFinding => {
  const { score = 1, role = 'document', ...fields } = overrides;
  const counts = { local: 0, adjacent: 0, framing: 0, unqualified: 0, ...placements };
  const mentions = counts.local + counts.adjacent + counts.framing + counts.unqualified;
  const claimId = fields.claimId === undefined ? 'c' : fields.claimId;
  return {
    claimId,
    verdict,
    mentions,
    placements: counts,
    qualifiers: {},
    expectedBelief: { value: 50, condition: 'unqualified', source: 'x' },
    examples:
      mentions === 0
        ? []
        : [{ claimId: claimId ?? 'c', segment: 0, role, start: 0, end: 1, line: 1, sentence: 'x', placement: 'unqualified', qualifier: null, cue: null, score }],
    ...fields,
  };
};

/** An audited record number `i` (line i + 1 of source `s`) with the given verdict and findings. */
export const auditedRecord = (i: number, verdict: Verdict, claims: ClaimFinding[] = []): AuditedRecord => ({
  record: i,
  source: 's',
  line: i + 1,
  bytes: 10,
  verdict,
  claims,
  data: { text: `record ${i}` },
});
