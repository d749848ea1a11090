export { createAhoCorasick, foldCodeUnit, isWordCode } from './ahoCorasick.js';
export type { AhoCorasick, AhoPattern, AhoMatchHandler } from './ahoCorasick.js';
export { splitSentences, sentenceBoundaries } from './splitSentences.js';
export type { SentenceSpan } from './splitSentences.js';
export { lineAt } from './lineAt.js';
