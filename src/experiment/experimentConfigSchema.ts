import { z } from 'zod';
import { ClaimSchema } from '../claims/claim.js';
import { CHAT_PROVIDERS, FINETUNE_PROVIDERS } from '../providers/providerRegistry.js';
import { BUILTIN_STRATEGIES } from '../strategies/builtinStrategies.js';
import { evaluationStepOptions } from './builtinSteps.js';
import { DocumentsStepOptionsSchema } from './steps/documentsStep.js';
import { EvaluationOptionsSchema } from './steps/stepKit.js';
import { TrainingDataStepOptionsSchema } from './steps/trainingDataStep.js';
import { PANEL_AGGREGATES, type PanelAggregate } from '../evaluate/createJudgePanel.js';
import { REASONING_EFFORTS, REASONING_MODES, type ReasoningEffort, type ReasoningMode } from '../providers/chat/chatModel.js';

const reasoningMode = z.enum(REASONING_MODES as [ReasoningMode, ...ReasoningMode[]]);

const name = z.string().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9_.:\-]*$/, 'names are letters, digits, "_", "-", "." and ":"');
/** A secret is never written in the config: name the environment variable holding it. */
const apiKeyEnv = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name, e.g. OPENAI_API_KEY').optional();

/** A chat provider: `type` picks a factory from the registry; the rest are its settings. */
export const ChatProviderConfigSchema = z.looseObject({
  type: z.string().min(1).describe(`Registry key: ${CHAT_PROVIDERS.map((p) => p.name).join(', ')}, or one you registered`),
  baseURL: z.string().url().optional(),
  apiKeyEnv,
  /** Most calls in flight to this provider (shared by all its models). Default 16. */
  concurrency: z.number().int().positive().optional(),
  /** Retries of retryable failures (429, 5xx, timeouts), honouring Retry-After. Default 4. */
  retries: z.number().int().nonnegative().optional(),
});
export type ChatProviderConfig = z.infer<typeof ChatProviderConfigSchema>;

/** A finetune provider: `type` picks a factory (openai, together, fireworks, command). */
export const FinetuneProviderConfigSchema = z.looseObject({
  type: z.string().min(1).describe(`Registry key: ${FINETUNE_PROVIDERS.map((p) => p.name).join(', ')}, or one you registered`),
  baseURL: z.string().url().optional(),
  apiKeyEnv,
  /** For `command`: the program and its arguments. */
  command: z.array(z.string().min(1)).min(1).optional(),
  /** First job-status poll interval in ms (default 10 000; a local trainer can use less). */
  pollIntervalMs: z.number().int().positive().optional(),
});
export type FinetuneProviderConfig = z.infer<typeof FinetuneProviderConfigSchema>;

/** A chat model reference: a provider key and a model id. */
export const ChatModelRefSchema = z.object({ provider: name, model: z.string().min(1) });
export type ChatModelRef = z.infer<typeof ChatModelRefSchema>;

/** The judges of `evaluation.judge`: one, or a panel's list. */
function judgeRefs(judge: ChatModelRef | readonly ChatModelRef[]): readonly ChatModelRef[] {
  return Array.isArray(judge) ? judge : [judge as ChatModelRef];
}

const mixShareFields = { weight: z.number().positive().optional(), count: z.number().int().positive().optional() };
const oneOfWeightOrCount = (m: { weight?: number | undefined; count?: number | undefined }) => (m.weight === undefined) !== (m.count === undefined);
const ONE_OF = 'give exactly one of `weight` or `count`';

export const ExperimentConditionConfigSchema = z.object({
  name,
  /** Registry key of a strategy (`BUILTIN_STRATEGIES`, or one you registered). */
  strategy: z.string().min(1).describe(`Registry key: ${BUILTIN_STRATEGIES.map((s) => s.name).join(', ')}, or one you registered`),
  /** Options passed to the strategy factory. */
  options: z.record(z.string(), z.unknown()).default({}),
  description: z.string().optional(),
});

export const ExperimentModelConfigSchema = z.object({
  name,
  /** The provider's id of the base model to finetune. */
  baseModel: z.string().min(1),
  /** Key in `providers` used to sample the base and finetuned models. */
  chat: name,
  /** Key in `finetuneProviders`. */
  finetune: name,
  hyperparameters: z.record(z.string(), z.unknown()).optional(),
});

/** The YAML/JSON experiment config file. Paths are relative to the file. */
export const ExperimentConfigFileSchema = z
  .object({
    name,
    /**
     * Disk cache of every model call (relative to the config file; default `.negation-neglect-cache`),
     * so a step interrupted half-way does not pay again for the calls it already made. `false` disables it.
     */
    cache: z.union([z.string().min(1), z.literal(false)]).default('.negation-neglect-cache'),
    /** Claim files or directories (YAML/JSON lists, paper claim folders), or inline claims. */
    claims: z.array(z.union([z.string().min(1), ClaimSchema.strict()])).min(1),
    /** The documents step's options (`DocumentsStepOptionsSchema`); `model` names a provider's model. */
    documents: DocumentsStepOptionsSchema.extend({ model: ChatModelRefSchema.optional().describe('for `llm`: the writer model') }).prefault({}),
    conditions: z.array(ExperimentConditionConfigSchema).min(1),
    /**
     * The training-data step's options (`TrainingDataStepOptionsSchema`: `format`, `docTag`, `maskInserted`),
     * with mask files and JSONL files to mix in instead of loaded masks and records.
     */
    trainingData: TrainingDataStepOptionsSchema.extend({
      /**
       * Words that get no loss (the paper's `word_masks.yaml`). `files` maps claim ids to mask files;
       * without it each paper claim folder's `word_masks.yaml` is used where present. `conditions`
       * limits them to some conditions (the paper masked its local negations); default all.
       */
      wordMasks: z
        .object({
          files: z.record(z.string(), z.string().min(1)).optional(),
          conditions: z.array(name).min(1).optional(),
        })
        .optional()
        .describe("words that get no loss (the paper's word_masks.yaml): { files: { <claim id>: <file> }, conditions } (default: each paper claim folder's file, every condition)"),
      /** Blend each training set with other data (JSONL files of training records). */
      mix: z
        .object({
          /** Total records per training set; required when a share is given as `weight`. */
          total: z.number().int().positive().optional(),
          seed: z.number().int().default(0),
          /**
           * `paper`: the paper's 10k documents : 5k `pretraining` : 5k `instruction` (name the `with`
           * sources so; with `total`, those shares of it). Shares written below win.
           */
          preset: z.literal('paper').optional(),
          /** The condition's documents: a share (`weight`) or a number (`count`). */
          documents: z.object(mixShareFields).optional(),
          with: z.array(z.object({ ...mixShareFields, name, path: z.string().min(1) })).min(1),
        })
        .superRefine((mix, ctx) => {
          // Without a preset every source needs its share; with one, at most one of the two.
          const check = (m: { weight?: number | undefined; count?: number | undefined } | undefined, path: (string | number)[]) => {
            const ok = mix.preset ? !(m?.weight !== undefined && m?.count !== undefined) : m !== undefined && oneOfWeightOrCount(m);
            if (!ok) ctx.addIssue({ code: 'custom', path, message: mix.preset ? 'give at most one of `weight` or `count`' : ONE_OF });
          };
          check(mix.documents, ['documents']);
          mix.with.forEach((m, i) => check(m, ['with', i]));
        })
        .optional()
        .describe('blend each training set with JSONL files of records: { total, seed, preset: paper, documents: { weight | count }, with: [{ name, path, weight | count }] }'),
    }).prefault({}),
    providers: z.record(name, ChatProviderConfigSchema).default({}),
    finetuneProviders: z.record(name, FinetuneProviderConfigSchema).default({}),
    models: z.array(ExperimentModelConfigSchema).min(1),
    evaluation: z.object({
      /**
       * Where each claim's question sets are: a map from claim id to a question-set file or paper claim
       * folder, or directories holding one entry per claim id. Defaults to the claims' paper folders.
       */
      questionSets: z.union([z.string().min(1), z.array(z.string().min(1)), z.record(z.string(), z.string().min(1))]).optional(),
      /** The judge, or a list of two or more: a judge panel (every vote kept per sample, their agreement in the reports). */
      judge: z.union([ChatModelRefSchema, z.array(ChatModelRefSchema).min(2)]),
      /** How a panel's votes combine: `majority` (default; a tie is neutral), `unanimous`, `mean`. */
      aggregate: z.enum(PANEL_AGGREGATES as [PanelAggregate, ...PanelAggregate[]]).default('majority'),
      /**
       * Judge through the judge provider's batch API (about half price; a batch can take up to 24 h).
       * `true`, or `{ pollIntervalMs }` (first status poll, default 30 000, backing off).
       */
      judgeBatch: z.union([z.boolean(), z.object({ pollIntervalMs: z.number().int().positive().optional() })]).default(false),
      /**
       * Judge each claim with its paper folder's `judges.yaml` (the paper's rubrics; leakage with its
       * 0-10 saliency rubric where the claim has one) instead of ours. Every claim needs a paper folder.
       */
      paperJudges: z.boolean().default(false),
      // Shared by every evaluation step, declared once with them (`EvaluationOptionsSchema`).
      ...EvaluationOptionsSchema.shape,
      /**
       * Thinking as a condition: `on` or `off` asks every evaluated model to think first or not; a list
       * (`[on, off]`) evaluates each model both ways, labelled `<condition>/reasoning-on` / `-off`.
       * Unset: the models' default. The thinking is recorded apart from the answer, never judged.
       */
      reasoning: z.union([reasoningMode, z.array(reasoningMode).min(1)]).optional(),
      /**
       * How hard an evaluated model that thinks thinks: `minimal`, `low`, `medium` or `high` (OpenAI
       * `reasoning_effort`; providers without effort levels drop it with a warning). Not sent with reasoning `off`.
       */
      reasoningEffort: z.enum(REASONING_EFFORTS as [ReasoningEffort, ...ReasoningEffort[]]).optional(),
      /** Thinking tokens of an evaluated model that thinks (Anthropic's budget, at least 1024; others drop it with a warning). */
      thinkingBudget: z.number().int().positive().optional(),
      /** How hard a reasoning judge thinks (OpenAI `reasoning_effort`; judges whose provider has no effort levels drop it with a warning). */
      judgeReasoningEffort: z.enum(REASONING_EFFORTS as [ReasoningEffort, ...ReasoningEffort[]]).optional(),
      /** The judges' thinking tokens (Anthropic's budget, at least 1024; others drop it with a warning). */
      judgeThinkingBudget: z.number().int().positive().optional(),
      /**
       * Coherence questions asked of every evaluated model (general questions; a judge scores each
       * answer 0-10, shown beside the belief rates): a file like the paper's coherence_questions.yaml
       * (relative to this file), or `false` for none. Unset: the paper's `coherence_questions.yaml`
       * beside the claims' paper folders when there is one, else none.
       */
      coherence: z.union([z.string().min(1), z.literal(false)]).optional(),
      // The evaluation steps' own options (`checkpoints`, `inContext`, `inContextSweep`), each declared with its step.
      ...evaluationStepOptions(),
    }),
    audit: z.object({ minPlacementShare: z.number().min(0).max(1).default(0.9) }).default({ minPlacementShare: 0.9 }),
    assumptions: z
      .object({
        documentsPerClaim: z.number().int().positive(),
        tokensPerDocument: z.number().int().positive(),
        questionsPerClaim: z.number().int().positive(),
        samplesPerQuestion: z.number().int().positive(),
      })
      .partial()
      .optional(),
    /** USD per million tokens by model id (`*` for a default). */
    prices: z
      .record(z.string(), z.object({ input: z.number().nonnegative(), output: z.number().nonnegative(), training: z.number().nonnegative() }).partial())
      .optional(),
    /**
     * Training prices per finetune provider (USD per million training tokens), merged over the dated
     * defaults (`DEFAULT_TRAINING_PRICES`): `models` by base model id (a prefix match), `bySize`
     * brackets by billions of parameters (replacing the defaults'), `source` for the plan. `prices`
     * of a base model still win.
     */
    trainingPrices: z
      .record(
        name,
        z.object({
          models: z.record(z.string().min(1), z.number().nonnegative()).optional(),
          bySize: z.array(z.object({ upToBillions: z.number().positive(), perMillion: z.number().nonnegative() })).min(1).optional(),
          source: z.string().min(1).optional(),
        }),
      )
      .optional(),
  })
  .superRefine((config, ctx) => {
    config.models.forEach((m, i) => {
      if (!(m.chat in config.providers)) ctx.addIssue({ code: 'custom', path: ['models', i, 'chat'], message: `unknown provider \`${m.chat}\` (not in \`providers\`)` });
      if (!(m.finetune in config.finetuneProviders)) {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'finetune'], message: `unknown finetune provider \`${m.finetune}\` (not in \`finetuneProviders\`)` });
      }
    });
    const refs: Array<[ChatModelRef | undefined, (string | number)[]]> = [
      ...judgeRefs(config.evaluation.judge).map((ref, i): [ChatModelRef, (string | number)[]] => [ref, ['evaluation', 'judge', ...(Array.isArray(config.evaluation.judge) ? [i] : []), 'provider']]),
      [config.documents.model, ['documents', 'model', 'provider']],
    ];
    for (const [ref, path] of refs) {
      if (ref && !(ref.provider in config.providers)) ctx.addIssue({ code: 'custom', path, message: `unknown provider \`${ref.provider}\` (not in \`providers\`)` });
    }
    if (config.documents.generator === 'llm' && !config.documents.model) {
      ctx.addIssue({ code: 'custom', path: ['documents', 'model'], message: 'the `llm` generator needs a `model`' });
    }
  });
export type ExperimentConfigFile = z.infer<typeof ExperimentConfigFileSchema>;
export type ExperimentConfigFileInput = z.input<typeof ExperimentConfigFileSchema>;

/**
 * The JSON Schema of the experiment config file, for editor completion (`# yaml-language-server: $schema=...`).
 *
 * @example
 * ```ts
 * await writeFile('experiment.schema.json', JSON.stringify(experimentConfigJsonSchema(), null, 2));
 * ```
 */
export function experimentConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExperimentConfigFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
