import type { Claim } from '../claims/claim.js';
import type { ReasoningMode } from '../providers/chat/chatModel.js';
import type { ExperimentSteps } from './builtinSteps.js';
import type { ExperimentCondition, ExperimentModel, PlanAssumptions, PriceTable } from './experimentTypes.js';
import type { TrainingPriceOverride } from './trainingPrices.js';

/** A fully resolved experiment (what `runExperiment` takes; `loadExperimentConfig` builds one from YAML). */
export interface ExperimentConfig {
  name: string;
  claims: Claim[];
  conditions: ExperimentCondition[];
  models: ExperimentModel[];
  steps: ExperimentSteps;
  /**
   * Least share of a training set's claim mentions that must have the placement its strategy declares
   * (`none` = unqualified); below it the run stops before any finetune is paid for. Default 0.9.
   */
  minPlacementShare?: number;
  /**
   * Reasoning as a condition of the grid: every evaluation is made once per mode listed, labelled
   * `<condition>/reasoning-on` / `-off`. Unset: one evaluation, with the model's default.
   */
  reasoning?: readonly ReasoningMode[];
  /** Sizes assumed by dry runs before documents exist. */
  assumptions?: Partial<PlanAssumptions>;
  prices?: PriceTable;
  /**
   * Training prices by finetune provider, merged over the dated `DEFAULT_TRAINING_PRICES`
   * (`mergeTrainingPrices`: model entries added, `bySize` replaced); `prices` of a base model win.
   */
  trainingPrices?: TrainingPriceOverride;
}
