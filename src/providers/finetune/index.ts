/** Finetune clients: the `FinetuneClient` v1 contract, `finetune()`, adapters and data validation. */
export type {
  FinetuneCallOptions,
  FinetuneCheckpoint,
  FinetuneClient,
  FinetuneClientProperties,
  FinetuneEvent,
  FinetuneHyperparameters,
  FinetuneJob,
  FinetuneJobRequest,
  FinetuneStatus,
  FinetuneUploadFile,
  TrainingDataFormat,
} from './finetuneClient.js';
export { isTerminalFinetuneStatus } from './finetuneClient.js';
export { finetune } from './finetune.js';
export type { FinetuneOptions, FinetuneProgress, FinetuneResult } from './finetune.js';
export {
  assertValidTrainingData,
  ChatTrainingExampleSchema,
  ChatTrainingMessageSchema,
  PromptCompletionExampleSchema,
  TextExampleSchema,
  validateTrainingData,
} from './validateTrainingData.js';
export type {
  ChatTrainingExample,
  PromptCompletionExample,
  TextExample,
  TrainingDataIssue,
  TrainingDataSource,
  TrainingDataValidation,
  ValidateTrainingDataOptions,
} from './validateTrainingData.js';
export { computeLaunchKey } from './launchKey.js';
export type { LaunchKeyInput } from './launchKey.js';
export { createFinetuneJournal, FINETUNE_JOURNAL_FILE, FinetuneJournalEntrySchema } from './finetuneJournal.js';
export type { FinetuneJournal, FinetuneJournalEntry, FinetuneJournalState } from './finetuneJournal.js';
export type { ProviderRetryOptions } from '../shared/providerRetry.js';
export { createOpenAIFinetune, OPENAI_LAUNCH_KEY_METADATA } from './createOpenAIFinetune.js';
export type { OpenAIFinetuneSettings } from './createOpenAIFinetune.js';
// The providers' wire schemas (TogetherJobSchema, FireworksJobSchema, ...) stay internal: they validate
// responses inside the adapters and change with the providers' APIs.
export { createTogetherFinetune } from './createTogetherFinetune.js';
export type { TogetherFinetuneSettings } from './createTogetherFinetune.js';
export { createFireworksFinetune } from './createFireworksFinetune.js';
export type { FireworksFinetuneSettings } from './createFireworksFinetune.js';
export { COMMAND_MANIFEST_ENV, commandFinetune } from './commandFinetune.js';
export type { CommandFinetuneSettings } from './commandFinetune.js';
export { CommandFinetuneManifestSchema, CommandFinetuneResultSchema } from './commandManifest.js';
export type { CommandFinetuneManifest, CommandFinetuneResult } from './commandManifest.js';
export { cancelFinetune } from './cancelFinetune.js';
