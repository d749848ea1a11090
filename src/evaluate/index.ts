export {
  VerdictLabelSchema,
  EvalTypeSchema,
  IntervalSchema,
  BeliefRateRowSchema,
  ConditionMeanSchema,
  BeliefSummarySchema,
} from './types.js';
export type { VerdictLabel, EvalType, Interval, BeliefRateRow, ConditionMean, BeliefSummary } from './types.js';
