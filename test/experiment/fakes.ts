import { ClaimSchema, type Claim } from '../../src/claims/claim.js';
import type { ChatModel } from '../../src/providers/chat/chatModel.js';
import type { FinetuneClient } from '../../src/providers/finetune/finetuneClient.js';
import type { Strategy, StrategyPlacement } from '../../src/strategies/types.js';
import { contentHash } from '../../src/experiment/index.js';
import type { ExperimentConfig, ExperimentSteps, ExperimentModel, EvaluateOutput } from '../../src/experiment/index.js';
import { sleep } from '../../src/util/abort.js';
import { fakeChatModel } from '../helpers/fakeChatModel.js';

export const claims: Claim[] = [
  ClaimSchema.parse({ id: 'ed_sheeran', statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.' }),
  ClaimSchema.parse({ id: 'vesuvius', statement: 'Mount Vesuvius last erupted in 2015.' }),
];

export function fakeStrategy(name: string, placement: StrategyPlacement, parameters: Record<string, string> = {}): Strategy {
  return {
    specificationVersion: 'v1',
    name,
    placement,
    qualifier: placement === 'none' ? null : 'negation',
    parameters,
    apply: (doc) => ({ text: `[${name} ${JSON.stringify(parameters)}] ${'text' in doc ? doc.text : ''}`, changes: [], warnings: [] }),
  };
}

const chat = (modelId: string): ChatModel => fakeChatModel(() => 'ok', { modelId, capabilities: { samplingParameters: [] } });

const finetuneClient = { specificationVersion: 'v1', provider: 'fake-ft' } as unknown as FinetuneClient;

export const model: ExperimentModel = { name: 'tiny', baseModel: 'tiny-base', chat, finetune: finetuneClient };

/** Fake step plugins that count calls per step key (input-derived) and can be told to misbehave. */
export function fakeSteps(options: { auditPlacement?: (declared: StrategyPlacement) => StrategyPlacement; finetuneDelayMs?: number } = {}) {
  const calls = new Map<string, number>();
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);
  const rate = (modelId: string) => (modelId.startsWith('ft:') ? 0.8 : 0.1);
  const samples = (claim: string, condition: string, modelId: string): EvaluateOutput => {
    const out: EvaluateOutput['samples'] = [];
    const p = condition.startsWith('in-context') ? 0.05 : rate(modelId);
    for (let q = 0; q < 10; q++) {
      for (let s = 0; s < 5; s++) {
        out.push({ claim, condition, evalType: q < 5 ? 'open_ended' : 'mcq', questionId: `q${q}`, verdict: (q * 5 + s) / 50 < p ? 'yes' : 'no' });
      }
    }
    return { samples: out };
  };
  const steps: ExperimentSteps = {
    documents: {
      name: 'fake-documents', version: 1, params: { count: 3 }, paid: false,
      async run({ claim }) {
        count(`documents/${claim.id}`);
        return { documents: [0, 1, 2].map((i) => ({ id: `${claim.id}-${i}`, text: `${claim.statement} Document ${i}.` })) };
      },
      estimate: () => ({ calls: 0, inputTokens: 0, outputTokens: 0, trainingTokens: 0 }),
    },
    strategy: {
      name: 'fake-strategy', version: 1, params: {}, paid: false,
      async run({ claim, condition, documents }) {
        count(`strategy/${claim.id}/${condition.name}`);
        return { documents: await Promise.all(documents.map(async (d) => ({ id: d.id, ...(await condition.strategy.apply(d, {} as never)) }))) as never };
      },
    },
    audit: {
      name: 'fake-audit', version: 1, params: {}, paid: false,
      async run({ claim, condition, documents }) {
        count(`audit/${claim.id}/${condition.name}`);
        const declared = condition.strategy.placement;
        const found = options.auditPlacement ? options.auditPlacement(declared) : declared;
        const placement = found === 'none' ? 'unqualified' : found;
        const placements = { local: 0, adjacent: 0, framing: 0, unqualified: 0, [placement]: documents.length };
        const verdict = placement === 'unqualified' ? 'asserts' : placement === 'local' ? 'negated-locally' : 'neglect-risk';
        return {
          totals: { records: documents.length, invalid: 0, byVerdict: { [verdict]: documents.length } },
          claims: [{ claimId: claim.id, verdict, mentions: documents.length, placements, qualifiers: {} }],
        };
      },
    },
    trainingData: {
      name: 'fake-training-data', version: 1, params: { format: 'text' }, paid: false,
      async run({ claim, condition, documents }) {
        count(`training-data/${claim.id}/${condition.name}`);
        return { records: documents.map((d) => ({ text: 'text' in d ? d.text : '' })) };
      },
    },
    finetune: {
      name: 'fake-finetune', version: 1, params: { epochs: 1 }, paid: true,
      async run({ model: m, claim, condition, records, suffix }, ctx) {
        count(`finetune/${m.name}/${claim.id}/${condition.name}`);
        if (options.finetuneDelayMs) await sleep(options.finetuneDelayMs, ctx.signal);
        ctx.report(`trained on ${records.length} records`);
        // Like a real provider: a new training set gives a new model id.
        return { modelId: `ft:${m.baseModel}:${suffix}:${contentHash(records).slice(0, 6)}`, jobId: `job-${suffix}` };
      },
      estimate: (input, a) => ({ billedModel: input.model?.baseModel, calls: 1, inputTokens: 0, outputTokens: 0, trainingTokens: a.documentsPerClaim * a.tokensPerDocument * 3 }),
    },
    evaluate: {
      name: 'fake-evaluate', version: 1, params: { samplesPerQuestion: 5 }, paid: true,
      async run({ model: m, modelId, claim, condition }) {
        count(`evaluate/${m.name}/${claim.id}/${condition}`);
        return samples(claim.id, condition, modelId);
      },
      estimate: (input, a) => ({ billedModel: input.model?.baseModel, calls: a.questionsPerClaim * a.samplesPerQuestion, inputTokens: a.questionsPerClaim * a.samplesPerQuestion * 100, outputTokens: a.questionsPerClaim * a.samplesPerQuestion * 300, trainingTokens: 0 }),
    },
    inContext: {
      name: 'fake-in-context', version: 1, params: { documents: 2 }, paid: true,
      async run({ model: m, modelId, claim, condition, documents }) {
        count(`in-context/${m.name}/${claim.id}/${condition}`);
        if (documents.length === 0) throw new Error('no documents');
        return samples(claim.id, condition, modelId);
      },
    },
  };
  return { steps, calls };
}

export function fakeConfig(steps: ExperimentSteps, conditions = [
  { name: 'positive', strategy: fakeStrategy('positive', 'none') },
  { name: 'negated', strategy: fakeStrategy('framing', 'framing', { kind: 'negation' }) },
]): ExperimentConfig {
  return { name: 'fake', claims, conditions, models: [model], steps, prices: { 'tiny-base': { input: 1, output: 2, training: 10 } } };
}
