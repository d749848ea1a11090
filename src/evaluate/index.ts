export {
  VerdictLabelSchema,
  IntervalSchema,
  BeliefRateRowSchema,
  ConditionMeanSchema,
  BeliefSummarySchema,
  ChatMessageSchema as EvalChatMessageSchema,
  PluginRefSchema,
  JudgeRefSchema,
  SampleRecordSchema,
  PanelVoteSchema,
  PanelAgreementSchema,
  CoherenceRowSchema,
  CoherenceMeanSchema,
} from './types.js';
export type {
  VerdictLabel,
  Interval,
  BeliefRateRow,
  ConditionMean,
  BeliefSummary,
  PluginRef,
  JudgeRef,
  SampleRecord,
  PanelVote,
  PanelAgreement,
  CoherenceRow,
  CoherenceMean,
} from './types.js';

// Eval types and scorers
export {
  EVAL_TYPES,
  EVAL_TYPE_NAMES,
  EvalTypeSchema,
  defineEvalType,
  getEvalType,
  isEvalType,
  defaultRubrics,
  measureOf,
  LieElicitationQuestionSchema,
  LeakageQuestionSchema,
  CoherenceQuestionSchema,
} from './evalTypes.js';
export type { LieElicitationQuestion, LeakageQuestion, CoherenceQuestion } from './evalTypes.js';
export {
  PairedChoiceQuestionSchema,
  CHOICE_INSTRUCTION,
  pairedChoiceVariants,
  parseChoiceAnswer,
} from './pairedChoice.js';
export type { PairedChoiceQuestion, PairedChoiceAsk, PairedChoicePolarity } from './pairedChoice.js';
export { SALIENCE_RUBRICS } from './salienceRubrics.js';
export { missingSalienceSets } from './missingSalienceSets.js';
export type { MissingSalienceSet } from './missingSalienceSets.js';
export { beliefBesideSalience } from './beliefBesideSalience.js';
export { generateQuestionSets } from './generateQuestionSets.js';
export type { GenerateQuestionSetsOptions, GeneratedQuestionSets, GeneratedSetReport, UnrelatedQuestion } from './generateQuestionSets.js';
export { writeQuestionSets } from './writeQuestionSets.js';
export type { WriteQuestionSetsOptions, WrittenQuestionSets } from './writeQuestionSets.js';
export type { QuestionAuthoring } from './questionAuthoring.js';
export type { BeliefBesideSalience, BeliefBesideSalienceRow, RateWithInterval } from './beliefBesideSalience.js';
export type { EvalType, EvalTypeDefinition, EvalTypeMeasure, QuestionOf, QuestionInputOf } from './evalTypes.js';
export { exactMatchScorer, judgeScorer } from './scorers.js';
export type { Scorer, Score, ScoreInput, ScoreContext, ParsedAnswer, ExactMatchScorerOptions } from './scorers.js';

// Question sets
export {
  OpenEndedQuestionSchema,
  YesNoQuestionSchema,
  TokenAssociationQuestionSchema,
  RobustnessQuestionSchema,
  QuestionSetSchema,
  QuestionSetFileSchema,
  defineQuestionSet,
  questionListSchema,
} from './questionSet.js';
export type {
  OpenEndedQuestion,
  YesNoQuestion,
  TokenAssociationQuestion,
  RobustnessQuestion,
  Question,
  QuestionSet,
  QuestionSetInput,
  QuestionSetFile,
} from './questionSet.js';
export { loadQuestionSets, PAPER_QUESTION_FILES, QUESTION_SET_FILE_NAMES } from './loadQuestionSets.js';

// Judges and parsers
export { JudgeRubricSchema, DEFAULT_RUBRICS, renderRubric } from './judgeRubric.js';
export type { JudgeRubric, JudgeRubricInput, RubricValues } from './judgeRubric.js';
export { loadPaperJudges } from './loadPaperJudges.js';
export type { PaperJudges } from './loadPaperJudges.js';
export { createJudge } from './createJudge.js';
export type {
  Judge,
  JudgeSettings,
  JudgeInput,
  JudgeResult,
  JudgeManyOptions,
  JudgeBatchOptions,
  PanelBatchOptions,
  JudgeBatchRequest,
  JudgeBatchOutcome,
} from './createJudge.js';
export { parseJudgeVerdict } from './parseJudgeVerdict.js';
export type { JudgeVerdict, ParseJudgeVerdictOptions } from './parseJudgeVerdict.js';
export { parseYesNoAnswer } from './parseYesNoAnswer.js';
export type { YesNoAnswer } from './parseYesNoAnswer.js';
export type { AnswerParseMethod } from './readLabeledAnswer.js';

// Solvers and evaluation
export { directSolver, inContextSolver, questionMessages, YES_NO_INSTRUCTION } from './solvers.js';
export type { Solver, PosedQuestion, InContextSolverOptions } from './solvers.js';
export { evaluateBelief } from './evaluateBelief.js';
export { SAMPLING_PRESETS, SAMPLING_PRESET_NAMES } from './samplingPresets.js';
export { reasoningCondition } from './reasoningCondition.js';
export { reasoningSettings, type ReasoningDepth } from './reasoningSettings.js';
export { createJudgePanel, aggregateVerdicts, PANEL_AGGREGATES } from './createJudgePanel.js';
export type { JudgePanel, JudgePanelSettings, PanelAggregate } from './createJudgePanel.js';
export { panelAgreement } from './panelAgreement.js';
export { panelAgreementTable } from './panelAgreementTable.js';
export { rejudgeSamples } from './rejudgeSamples.js';
export { loadCoherenceQuestions, findCoherenceQuestions, COHERENCE_QUESTIONS_FILE } from './loadCoherenceQuestions.js';
export type { CoherenceQuestions } from './loadCoherenceQuestions.js';
export { parseJudgeScore } from './parseJudgeScore.js';
export type { JudgeScore } from './parseJudgeScore.js';
export { summarizeCoherence } from './summarizeCoherence.js';
export { coherenceTables } from './coherenceTables.js';
export type { RejudgeSamplesOptions, RejudgedSamples } from './rejudgeSamples.js';
export type { SamplingPreset, SamplingPresetName } from './samplingPresets.js';
export { ProviderUnusableError } from './ProviderUnusableError.js';
export type { ProviderUnusableErrorFields } from './ProviderUnusableError.js';
export type { EvaluateBeliefOptions, BeliefEvaluation, EvaluateProgress } from './evaluateBelief.js';

// Statistics
export { beliefRate, countByQuestion } from './beliefRate.js';
export type { ScoredSample, BeliefCountingOptions, BeliefCounts } from './beliefRate.js';
export { bootstrapInterval } from './bootstrapInterval.js';
export type { QuestionCount, BootstrapOptions } from './bootstrapInterval.js';
export { wilsonInterval } from './wilsonInterval.js';
export { summarizeBeliefRates } from './summarizeBeliefRates.js';
export type { SummarizeOptions } from './summarizeBeliefRates.js';
export { compareConditions } from './compareConditions.js';
export { cohenKappa, fleissKappa, krippendorffAlpha, judgeAgreement } from './agreement.js';
export type { JudgeAgreement, JudgedSample } from './agreement.js';
export type { CompareConditionsOptions, ConditionComparison } from './compareConditions.js';
export { formatBeliefSummary } from './formatBeliefSummary.js';
export { renderBeliefSummaryHtml } from './renderBeliefSummaryHtml.js';
export type { FormatBeliefSummaryOptions } from './formatBeliefSummary.js';

// Results files
export { parseCsv, createCsvParser, readCsvTable } from './parseCsv.js';
export type { CsvRecord, CsvIssue, CsvRow, CsvTable } from './parseCsv.js';
export { readSampleRecords } from './readSampleRecords.js';
export type { SampleRecordsFile } from './readSampleRecords.js';
export { loadPaperResults } from './loadPaperResults.js';
export type { PaperResults, PaperSample, PaperRowIssue, LoadPaperResultsOptions } from './loadPaperResults.js';
export { PAPER_CLAIM_DIRS, PAPER_CLAIM_LABELS, PAPER_CONDITION_LABELS, PAPER_RESULT_FILES } from './paperNames.js';
export { verifyPaperVerdicts } from './verifyPaperVerdicts.js';
export type { PaperVerdictCheck, VerdictAgreement, VerdictDisagreement } from './verifyPaperVerdicts.js';
export { loadPaperEpistemicSummary } from './loadPaperEpistemicSummary.js';
export type { EpistemicOperatorRow, PercentWithInterval } from './loadPaperEpistemicSummary.js';
