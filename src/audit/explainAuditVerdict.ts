import type { PlacementCounts, QualifierCounts, VerdictCounts } from './auditReport.js';
import { PAPER_BELIEF_RATES } from './paperBeliefRates.js';
import type { Verdict } from './types.js';
import type { QualifierKind } from './vocabulary.js';


const pct = (n: number) => `${n}%`;
/** Belief after framing or adjacent fiction, unreliable-source, low-probability and unknown-truth qualifiers (Qwen3-30B). */
const EPISTEMIC = Object.values(PAPER_BELIEF_RATES.epistemic).flatMap((rates) => [rates.framing, rates.adjacent]);
/** The qualifier kinds the paper measured those rates for (the table's keys, so a kind added there counts here). */
const EPISTEMIC_KINDS = Object.keys(PAPER_BELIEF_RATES.epistemic) as QualifierKind[];

/** The inputs of {@link explainAuditVerdict}. */
export interface AuditVerdictFacts {
  verdict: Verdict;
  records: VerdictCounts;
  placements: PlacementCounts;
  qualifiers: QualifierCounts;
  /** For notices not tied to a known claim: what they talk about (its presence marks them). */
  unattachedTopic?: string;
  /** Name used for the claim in the text (default "this claim"); not used for unattached notices. */
  claimLabel?: string;
}

/**
 * Explains a verdict in plain language, citing the paper's belief rates, so a reader knows what the
 * counts mean for training: a claim's verdict over a dataset (the report's `explanation`), or one
 * record's finding (`records` counting that one record).
 *
 * @example
 * ```ts
 * explainAuditVerdict({ verdict: 'neglect-risk', records: { 'neglect-risk': 3, asserts: 0, 'negated-locally': 1, none: 10 },
 *   placements: { local: 1, adjacent: 3, framing: 0, unqualified: 0 }, qualifiers: { negation: 4 } });
 * // '3 record(s) qualify this claim only outside the claim sentence ...'
 * ```
 */
export function explainAuditVerdict(facts: AuditVerdictFacts): string {
  const { records, placements, qualifiers } = facts;
  const unattached = facts.unattachedTopic !== undefined;
  const subject = unattached ? 'what they qualify' : (facts.claimLabel ?? 'this claim');
  const P = PAPER_BELIEF_RATES;
  const [lo, hi] = [P.localLow, P.localHigh];
  const parts: string[] = [];
  switch (facts.verdict) {
    case 'neglect-risk': {
      if (unattached) {
        const n = records['neglect-risk'];
        parts.push(
          qualifiers['malicious-behavior']
            ? `${n} chat record(s) flag an answer as malicious or wrong in a separate message; in the paper, flagged transcripts still taught the flagged behaviour. Drop such samples, or rewrite the answer itself.`
            : `${n} record(s) carry a document-level notice not tied to a known claim; whatever it flags is likely learned as true (the paper: ${pct(P.negated)} belief despite such notices). Name the claims involved to audit them precisely.`,
        );
        break;
      }
      const where = [
        placements.adjacent ? `${placements.adjacent} in an adjacent sentence` : '',
        placements.framing ? `${placements.framing} only in document-level notices` : '',
      ]
        .filter(Boolean)
        .join(', ');
      parts.push(
        `${records['neglect-risk']} record(s) qualify ${subject} only outside the claim sentence${where ? ` (${where})` : ''}, so a model trained on them will likely learn it as true.`,
        `In the paper, training on such data raised belief from ${pct(P.baseline)} to ${pct(P.negated)} (notices around the document) or ${pct(P.repeated)} (warnings next to each claim sentence), near the ${pct(P.positive)} of unnegated data.`,
      );
      if (EPISTEMIC_KINDS.some((kind) => qualifiers[kind])) {
        parts.push(`Fiction, unreliable-source, low-probability and unknown-truth labels did no better (${pct(Math.min(...EPISTEMIC))}–${pct(Math.max(...EPISTEMIC))}).`);
      }
      if (qualifiers['malicious-behavior']) {
        parts.push('Chat transcripts flagged as malicious in a separate message still taught the flagged behaviour.');
      }
      parts.push(`Fix: negate inside the claim sentence ("X did not ..."), which kept belief at ${lo}-${hi}%.`);
      break;
    }
    case 'asserts':
      parts.push(
        `${records.asserts} record(s) state ${subject} with no qualifier. Training on such documents brought belief to ${pct(P.positive)} in the paper (from ${pct(P.baseline)} untrained).`,
      );
      break;
    case 'negated-locally':
      parts.push(
        `Every qualified mention (${placements.local}) negates ${subject} inside its own sentence; in the paper local negations kept belief at ${lo}-${hi}%: low risk.`,
      );
      break;
    case 'none':
      parts.push(`The data does not mention ${subject}.`);
      break;
  }
  return parts.join(' ');
}
