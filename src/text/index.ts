export { createAhoCorasick, foldCodeUnit, isWordCode, WASM_AFTER_UNITS } from './ahoCorasick.js';
export type { AhoCorasick, AhoCorasickOptions, AhoPattern, AhoMatchHandler } from './ahoCorasick.js';
export { splitSentences, sentenceBoundaries } from './splitSentences.js';
export type { SentenceSpan } from './splitSentences.js';
export { lineAt } from './lineAt.js';
