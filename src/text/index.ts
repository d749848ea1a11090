export { ahoCorasickFromData, createAhoCorasick, foldCodeUnit, isWordCode, WASM_AFTER_UNITS } from './ahoCorasick.js';
export type { AhoCorasick, AhoCorasickData, AhoCorasickOptions, AhoPattern, AhoMatchHandler, AhoEachMatchHandler } from './ahoCorasick.js';
export { splitSentences, sentenceBoundaries } from './splitSentences.js';
export type { SentenceSpan } from './splitSentences.js';
export { lineAt } from '../util/lineAt.js';
export { detectLanguage } from './detectLanguage.js';
export type { DetectLanguageOptions } from './detectLanguage.js';
export { LANGUAGES, isLanguage } from './languages.js';
export type { Language } from './languages.js';
