import { InvalidArgumentError } from '../errors.js';
import type { Claim } from '../claims/claim.js';
import type { AuditDatasetOptions } from './auditDataset.js';
import type { AuditPartData, AuditReport } from './auditReport.js';
import { createAuditReportBuilder, type AuditReportBuilder } from './auditReportBuilder.js';
import { expandDatasetInputs, type DatasetInput } from './datasetSource.js';
import { combineParts } from './mergeAuditReports.js';
import { runAudit } from './runAudit.js';
import { shardDatasetInputs, type ShardSpec } from './shardDatasetInputs.js';
import { toAuditReport } from './toAuditReport.js';

/**
 * @internal `auditDataset(..., { shard })`: audits one shard's pieces (see `shardDatasetInputs`)
 * and returns a report of them that also carries, per piece, what `mergeAuditReports()` needs to
 * rebuild the whole dataset's report. One pipeline run (one auditor, one worker pool); a fresh
 * report builder per piece, so each piece's record indexes start at 0.
 */
export async function auditShard(inputs: DatasetInput[], options: AuditDatasetOptions & { shard: ShardSpec }): Promise<AuditReport> {
  if (options.review) throw new InvalidArgumentError('review', 'absent when auditing a shard (review the merged report instead)', 'a review');
  const startedAt = new Date();
  const maxExamples = options.maxExamples ?? 3;
  const maxInvalidListed = options.maxInvalidListed ?? 1000;
  const expanded = await expandDatasetInputs(inputs, options.stdin);
  const { pieces, pieceCount } = await shardDatasetInputs(expanded, options.shard, {
    ...(options.splitBytes !== undefined ? { splitBytes: options.splitBytes } : {}),
    ...(options.format !== undefined ? { format: options.format } : {}),
  });

  let claims: { id: string; statement?: string }[] = [];
  let loaded: readonly Claim[] = [];
  const parts: AuditPartData[] = [];
  const warnings: string[] = [];
  let usedWorkers = 1;
  let recordsDone = 0;
  let current: { builder: AuditReportBuilder; base: number } | undefined;
  const open = () =>
    (current ??= { builder: createAuditReportBuilder({ claims: loaded, maxExamples, maxInvalidListed }), base: recordsDone });

  const run = runAudit(
    pieces.map((p) => p.input),
    {
      ...options,
      auditorOptions: { maxExamples: 1, ...options.auditorOptions },
      includeData: false,
      onWarning: (message) => {
        // Warnings about a source belong to its piece; the others to the shard.
        if (current) current.builder.addWarning(message);
        else if (!warnings.includes(message)) warnings.push(message);
        options.onWarning?.(message);
      },
    },
    {
      onAuditor: (auditor) => {
        loaded = auditor.claims ?? [];
        claims = loaded.map((c) => ({ id: c.id, ...(c.statement !== undefined ? { statement: c.statement } : {}) }));
      },
      onSourceStart: (label, format) => open().builder.sourceFormat(label, format),
      onWorkersUsed: (count) => (usedWorkers = count),
      ...(options.onRecord
        ? {}
        : {
            onChunkSummary: (partial, offset, source) => {
              const piece = open();
              piece.builder.merge(partial, offset - piece.base, source);
            },
            summaryMaxExamples: maxExamples,
          }),
      onFileInvalid: (invalid) => open().builder.addInvalid(invalid),
      onReadError: (invalid) => open().builder.addReadError(invalid),
      onSourceDone: (stats) => {
        const piece = open();
        piece.builder.addSource(stats);
        const { order, input } = pieces[parts.length]!;
        parts.push({
          order,
          source: stats.source,
          ...(input.kind === 'file' && input.range ? { range: { ...input.range } } : {}),
          ...piece.builder.exportPart(),
        });
        recordsDone += stats.records;
        current = undefined;
      },
    },
  );
  for await (const result of run) {
    const piece = open();
    piece.builder.addResult({ ...result, record: result.record - piece.base });
    if (options.onRecord) await options.onRecord(result);
  }
  // Plain data from here on: what the report (and its JSON) carries.
  const plainParts = JSON.parse(JSON.stringify(parts)) as AuditPartData[];
  const data = combineParts(plainParts, { claims, maxExamples, maxInvalidListed, startedAt, finishedAt: new Date(), workers: Math.max(1, usedWorkers) });
  for (const w of warnings) if (!data.warnings.includes(w)) data.warnings.push(w);
  data.shard = { index: options.shard.index, count: options.shard.count, pieceCount, claims, maxExamples, maxInvalidListed, parts: plainParts };
  return toAuditReport(data);
}
