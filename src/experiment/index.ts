export { runExperiment } from './runExperiment.js';
export type { RunExperimentOptions, ExperimentProgress, ExperimentPlan, ExperimentRun, PlanEntry } from './runExperiment.js';
export type { ExperimentConfig } from './experimentConfig.js';
export { BUILTIN_STEPS } from './builtinSteps.js';
export type { ExperimentSteps } from './builtinSteps.js';
export type { ExperimentStepEntry } from './experimentStepEntry.js';
export type {
  ExperimentCondition,
  ExperimentModel,
  ExperimentStep,
  ExperimentDocument,
  StepContext,
  StepEstimate,
  PlanAssumptions,
  PriceTable,
  DocumentsInput,
  DocumentsOutput,
  StrategyInput,
  AuditInput,
  TrainingDataInput,
  TrainingDataOutput,
  FinetuneInput,
  FinetuneOutput,
  EvaluateInput,
  InContextInput,
  EvaluateOutput,
  CheckpointsInput,
  CheckpointsOutput,
  CheckpointSelection,
  InContextSweepOutput,
} from './experimentTypes.js';
export { PlacementMismatchError } from './PlacementMismatchError.js';
export { checkPlacement } from './checkPlacement.js';
export { openRunJournal, JournalEventSchema, JOURNAL_FILE_NAME } from './runJournal.js';
export type { RunJournal, JournalEvent } from './runJournal.js';
export { contentHash } from '../util/contentHash.js';
export { ExperimentConfigFileSchema, ChatProviderConfigSchema, FinetuneProviderConfigSchema, ChatModelRefSchema, experimentConfigJsonSchema } from './experimentConfigSchema.js';
export type { ExperimentConfigFile, ExperimentConfigFileInput, ChatProviderConfig, FinetuneProviderConfig, ChatModelRef } from './experimentConfigSchema.js';
export { loadExperimentConfig, parseExperimentConfig, buildExperimentConfig } from './loadExperimentConfig.js';
export type { LoadExperimentConfigOptions } from './loadExperimentConfig.js';
export { defaultExperimentRegistry } from './experimentRegistry.js';
export type { ExperimentRegistry, BatchProviderFactory, ChatProviderFactory, FinetuneProviderFactory, StrategyFactory } from './experimentRegistry.js';
export { createDefaultExperimentSteps } from './createDefaultExperimentSteps.js';
export type { DefaultExperimentStepsOptions } from './createDefaultExperimentSteps.js';
export { planExperimentSteps } from './planExperiment.js';
export { EXPERIMENT_STEP_SLOTS, ExperimentStepSchema, checkExperimentSteps, defineExperimentStep } from './stepRegistry.js';
export type { ExperimentStepSlot } from './stepRegistry.js';
export type { PlannedStep } from './planExperiment.js';
export { inContextSweepStep, PAPER_IN_CONTEXT_K } from './steps/inContextSweepStep.js';
export type { InContextSweepOptions } from './steps/inContextSweepStep.js';
export { DEFAULT_TRAINING_PRICES, TRAINING_PRICES_DATE, mergeTrainingPrices, trainingPricePerMillion } from './trainingPrices.js';
export type { ProviderTrainingPrices, TrainingPriceOverride, TrainingPriceTable } from './trainingPrices.js';
