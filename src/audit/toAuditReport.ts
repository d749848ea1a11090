import { inspect } from 'node:util';
import type { AuditReport, AuditReportData } from './auditReport.js';
import { formatAuditReport } from './formatAuditReport.js';

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
  const methods: Record<string | symbol, unknown> = {
    toJSON: () => ({ ...data }),
    toString: () => formatAuditReport(data, 'text'),
    toMarkdown: () => formatAuditReport(data, 'markdown'),
    _repr_html_: () => formatAuditReport(data, 'html'),
    _repr_markdown_: () => formatAuditReport(data, 'markdown'),
    [inspect.custom]: () => formatAuditReport(data, 'text').trimEnd(),
    // Deno's Jupyter kernel renders objects through this symbol (a MIME bundle).
    [Symbol.for('Jupyter.display')]: () => ({
      'text/plain': formatAuditReport(data, 'text'),
      'text/html': formatAuditReport(data, 'html'),
      'text/markdown': formatAuditReport(data, 'markdown'),
    }),
  };
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(report, key, { value: methods[key], enumerable: false, writable: true, configurable: true });
  }
  return report;
}
