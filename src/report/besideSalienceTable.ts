import { beliefBesideSalience } from '../evaluate/beliefBesideSalience.js';
import type { ExperimentResultsData } from './experimentResultsSchema.js';
import { formatRate, type ReportTable } from './reportTables.js';

/** What the salience columns mean, printed above the table. */
export const SALIENCE_NOTE =
  'Salience is not belief: "salience" is the share of answers where the claim surfaced (offered as a lie when asked for one, or brought up in answers to unrelated questions). A claim can be salient and disbelieved.';

/**
 * Belief beside salience per claim × condition and for the mean over claims: the pooled belief rate,
 * the pooled salience rate and each salience eval type's (lie elicitation, leakage). No rows when the
 * experiment ran no salience eval type.
 *
 * @example
 * ```ts
 * const t = besideSalienceTable(results.data);
 * if (t.rows.length > 0) console.log(t.headers.join(' | '));
 * ```
 */
export function besideSalienceTable(data: ExperimentResultsData): ReportTable {
  const { salienceTypes, scoredTypes, rows } = beliefBesideSalience(data.summary);
  const claimLabel = (name: string) => data.claims.find((c) => c.name === name)?.label ?? name;
  const conditionLabel = (name: string) => data.conditions.find((c) => c.name === name)?.label ?? name;
  const hasModel = rows.some((r) => r.model !== undefined);
  return {
    headers: [...(hasModel ? ['model'] : []), 'claim', 'condition', 'belief', 'salience', ...salienceTypes, ...scoredTypes.map((t) => `${t} score (0-10)`)],
    rows: rows.map((r) => [
      ...(hasModel ? [r.model ?? ''] : []),
      r.claim === undefined ? 'Mean over claims' : claimLabel(r.claim),
      conditionLabel(r.condition),
      formatRate(r.belief.rate, r.belief.interval),
      formatRate(r.salience.rate, r.salience.interval),
      ...r.bySalienceType.map((x) => formatRate(x.rate, x.interval)),
      ...r.scores.map((x) => (x === null ? 'no data' : x.toFixed(1))),
    ]),
  };
}
