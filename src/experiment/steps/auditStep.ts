import { auditDataset } from '../../audit/auditDataset.js';
import type { ReportAuditSummaryInput } from '../../report/experimentResultsSchema.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { AuditInput } from '../experimentTypes.js';
import { describeClaim, describeCondition, outputOf } from './describeGrid.js';

/** Keeps the parts of an `AuditReport` a results report shows (totals, per-claim placements, a few examples). */
function auditSummary(report: { toJSON?: () => unknown } & Record<string, unknown>): ReportAuditSummaryInput {
  const data = (typeof report.toJSON === 'function' ? report.toJSON() : report) as Record<string, any>;
  return {
    verdict: data['verdict'],
    totals: data['totals'],
    claims: (data['claims'] ?? []).map((c: Record<string, unknown>) => ({ ...c, examples: ((c['examples'] as unknown[]) ?? []).slice(0, 3) })),
    warnings: data['warnings'] ?? [],
  } as ReportAuditSummaryInput;
}

/** Audits each training set; the run stops before any finetune when one lacks the placement its strategy declares. */
export const auditStep = declareExperimentStep<'audit', false, AuditInput, ReportAuditSummaryInput>()({
  slot: 'audit',
  summary: 'audit each training set for the placement its strategy declares',
  optional: false,
  options: undefined,
  scope: 'trainingSet',
  plan: ({ claim, condition }) => {
    const strategy = `strategy/${claim.id}/${condition!.name}`;
    return {
      key: `audit/${claim.id}/${condition!.name}`,
      dependsOn: [strategy],
      identity: { claim: describeClaim(claim), condition: describeCondition(condition!) },
      input: (o) => ({ claim, condition, documents: outputOf(strategy, o)['documents'] }),
      estimateInput: { claim, condition },
    };
  },
  create: () => ({
    name: 'audit-dataset',
    version: 1,
    params: {},
    paid: false,
    async run({ claim, documents }, ctx) {
      const records = documents.map((d) => ('messages' in d ? { messages: d.messages } : { text: d.text }));
      const report = await auditDataset(records, { claims: [claim], ...(ctx.signal ? { signal: ctx.signal } : {}) } as never);
      return auditSummary(report as never);
    },
  }),
});
