import { z } from 'zod';
import type { Claim } from '../../claims/claim.js';
import { NegationNeglectError } from '../../errors.js';
import type { WordMasks } from '../../generate/loadWordMasks.js';
import { insertedMask } from '../../strategies/insertedMask.js';
import { mixCounts, mixDatasets, type MIX_PRESETS, type MixSource } from '../../generate/mixDatasets.js';
import { toTrainingRecords } from '../../generate/toTrainingRecords.js';
import type { InsertedSpan, StrategyMessage } from '../../strategies/types.js';
import { option } from '../../util/optionSchema.js';
import { contentHash } from '../../util/contentHash.js';
import { declareExperimentStep } from '../experimentStepEntry.js';
import type { ExperimentDocument, TrainingDataInput, TrainingDataOutput } from '../experimentTypes.js';
import { describeClaim, describeCondition, outputOf } from './describeGrid.js';
import type { TrainingMix } from './stepKit.js';

/** Blends a condition's documents with other data (`mixDatasets`); in a config, `with:` names JSONL files instead of `sources`. */
export interface TrainingDataMix {
  total?: number;
  seed?: number;
  /** A `MIX_PRESETS` name (`paper`): shares by source name, the documents being `documents`. */
  preset?: keyof typeof MIX_PRESETS;
  /** The documents get `weight` (share of `total`) or `count`; each source likewise. */
  documents?: { weight?: number; count?: number };
  sources: Array<{ name: string; records: readonly unknown[]; weight?: number; count?: number }>;
}

/** Words that get no loss (the paper's `word_masks.yaml`): each claim's masks, for the conditions listed (all when omitted). */
export interface TrainingDataWordMasks {
  forClaim: (claim: Claim) => WordMasks | undefined;
  conditions?: readonly string[];
}

const conditionList = z.array(option.string(), { error: 'a list of condition names' }).min(1, { error: 'at least one condition' }).readonly();

/**
 * Options of the training-data step (`trainingData:` in a config, where `wordMasks` names mask files and
 * `mix.with` JSONL files; the config resolves them to what is declared here).
 */
export const TrainingDataStepOptionsSchema = z.strictObject({
  format: option.choice(['openai-chat', 'prompt-completion', 'text']).default('openai-chat').describe('shape of the training records'),
  docTag: z
    .string({ error: 'a string or null' })
    .nullable()
    .optional()
    .describe('loss-mask tag prepended to each document (default `<DOCTAG>`, as in the paper; null for none)'),
  maskInserted: z
    .union([option.boolean(), z.strictObject({ conditions: conditionList })], { error: 'true, false or { conditions }' })
    .optional()
    .describe('exclude from the loss the text each condition\'s strategy added (notices, corrections, flags): true for every condition, or { conditions }; default off, as in the paper'),
  wordMasks: z
    .custom<TrainingDataWordMasks>((w) => typeof w === 'object' && w !== null && typeof (w as TrainingDataWordMasks).forClaim === 'function', { error: 'an object with forClaim(claim)' })
    .optional()
    .describe('words that get no loss (the paper\'s word_masks.yaml), per claim'),
  mix: z
    .custom<TrainingDataMix>((m) => typeof m === 'object' && m !== null && Array.isArray((m as TrainingDataMix).sources), { error: 'an object with sources' })
    .optional()
    .describe('blend each training set with other data (mixDatasets)'),
});
export type TrainingDataStepOptions = z.output<typeof TrainingDataStepOptionsSchema>;

/** The usual rule of thumb for English with BPE tokenizers, as the plan's other estimates use. */
const CHARS_PER_TOKEN = 4;

/** Characters of text in a training record of any shape (every string in it: `text`, message contents, prompt and completion). */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + textLength(v), 0);
  if (value && typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + (k === 'role' || k === 'mask' ? 0 : textLength(v)), 0);
  return 0;
}

/** Chat messages with `mask` spans (code points) over the text the strategy added to them. */
function maskMessages(messages: readonly StrategyMessage[], inserted: readonly InsertedSpan[]): StrategyMessage[] {
  return messages.map((m, i) => {
    const mask = insertedMask(inserted, i, m.content);
    return mask.length ? { ...m, mask } : m;
  });
}

const share = (m: { weight?: number | undefined; count?: number | undefined } | undefined) => ({
  ...(m?.weight !== undefined ? { weight: m.weight } : {}),
  ...(m?.count !== undefined ? { count: m.count } : {}),
});

/**
 * One epoch of a training set by source, as `mixDatasets` would draw it (the finetune step's estimate):
 * the documents, and each mixed-in source with its mean tokens per record, measured once on its records.
 */
export function trainingMixEstimator(mix: TrainingDataMix | undefined): (documents: number, tokensPerDocument: number) => TrainingMix {
  if (!mix) return (documents, tokensPerDocument) => [{ source: 'documents', records: documents, tokensPerRecord: tokensPerDocument }];
  const mixTokens = mix.sources.map((m) => Math.round(m.records.reduce<number>((n, r) => n + textLength(r), 0) / Math.max(1, m.records.length) / CHARS_PER_TOKEN));
  return (documents, tokensPerDocument) => {
    const counts = mixCounts({
      sources: [{ name: 'documents', ...mix.documents }, ...mix.sources.map((m) => ({ name: m.name, ...share(m) }))],
      ...(mix.total !== undefined ? { total: mix.total } : {}),
      ...(mix.preset ? { preset: mix.preset } : {}),
    });
    return [
      { source: 'documents', records: counts[0]!, tokensPerRecord: tokensPerDocument },
      ...mix.sources.map((m, i) => ({ source: m.name, records: counts[i + 1]!, tokensPerRecord: mixTokens[i]! })),
    ];
  };
}

/** Turns each condition's documents into training records: format, loss masks, and the mix with other data. */
export const trainingDataStep = declareExperimentStep<'trainingData', false, TrainingDataInput, TrainingDataOutput>()({
  slot: 'trainingData',
  summary: 'turn documents into training records (format, loss masks, mixing)',
  optional: false,
  options: { key: 'trainingData', config: 'top', schema: TrainingDataStepOptionsSchema },
  scope: 'trainingSet',
  plan: ({ claim, condition }) => {
    const strategy = `strategy/${claim.id}/${condition!.name}`;
    return {
      key: `training-data/${claim.id}/${condition!.name}`,
      dependsOn: [strategy],
      identity: { claim: describeClaim(claim), condition: describeCondition(condition!) },
      input: (o) => ({ claim, condition, documents: outputOf(strategy, o)['documents'] }),
      estimateInput: { claim, condition },
    };
  },
  create(options) {
    const { format, docTag, maskInserted, mix } = options;
    const masksInserted = (condition: string) => maskInserted === true || (!!maskInserted && maskInserted.conditions.includes(condition));
    const wordMasksOf = (claim: Claim | undefined, condition: string | undefined): WordMasks | undefined => {
      const wm = options.wordMasks;
      if (!wm || !claim || (wm.conditions && (condition === undefined || !wm.conditions.includes(condition)))) return undefined;
      return wm.forClaim(claim);
    };
    return {
      name: 'training-records',
      // 2: `text` records carry `mask` spans (the doc tag, `<lossmask>` spans, word masks).
      version: 2,
      params: {
        format,
        docTag: docTag === undefined ? '<DOCTAG>' : docTag,
        // Recorded only when set, so runs made before the option existed keep their results.
        ...(maskInserted ? { maskInserted: maskInserted === true ? true : [...maskInserted.conditions] } : {}),
        mix: mix
          ? {
              total: mix.total ?? null,
              seed: mix.seed ?? 0,
              preset: mix.preset ?? null,
              documents: { weight: mix.documents?.weight ?? null, count: mix.documents?.count ?? null },
              // Sources are identified by content, so editing a mixed-in file reruns what depends on it.
              sources: mix.sources.map((m) => ({ name: m.name, weight: m.weight ?? null, count: m.count ?? null, records: m.records.length, contentHash: contentHash(m.records) })),
            }
          : null,
      },
      paid: false,
      // A claim's word masks are part of what its training records are.
      identify: ({ claim, condition }) => wordMasksOf(claim, condition?.name)?.patterns.map((p) => p.source),
      async run({ claim, condition, documents }, ctx) {
        const wordMasks = wordMasksOf(claim, condition.name);
        const maskAdded = masksInserted(condition.name);
        const stale = maskAdded ? documents.find((d) => d.inserted === undefined) : undefined;
        if (stale) {
          throw new NegationNeglectError(
            `\`maskInserted\` needs the spans the strategy added, but document \`${stale.id}\` of condition \`${condition.name}\` comes from a strategy step run before strategies reported them; delete the run's \`strategy/\` outputs (or use a new run directory) to apply the strategy again`,
            'invalid_state',
          );
        }
        const texts = documents.filter((d): d is ExperimentDocument & { text: string } => 'text' in d && typeof d.text === 'string');
        const records: unknown[] = [
          ...toTrainingRecords(texts, { format, ...(docTag !== undefined ? { docTag } : {}), ...(wordMasks ? { wordMasks } : {}), ...(maskAdded ? { maskInserted: true } : {}) }),
          // Chat transcripts (e.g. flag-behavior conditions) are already training records.
          ...documents.flatMap((d) => ('messages' in d ? [{ messages: maskAdded ? maskMessages(d.messages, d.inserted ?? []) : d.messages }] : [])),
        ];
        if (!mix) return { records };
        const sources: MixSource<unknown>[] = [
          { name: 'documents', records, ...share(mix.documents) },
          ...mix.sources.map((m) => ({ name: m.name, records: m.records, ...share(m) })),
        ];
        const mixed = mixDatasets({ sources, ...(mix.total !== undefined ? { total: mix.total } : {}), ...(mix.preset ? { preset: mix.preset } : {}), seed: mix.seed ?? 0 });
        for (const warning of mixed.warnings) ctx.report(warning);
        return { records: mixed.records, mix: { sources: mixed.sources, warnings: mixed.warnings } };
      },
    };
  },
});
