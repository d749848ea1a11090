import { z } from 'zod';
import { parseOptions } from '../util/optionSchema.js';
import { BUILTIN_STEPS, type ExperimentSteps } from './builtinSteps.js';
import type { ExperimentStep } from './experimentTypes.js';

/** One slot of an experiment's pipeline, declared once: the planner fills it, configs and docs read it. */
export interface ExperimentStepSlot {
  readonly slot: keyof ExperimentSteps;
  readonly summary: string;
  /** Optional slots are left out of the plan when no plugin fills them. */
  readonly optional: boolean;
}

/**
 * The step slots of an experiment, in pipeline order, read from the step declarations
 * (`BUILTIN_STEPS`). A plugin fills a slot (`ExperimentSteps`); `createDefaultExperimentSteps` fills
 * them with this SDK's functions.
 *
 * @example
 * ```ts
 * EXPERIMENT_STEP_SLOTS.filter((s) => !s.optional).map((s) => s.slot);
 * // ['documents', 'strategy', 'audit', 'trainingData', 'finetune', 'evaluate']
 * ```
 */
export const EXPERIMENT_STEP_SLOTS: readonly ExperimentStepSlot[] = Object.freeze(
  BUILTIN_STEPS.map((s): ExperimentStepSlot => Object.freeze({ slot: s.slot, summary: s.summary, optional: s.optional })),
);

const fn = (what: string) => z.custom<(...args: never[]) => unknown>((f) => typeof f === 'function', { error: `a function (${what})` });

/**
 * A step plugin's declaration: a name, a version, JSON parameters (recorded in the journal and hashed
 * into the step's identity), whether it costs money, and its functions.
 */
export const ExperimentStepSchema = z.looseObject({
  name: z.string({ error: 'a non-empty string' }).min(1, { error: 'a non-empty string' }),
  version: z.number({ error: 'a positive integer' }).int({ error: 'a positive integer' }).min(1, { error: 'a positive integer' }),
  params: z.record(z.string(), z.json(), { error: 'a JSON object (recorded and hashed)' }),
  paid: z.boolean({ error: 'a boolean' }),
  run: fn('run(input, context)'),
  identify: fn('identify(input)').optional(),
  isComplete: fn('isComplete(output)').optional(),
  estimate: fn('estimate(input, assumptions)').optional(),
});

const StepsSchema = z.strictObject(
  Object.fromEntries(EXPERIMENT_STEP_SLOTS.map((s) => [s.slot, s.optional ? ExperimentStepSchema.optional() : ExperimentStepSchema])) as Record<
    keyof ExperimentSteps,
    typeof ExperimentStepSchema | z.ZodOptional<typeof ExperimentStepSchema>
  >,
);

/**
 * Checks an experiment's step plugins against the slot table: every required slot filled, no
 * unknown slot (a typo would otherwise be skipped silently), each plugin well declared. Errors are
 * `InvalidArgumentError`s naming the field (`steps.evaluate.version`).
 *
 * @example
 * ```ts
 * checkExperimentSteps({ ...createDefaultExperimentSteps(options), inContxt: myStep }); // throws: Expected `steps option` to be one of documents, ...
 * ```
 */
export function checkExperimentSteps(steps: ExperimentSteps): void {
  parseOptions(StepsSchema, steps, { path: 'steps', label: 'steps' });
}

/**
 * Declares a step plugin: checks its declaration (see {@link ExperimentStepSchema}) and returns it frozen.
 *
 * @example
 * ```ts
 * const audit = defineExperimentStep({ name: 'my-audit', version: 1, params: {}, paid: false, run: async ({ documents }) => myAudit(documents) });
 * ```
 */
export function defineExperimentStep<Input, Output>(step: ExperimentStep<Input, Output>): ExperimentStep<Input, Output> {
  parseOptions(ExperimentStepSchema, step, { path: 'step' });
  return Object.freeze({ ...step });
}
