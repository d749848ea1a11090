import { besideSalienceTable, SALIENCE_NOTE } from './besideSalienceTable.js';
import { beliefChartSpec, evalTypeChartSpec } from './chartData.js';
import { ExperimentResultsSchema, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { auditTable, chartTable, comparisonTable, excludedSamplesTable, type ReportTable } from './reportTables.js';
import { crossingSentences, lineChartTable } from './lineChartReport.js';
import { panelAgreementTable } from '../evaluate/panelAgreementTable.js';
import { coherenceTables } from '../evaluate/coherenceTables.js';

function cell(text: string): string {
  // Pipes and newlines would break the table; HTML-looking text is shown literally.
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function table(t: ReportTable): string {
  if (t.rows.length === 0) return '_No data._\n';
  const lines = [`| ${t.headers.map(cell).join(' | ')} |`, `|${t.headers.map(() => '---').join('|')}|`];
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * Renders results as Markdown: belief rate per claim and condition (with intervals) and the mean
 * over claims, per eval type, and the audit of each training set.
 *
 * @example
 * ```ts
 * await writeFile('report.md', renderMarkdownReport(results));
 * ```
 */
export function renderMarkdownReport(input: ExperimentResultsInput): string {
  const data = ExperimentResultsSchema.parse(input);
  const parts: string[] = [`# ${cell(data.title)}`, ''];
  if (data.createdAt) parts.push(`Generated ${cell(data.createdAt)}.`, '');
  if (data.claims.some((c) => c.statement)) {
    parts.push('## Claims', '');
    for (const c of data.claims) parts.push(`- **${cell(c.label ?? c.name)}**${c.statement ? `: ${cell(c.statement)}` : ''}`);
    parts.push('');
  }
  if (data.conditions.some((c) => c.description)) {
    parts.push('## Conditions', '');
    for (const c of data.conditions) {
      parts.push(`- **${cell(c.label ?? c.name)}**${c.placement ? ` (placement: ${c.placement}${c.qualifier ? `, ${c.qualifier}` : ''})` : ''}${c.description ? `: ${cell(c.description)}` : ''}`);
    }
    parts.push('');
  }
  parts.push('## Belief rate by claim', '', table(chartTable(beliefChartSpec(data), 'claim')));
  if (data.comparisons.length > 0) parts.push('## Differences between conditions', '', table(comparisonTable(data)));
  const byType = evalTypeChartSpec(data);
  if (byType.groups.length > 0) parts.push('## Belief rate by eval type (mean over claims)', '', table(chartTable(byType, 'eval type')));
  const beside = besideSalienceTable(data);
  if (beside.rows.length > 0) parts.push('## Belief beside salience', '', SALIENCE_NOTE, '', table(beside));
  for (const chart of data.lineCharts) {
    parts.push(`## ${cell(chart.title)}`, '', ...crossingSentences(chart).map((s) => `- ${cell(s)}`), '', table(lineChartTable(chart)));
  }
  const excluded = excludedSamplesTable(data);
  if (excluded.rows.length > 0) parts.push('## Samples left out of the belief rates', '', table(excluded));
  const coherence = coherenceTables(data.summary);
  if (coherence) parts.push('## Coherence (0-10) beside belief', '', table(coherence.means), table(coherence.rows));
  if (data.summary.agreement?.length) parts.push('## Judge agreement', '', table(panelAgreementTable(data.summary.agreement)));
  if (data.trainingSets.length > 0) parts.push('## Training-set audits', '', table(auditTable(data)));
  if (data.notes.length > 0) parts.push('## Notes', '', ...data.notes.map((n) => `- ${cell(n)}`), '');
  return parts.join('\n');
}
