import type { Claim } from '../../claims/claim.js';
import { contentHash } from '../../util/contentHash.js';
import type { PlanDraft, PlanPoint } from '../experimentStepEntry.js';
import type { ExperimentCondition, ExperimentModel } from '../experimentTypes.js';

// How the plan describes the grid's parts in step identities (hashed into every step's input hash:
// changing a description reruns what depends on it, so these are kept as they were).

/** A claim, its long context hashed rather than embedded in every identity. */
export function describeClaim(claim: Claim) {
  const { context, ...rest } = claim;
  return { ...rest, context: context === undefined ? undefined : contentHash(context) };
}

/** A base model: what its finetunes and evaluations depend on. */
export function describeModel(model: ExperimentModel) {
  return { name: model.name, baseModel: model.baseModel, finetuneProvider: model.finetune.provider, hyperparameters: model.hyperparameters ?? null };
}

/** A condition: its strategy's name, placement, qualifier and recorded parameters. */
export function describeCondition(condition: ExperimentCondition) {
  const s = condition.strategy;
  return { name: condition.name, strategy: { name: s.name, placement: s.placement, qualifier: s.qualifier, parameters: s.parameters } };
}

/** The output of step `key` among the outputs so far. */
export const outputOf = (key: string, outputs: ReadonlyMap<string, unknown>) => outputs.get(key) as Record<string, never>;

/**
 * An evaluation of one point of the grid: of the base model (no condition), of a finetune of it (reading
 * the finetune's output, as `evaluate` and `checkpoints` do), or of the base model with the condition's
 * documents (reading the strategy's output, as the in-context controls do). `prefix` starts the key;
 * `extra` adds what the step reads from the output it depends on.
 */
export function evaluationPlan(
  point: PlanPoint,
  prefix: string,
  reads: 'base' | 'finetune' | 'strategy',
  extra: (dependency: Record<string, never>) => Record<string, unknown> = () => ({}),
): PlanDraft {
  const { claim, condition, reasoning } = point;
  const model = point.model!;
  const thinking = reasoning ? { reasoning } : {};
  const cell = condition ? `${claim.id}/${condition.name}` : `${claim.id}/base`;
  const dependency = reads === 'finetune' ? `finetune/${model.name}/${cell}` : reads === 'strategy' ? `strategy/${cell}` : undefined;
  const label = point.label(reads === 'strategy' ? `in-context/${condition!.name}` : (condition?.name ?? 'base'));
  // What the model is asked as: the base model, unless a finetune's output names the model.
  const base = reads === 'finetune' ? {} : { modelId: model.baseModel };
  return {
    key: point.key(`${prefix}/${model.name}/${cell}`),
    dependsOn: dependency ? [dependency] : [],
    identity: { model: describeModel(model), ...base, claim: describeClaim(claim), condition: label, ...thinking },
    input: (o) => ({ model, ...base, claim, condition: label, ...(dependency ? extra(outputOf(dependency, o)) : {}), ...thinking }),
    estimateInput: { model, ...base, claim, condition: label, ...thinking },
    evalCondition: label,
  };
}
