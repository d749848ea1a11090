import { InvalidArgumentError } from '../errors.js';
import type { ExperimentResults } from './ExperimentResults.js';
import { ExperimentResultsSchema, type ExperimentResultsInput } from './experimentResultsSchema.js';
import { renderHtmlReport } from './renderHtmlReport.js';
import { renderMarkdownReport } from './renderMarkdownReport.js';
import { renderTextReport } from './renderTextReport.js';

/** Output formats of {@link formatExperimentReport}. */
export type ExperimentReportFormat = 'html' | 'markdown' | 'json' | 'text';
export const EXPERIMENT_REPORT_FORMATS: readonly ExperimentReportFormat[] = ['html', 'markdown', 'json', 'text'];

/**
 * Renders results in one format: a self-contained HTML page, Markdown, pretty JSON or a text table.
 *
 * @example
 * ```ts
 * const html = formatExperimentReport(results, 'html');
 * ```
 */
export function formatExperimentReport(
  results: ExperimentResultsInput | ExperimentResults,
  format: ExperimentReportFormat,
): string {
  const data = ExperimentResultsSchema.parse('data' in results && !('summary' in results) ? results.data : results);
  switch (format) {
    case 'html':
      return renderHtmlReport(data, { mode: 'document' });
    case 'markdown':
      return renderMarkdownReport(data);
    case 'json':
      return `${JSON.stringify(data, null, 2)}\n`;
    case 'text':
      return renderTextReport(data);
    default:
      throw new InvalidArgumentError('format', `one of ${EXPERIMENT_REPORT_FORMATS.join(', ')}`, format);
  }
}
