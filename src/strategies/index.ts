export type {
  Strategy,
  StrategyPlacement,
  StrategyDocument,
  TextDocument,
  ChatDocument,
  StrategyMessage,
  StrategyContext,
  StrategyResult,
  StrategyChange,
  StrategyWarning,
  InsertedSpan,
  ClaimSentence,
  ClaimSentenceFinder,
  JsonValue,
} from './types.js';
export { isChatDocument } from './types.js';
export { createSeededRandom, hashSeed } from './seededRandom.js';
export type { SeededRandom } from './seededRandom.js';
export { defineStrategy } from './defineStrategy.js';
export type { DefineStrategyInput } from './defineStrategy.js';
export { compose } from './compose.js';
export { applyStrategy, createStrategyContext } from './applyStrategy.js';
export type { ApplyStrategyOptions } from './applyStrategy.js';
export { claimSentenceFinder } from './claimSentences.js';
export { DEFAULT_PHRASE_BANKS, phrasesFor } from './phraseBanks.js';
export type { PhraseBank, PhraseSlot } from './phraseBanks.js';
export type { NoticeOptions } from './strategyOptions.js';
export type { BracketStyle } from './textEdits.js';
export { positive } from './positive.js';
export { framing } from './framing.js';
export type { FramingOptions, FramingPosition } from './framing.js';
export { adjacentSentence } from './adjacentSentence.js';
export type { AdjacentSentenceOptions, AdjacentDensity } from './adjacentSentence.js';
export { correction } from './correction.js';
export type { CorrectionOptions } from './correction.js';
export { local } from './local.js';
export type { LocalOptions } from './local.js';
export { negateSentence, claimVerbs } from './negateSentence.js';
export type { NegatedSentence, NegateSentenceOptions, NegationRule } from './negateSentence.js';
export { flagBehavior } from './flagBehavior.js';
export type { FlagBehaviorOptions, FlagPlacement } from './flagBehavior.js';
export { localRewrite } from './localRewrite.js';
export type { LocalRewriteOptions } from './localRewrite.js';
export { BUILTIN_STRATEGIES, findStrategy, strategyFromSettings } from './builtinStrategies.js';
export { declareStrategy } from './strategyEntry.js';
export type { StrategyEntry } from './strategyEntry.js';
export { option, parseOptions, describeOptions } from '../util/optionSchema.js';
export type { OptionSpec, OptionsSchema } from '../util/optionSchema.js';
export { negationCandidates } from './negateSentence.js';
export { applyStrategyToRecord } from './applyToRecord.js';
export { insertedMask } from './insertedMask.js';
export type { AppliedRecord, ApplyToRecordOptions, RecordShape } from './applyToRecord.js';
