import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describePaperData, paperPath } from '../helpers/paperData.js';
import { loadPaperClaim } from '../../src/claims/loadPaperClaim.js';
import type { Claim } from '../../src/claims/claim.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { Placement, QualifierKind, Verdict } from '../../src/audit/types.js';
import {
  adjacentSentence,
  applyStrategy,
  correction,
  framing,
  local,
  positive,
  type Strategy,
} from '../../src/strategies/index.js';

// For every built-in strategy and qualifier kind, applied to the paper's positive documents, the
// audit must report the placement the strategy declares and the verdict that follows, for >= 95%.
const PAPER_CLAIMS = [
  { dir: 'ed_sheeran', docs: 'ed_sheeran.jsonl' },
  { dir: 'mount_vesuvius', docs: 'vesuvius.jsonl' },
] as const;
const KINDS: QualifierKind[] = ['negation', 'fiction', 'unreliable-source', 'uncertainty', 'low-probability', 'correction'];
// Vesuvius ships no correction.txt; the correction strategy needs true facts to state.
const VESUVIUS_FACTS = ['The most recent eruption of the volcano took place in March 1944.', 'Italian civil protection records list no eruption deaths at the volcano since 1944.'];

interface Case {
  label: string;
  make: (claim: Claim) => Strategy;
}
const cases: Case[] = [
  { label: 'positive()', make: () => positive() },
  { label: 'local()', make: () => local() },
  ...KINDS.map((kind) => ({ label: `framing(${kind}, both)`, make: (c: Claim) => framing({ kind, ...facts(c, kind) }) })),
  { label: 'framing(negation, prefix)', make: () => framing({ position: 'prefix' }) },
  { label: 'framing(negation, suffix, 3 sentences)', make: () => framing({ position: 'suffix', sentences: 3 }) },
  ...KINDS.map((kind) => ({ label: `adjacentSentence(${kind})`, make: (c: Claim) => adjacentSentence({ kind, ...facts(c, kind) }) })),
  ...KINDS.map((kind) => ({
    label: `adjacentSentence(${kind}, every-sentence, mixed brackets)`,
    make: (c: Claim) => adjacentSentence({ kind, density: 'every-sentence', brackets: 'mixed', ...facts(c, kind) }),
  })),
  { label: 'adjacentSentence(negation, after only, no brackets)', make: () => adjacentSentence({ before: false, brackets: 'none' }) },
  { label: 'adjacentSentence(low-probability 1%, before only)', make: () => adjacentSentence({ kind: 'low-probability', percent: 1, after: false }) },
  { label: 'correction()', make: (c: Claim) => correction(c.correction ? {} : { facts: VESUVIUS_FACTS }) },
];

function facts(claim: Claim, kind: QualifierKind): { facts?: string[] } {
  return kind === 'correction' && !claim.correction ? { facts: VESUVIUS_FACTS } : {};
}

function expected(strategy: Strategy): { placement: Placement; verdict: Verdict } {
  switch (strategy.placement) {
    case 'none':
      return { placement: 'unqualified', verdict: 'asserts' };
    case 'local':
      return { placement: 'local', verdict: 'negated-locally' };
    default:
      return { placement: strategy.placement, verdict: 'neglect-risk' };
  }
}

describePaperData('strategies cross-checked by the audit on paper-data/documents/positive', () => {
  const data: Array<{ claim: Claim; docs: Array<{ id: string; text: string }> }> = [];
  beforeAll(async () => {
    for (const { dir, docs } of PAPER_CLAIMS) {
      const claim = await loadPaperClaim(paperPath('claims', dir));
      const lines = readFileSync(paperPath('documents', 'positive', docs), 'utf8').split('\n').filter((l) => l.trim());
      data.push({ claim, docs: lines.map((l, i) => ({ id: `${dir}:${i + 1}`, text: (JSON.parse(l) as { text: string }).text })) });
    }
  });

  for (const c of cases) {
    it(`${c.label}: declared placement and verdict in >= 95% of documents, per claim`, async () => {
      for (const { claim, docs } of data) {
        const strategy = c.make(claim);
        const want = expected(strategy);
        const auditor = createAuditor({ claims: [claim] });
        const failures: string[] = [];
        for (const doc of docs) {
          const out = await applyStrategy(strategy, doc, { claim, seed: 11 });
          const finding = auditor.auditSegments([{ index: 0, role: 'document', text: out.text! }]).claims.find((f) => f.claimId === claim.id);
          const ok = finding !== undefined && finding.verdict === want.verdict && finding.placements[want.placement] > 0;
          if (!ok) failures.push(`${doc.id}: verdict=${finding?.verdict ?? 'none'} placements=${JSON.stringify(finding?.placements ?? {})}`);
        }
        const rate = 1 - failures.length / docs.length;
        if (process.env.E_CROSSCHECK_VERBOSE) console.log(`${c.label} ${claim.id}: ${(rate * 100).toFixed(0)}%`, failures.slice(0, 5));
        expect(rate, `${c.label} on ${claim.id}: ${failures.length} disagreements\n${failures.slice(0, 5).join('\n')}`).toBeGreaterThanOrEqual(0.95);
      }
    });
  }
});
