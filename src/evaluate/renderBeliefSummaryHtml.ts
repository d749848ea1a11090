import { escapeHtml } from '../util/escapeHtml.js';
import { beliefBesideSalience } from './beliefBesideSalience.js';
import { panelAgreementTable } from './panelAgreementTable.js';
import { coherenceTables } from './coherenceTables.js';
import type { BeliefSummary, Interval } from './types.js';

const BAR_WIDTH = 120;
const BAR_HEIGHT = 12;

/** A belief rate as a small inline SVG bar with its interval as a whisker (no script, no external asset). */
function rateBar(rate: number | null, interval: Interval | null): string {
  if (rate === null) return '';
  const x = (v: number) => (Math.min(1, Math.max(0, v)) * BAR_WIDTH).toFixed(1);
  const whisker = interval
    ? `<line x1="${x(interval.lower)}" x2="${x(interval.upper)}" y1="${BAR_HEIGHT / 2}" y2="${BAR_HEIGHT / 2}" stroke="#222" stroke-width="1.5"/>` +
      `<line x1="${x(interval.lower)}" x2="${x(interval.lower)}" y1="2" y2="${BAR_HEIGHT - 2}" stroke="#222"/>` +
      `<line x1="${x(interval.upper)}" x2="${x(interval.upper)}" y1="2" y2="${BAR_HEIGHT - 2}" stroke="#222"/>`
    : '';
  return (
    `<svg width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" role="img" aria-label="${(rate * 100).toFixed(1)}%">` +
    `<rect width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#eee"/><rect width="${x(rate)}" height="${BAR_HEIGHT}" fill="#0072b2"/>${whisker}</svg>`
  );
}

/**
 * Renders a belief summary as an HTML fragment for notebooks: the rows and the means over claims, each
 * rate with an inline SVG bar and its interval, and the failed and unparsed samples ("no data" when
 * nothing could be counted), and belief beside salience when salience eval types were run. Every name is escaped (claims and conditions can come
 * from user data).
 *
 * @example
 * ```ts
 * const html = renderBeliefSummaryHtml(summarizeBeliefRates(records));
 * Deno.jupyter.html`${html}`;
 * ```
 */
export function renderBeliefSummaryHtml(summary: BeliefSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rate = (x: number | null) => (x === null ? 'no data' : pct(x));
  const ci = (i: Interval | null) => (i ? `${pct(i.lower)}–${pct(i.upper)}` : '');
  const hasModel = summary.rows.some((r) => r.model !== undefined);
  const cells = (values: string[]) => values.map((v) => `<td>${v}</td>`).join('');
  const head = (names: string[]) => `<thead><tr>${names.map((n) => `<th>${n}</th>`).join('')}</tr></thead>`;
  const rows = summary.rows.map(
    (r) =>
      `<tr>${cells([
        ...(hasModel ? [escapeHtml(r.model ?? '')] : []),
        escapeHtml(r.claim),
        escapeHtml(r.condition),
        escapeHtml(r.evalType),
        String(r.n),
        rate(r.beliefRate),
        ci(r.interval),
        rateBar(r.beliefRate, r.interval),
        String(r.failed),
        String(r.unparsed),
      ])}</tr>`,
  );
  const means = summary.means.map(
    (m) =>
      `<tr>${cells([
        ...(hasModel ? [escapeHtml(m.model ?? '')] : []),
        escapeHtml(m.condition),
        escapeHtml(m.evalType),
        String(m.claims),
        rate(m.beliefRate),
        ci(m.interval),
        rateBar(m.beliefRate, m.interval),
        String(m.failed),
        String(m.unparsed),
      ])}</tr>`,
  );
  const model = hasModel ? ['model'] : [];
  const beside = beliefBesideSalience(summary);
  const besideRows = beside.rows.map(
    (r) =>
      `<tr>${cells([
        ...(hasModel ? [escapeHtml(r.model ?? '')] : []),
        r.claim === undefined ? '<i>mean over claims</i>' : escapeHtml(r.claim),
        escapeHtml(r.condition),
        rate(r.belief.rate),
        rateBar(r.belief.rate, r.belief.interval),
        rate(r.salience.rate),
        rateBar(r.salience.rate, r.salience.interval),
        ...r.bySalienceType.map((x) => rate(x.rate)),
        ...r.scores.map((x) => (x === null ? 'no data' : x.toFixed(1))),
      ])}</tr>`,
  );
  const besideTable =
    besideRows.length === 0
      ? ''
      : `<p><b>Belief beside salience</b></p><table>${head([...model, 'claim', 'condition', 'belief', '', 'salience', '', ...beside.salienceTypes.map(escapeHtml), ...beside.scoredTypes.map((t) => `${escapeHtml(t)} score (0-10)`)])}<tbody>${besideRows.join('')}</tbody></table>`;
  const plain = (title: string, t: { headers: string[]; rows: string[][] }) =>
    `<p><b>${escapeHtml(title)}</b></p><table>${head(t.headers.map(escapeHtml))}<tbody>${t.rows.map((r) => `<tr>${cells(r.map(escapeHtml))}</tr>`).join('')}</tbody></table>`;
  const coherence = coherenceTables(summary);
  const coherenceHtml = coherence ? plain('Coherence (0-10) beside belief', coherence.rows) + plain('Coherence, mean over claims', coherence.means) : '';
  const agreement = summary.agreement?.length ? panelAgreementTable(summary.agreement) : undefined;
  const agreementHtml = agreement ? plain('Judge agreement', agreement) : '';
  return (
    `<div class="nn-belief-summary"><table>${head([...model, 'claim', 'condition', 'eval type', 'n', 'belief', 'interval', '', 'failed', 'unparsed'])}<tbody>${rows.join('')}</tbody></table>` +
    `<p><b>Mean over claims</b></p><table>${head([...model, 'condition', 'eval type', 'claims', 'belief', 'interval', '', 'failed', 'unparsed'])}<tbody>${means.join('')}</tbody></table>${besideTable}${coherenceHtml}${agreementHtml}</div>`
  );
}
