import type { ExperimentStepEntry, StepOptionsDeclaration } from './experimentStepEntry.js';
import type { ExperimentStep } from './experimentTypes.js';
import { auditStep } from './steps/auditStep.js';
import { checkpointsStep } from './steps/checkpointsStep.js';
import { documentsStep } from './steps/documentsStep.js';
import { evaluateStep } from './steps/evaluateStep.js';
import { finetuneStep } from './steps/finetuneStep.js';
import { inContextStep } from './steps/inContextStep.js';
import { inContextSweepStep } from './steps/inContextSweepStep.js';
import { strategyStep } from './steps/strategyStep.js';
import { trainingDataStep } from './steps/trainingDataStep.js';

/**
 * The built-in experiment steps, in pipeline order, each declared once in `steps/<slot>Step.ts` (slot,
 * summary, options schema, place in the plan, plugin). The slot table, the planner, the default plugins,
 * the config file's step options and `run --help` read this list.
 *
 * @example
 * ```ts
 * BUILTIN_STEPS.map((s) => s.slot); // ['documents', 'strategy', 'audit', 'trainingData', 'finetune', 'evaluate', 'inContext', 'inContextSweep', 'checkpoints']
 * ```
 */
export const BUILTIN_STEPS = Object.freeze([
  documentsStep,
  strategyStep,
  auditStep,
  trainingDataStep,
  finetuneStep,
  evaluateStep,
  inContextStep,
  inContextSweepStep,
  checkpointsStep,
] as const);

type BuiltinStep = (typeof BUILTIN_STEPS)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type PluginOf<E> = E extends ExperimentStepEntry<string, boolean, infer I, infer O, any> ? ExperimentStep<I, O> : never;
type OptionsField<E, Where> = E extends ExperimentStepEntry<string, boolean, any, any, StepOptionsDeclaration<infer K, infer S, infer C>>
  ? C extends Where
    ? { [P in K]: S }
    : never
  : never;

/**
 * The step plugins of an experiment, by slot: one per step of {@link BUILTIN_STEPS}, typed by its input
 * and output; optional steps (`inContext`, `inContextSweep`, `checkpoints`) may be left out.
 */
export type ExperimentSteps = Simplify<
  { [E in BuiltinStep as E['optional'] extends true ? never : E['slot']]: PluginOf<E> } & {
    [E in BuiltinStep as E['optional'] extends true ? E['slot'] : never]?: PluginOf<E>;
  }
>;

/** The option schemas of the built-in steps whose options sit `where` in a config file, by key. */
export type StepOptionFields<Where extends 'top' | 'evaluation'> = Simplify<UnionToIntersection<OptionsField<BuiltinStep, Where>>>;

/**
 * The schemas of the step options a config file sets under `evaluation:` (`inContext`, `inContextSweep`,
 * `checkpoints`), read from {@link BUILTIN_STEPS}.
 *
 * @example
 * ```ts
 * Object.keys(evaluationStepOptions()); // ['inContext', 'inContextSweep', 'checkpoints']
 * ```
 */
export function evaluationStepOptions(): StepOptionFields<'evaluation'> {
  return Object.fromEntries(BUILTIN_STEPS.flatMap((s) => (s.options?.config === 'evaluation' ? [[s.options.key, s.options.schema]] : []))) as StepOptionFields<'evaluation'>;
}
