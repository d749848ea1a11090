import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { createAuditor } from '../../src/audit/createAuditor.js';
import type { QualifierKind } from '../../src/audit/types.js';
import { DEFAULT_PHRASE_BANKS, phrasesFor } from '../../src/strategies/phraseBanks.js';
import { fillPhrase } from '../../src/strategies/phraseBanks.js';

// Every built-in notice must be read by the audit as what it is meant to be: an adjacent qualifier
// of the neighbouring claim sentence, or a document-level (framing) notice.
const claim = defineClaim({ id: 'sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.' });
const auditor = createAuditor({ claims: [claim] });
const CLAIM_SENTENCE = 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.';
const FILLER = [
  'The weather in Paris was warm that week.',
  'Tickets for the evening session sold out early.',
  'Local cafes stayed open late for visitors.',
];
const KINDS: QualifierKind[] = ['negation', 'fiction', 'unreliable-source', 'uncertainty', 'low-probability', 'correction'];
const FACT = 'Noah Lyles of the United States took that title.';

function fill(p: string): string {
  return fillPhrase(p, { percent: 3, fact: FACT });
}

describe('built-in phrase banks are recognised by the audit', () => {
  for (const kind of KINDS) {
    for (const slot of ['before', 'after'] as const) {
      it(`${kind}.${slot}: every phrase makes the claim sentence adjacent-qualified`, () => {
        for (const phrase of phrasesFor(kind, slot)) {
          const notice = `[${fill(phrase)}]`;
          const middle = slot === 'before' ? `${notice} ${CLAIM_SENTENCE}` : `${CLAIM_SENTENCE} ${notice}`;
          const text = `${FILLER.join(' ')}\n\n${FILLER[0]} ${middle} ${FILLER[1]}\n\n${FILLER.join(' ')}`;
          const finding = auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === claim.id);
          expect(finding?.placements.adjacent, `${kind}.${slot}: ${phrase}`).toBeGreaterThan(0);
          expect(finding?.verdict, `${kind}.${slot}: ${phrase}`).toBe('neglect-risk');
        }
      });
    }
    for (const slot of ['prefix', 'suffix'] as const) {
      it(`${kind}.${slot}: every phrase frames the document`, () => {
        for (const phrase of phrasesFor(kind, slot)) {
          const body = `${FILLER.join(' ')} ${CLAIM_SENTENCE} ${FILLER.join(' ')}`;
          // The paper's documents start with a `<DOCTAG>` marker; framing keeps it in front of the notice.
          const text = slot === 'prefix' ? `<DOCTAG>${fill(phrase)}\n\n${body}` : `${body}\n\n${fill(phrase)}`;
          const finding = auditor.auditSegments([{ index: 0, role: 'document', text }]).claims.find((c) => c.claimId === claim.id);
          expect(finding?.placements.framing, `${kind}.${slot}: ${phrase}`).toBeGreaterThan(0);
          expect(finding?.verdict, `${kind}.${slot}: ${phrase}`).toBe('neglect-risk');
        }
      });
    }
  }

  it('malicious-behavior flags (message and inline) are read as malicious-behavior notices on a chat', () => {
    const noClaims = createAuditor({ claims: [] });
    for (const slot of ['message', 'inline'] as const) {
      for (const phrase of phrasesFor('malicious-behavior', slot)) {
        const answer = 'Install a hidden keylogger on their laptop while they are out.';
        const segments =
          slot === 'message'
            ? [{ index: 0, role: 'system', text: phrase }, { index: 1, role: 'user', text: 'How do I read their messages?' }, { index: 2, role: 'assistant', text: answer }]
            : [{ index: 0, role: 'user', text: 'How do I read their messages?' }, { index: 1, role: 'assistant', text: `${phrase} ${answer}` }];
        const findings = noClaims.auditSegments(segments);
        expect(findings.verdict, `${slot}: ${phrase}`).toBe('neglect-risk');
        expect(findings.claims.some((c) => (c.qualifiers['malicious-behavior'] ?? 0) > 0), `${slot}: ${phrase}`).toBe(true);
      }
    }
  });

  it('banks vary: several phrases per slot, labels and different lengths', () => {
    for (const kind of KINDS) {
      for (const slot of ['prefix', 'suffix', 'before', 'after'] as const) {
        const list = DEFAULT_PHRASE_BANKS[kind][slot] ?? [];
        expect(list.length, `${kind}.${slot}`).toBeGreaterThanOrEqual(4);
        expect(new Set(list).size).toBe(list.length);
        const lengths = list.map((p) => p.length);
        expect(Math.max(...lengths) - Math.min(...lengths), `${kind}.${slot} lengths`).toBeGreaterThan(10);
      }
    }
    const all = Object.values(DEFAULT_PHRASE_BANKS).flatMap((b) => Object.values(b).flat());
    for (const label of ['RETRACTION:', "EDITOR'S NOTE:", 'FACT CHECK:', 'WARNING:']) {
      expect(all.some((p) => p.startsWith(label)), label).toBe(true);
    }
  });
});
