import { applyStrategy } from '../../strategies/applyStrategy.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { DocumentsOutput, ExperimentDocument, StrategyInput } from '../experimentTypes.js';
import { describeCondition, outputOf } from './describeGrid.js';

/** Applies each condition's strategy to its claim's documents, keeping the spans it added (for loss masks). */
export const strategyStep = declareExperimentStep<'strategy', false, StrategyInput, DocumentsOutput>()({
  slot: 'strategy',
  summary: "apply each condition's strategy to the documents",
  optional: false,
  options: undefined,
  scope: 'trainingSet',
  plan: ({ claim, condition }) => {
    const documents = `documents/${claim.id}`;
    return {
      key: `strategy/${claim.id}/${condition!.name}`,
      dependsOn: [documents],
      identity: { claim: claim.id, condition: describeCondition(condition!) },
      input: (o) => ({ claim, condition, documents: outputOf(documents, o)['documents'] }),
      estimateInput: { claim, condition },
    };
  },
  create: (_options, { strategySeed }) => ({
    name: 'apply-strategy',
    version: 1,
    params: { seed: strategySeed },
    paid: false,
    async run({ claim, condition, documents }, ctx) {
      const out: ExperimentDocument[] = [];
      let warnings = 0;
      for (const doc of documents) {
        const result = await applyStrategy(condition.strategy, doc, { claim, seed: strategySeed, ...(ctx.signal ? { signal: ctx.signal } : {}) });
        warnings += result.warnings.length;
        const inserted = result.inserted ?? [];
        out.push(result.messages ? { id: doc.id, messages: result.messages, inserted } : { id: doc.id, text: result.text ?? '', inserted });
      }
      if (warnings > 0) ctx.report(`${warnings} strategy warnings`);
      return { documents: out };
    },
  }),
});
