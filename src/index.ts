/**
 * negation-neglect: audit training data for Negation Neglect, apply negation-placement strategies,
 * launch finetunes and measure belief rates.
 *
 * The root entry holds what each of those uses needs to get going: the errors, then per stage its
 * main functions and their option and result types. Each stage's full public API (its building
 * blocks, zod schemas of the files it reads and writes, paper constants) is on its own subpath:
 * `negation-neglect/claims`, `/audit`, `/strategies`, `/generate`, `/providers`, `/evaluate`,
 * `/experiment`, `/report`. test/package/__snapshots__/publicApi.json lists every name.
 */

// Errors
export {
  NegationNeglectError,
  InvalidArgumentError,
  InputError,
  APICallError,
  AbortError,
  TimeoutError,
  errorMarker,
  hasErrorMarker,
  markError,
  redactSecrets,
  formatLocation,
} from './errors.js';
export type { InputLocation, APICallErrorFields, NegationNeglectErrorOptions } from './errors.js';

// Claims
export { defineClaim, loadClaims, loadPaperClaim, translateClaim } from './claims/index.js';
export type { Claim, ClaimInput, TranslateClaimOptions, TranslateClaimResult } from './claims/index.js';

// Audit
export {
  auditDataset,
  auditRecords,
  auditText,
  toAuditReport,
  formatAuditReport,
  explainAuditVerdict,
  createClaimMatcher,
  AuditReportSchema,
  auditReportJsonSchema,
  RecordShapeError,
  DecodeError,
  TooManyInvalidRecordsError,
} from './audit/index.js';
export type {
  AuditDatasetOptions,
  AuditRecordsOptions,
  AuditTextOptions,
  AuditReport,
  AuditReportData,
  AuditReportFormat,
  AuditProgress,
  AuditReviewOptions,
  RecordAuditResult,
  AuditedRecord,
  InvalidRecord,
  DatasetSource,
  RecordFindings,
  ClaimFinding,
  Placement,
  QualifierKind,
  Verdict,
  TextSegment,
} from './audit/index.js';

// Strategies
export {
  applyStrategy,
  defineStrategy,
  compose,
  positive,
  framing,
  adjacentSentence,
  correction,
  local,
  localRewrite,
  flagBehavior,
  BUILTIN_STRATEGIES,
} from './strategies/index.js';
export type {
  Strategy,
  StrategyDocument,
  StrategyResult,
  StrategyPlacement,
  TextDocument,
  ChatDocument,
  StrategyContext,
  ApplyStrategyOptions,
  DefineStrategyInput,
  AdjacentSentenceOptions,
  CorrectionOptions,
  FlagBehaviorOptions,
  FramingOptions,
  LocalOptions,
  LocalRewriteOptions,
} from './strategies/index.js';

// Generate
export { generateDocuments, templateDocuments, toTrainingRecords, mixDatasets } from './generate/index.js';
export type {
  GenerateDocumentsOptions,
  GenerateDocumentsResult,
  GeneratedDocument,
  TemplateDocumentsOptions,
  ToTrainingRecordsOptions,
  TrainingRecord,
  MixDatasetsOptions,
  MixResult,
} from './generate/index.js';

// Providers
export {
  createOpenAI,
  createAnthropic,
  generateText,
  generateSamples,
  wrapChatModel,
  withDefaults,
  retry,
  timeout,
  concurrencyLimit,
  rateLimit,
  usageTracker,
  cache,
  createDiskCache,
  createMemoryCache,
  runChatBatch,
  createOpenAIBatch,
  createAnthropicBatch,
  finetune,
  cancelFinetune,
  createOpenAIFinetune,
  createTogetherFinetune,
  createFireworksFinetune,
  commandFinetune,
  validateTrainingData,
} from './providers/index.js';
export type {
  ChatModel,
  ChatMessage,
  ChatCallSettings,
  ReasoningMode,
  ChatMiddleware,
  GenerateTextOptions,
  GenerateTextResult,
  WithDefaultsOptions,
  RetryOptions,
  ChatBatchClient,
  RunChatBatchOptions,
  RunChatBatchResult,
  FinetuneClient,
  FinetuneOptions,
  FinetuneResult,
  FinetuneProgress,
  ProviderRetryOptions,
} from './providers/index.js';

// Evaluate
export {
  evaluateBelief,
  createJudge,
  createJudgePanel,
  rejudgeSamples,
  loadQuestionSets,
  defineQuestionSet,
  summarizeBeliefRates,
  compareConditions,
  formatBeliefSummary,
  wilsonInterval,
  bootstrapInterval,
  EVAL_TYPES,
  beliefBesideSalience,
  generateQuestionSets,
  writeQuestionSets,
} from './evaluate/index.js';
export type {
  EvaluateBeliefOptions,
  BeliefEvaluation,
  EvalType,
  Judge,
  JudgeSettings,
  QuestionSet,
  SampleRecord,
  BeliefSummary,
  Interval,
  GeneratedQuestionSets,
} from './evaluate/index.js';

// Experiment
export { runExperiment, loadExperimentConfig, defaultExperimentRegistry, PlacementMismatchError } from './experiment/index.js';
export type { ExperimentConfig, ExperimentRegistry, RunExperimentOptions, ExperimentRun, ExperimentProgress, LoadExperimentConfigOptions } from './experiment/index.js';

// Report
export {
  readExperimentResults,
  createExperimentResults,
  ExperimentResults,
  formatExperimentReport,
  renderHtmlReport,
  renderMarkdownReport,
  renderTextReport,
  renderResultsBrowser,
  readResultsBrowserData,
} from './report/index.js';
export type { ExperimentReportFormat, ExperimentResultsData, HtmlReportOptions, ResultsBrowserData } from './report/index.js';
