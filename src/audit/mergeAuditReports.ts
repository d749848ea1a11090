import { InvalidArgumentError } from '../errors.js';
import type { Claim } from '../claims/claim.js';
import type { AuditPartial, AuditPart } from './auditPartial.js';
import type { AuditPartData, AuditReport, AuditReportData } from './auditReport.js';
import { createAuditReportBuilder } from './auditReportBuilder.js';
import { toAuditReport } from './toAuditReport.js';

/**
 * Combines the reports of the shards of one audit (`auditDataset(..., { shard })`,
 * `negation-neglect audit --shard K/N`) into the report a single run over the whole dataset gives:
 * the same totals, verdicts, counts, expected beliefs, examples (record indexes over the whole
 * dataset), invalid records and read errors; timing spans the shards. Throws an
 * `InvalidArgumentError` when a shard is missing, repeated, or from another cut of the dataset.
 *
 * @example
 * ```ts
 * const reports = files.map((f) => AuditReportSchema.parse(JSON.parse(readFileSync(f, 'utf8'))));
 * const report = mergeAuditReports(reports);
 * if (report.verdict === 'neglect-risk') process.exitCode = 1;
 * ```
 */
export function mergeAuditReports(reports: readonly AuditReportData[]): AuditReport {
  if (reports.length === 0) throw new InvalidArgumentError('reports', 'at least one shard report', reports);
  const first = reports[0]!.shard;
  if (!first) throw new InvalidArgumentError('reports[0]', 'a shard report (from `--shard K/N`)', 'a report without `shard`');
  const seen = new Map<number, number>();
  const parts: AuditPartData[] = [];
  for (const [i, report] of reports.entries()) {
    const shard = report.shard;
    if (!shard) throw new InvalidArgumentError(`reports[${i}]`, 'a shard report (from `--shard K/N`)', 'a report without `shard`');
    if (shard.count !== first.count || shard.pieceCount !== first.pieceCount) {
      throw new InvalidArgumentError(`reports[${i}].shard`, `a shard of the same ${first.count}-way cut (${first.pieceCount} pieces)`, `${shard.count} shards, ${shard.pieceCount} pieces`);
    }
    if (seen.has(shard.index)) throw new InvalidArgumentError(`reports[${i}].shard.index`, `each shard once (shard ${shard.index + 1}/${shard.count} is also reports[${seen.get(shard.index)}])`, shard.index);
    seen.set(shard.index, i);
    parts.push(...shard.parts);
  }
  const missing = [...Array(first.count).keys()].filter((k) => !seen.has(k)).map((k) => `${k + 1}/${first.count}`);
  if (missing.length > 0) throw new InvalidArgumentError('reports', `all ${first.count} shards`, `missing ${missing.join(', ')}`);
  parts.sort((a, b) => a.order - b.order);
  const data = combineParts(parts, {
    claims: first.claims,
    maxExamples: first.maxExamples,
    maxInvalidListed: first.maxInvalidListed,
    startedAt: new Date(Math.min(...reports.map((r) => Date.parse(r.timing.startedAt)))),
    finishedAt: new Date(Math.max(...reports.map((r) => Date.parse(r.timing.finishedAt)))),
    workers: Math.max(...reports.map((r) => r.timing.workers)),
  });
  for (const report of reports) for (const w of report.warnings) if (!data.warnings.includes(w)) data.warnings.push(w);
  if (reports.some((r) => r.decision === 'learned')) data.decision = 'learned';
  return toAuditReport(data);
}

/** @internal Builds report data from parts in input order (a merged run, or one shard's own totals). */
export function combineParts(
  parts: readonly AuditPartData[],
  settings: { claims: readonly { id: string; statement?: string | undefined }[]; maxExamples: number; maxInvalidListed: number; startedAt: Date; finishedAt: Date; workers: number },
): AuditReportData {
  const builder = createAuditReportBuilder({
    // The builder reads a claim's id and statement only.
    claims: settings.claims.map((c) => ({ id: c.id, ...(c.statement !== undefined ? { statement: c.statement } : {}) }) as Claim),
    maxExamples: settings.maxExamples,
    maxInvalidListed: settings.maxInvalidListed,
  });
  let offset = 0;
  for (const part of parts) {
    builder.importPart(part as unknown as AuditPart, offset);
    offset += (part.partial as AuditPartial).records;
  }
  return builder.finish({ startedAt: settings.startedAt, finishedAt: settings.finishedAt, workers: settings.workers });
}
