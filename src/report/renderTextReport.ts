import { besideSalienceTable } from './besideSalienceTable.js';
import { beliefChartSpec } from './chartData.js';
import { ExperimentResultsSchema, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { crossingSentences, lineChartTable } from './lineChartReport.js';
import { auditTable, chartTable, type ReportTable } from './reportTables.js';
import { panelAgreementTable } from '../evaluate/panelAgreementTable.js';
import { coherenceTables } from '../evaluate/coherenceTables.js';

function pad(t: ReportTable): string[] {
  const all = [t.headers, ...t.rows];
  const widths = t.headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(t.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)];
}

/**
 * Renders results as a plain-text table (belief rate per claim and condition, the mean over claims),
 * belief beside salience when salience eval types ran, each line chart (belief by training step, by K)
 * with where every curve first crosses 50% and its points, then a one-line audit summary per training
 * set. Used by the Node inspect form and terminals.
 *
 * @example
 * ```ts
 * process.stdout.write(renderTextReport(results));
 * ```
 */
export function renderTextReport(input: ExperimentResultsInput): string {
  const data = ExperimentResultsSchema.parse(input);
  const lines = [data.title, ...pad(chartTable(beliefChartSpec(data), 'claim'))];
  const beside = besideSalienceTable(data);
  if (beside.rows.length > 0) lines.push('', 'Belief beside salience', ...pad(beside));
  // Training dynamics and the K sweep: where each curve first crosses 50%, then every point.
  for (const chart of data.lineCharts) lines.push('', chart.title, ...crossingSentences(chart), ...pad(lineChartTable(chart)));
  const coherence = coherenceTables(data.summary);
  if (coherence) lines.push('', 'Coherence (0-10) beside belief', ...pad(coherence.means));
  if (data.summary.agreement?.length) lines.push('', 'Judge agreement', ...pad(panelAgreementTable(data.summary.agreement)));
  if (data.trainingSets.length > 0) {
    lines.push('', 'Training-set audits');
    const audit = auditTable(data);
    const keep = [0, 4, 5, 6, 7, 8, 9];
    lines.push(...pad({ headers: keep.map((i) => audit.headers[i]!), rows: audit.rows.map((r) => keep.map((i) => r[i]!)) }));
  }
  return `${lines.join('\n')}\n`;
}
