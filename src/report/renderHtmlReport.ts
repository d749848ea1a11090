import { beliefChartSpec, evalTypeChartSpec } from './chartData.js';
import { escapeHtml } from '../util/escapeHtml.js';
import { ExperimentResultsSchema, type ExperimentResultsData, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { renderBarChartSvg } from './renderBarChartSvg.js';
import { besideSalienceTable, SALIENCE_NOTE } from './besideSalienceTable.js';
import { crossingSentences, lineChartTable } from './lineChartReport.js';
import { renderLineChartSvg } from './renderLineChartSvg.js';
import { auditTable, beliefRowsTable, chartTable, comparisonTable, excludedSamplesTable, type ReportTable } from './reportTables.js';
import { panelAgreementTable } from '../evaluate/panelAgreementTable.js';
import { coherenceTables } from '../evaluate/coherenceTables.js';

/** Options for {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /**
   * `document` (default): a complete HTML page with a Content-Security-Policy that forbids scripts
   * and external loads. `fragment`: a `<div>` for embedding, e.g. in a Jupyter cell.
   */
  mode?: 'document' | 'fragment';
}

/** The report's stylesheet, scoped to `.nn-report`. */
export const REPORT_STYLE = `
.nn-report{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:1100px;margin:0 auto;padding:16px;background:#fff}
.nn-report h1{font-size:1.5em;margin:.2em 0}
.nn-report h2{font-size:1.15em;margin:1.4em 0 .5em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.nn-report table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
.nn-report th,.nn-report td{border:1px solid #ddd;padding:3px 8px;text-align:right;white-space:nowrap}
.nn-report th:first-child,.nn-report td:first-child{text-align:left}
.nn-report th{background:#f4f4f4}
.nn-report .nn-meta{color:#555;font-size:.85em}
.nn-report .nn-figure{overflow-x:auto}
.nn-report .nn-warn{color:#a33}
`;

function table(t: ReportTable, className = ''): string {
  if (t.rows.length === 0) return '<p class="nn-meta">No data.</p>';
  const head = `<tr>${t.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * Renders results as self-contained HTML: inline SVG charts (belief rate per claim and condition
 * with interval whiskers plus the mean over claims, like the paper's main figure; belief rate per eval
 * type), the tables behind them and the audit of each training set. No scripts, no external assets;
 * all dataset and model text is escaped.
 *
 * @example
 * ```ts
 * await writeFile('report.html', renderHtmlReport(results));
 * ```
 */
export function renderHtmlReport(input: ExperimentResultsInput, options: HtmlReportOptions = {}): string {
  const data = ExperimentResultsSchema.parse(input);
  const body = htmlReportBody(data);
  if (options.mode === 'fragment') return `<style>${REPORT_STYLE}</style>\n${body.join('\n')}`;
  return htmlDocument({ title: data.title, style: REPORT_STYLE, body });
}

/** The report's sections, each an HTML string, inside one `div.nn-report` (the last line closes it). */
export function htmlReportBody(data: ExperimentResultsData): string[] {
  const byClaim = beliefChartSpec(data);
  const byType = evalTypeChartSpec(data);
  const body: string[] = [`<div class="nn-report">`, `<h1>${escapeHtml(data.title)}</h1>`];
  const meta: string[] = [];
  if (data.createdAt) meta.push(`Generated ${escapeHtml(data.createdAt)}`);
  meta.push(`${data.summary.rows.length} belief rows`);
  if (data.trainingSets.length) meta.push(`${data.trainingSets.length} training sets audited`);
  body.push(`<p class="nn-meta">${meta.join(' · ')}</p>`);
  if (data.claims.some((c) => c.statement)) {
    body.push('<h2>Claims</h2><ul>');
    for (const c of data.claims) {
      body.push(`<li><b>${escapeHtml(c.label ?? c.name)}</b>${c.statement ? `: ${escapeHtml(c.statement)}` : ''}</li>`);
    }
    body.push('</ul>');
  }
  if (data.conditions.length > 0) {
    body.push('<h2>Conditions</h2><ul>');
    for (const c of data.conditions) {
      const placement = c.placement ? ` <span class="nn-meta">(placement: ${escapeHtml(c.placement)}${c.qualifier ? `, ${escapeHtml(c.qualifier)}` : ''})</span>` : '';
      const description = c.description ? `: ${escapeHtml(c.description)}` : '';
      body.push(`<li><b>${escapeHtml(c.label ?? c.name)}</b>${placement}${description}</li>`);
    }
    body.push('</ul>');
  }
  body.push('<h2>Belief rate by claim</h2>');
  if (byClaim.groups.length > 0) body.push(`<div class="nn-figure">${renderBarChartSvg(byClaim)}</div>`);
  body.push(table(chartTable(byClaim, 'claim'), 'nn-belief-table'));
  if (data.comparisons.length > 0) {
    body.push('<h2>Differences between conditions</h2>');
    body.push('<p class="nn-meta">Mean belief rate over claims, condition minus the one it is compared with, in percentage points.</p>');
    body.push(table(comparisonTable(data), 'nn-comparison-table'));
  }
  if (byType.groups.length > 0) {
    body.push('<h2>Belief rate by eval type (mean over claims)</h2>');
    body.push(`<div class="nn-figure">${renderBarChartSvg(byType)}</div>`);
    body.push(table(chartTable(byType, 'eval type'), 'nn-eval-type-table'));
  }
  const beside = besideSalienceTable(data);
  if (beside.rows.length > 0) {
    body.push('<h2>Belief beside salience</h2>', `<p class="nn-meta">${escapeHtml(SALIENCE_NOTE)}</p>`, table(beside, 'nn-salience-table'));
  }
  for (const chart of data.lineCharts) {
    body.push(`<h2>${escapeHtml(chart.title)}</h2>`, `<div class="nn-figure">${renderLineChartSvg(chart)}</div>`);
    body.push(`<ul class="nn-crossings">${crossingSentences(chart).map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
    body.push(table(lineChartTable(chart), 'nn-line-table'));
  }
  if (data.trainingSets.length > 0) {
    body.push('<h2>Training-set audits</h2>');
    body.push(
      '<p class="nn-meta">Records by verdict (neglect-risk: the data qualifies the claim, but not inside the claim sentence) and claim mentions by where the qualifier sits.</p>',
    );
    body.push(table(auditTable(data), 'nn-audit-table'));
    // A few example mentions per training set, so a reader sees what "framing" or "local" looked like.
    for (const set of data.trainingSets) {
      const examples = set.audit.claims.flatMap((c) => (c.examples ?? []).slice(0, 3));
      if (examples.length === 0) continue;
      body.push(`<details class="nn-examples"><summary>Example mentions in ${escapeHtml(set.name)}</summary><ul>`);
      for (const e of examples) {
        const cue = e.cue ? ` <span class="nn-meta">cue: “${escapeHtml(e.cue)}”</span>` : '';
        body.push(`<li><b>${escapeHtml(e.placement)}</b>${e.record !== undefined ? ` <span class="nn-meta">record ${e.record}</span>` : ''}: ${escapeHtml(e.sentence)}${cue}</li>`);
      }
      body.push('</ul></details>');
    }
  }
  const excluded = excludedSamplesTable(data);
  if (excluded.rows.length > 0) body.push('<h2>Samples left out of the belief rates</h2>', table(excluded));
  const coherence = coherenceTables(data.summary);
  if (coherence) body.push('<h2>Coherence (0-10) beside belief</h2>', table(coherence.means), table(coherence.rows));
  if (data.summary.agreement?.length) body.push('<h2>Judge agreement</h2>', table(panelAgreementTable(data.summary.agreement)));
  if (data.notes.length > 0) body.push('<h2>Notes</h2><ul>', ...data.notes.map((n) => `<li>${escapeHtml(n)}</li>`), '</ul>');
  body.push(`<details><summary>All belief rows</summary>${table(beliefRowsTable(data))}</details>`);
  body.push('</div>');
  return body;
}

/**
 * A complete page around report sections. Its Content-Security-Policy forbids external loads and
 * every script but the ones whose SHA-256 hashes are given.
 */
export function htmlDocument(page: { title: string; style: string; body: string[]; scriptHashes?: string[] }): string {
  const scripts = page.scriptHashes?.length ? ` script-src ${page.scriptHashes.map((h) => `'sha256-${h}'`).join(' ')};` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Defence in depth: even if some text escaped escaping, nothing could run or load.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';${scripts} img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>body{margin:0;background:#fff}${page.style}</style>`,
    '</head><body>',
    ...page.body,
    '</body></html>',
    '',
  ].join('\n');
}
