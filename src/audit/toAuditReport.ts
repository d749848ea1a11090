import type { AuditReport, AuditReportData } from './auditReport.js';
import { formatAuditReport } from './formatAuditReport.js';
import { attachNotebookDisplay } from '../util/notebookDisplay.js';

/**
 * Adds the display helpers (non-enumerable, so JSON and zod see only data) to report data, e.g. one
 * read back from a JSON file.
 *
 * @example
 * ```ts
 * const report = toAuditReport(AuditReportSchema.parse(JSON.parse(readFileSync('audit.json', 'utf8'))));
 * console.log(report.toMarkdown());
 * ```
 */
export function toAuditReport(data: AuditReportData): AuditReport {
  const report = { ...data } as AuditReport;
  const methods: Record<string, unknown> = {
    toJSON: () => ({ ...data }),
    toString: () => formatAuditReport(data, 'text'),
    toMarkdown: () => formatAuditReport(data, 'markdown'),
  };
  for (const key of Object.keys(methods)) {
    Object.defineProperty(report, key, { value: methods[key], enumerable: false, writable: true, configurable: true });
  }
  attachNotebookDisplay(report, {
    'text/plain': () => formatAuditReport(data, 'text'),
    'text/html': () => formatAuditReport(data, 'html'),
    'text/markdown': () => formatAuditReport(data, 'markdown'),
  });
  return report;
}
