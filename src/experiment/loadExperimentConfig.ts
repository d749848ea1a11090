import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Claim } from '../claims/claim.js';
import { loadClaims } from '../claims/loadClaims.js';
import { InputError, NegationNeglectError } from '../errors.js';
import { findCoherenceQuestions, loadCoherenceQuestions } from '../evaluate/loadCoherenceQuestions.js';
import { loadPaperJudges } from '../evaluate/loadPaperJudges.js';
import type { JudgeRubric } from '../evaluate/judgeRubric.js';
import { loadQuestionSets } from '../evaluate/loadQuestionSets.js';
import { loadWordMasks, type WordMasks } from '../generate/loadWordMasks.js';
import { parseYamlWithSchema } from '../evaluate/parseYamlWithSchema.js';
import type { QuestionSet } from '../evaluate/questionSet.js';
import type { ChatModel } from '../providers/chat/chatModel.js';
import { concurrencyLimit } from '../providers/chat/concurrencyLimit.js';
import { retry } from '../providers/chat/retry.js';
import { wrapChatModel, type ChatMiddleware } from '../providers/chat/wrapChatModel.js';
import { cache } from '../providers/cache/cache.js';
import { createDiskCache } from '../providers/cache/createDiskCache.js';
import type { FinetuneClient } from '../providers/finetune/finetuneClient.js';
import { createDefaultExperimentSteps } from './createDefaultExperimentSteps.js';
import { ExperimentConfigFileSchema, type ChatModelRef, type ExperimentConfigFile } from './experimentConfigSchema.js';
import { chatProviderFactory, defaultExperimentRegistry, finetuneProviderFactory, providerSettings, type ExperimentRegistry } from './experimentRegistry.js';
import type { ChatBatchClient } from '../providers/batch/chatBatchClient.js';
import { describeIssue, optionErrorText, type OptionsSchema } from '../util/optionSchema.js';
import type { ExperimentConfig } from './experimentConfig.js';
import type { ExperimentCondition, ExperimentModel } from './experimentTypes.js';

/** Options of {@link loadExperimentConfig}. */
export interface LoadExperimentConfigOptions {
  /** Factories for `type:` and `strategy:` keys (default {@link defaultExperimentRegistry}). */
  registry?: ExperimentRegistry;
  /** Where `apiKeyEnv` names are looked up (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

function registrySchema(registry: ExperimentRegistry) {
  return ExperimentConfigFileSchema.superRefine((config, ctx) => {
    const known = (keys: object) => Object.keys(keys).map((k) => `\`${k}\``).join(', ');
    // A declared entry's options are checked with its schema, so the error names the file, line and option.
    const checkOptions = (schema: OptionsSchema, value: Record<string, unknown>, label: string, at: (string | number)[]) => {
      const parsed = schema.safeParse(value, { error: optionErrorText });
      if (parsed.success) return;
      const issue = parsed.error.issues[0]!;
      const { expected, value: got } = describeIssue(schema, value, issue, { label });
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      ctx.addIssue({ code: 'custom', path: [...at, ...path], message: `expected ${expected}, got \`${String(got)}\`` });
    };
    for (const [key, p] of Object.entries(config.providers)) {
      const entry = registry.chatProviders[p.type];
      if (!entry) ctx.addIssue({ code: 'custom', path: ['providers', key, 'type'], message: `unknown chat provider type \`${p.type}\` (known: ${known(registry.chatProviders)})` });
      else if (typeof entry !== 'function') checkOptions(entry.settings, providerSettings(p, 'chat'), p.type, ['providers', key]);
    }
    for (const [key, p] of Object.entries(config.finetuneProviders)) {
      const entry = registry.finetuneProviders[p.type];
      if (!entry) {
        ctx.addIssue({ code: 'custom', path: ['finetuneProviders', key, 'type'], message: `unknown finetune provider type \`${p.type}\` (known: ${known(registry.finetuneProviders)})` });
      } else if (typeof entry !== 'function') checkOptions(entry.settings, providerSettings(p, 'finetune'), p.type, ['finetuneProviders', key]);
    }
    config.conditions.forEach((c, i) => {
      const strategy = registry.strategies[c.strategy];
      if (!strategy) {
        ctx.addIssue({ code: 'custom', path: ['conditions', i, 'strategy'], message: `unknown strategy \`${c.strategy}\` (known: ${known(registry.strategies)})` });
        return;
      }
      if (typeof strategy !== 'function') checkOptions(strategy.options, c.options, c.strategy, ['conditions', i, 'options']);
    });
    for (const judge of [config.evaluation.judge].flat()) {
      const judgeProvider = config.providers[judge.provider];
      if (config.evaluation.judgeBatch !== false && judgeProvider && !(judgeProvider.type in (registry.batchProviders ?? {}))) {
        ctx.addIssue({
          code: 'custom',
          path: ['evaluation', 'judgeBatch'],
          message: `the judge's provider type \`${judgeProvider.type}\` has no batch API (batch providers: ${known(registry.batchProviders ?? {}) || 'none'})`,
        });
        break;
      }
    }
  });
}

/**
 * Parses and validates experiment config text (YAML or JSON). Errors are `InputError`s naming the
 * file, line and field, including unknown provider types and strategies.
 *
 * @example
 * ```ts
 * const file = parseExperimentConfig(yamlText, 'experiment.yaml');
 * file.conditions.map((c) => c.strategy); // ['positive', 'framing']
 * ```
 */
export function parseExperimentConfig(text: string, file: string, registry: ExperimentRegistry = defaultExperimentRegistry()): ExperimentConfigFile {
  return parseYamlWithSchema(text, registrySchema(registry), file);
}

/**
 * Reads an experiment config file (YAML or JSON; paths inside are relative to it) and builds the
 * {@link ExperimentConfig} `runExperiment` takes: loads claims, builds providers, finetune clients
 * and strategies from the registry, and wires the default step plugins.
 *
 * @example
 * ```ts
 * const config = await loadExperimentConfig('examples/experiment.yaml');
 * const plan = await runExperiment(config, { runDir: 'runs/demo', dryRun: true });
 * ```
 */
export async function loadExperimentConfig(path: string, options: LoadExperimentConfigOptions = {}): Promise<ExperimentConfig> {
  const registry = options.registry ?? defaultExperimentRegistry();
  const env = options.env ?? process.env;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read config (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: path }, { cause: error });
  }
  const file = parseExperimentConfig(text, path, registry);
  return buildExperimentConfig(file, { baseDir: dirname(resolve(path)), file: path, registry, env });
}

/**
 * Builds an {@link ExperimentConfig} from a validated config object (what {@link loadExperimentConfig} does after parsing).
 *
 * @example
 * ```ts
 * const config = await buildExperimentConfig(ExperimentConfigFileSchema.parse(object), { baseDir: process.cwd() });
 * ```
 */
export async function buildExperimentConfig(
  file: ExperimentConfigFile,
  options: { baseDir: string; file?: string; registry?: ExperimentRegistry; env?: NodeJS.ProcessEnv },
): Promise<ExperimentConfig> {
  const registry = options.registry ?? defaultExperimentRegistry();
  const env = options.env ?? process.env;
  const at = (field: string) => ({ ...(options.file ? { file: options.file } : {}), field });
  const rel = (p: string) => resolve(options.baseDir, p);

  const claims: Claim[] = [];
  const claimDirs = new Map<string, string>();
  for (const [i, entry] of file.claims.entries()) {
    if (typeof entry !== 'string') {
      claims.push(entry);
      continue;
    }
    const loaded = await loadClaims(rel(entry));
    if (loaded.length === 0) throw new InputError(`no claims found in \`${entry}\``, at(`claims[${i}]`));
    for (const claim of loaded) {
      claims.push(claim);
      const dir = rel(entry);
      // A paper claim folder (or a folder of them) also holds the claim's question sets.
      if (existsSync(join(dir, 'claim.txt'))) claimDirs.set(claim.id, dir);
      else if (existsSync(join(dir, claim.id, 'claim.txt'))) claimDirs.set(claim.id, join(dir, claim.id));
    }
  }

  // Every provider's models share one cache, one concurrency limit and a retry policy.
  const store = file.cache === false ? undefined : createDiskCache({ dir: rel(file.cache) });
  const chatProviders = new Map<string, (modelId: string) => ChatModel>();
  for (const [key, settings] of Object.entries(file.providers)) {
    let provider: (modelId: string) => ChatModel;
    try {
      provider = chatProviderFactory(registry.chatProviders[settings.type]!)(settings, env);
    } catch (error) {
      if (!NegationNeglectError.isInstance(error)) throw error;
      throw new InputError(error.message, at(`providers.${key}`), { cause: error });
    }
    const middleware: ChatMiddleware[] = [
      ...(store ? [cache({ store, label: file.cache || undefined })] : []),
      concurrencyLimit({ max: settings.concurrency ?? 16 }),
      retry({ maxRetries: settings.retries ?? 4 }),
    ];
    chatProviders.set(key, (modelId) => wrapChatModel({ model: provider(modelId), middleware }));
  }
  const chat = (ref: ChatModelRef) => chatProviders.get(ref.provider)!(ref.model);
  const finetuneClients = new Map<string, FinetuneClient>();
  for (const [key, settings] of Object.entries(file.finetuneProviders)) {
    // Only build the clients models use: an unused adapter need not be available.
    if (!file.models.some((m) => m.finetune === key)) continue;
    try {
      finetuneClients.set(key, await finetuneProviderFactory(registry.finetuneProviders[settings.type]!)(settings, env, { baseDir: options.baseDir }));
    } catch (error) {
      throw new InputError((error as Error).message, at(`finetuneProviders.${key}`), { cause: error });
    }
  }

  const conditions: ExperimentCondition[] = [];
  for (const [i, c] of file.conditions.entries()) {
    try {
      const entry = registry.strategies[c.strategy]!;
      const strategy = typeof entry === 'function' ? await entry(c.options) : entry.create(c.options);
      conditions.push({ name: c.name, strategy, ...(c.description ? { description: c.description } : {}) });
    } catch (error) {
      if (!(NegationNeglectError.isInstance(error))) throw error;
      throw new InputError(error.message, at(`conditions[${i}].options`), { cause: error });
    }
  }

  const models: ExperimentModel[] = file.models.map((m) => ({
    name: m.name,
    baseModel: m.baseModel,
    chat: chatProviders.get(m.chat)!,
    ...(file.providers[m.chat]!.baseURL ? { baseURL: file.providers[m.chat]!.baseURL } : {}),
    finetune: finetuneClients.get(m.finetune)!,
    ...(m.hyperparameters ? { hyperparameters: m.hyperparameters as ExperimentModel['hyperparameters'] & object } : {}),
    ...(file.finetuneProviders[m.finetune]!.pollIntervalMs !== undefined ? { pollIntervalMs: file.finetuneProviders[m.finetune]!.pollIntervalMs } : {}),
  }));

  const questionDir = (claim: Claim): string => {
    const q = file.evaluation.questionSets;
    if (q === undefined) {
      const dir = claimDirs.get(claim.id);
      if (!dir) throw new InputError(`no question sets for claim \`${claim.id}\`: set \`evaluation.questionSets\``, at('evaluation.questionSets'));
      return dir;
    }
    if (typeof q === 'object' && !Array.isArray(q)) {
      const path = q[claim.id];
      if (path === undefined) throw new InputError(`no question sets for claim \`${claim.id}\``, at('evaluation.questionSets'));
      return rel(path);
    }
    const dirs = (Array.isArray(q) ? q : [q]).map(rel);
    for (const d of dirs) {
      if (existsSync(join(d, claim.id))) return join(d, claim.id);
    }
    const single = dirs.find((d) => existsSync(d) && (statSync(d).isFile() || claims.length === 1));
    if (single) return single;
    throw new InputError(`no question sets for claim \`${claim.id}\` under ${dirs.join(', ')}`, at('evaluation.questionSets'));
  };
  // Coherence questions, asked of every evaluated model beside its claim's questions (each finetune is
  // another model): the file the config names, else the paper's beside its claim folders; `false` for none.
  const coherenceOption = file.evaluation.coherence;
  const coherenceFile =
    coherenceOption === false ? undefined : coherenceOption ? rel(coherenceOption) : [...claimDirs.values()].map(findCoherenceQuestions).find((f) => f !== undefined);
  const coherence = coherenceFile ? await loadCoherenceQuestions(coherenceFile) : undefined;
  const questionCache = new Map<string, Promise<QuestionSet[]>>();
  const questionSets = (claim: Claim) => {
    let sets = questionCache.get(claim.id);
    if (!sets) {
      sets = Promise.resolve()
        .then(() => loadQuestionSets(questionDir(claim)))
        .then((own) => (coherence && !own.some((s) => s.evalType === coherence.questionSet.evalType) ? [...own, coherence.questionSet] : own));
      questionCache.set(claim.id, sets);
    }
    return sets;
  };

  // The paper's rubrics per claim, read now: a claim without a judges.yaml fails before anything runs.
  const paperJudges = new Map<string, Record<string, JudgeRubric>>();
  if (file.evaluation.paperJudges) {
    for (const claim of claims) {
      const dir = claimDirs.get(claim.id);
      if (!dir || !existsSync(join(dir, 'judges.yaml'))) {
        throw new InputError(`claim \`${claim.id}\` has no paper folder with a judges.yaml`, at('evaluation.paperJudges'));
      }
      paperJudges.set(claim.id, (await loadPaperJudges(dir)).rubrics);
    }
  }

  // Word masks are read now, so a broken mask file fails before anything runs.
  const wordMasksConfig = file.trainingData.wordMasks;
  const wordMasksByClaim = new Map<string, WordMasks>();
  if (wordMasksConfig) {
    for (const claim of claims) {
      const explicit = wordMasksConfig.files?.[claim.id];
      const dir = claimDirs.get(claim.id);
      const path = explicit !== undefined ? rel(explicit) : dir && existsSync(join(dir, 'word_masks.yaml')) ? join(dir, 'word_masks.yaml') : undefined;
      if (path) wordMasksByClaim.set(claim.id, await loadWordMasks(path));
    }
    for (const id of Object.keys(wordMasksConfig.files ?? {})) {
      if (!claims.some((c) => c.id === id)) throw new InputError(`word masks for unknown claim \`${id}\``, at(`trainingData.wordMasks.files.${id}`));
    }
    for (const [i, c] of (wordMasksConfig.conditions ?? []).entries()) {
      if (!conditions.some((x) => x.name === c)) throw new InputError(`unknown condition \`${c}\``, at(`trainingData.wordMasks.conditions[${i}]`));
    }
  }

  const maskInserted = file.trainingData.maskInserted;
  if (maskInserted && maskInserted !== true) {
    for (const [i, c] of maskInserted.conditions.entries()) {
      if (!conditions.some((x) => x.name === c)) throw new InputError(`unknown condition \`${c}\``, at(`trainingData.maskInserted.conditions[${i}]`));
    }
  }

  const mixConfig = file.trainingData.mix;
  const mix = mixConfig
    ? {
        ...(mixConfig.total !== undefined ? { total: mixConfig.total } : {}),
        seed: mixConfig.seed,
        ...(mixConfig.documents ? { documents: stripUndefined(mixConfig.documents) } : {}),
        ...(mixConfig.preset ? { preset: mixConfig.preset } : {}),
        sources: await Promise.all(
          mixConfig.with.map(async (m) => ({
            name: m.name,
            records: await readJsonlRecords(rel(m.path)),
            ...(m.weight !== undefined ? { weight: m.weight } : {}),
            ...(m.count !== undefined ? { count: m.count } : {}),
          })),
        ),
      }
    : undefined;

  // Load every claim's question sets now: a broken question file fails here, before anything is paid,
  // and the dry run's estimate uses the real number of questions.
  let questionTotal = 0;
  for (const claim of claims) {
    for (const set of await questionSets(claim)) questionTotal += set.questions.length;
  }

  // Batch judging: the judge's provider type names its batch API in the registry (checked by the schema).
  // A panel's judges each get their provider's batch client.
  const judges = [file.evaluation.judge].flat();
  const isPanel = Array.isArray(file.evaluation.judge);
  let judgeBatch: { client: ChatBatchClient | ChatBatchClient[]; pollIntervalMs?: number } | undefined;
  if (file.evaluation.judgeBatch !== false) {
    const clients = await Promise.all(
      judges.map(async (judge) => {
        const settings = file.providers[judge.provider]!;
        return (await registry.batchProviders![settings.type]!(settings, env))(judge.model);
      }),
    );
    const poll = file.evaluation.judgeBatch === true ? undefined : file.evaluation.judgeBatch.pollIntervalMs;
    judgeBatch = { client: isPanel ? clients : clients[0]!, ...(poll !== undefined ? { pollIntervalMs: poll } : {}) };
  }
  const judgeURLs = judges.map((judge) => file.providers[judge.provider]!.baseURL);

  const { questionSets: _q, judge: _judge, judgeBatch: _batch, reasoning: _reasoning, coherence: _coherence, reasoningEffort, thinkingBudget, judgeReasoningEffort, judgeThinkingBudget, ...evaluationOptions } = file.evaluation;
  const { model: writer, ...documentOptions } = file.documents;
  const { wordMasks: _masks, mix: _mix, ...trainingDataOptions } = file.trainingData;
  const steps = createDefaultExperimentSteps({
    // The step options as declared with each step (its schema parsed them), and what the config names resolved.
    ...evaluationOptions,
    documents: { ...documentOptions, ...(writer ? { model: chat(writer) } : {}) },
    trainingData: {
      ...trainingDataOptions,
      ...(mix ? { mix } : {}),
      ...(wordMasksConfig
        ? { wordMasks: { forClaim: (claim: Claim) => wordMasksByClaim.get(claim.id), ...(wordMasksConfig.conditions ? { conditions: wordMasksConfig.conditions } : {}) } }
        : {}),
    },
    judge: isPanel ? judges.map(chat) : chat(judges[0]!),
    ...(isPanel ? { judgeAggregate: file.evaluation.aggregate } : {}),
    ...(coherence?.rubric ? { judgeRubrics: { coherence: coherence.rubric } } : {}),
    ...(file.evaluation.paperJudges ? { claimRubrics: async (claim: Claim) => paperJudges.get(claim.id) ?? {} } : {}),
    ...(isPanel ? { judgeBaseURL: judgeURLs } : judgeURLs[0] ? { judgeBaseURL: judgeURLs[0] } : {}),
    ...(judgeBatch ? { judgeBatch } : {}),
    questionSets,
    ...(reasoningEffort || thinkingBudget !== undefined
      ? { reasoningDepth: { ...(reasoningEffort ? { effort: reasoningEffort } : {}), ...(thinkingBudget !== undefined ? { thinkingBudget } : {}) } }
      : {}),
    ...(judgeReasoningEffort || judgeThinkingBudget !== undefined
      ? { judgeReasoningDepth: { ...(judgeReasoningEffort ? { effort: judgeReasoningEffort } : {}), ...(judgeThinkingBudget !== undefined ? { thinkingBudget: judgeThinkingBudget } : {}) } }
      : {}),
  });

  return {
    name: file.name,
    claims,
    conditions,
    models,
    steps,
    minPlacementShare: file.audit.minPlacementShare,
    ...(file.evaluation.reasoning ? { reasoning: typeof file.evaluation.reasoning === 'string' ? [file.evaluation.reasoning] : file.evaluation.reasoning } : {}),
    assumptions: {
      documentsPerClaim: file.documents.count,
      samplesPerQuestion: file.evaluation.samplesPerQuestion,
      questionsPerClaim: Math.max(1, Math.round(questionTotal / claims.length)),
      ...file.assumptions,
    },
    ...(file.prices ? { prices: file.prices } : {}),
    ...(file.trainingPrices ? { trainingPrices: Object.fromEntries(Object.entries(file.trainingPrices).map(([k, v]) => [k, stripUndefined(v)])) } : {}),
  };
}

/** Reads a JSONL file of records to mix in; a bad line is an error naming the file and line. */
async function readJsonlRecords(file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read mix source (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file }, { cause: error });
  }
  const records: unknown[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line: i + 1 });
    }
  });
  if (records.length === 0) throw new InputError('no records', { file });
  return records;
}

/** Drops keys whose value is `undefined` (optional config fields left out), for exact optional types. */
function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
