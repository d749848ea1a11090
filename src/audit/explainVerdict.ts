import type { PlacementCounts } from './decideVerdict.js';
import { PAPER_BELIEF_RATES } from './paperBeliefRates.js';
import type { Verdict } from './types.js';


/** Options of {@link explainVerdict}. */
export interface ExplainVerdictOptions {
  /** The finding is a notice not tied to a known claim (`claimId: null`). */
  unattached?: boolean;
  /** Name used for the claim in the text (default "the claim"). */
  claimLabel?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A plain-language explanation of a verdict, with the paper's numbers, for reports and notebooks.
 *
 * @example
 * ```ts
 * explainVerdict('neglect-risk', { local: 0, adjacent: 4, framing: 2, unqualified: 0 });
 * // '6 of 6 mentions are qualified only by notices in other sentences (4 adjacent, 2 framing). ...'
 * ```
 */
export function explainVerdict(
  verdict: Verdict,
  counts: PlacementCounts = { local: 0, adjacent: 0, framing: 0, unqualified: 0 },
  options: ExplainVerdictOptions = {},
): string {
  const label = options.claimLabel ?? 'the claim';
  const total = counts.local + counts.adjacent + counts.framing + counts.unqualified;
  const p = PAPER_BELIEF_RATES;
  const paper = 'In the Negation Neglect paper (Mayne, McKinney et al. 2026)';
  if (options.unattached) {
    return (
      'This record carries a notice outside the sentences it qualifies ("the following article is fabricated", ' +
      'a system message flagging the answer), not tied to a known claim. ' +
      `${paper}, such notices barely helped: belief in fabricated claims reached ${p.negated}% with notices around ` +
      `the documents, against ${p.positive}% with none, and chat answers flagged as malicious taught the flagged ` +
      'behaviour. Name the claim it concerns to audit it, or rewrite the negation into the claim sentence.'
    );
  }
  switch (verdict) {
    case 'neglect-risk': {
      const nonLocal = counts.adjacent + counts.framing;
      return (
        `${nonLocal} of ${plural(total, 'mention')} of ${label} are qualified only by notices in other sentences ` +
        `(${counts.adjacent} adjacent, ${counts.framing} framing). ${paper}, finetuning on documents wrapped in such ` +
        `notices raised belief from ${p.baseline}% to ${p.negated}% (${p.repeated}% with a warning right before and ` +
        `after every claim sentence; ${p.positive}% with no negation at all): a model will likely learn ${label} ` +
        'as true. Put the negation inside the claim sentence ("X did not ..."), which kept belief at ' +
        `${p.localLow}–${p.localHigh}%.`
      );
    }
    case 'asserts':
      return (
        `${label[0]!.toUpperCase()}${label.slice(1)} is stated without a qualifier in ` +
        `${counts.unqualified} of ${plural(total, 'mention')}. ${paper}, training on documents that state a ` +
        `fabricated claim raised belief from ${p.baseline}% to ${p.positive}%.`
      );
    case 'negated-locally':
      return (
        `${counts.local} of ${plural(total, 'mention')} of ${label} are negated inside their own sentence. ` +
        `${paper}, local negation was the placement that worked: belief stayed at ${p.localLow}–${p.localHigh}%, ` +
        `against ${p.negated}% when the same claim was wrapped in separate notices.`
      );
    case 'none':
      return `${label[0]!.toUpperCase()}${label.slice(1)} is not mentioned.`;
  }
}
