import type { Claim } from '../claims/claim.js';
import { checkExperimentSteps } from './stepRegistry.js';
import { InvalidArgumentError } from '../errors.js';
import { reasoningCondition } from '../evaluate/reasoningCondition.js';
import type { ReasoningMode } from '../providers/chat/chatModel.js';
import { contentHash } from '../util/contentHash.js';
import { BUILTIN_STEPS } from './builtinSteps.js';
import type { PlanDraft, PlanPoint, PlanScope } from './experimentStepEntry.js';
import type { ExperimentSteps } from './builtinSteps.js';
import type { ExperimentConfig } from './experimentConfig.js';
import type { EvaluateOutput, ExperimentCondition, ExperimentModel, ExperimentStep, PlanAssumptions } from './experimentTypes.js';

/** One step of an experiment plan: a step's draft at one point of the grid, with its slot, plugin and point. */
export interface PlannedStep extends PlanDraft {
  /** Which plugin slot runs it (`documents`, `strategy`, `audit`, ...). */
  slot: keyof ExperimentSteps;
  plugin: ExperimentStep<any, any>;
  claim: Claim;
  condition?: ExperimentCondition;
  model?: ExperimentModel;
  /** Whether an evaluate step asks the model to think first (`evaluation.reasoning`); unset: the model's default. */
  reasoning?: ReasoningMode;
}

const DEFAULT_ASSUMPTIONS: PlanAssumptions = { documentsPerClaim: 100, tokensPerDocument: 600, questionsPerClaim: 50, samplesPerQuestion: 5 };

/** The assumptions of a config, with defaults. */
export function planAssumptions(config: ExperimentConfig): PlanAssumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...config.assumptions };
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
  // Reasoning on/off is one more axis of the grid: every evaluation is made once per mode asked for,
  // under its own key and condition label (`negated/reasoning-on`).
  const modes: Array<ReasoningMode | undefined> = config.reasoning?.length ? [...new Set(config.reasoning)] : [undefined];
  const plan: PlannedStep[] = [];
  // Each point of a scope's walk is offered to the scope's steps in BUILTIN_STEPS order.
  const visit = (scope: PlanScope, at: Omit<PlanPoint, 'label' | 'key'>) => {
    const point: PlanPoint = {
      ...at,
      label: (condition) => reasoningCondition(multiModel && at.model ? `${at.model.name}/${condition}` : condition, at.reasoning),
      key: (key) => reasoningCondition(key, at.reasoning),
    };
    for (const entry of BUILTIN_STEPS) {
      const plugin = steps[entry.slot];
      if (entry.scope !== scope || !plugin) continue;
      const draft = entry.plan(point);
      if (!draft) continue;
      plan.push({
        ...draft,
        slot: entry.slot,
        plugin,
        claim: at.claim,
        ...(at.condition ? { condition: at.condition } : {}),
        ...(at.model ? { model: at.model } : {}),
        ...(at.reasoning ? { reasoning: at.reasoning } : {}),
      });
    }
  };
  const cells = (model?: ExperimentModel, reasoning?: ReasoningMode) =>
    config.claims.flatMap((claim) => config.conditions.map((condition) => ({ claim, condition, ...(model ? { model } : {}), ...(reasoning ? { reasoning } : {}) })));
  for (const claim of config.claims) visit('claim', { claim });
  for (const cell of cells()) visit('trainingSet', cell);
  for (const model of config.models) for (const cell of cells(model)) visit('finetune', cell);
  for (const reasoning of modes) {
    const thinking = reasoning ? { reasoning } : {};
    for (const model of config.models) {
      for (const claim of config.claims) {
        // The base model first, then each condition.
        visit('evaluation', { claim, model, ...thinking });
        for (const condition of config.conditions) visit('evaluation', { claim, condition, model, ...thinking });
      }
    }
    for (const model of config.models) for (const cell of cells(model, reasoning)) visit('curve', cell);
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
