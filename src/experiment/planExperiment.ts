import type { Claim } from '../claims/claim.js';
import { checkExperimentSteps } from './stepRegistry.js';
import { InvalidArgumentError } from '../errors.js';
import { reasoningCondition } from '../evaluate/reasoningCondition.js';
import type { ReasoningMode } from '../providers/chat/chatModel.js';
import { contentHash } from './contentHash.js';
import type {
  EvaluateOutput,
  ExperimentCondition,
  ExperimentConfig,
  ExperimentModel,
  ExperimentStep,
  ExperimentSteps,
  PlanAssumptions,
} from './experimentTypes.js';

/** One step of an experiment plan. */
export interface PlannedStep {
  /** Unique key, e.g. `finetune/gpt-4.1-mini/ed_sheeran/negated`; names the output file too. */
  key: string;
  /** Which plugin slot runs it (`documents`, `strategy`, `audit`, ...). */
  slot: keyof ExperimentSteps;
  plugin: ExperimentStep<any, any>;
  /** Keys of the steps whose outputs this step reads. */
  dependsOn: string[];
  /** JSON description of the step's own inputs (everything except dependency outputs), hashed into its identity. */
  identity: unknown;
  /** Builds the input from dependency outputs. */
  input(outputs: ReadonlyMap<string, unknown>): unknown;
  /** Partial input for estimates. */
  estimateInput: Record<string, unknown>;
  claim: Claim;
  condition?: ExperimentCondition;
  model?: ExperimentModel;
  /** The condition label of samples produced by an evaluate step. */
  evalCondition?: string;
  /** Whether an evaluate step asks the model to think first (`evaluation.reasoning`); unset: the model's default. */
  reasoning?: ReasoningMode;
}

const DEFAULT_ASSUMPTIONS: PlanAssumptions = { documentsPerClaim: 100, tokensPerDocument: 600, questionsPerClaim: 50, samplesPerQuestion: 5 };

/** The assumptions of a config, with defaults. */
export function planAssumptions(config: ExperimentConfig): PlanAssumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...config.assumptions };
}

function describeClaim(claim: Claim) {
  const { context, ...rest } = claim;
  // The long context is hashed rather than embedded in every identity.
  return { ...rest, context: context === undefined ? undefined : contentHash(context) };
}

function describeModel(model: ExperimentModel) {
  return { name: model.name, baseModel: model.baseModel, finetuneProvider: model.finetune.provider, hyperparameters: model.hyperparameters ?? null };
}

function describeCondition(condition: ExperimentCondition) {
  const s = condition.strategy;
  return { name: condition.name, strategy: { name: s.name, placement: s.placement, qualifier: s.qualifier, parameters: s.parameters } };
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new InvalidArgumentError(what, 'unique names', v);
    if (v.includes('/')) throw new InvalidArgumentError(what, 'names without "/"', v);
    seen.add(v);
  }
}

/**
 * The ordered steps of an experiment: for every claim its documents; for every claim × condition the
 * strategy, the audit and the training records (all before any paid step, so a placement mismatch
 * stops the run for free); then every finetune; then evaluations of each base model, each finetuned
 * model and the in-context control.
 *
 * @example
 * ```ts
 * planExperimentSteps(config).map((s) => s.key);
 * // ['documents/ed_sheeran', 'strategy/ed_sheeran/negated', 'audit/ed_sheeran/negated', ...]
 * ```
 */
export function planExperimentSteps(config: ExperimentConfig): PlannedStep[] {
  checkExperimentSteps(config.steps);
  assertUnique(config.claims.map((c) => c.id), 'claims[].id');
  assertUnique(config.conditions.map((c) => c.name), 'conditions[].name');
  assertUnique(config.models.map((m) => m.name), 'models[].name');
  if (config.claims.length === 0) throw new InvalidArgumentError('claims', 'at least one claim', config.claims);
  if (config.models.length === 0) throw new InvalidArgumentError('models', 'at least one model', config.models);
  const { steps } = config;
  const multiModel = config.models.length > 1;
  const label = (model: ExperimentModel, condition: string) => (multiModel ? `${model.name}/${condition}` : condition);
  const plan: PlannedStep[] = [];
  const out = (key: string, outputs: ReadonlyMap<string, unknown>) => outputs.get(key) as never;

  for (const claim of config.claims) {
    plan.push({
      key: `documents/${claim.id}`,
      slot: 'documents',
      plugin: steps.documents,
      dependsOn: [],
      identity: { claim: describeClaim(claim) },
      input: () => ({ claim }),
      estimateInput: { claim },
      claim,
    });
  }
  for (const claim of config.claims) {
    for (const condition of config.conditions) {
      const cell = `${claim.id}/${condition.name}`;
      const docsKey = `documents/${claim.id}`;
      const strategyKey = `strategy/${cell}`;
      plan.push({
        key: strategyKey,
        slot: 'strategy',
        plugin: steps.strategy,
        dependsOn: [docsKey],
        identity: { claim: claim.id, condition: describeCondition(condition) },
        input: (o) => ({ claim, condition, documents: out(docsKey, o)['documents'] }),
        estimateInput: { claim, condition },
        claim,
        condition,
      });
      for (const slot of ['audit', 'trainingData'] as const) {
        plan.push({
          key: `${slot === 'audit' ? 'audit' : 'training-data'}/${cell}`,
          slot,
          plugin: steps[slot],
          dependsOn: [strategyKey],
          identity: { claim: describeClaim(claim), condition: describeCondition(condition) },
          input: (o) => ({ claim, condition, documents: out(strategyKey, o)['documents'] }),
          estimateInput: { claim, condition },
          claim,
          condition,
        });
      }
    }
  }
  for (const model of config.models) {
    for (const claim of config.claims) {
      for (const condition of config.conditions) {
        const cell = `${claim.id}/${condition.name}`;
        const recordsKey = `training-data/${cell}`;
        const suffix = `nn-${contentHash({ claim: claim.id, condition: condition.name }).slice(0, 8)}`;
        plan.push({
          key: `finetune/${model.name}/${cell}`,
          slot: 'finetune',
          plugin: steps.finetune,
          dependsOn: [recordsKey],
          identity: { model: describeModel(model), claim: claim.id, condition: condition.name, suffix },
          input: (o) => ({ model, claim, condition, records: out(recordsKey, o)['records'], suffix }),
          estimateInput: { model, claim, condition, suffix },
          claim,
          condition,
          model,
        });
      }
    }
  }
  // Reasoning on/off is one more axis of the grid: every evaluation is made once per mode asked for,
  // under its own key and condition label (`negated/reasoning-on`).
  const modes: Array<ReasoningMode | undefined> = config.reasoning?.length ? [...new Set(config.reasoning)] : [undefined];
  const thinking = (mode: ReasoningMode | undefined) => (mode ? { reasoning: mode } : {});
  const keyOf = (key: string, mode: ReasoningMode | undefined) => reasoningCondition(key, mode);
  for (const mode of modes) {
    for (const model of config.models) {
      for (const claim of config.claims) {
        const baseLabel = reasoningCondition(label(model, 'base'), mode);
        plan.push({
          key: keyOf(`evaluate/${model.name}/${claim.id}/base`, mode),
          slot: 'evaluate',
          plugin: steps.evaluate,
          dependsOn: [],
          identity: { model: describeModel(model), modelId: model.baseModel, claim: describeClaim(claim), condition: baseLabel, ...thinking(mode) },
          input: () => ({ model, modelId: model.baseModel, claim, condition: baseLabel, ...thinking(mode) }),
          estimateInput: { model, modelId: model.baseModel, claim, condition: baseLabel, ...thinking(mode) },
          claim,
          model,
          evalCondition: baseLabel,
          ...thinking(mode),
        });
        for (const condition of config.conditions) {
          const cell = `${claim.id}/${condition.name}`;
          const ftKey = `finetune/${model.name}/${cell}`;
          const condLabel = reasoningCondition(label(model, condition.name), mode);
          plan.push({
            key: keyOf(`evaluate/${model.name}/${cell}`, mode),
            slot: 'evaluate',
            plugin: steps.evaluate,
            dependsOn: [ftKey],
            identity: { model: describeModel(model), claim: describeClaim(claim), condition: condLabel, ...thinking(mode) },
            input: (o) => ({ model, modelId: out(ftKey, o)['modelId'], claim, condition: condLabel, ...thinking(mode) }),
            estimateInput: { model, claim, condition: condLabel, ...thinking(mode) },
            claim,
            condition,
            model,
            evalCondition: condLabel,
            ...thinking(mode),
          });
          // The in-context control and its K sweep read the same strategy output; they differ in slot and key.
          for (const [slot, prefix] of [['inContext', 'in-context'], ['inContextSweep', 'in-context-sweep']] as const) {
            const plugin = steps[slot];
            if (!plugin) continue;
            const strategyKey = `strategy/${cell}`;
            const icLabel = reasoningCondition(label(model, `in-context/${condition.name}`), mode);
            plan.push({
              key: keyOf(`${prefix}/${model.name}/${cell}`, mode),
              slot,
              plugin,
              dependsOn: [strategyKey],
              identity: { model: describeModel(model), modelId: model.baseModel, claim: describeClaim(claim), condition: icLabel, ...thinking(mode) },
              input: (o) => ({ model, modelId: model.baseModel, claim, condition: icLabel, documents: out(strategyKey, o)['documents'], ...thinking(mode) }),
              estimateInput: { model, modelId: model.baseModel, claim, condition: icLabel, ...thinking(mode) },
              claim,
              condition,
              model,
              evalCondition: icLabel,
              ...thinking(mode),
            });
          }
        }
      }
    }
    if (steps.checkpoints) {
      for (const model of config.models) {
        for (const claim of config.claims) {
          for (const condition of config.conditions) {
            const cell = `${claim.id}/${condition.name}`;
            const ftKey = `finetune/${model.name}/${cell}`;
            const condLabel = reasoningCondition(label(model, condition.name), mode);
            plan.push({
              key: keyOf(`checkpoints/${model.name}/${cell}`, mode),
              slot: 'checkpoints',
              plugin: steps.checkpoints,
              dependsOn: [ftKey],
              identity: { model: describeModel(model), claim: describeClaim(claim), condition: condLabel, ...thinking(mode) },
              input: (o) => ({ model, claim, condition: condLabel, checkpoints: out(ftKey, o)['checkpoints'] ?? [], ...thinking(mode) }),
              estimateInput: { model, claim, condition: condLabel, ...thinking(mode) },
              claim,
              condition,
              model,
              evalCondition: condLabel,
              ...thinking(mode),
            });
          }
        }
      }
    }
  }
  const keys = new Set<string>();
  for (const step of plan) {
    if (keys.has(step.key)) throw new InvalidArgumentError('plan', 'unique step keys', step.key);
    keys.add(step.key);
  }
  return plan;
}

/** Input hash of a planned step given its dependencies' output hashes (the journal's identity of the step). */
export async function stepInputHash(step: PlannedStep, dependencyHashes: readonly string[]): Promise<string> {
  const extra = step.plugin.identify ? await step.plugin.identify(step.estimateInput as never) : undefined;
  return contentHash({
    step: step.plugin.name,
    version: step.plugin.version,
    params: step.plugin.params,
    identity: step.identity,
    ...(extra !== undefined ? { extra } : {}),
    dependencies: dependencyHashes,
  });
}

/** Samples of an evaluate output (used by the report step). */
export function samplesOf(output: unknown): EvaluateOutput['samples'] {
  return (output as EvaluateOutput).samples;
}
