export { runExperiment } from './runExperiment.js';
export type { RunExperimentOptions, ExperimentProgress, ExperimentPlan, ExperimentRun, PlanEntry } from './runExperiment.js';
export type {
  ExperimentConfig,
  ExperimentCondition,
  ExperimentModel,
  ExperimentStep,
  ExperimentSteps,
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
} from './experimentTypes.js';
export { PlacementMismatchError } from './PlacementMismatchError.js';
export { checkPlacement } from './checkPlacement.js';
export { openRunJournal, JournalEventSchema, JOURNAL_FILE_NAME } from './runJournal.js';
export type { RunJournal, JournalEvent } from './runJournal.js';
export { contentHash } from './contentHash.js';
