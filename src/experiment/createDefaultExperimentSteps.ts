import type { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { parseOptions } from '../util/optionSchema.js';
import { BUILTIN_STEPS, type ExperimentSteps, type StepOptionFields } from './builtinSteps.js';
import type { documentsStep } from './steps/documentsStep.js';
import { createStepKit, type SharedStepOptions } from './steps/stepKit.js';
import { trainingDataStep, trainingMixEstimator } from './steps/trainingDataStep.js';

/**
 * Options of {@link createDefaultExperimentSteps}: what the steps share (the judge, the question sets,
 * `samplesPerQuestion`, `sampling`, ...) and each step's own options under its key (`documents`,
 * `trainingData`, `inContext`, `inContextSweep`, `checkpoints`), as its schema declares them.
 */
export type DefaultExperimentStepsOptions = SharedStepOptions & { [K in keyof StepOptionFields<'top' | 'evaluation'>]?: z.input<StepOptionFields<'top' | 'evaluation'>[K]> };

/**
 * The built-in step plugins, wired to this SDK's functions: `templateDocuments`/`generateDocuments`,
 * `applyStrategy`, `auditDataset`, `toTrainingRecords`, `finetune`, `evaluateBelief` with an LLM
 * judge, and the in-context solver. Each step's options are checked with its schema (errors name the
 * option, e.g. `checkpoints`), defaults filled in; each plugin declares the parameters that shape its output.
 *
 * @example
 * ```ts
 * const steps = createDefaultExperimentSteps({
 *   documents: { generator: 'template', count: 40, seed: 1 },
 *   trainingData: { format: 'openai-chat' },
 *   judge: openai('gpt-4.1-mini'),
 *   questionSets: (claim) => loadQuestionSets(`claims/${claim.id}`),
 *   samplesPerQuestion: 5,
 *   inContext: { documents: 3 },
 * });
 * ```
 */
export function createDefaultExperimentSteps(options: DefaultExperimentStepsOptions): ExperimentSteps {
  if (!options || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const parsed = new Map<string, unknown>();
  for (const step of BUILTIN_STEPS) {
    if (step.options) parsed.set(step.options.key, parseOptions(step.options.schema, (options as unknown as Record<string, unknown>)[step.options.key], { path: step.options.key }));
  }
  const documents = parsed.get('documents') as z.output<typeof documentsStep.options.schema>;
  const trainingData = parsed.get('trainingData') as z.output<typeof trainingDataStep.options.schema>;
  const kit = createStepKit(options, { strategySeed: options.strategySeed ?? documents.seed, trainingMix: trainingMixEstimator(trainingData.mix) });
  const steps: Record<string, unknown> = {};
  for (const step of BUILTIN_STEPS) {
    const plugin = (step.create as (options: unknown, k: typeof kit) => unknown)(step.options ? parsed.get(step.options.key) : undefined, kit);
    if (plugin) steps[step.slot] = plugin;
  }
  return steps as unknown as ExperimentSteps;
}
