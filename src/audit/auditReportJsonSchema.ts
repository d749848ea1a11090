import { z } from 'zod';
import { AuditReportSchema } from './auditReport.js';

/**
 * The JSON Schema (draft 2020-12) of an audit report as written by `formatAuditReport(report, 'json')`
 * and `negation-neglect audit --format json`, for validating reports in other languages or CI.
 *
 * @example
 * ```ts
 * writeFileSync('audit-report.schema.json', JSON.stringify(auditReportJsonSchema(), null, 2));
 * ```
 */
export function auditReportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AuditReportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, title: 'Negation Neglect audit report (schemaVersion 1)' };
}
