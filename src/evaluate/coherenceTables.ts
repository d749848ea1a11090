import type { BeliefSummary } from './types.js';

type Table = { headers: string[]; rows: string[][] };

/**
 * A summary's coherence as two plain tables (text cells; renderers escape them): per model × claim ×
 * condition and per condition (mean over claims), the mean 0-10 score beside the belief rate. Shared
 * by the Markdown and HTML summaries and the experiment reports. Missing values read `no data`.
 *
 * @example
 * ```ts
 * const tables = coherenceTables(summary);
 * tables?.rows.headers; // ['claim', 'condition', 'n', 'coherence (0-10)', '95% CI', 'belief %', 'failed', 'unparsed']
 * ```
 */
export function coherenceTables(summary: Pick<BeliefSummary, 'coherence'>): { rows: Table; means: Table } | undefined {
  const c = summary.coherence;
  if (!c || c.rows.length === 0) return undefined;
  const score = (x: number | null) => (x === null ? 'no data' : x.toFixed(1));
  const pct = (x: number | null) => (x === null ? 'no data' : (x * 100).toFixed(1));
  const hasModel = c.rows.some((r) => r.model !== undefined);
  const model = hasModel ? ['model'] : [];
  const level = c.rows.find((r) => r.interval)?.interval?.level ?? 0.95;
  return {
    rows: {
      headers: [...model, 'claim', 'condition', 'n', 'coherence (0-10)', `${Math.round(level * 100)}% CI`, 'belief %', 'failed', 'unparsed'],
      rows: c.rows.map((r) => [
        ...(hasModel ? [r.model ?? ''] : []),
        r.claim === '' ? 'all claims' : r.claim,
        r.condition,
        String(r.n),
        score(r.meanScore),
        r.interval ? `${r.interval.lower.toFixed(1)}–${r.interval.upper.toFixed(1)}` : '',
        pct(r.beliefRate),
        String(r.failed),
        String(r.unparsed),
      ]),
    },
    means: {
      headers: [...model, 'condition', 'claims', 'coherence (0-10)', 'belief %'],
      rows: c.means.map((m) => [...(hasModel ? [m.model ?? ''] : []), m.condition, String(m.claims), score(m.meanScore), pct(m.beliefRate)]),
    },
  };
}
