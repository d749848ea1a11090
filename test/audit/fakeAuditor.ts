import { expectedBelief } from '../../src/audit/expectedBelief.js';
import type { ClaimFinding, RecordFindings, TextSegment, Verdict } from '../../src/audit/types.js';
import { VERDICT_SEVERITY } from '../../src/audit/types.js';

/**
 * A tiny deterministic stand-in for the real auditor, so the dataset layer is tested on its own:
 * a segment mentions claim `gold` when it contains "gold"; "not" in that sentence makes it local,
 * "false" anywhere else in the record makes it neglect-risk; "satire" is an unattached notice.
 */
export function createFakeAuditor(): { claims: []; calls: TextSegment[][]; auditSegments(s: TextSegment[]): RecordFindings } {
  const calls: TextSegment[][] = [];
  return {
    claims: [],
    calls,
    auditSegments(segments) {
      calls.push(segments);
      const claims: ClaimFinding[] = [];
      const all = segments.map((s) => s.text).join('\n');
      for (const segment of segments) {
        const at = segment.text.indexOf('gold');
        if (at === -1) continue;
        const sentenceEnd = segment.text.indexOf('.', at);
        const end = sentenceEnd === -1 ? segment.text.length : sentenceEnd + 1;
        const sentenceStart = segment.text.lastIndexOf('.', at) + 1;
        const sentence = segment.text.slice(sentenceStart, end).trim();
        const local = /\bnot\b/.test(sentence);
        const flagged = !local && /\bfalse\b/.test(all);
        const placement = local ? 'local' : flagged ? 'adjacent' : 'unqualified';
        const verdict: Verdict = local ? 'negated-locally' : flagged ? 'neglect-risk' : 'asserts';
        const placements = { local: local ? 1 : 0, adjacent: flagged ? 1 : 0, framing: 0, unqualified: local || flagged ? 0 : 1 };
        const qualifiers = local || flagged ? { negation: 1 } : {};
        claims.push({
          claimId: 'gold',
          verdict,
          mentions: 1,
          placements,
          qualifiers,
          expectedBelief: expectedBelief({ verdict, placements, qualifiers }),
          examples: [
            {
              claimId: 'gold',
              segment: segment.index,
              role: segment.role,
              start: sentenceStart,
              end,
              line: segment.text.slice(0, at).split('\n').length,
              sentence,
              placement,
              qualifier: local || flagged ? 'negation' : null,
              cue: local || flagged
                ? { kind: 'negation', text: local ? 'not' : 'false', segment: segment.index, start: 0, end: 3 }
                : null,
              score: 0.9,
            },
          ],
        });
        break;
      }
      if (/\bsatire\b/.test(all)) {
        claims.push({
          claimId: null,
          verdict: 'neglect-risk',
          mentions: 1,
          placements: { local: 0, adjacent: 0, framing: 1, unqualified: 0 },
          expectedBelief: expectedBelief({ verdict: 'neglect-risk', placements: { local: 0, adjacent: 0, framing: 1, unqualified: 0 }, qualifiers: { fiction: 1 } }),
          qualifiers: { fiction: 1 },
          examples: [],
          topic: 'satire notice',
        });
      }
      let verdict: Verdict = 'none';
      for (const c of claims) if (VERDICT_SEVERITY.indexOf(c.verdict) < VERDICT_SEVERITY.indexOf(verdict)) verdict = c.verdict;
      return { verdict, claims };
    },
  };
}
