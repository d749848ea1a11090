import { join } from 'node:path';
import { z } from 'zod';
import type { Claim } from '../../claims/claim.js';
import { NegationNeglectError } from '../../errors.js';
import { generateDocuments } from '../../generate/generateDocuments.js';
import { templateDocuments } from '../../generate/templateDocuments.js';
import type { ChatModel } from '../../providers/chat/chatModel.js';
import type { JsonValue, StrategyDocument } from '../../strategies/types.js';
import { option } from '../../util/optionSchema.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { DocumentsInput, DocumentsOutput, ExperimentDocument } from '../experimentTypes.js';
import { describeClaim } from './describeGrid.js';

/** Options of the documents step (`documents:` in a config, where `model` names a provider's model instead). */
export const DocumentsStepOptionsSchema = z.strictObject({
  generator: option.choice(['template', 'llm']).default('template').describe('template: offline documents from the claim\'s context; llm: the generation pipeline with `model`'),
  count: option.positiveInt().default(50).describe('documents per claim'),
  seed: z.number({ error: 'an integer' }).int({ error: 'an integer' }).default(0).describe('seed of the templates (and of strategies, unless `strategySeed` is set)'),
  model: z
    .custom<ChatModel>((m) => typeof m === 'object' && m !== null && typeof (m as ChatModel).doGenerate === 'function', { error: 'a ChatModel' })
    .optional()
    .describe('the writer model of the llm generator'),
});

function normalizeDocuments(value: unknown, claim: Claim): ExperimentDocument[] {
  const list = Array.isArray(value) ? value : (value as { documents?: unknown[] })?.documents;
  if (!Array.isArray(list)) throw new NegationNeglectError(`document generator returned no document list for claim \`${claim.id}\``);
  return list.map((d, i) => {
    const doc = (typeof d === 'string' ? { text: d } : d) as StrategyDocument & { id?: string };
    const id = doc.id ?? `${claim.id}-${i}`;
    return 'messages' in doc && Array.isArray(doc.messages) ? { id, messages: doc.messages } : { id, text: (doc as { text: string }).text };
  });
}

/** Writes each claim's documents: templates from its context, or the LLM generation pipeline with its own journal. */
export const documentsStep = declareExperimentStep<'documents', false, DocumentsInput, DocumentsOutput>()({
  slot: 'documents',
  summary: 'write documents about each claim (templates or an LLM)',
  optional: false,
  options: { key: 'documents', config: 'top', schema: DocumentsStepOptionsSchema },
  scope: 'claim',
  plan: ({ claim }) => ({ key: `documents/${claim.id}`, dependsOn: [], identity: { claim: describeClaim(claim) }, input: () => ({ claim }), estimateInput: { claim } }),
  create(options) {
    const { generator, count, seed, model } = options;
    const params: { [key: string]: JsonValue } = { generator, count, seed, ...(model ? { model: `${model.provider}:${model.modelId}` } : {}) };
    return {
      name: generator === 'template' ? 'template-documents' : 'generate-documents',
      version: 1,
      params,
      paid: generator === 'llm',
      async run({ claim }, ctx) {
        if (generator === 'template') return { documents: normalizeDocuments(templateDocuments(claim, { count, seed }), claim) };
        if (!model) throw new NegationNeglectError('the `llm` document generator needs a `model`', 'invalid_argument');
        const out = await generateDocuments({
          claim,
          model,
          count,
          // generateDocuments' own journal: a crash mid-generation does not repay finished documents.
          journal: join(ctx.stepDir, 'generate-journal.jsonl'),
          ...(ctx.signal ? { signal: ctx.signal } : {}),
          onProgress: (p) => ctx.report(JSON.stringify(p)),
        });
        if (out.dropped.length > 0) ctx.report(`${out.dropped.length} generated documents dropped by validation`);
        return { documents: normalizeDocuments(out.documents, claim) };
      },
      estimate: (_input, a) =>
        generator === 'template'
          ? { calls: 0, inputTokens: 0, outputTokens: 0, trainingTokens: 0 }
          : {
              billedModel: model?.modelId,
              calls: a.documentsPerClaim * 3,
              inputTokens: a.documentsPerClaim * 3 * 1200,
              outputTokens: a.documentsPerClaim * 2 * a.tokensPerDocument,
              trainingTokens: 0,
            },
    };
  },
});
