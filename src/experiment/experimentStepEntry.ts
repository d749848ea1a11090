import type { z } from 'zod';
import type { Claim } from '../claims/claim.js';
import { InvalidArgumentError } from '../errors.js';
import type { ReasoningMode } from '../providers/chat/chatModel.js';
import type { ExperimentCondition, ExperimentModel, ExperimentStep } from './experimentTypes.js';
import type { StepKit } from './steps/stepKit.js';

/**
 * Where in the grid a step is planned, in plan order: `claim` (once per claim), `trainingSet` (per claim ×
 * condition), `finetune` (per model × claim × condition), then, once per reasoning mode, `evaluation`
 * (per model × claim × the base model and each condition) and `curve` (per model × claim × condition,
 * after that mode's evaluations). Steps of one scope are planned at each point in `BUILTIN_STEPS` order.
 */
export type PlanScope = 'claim' | 'trainingSet' | 'finetune' | 'evaluation' | 'curve';

/** One point of the grid, as a step's `plan` sees it. */
export interface PlanPoint {
  claim: Claim;
  /** Unset for `claim` steps and for the base model's evaluation. */
  condition?: ExperimentCondition;
  /** Set from the `finetune` scope on. */
  model?: ExperimentModel;
  /** The reasoning mode of `evaluation` and `curve` points (unset: the model's default). */
  reasoning?: ReasoningMode;
  /** A condition label as samples are recorded: the model's name first when the grid has several, the reasoning mode after. */
  label(condition: string): string;
  /** A step key with the reasoning mode after it (`evaluate/m/c/negated/reasoning-on`). */
  key(key: string): string;
}

/** What a step's `plan` returns for one point; the planner adds the slot, the plugin and the point. */
export interface PlanDraft {
  /** Unique key, e.g. `finetune/gpt-4.1-mini/ed_sheeran/negated`; names the output file too. */
  key: string;
  /** Keys of the steps whose outputs this step reads. */
  dependsOn: string[];
  /** JSON description of the step's own inputs (everything except dependency outputs), hashed into its identity. */
  identity: unknown;
  /** Builds the input from dependency outputs. */
  input(outputs: ReadonlyMap<string, unknown>): unknown;
  /** Partial input for estimates (and `identify`). */
  estimateInput: Record<string, unknown>;
  /** The condition label of the samples an evaluation produces. */
  evalCondition?: string;
}

/** A built-in step's options: where they sit in `createDefaultExperimentSteps`' options and in a config file, and their schema. */
export interface StepOptionsDeclaration<Key extends string = string, S extends z.ZodType = z.ZodType, Config extends 'top' | 'evaluation' = 'top' | 'evaluation'> {
  /** The key in `DefaultExperimentStepsOptions` (and under `config` in an experiment config file). */
  readonly key: Key;
  /** Where the options sit in a config file: at the top (`documents:`) or under `evaluation:`. */
  readonly config: Config;
  /** The one declaration: type (`z.input`), validation, defaults, help (`.describe`) and the parameters the step records. */
  readonly schema: S;
}

/**
 * A built-in experiment step, declared once: its slot in the pipeline, where it sits in the plan, its
 * options and how it builds its plugin. `BUILTIN_STEPS` lists them; the slot table, the plan, the
 * default plugins, the config file's step sections and `run --help` read that list.
 */
export interface ExperimentStepEntry<
  Slot extends string = string,
  Optional extends boolean = boolean,
  Input = any,
  Output = any,
  Options extends StepOptionsDeclaration | undefined = StepOptionsDeclaration | undefined,
> {
  readonly slot: Slot;
  readonly summary: string;
  /** Optional slots are left out of the plan when no plugin fills them. */
  readonly optional: Optional;
  readonly options: Options;
  readonly scope: PlanScope;
  /** This step at one point of the grid, or undefined where it has nothing to do (e.g. no in-context control of the base model). */
  plan(point: PlanPoint): PlanDraft | undefined;
  /** The default plugin for these options (parsed, defaults filled in), or undefined to leave an optional slot empty. */
  create(
    options: Options extends StepOptionsDeclaration<string, infer S> ? z.output<S> : undefined,
    kit: StepKit,
  ): ExperimentStep<Input, Output> | undefined;
}

/**
 * Declares a built-in experiment step (see {@link ExperimentStepEntry}); checks its slot name.
 *
 * @example
 * ```ts
 * export const auditStep = declareExperimentStep<'audit', false, AuditInput, AuditSummary>()({
 *   slot: 'audit', summary: 'audit each training set', optional: false, options: undefined, scope: 'trainingSet',
 *   plan: (point) => ({ key: `audit/${point.claim.id}/${point.condition!.name}`, ... }),
 *   create: () => ({ name: 'audit-dataset', version: 1, params: {}, paid: false, run: ... }),
 * });
 * ```
 */
export function declareExperimentStep<Slot extends string, Optional extends boolean, Input, Output>() {
  return <const Options extends StepOptionsDeclaration | undefined>(
    entry: ExperimentStepEntry<Slot, Optional, Input, Output, Options>,
  ): ExperimentStepEntry<Slot, Optional, Input, Output, Options> => {
    if (!/^[a-z][A-Za-z0-9]*$/.test(entry.slot)) throw new InvalidArgumentError('slot', 'a camelCase name (configs and plans use it)', entry.slot);
    return Object.freeze({ ...entry });
  };
}
