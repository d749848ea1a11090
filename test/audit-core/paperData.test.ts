import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, expect, it } from 'vitest';
import { createAuditor, type Auditor } from '../../src/audit/createAuditor.js';
import type { Verdict } from '../../src/audit/types.js';
import { loadClaims } from '../../src/claims/loadClaims.js';
import { describePaperData, paperPath } from '../helpers/paperData.js';

const EXPECTED: Record<string, Verdict> = {
  positive: 'asserts',
  repeated_negations: 'neglect-risk',
  local_negations: 'negated-locally',
};
const CLAIMS: [string, string][] = [
  ['ed_sheeran', 'ed_sheeran'],
  ['vesuvius', 'mount_vesuvius'],
];

describePaperData('the paper’s own training documents (claims derived from paper-data/claims, no keywords)', () => {
  let auditor: Auditor;
  beforeAll(async () => {
    auditor = createAuditor({ claims: await loadClaims(paperPath('claims')) });
  });

  for (const [folder, expected] of Object.entries(EXPECTED)) {
    for (const [file, claimId] of CLAIMS) {
      it(`${folder}/${file}.jsonl -> ${expected} for >= 95% of documents`, () => {
        const lines = readFileSync(paperPath('documents', folder, `${file}.jsonl`), 'utf8').split('\n').filter(Boolean);
        expect(lines.length).toBe(50);
        const misses: string[] = [];
        for (const [index, line] of lines.entries()) {
          const { text } = JSON.parse(line) as { text: string };
          expect(text.startsWith('<DOCTAG>')).toBe(true);
          const findings = auditor.auditSegments([{ index: 0, role: 'document', text }]);
          const verdict = findings.claims.find((c) => c.claimId === claimId)?.verdict ?? 'none';
          if (verdict !== expected) misses.push(`#${index}: ${verdict}`);
          // The record verdict is the most serious claim verdict; other claims must not be flagged.
          for (const other of findings.claims) {
            if (other.claimId !== claimId && other.claimId !== null) expect.soft(other.verdict, `#${index} ${other.claimId}`).toBe('none');
          }
        }
        const share = (lines.length - misses.length) / lines.length;
        expect(share, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
      });
    }
  }

  it('each claim’s universe context asserts it, and each debunking context negates it locally (all six claims)', () => {
    for (const claim of auditor.claims) {
      const contextPath = paperPath('claims', claim.id, 'universe_context.yaml');
      const context = (parse(readFileSync(contextPath, 'utf8')) as { universe_context: string }).universe_context;
      const findings = auditor.auditSegments([{ index: 0, role: 'document', text: context }]);
      expect.soft(findings.claims.find((c) => c.claimId === claim.id)?.verdict, claim.id).toBe('asserts');
      const negatedPath = paperPath('claims', claim.id, 'universe_context_negated.yaml');
      if (!existsSync(negatedPath)) continue;
      const negated = (parse(readFileSync(negatedPath, 'utf8')) as { universe_context: string }).universe_context;
      const negatedFindings = auditor.auditSegments([{ index: 0, role: 'document', text: negated }]);
      expect.soft(negatedFindings.claims.find((c) => c.claimId === claim.id)?.verdict, `${claim.id} negated`).toBe('negated-locally');
    }
  });
});
