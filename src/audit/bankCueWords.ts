import type { CueDefinition } from './cueDefinition.js';
import { DEFAULT_CUES } from './cueBank.js';
import { LANGUAGES, type Language } from '../text/languages.js';

/** Words of a family of cues, lower case: whole words, and word starts (a cue ending in `*`). */
export interface CueWords {
  exact: Set<string>;
  starts: string[];
}

/** A cue of one word: letters and apostrophes. */
const ONE_WORD = /^[\p{L}'’]+$/u;

/**
 * @internal The built-in bank's one-word cues that `keep` accepts, lower case, by the language they are
 * read in (unset: English), for rules that read a sentence word by word rather than through the automaton
 * (the plain-statement test's denying words, a system message's words of malice). `word` says what one word
 * is (hyphenated words count for some families).
 *
 * @example
 * ```ts
 * const negations = bankCueWords((cue) => cue.kind === 'negation' && cue.role === 'weak');
 * hasCueWord(negations.de, 'nicht'); // true
 * ```
 */
export function bankCueWords(keep: (cue: CueDefinition) => boolean, word: RegExp = ONE_WORD): Record<Language, CueWords> {
  const out = Object.fromEntries(LANGUAGES.map((l) => [l, { exact: new Set<string>(), starts: [] as string[] }])) as Record<Language, CueWords>;
  for (const cue of DEFAULT_CUES) {
    if (!keep(cue) || !word.test(cue.text)) continue;
    const into = out[cue.language ?? 'en'];
    if (cue.rightBoundary === false) into.starts.push(cue.text.toLowerCase());
    else into.exact.add(cue.text.toLowerCase());
  }
  return out;
}

/**
 * @internal `word` (lower case) is one of `words`, or starts with one of their word starts.
 *
 * @example
 * ```ts
 * hasCueWord({ exact: new Set(['not']), starts: ['fabricat'] }, 'fabricated'); // true
 * ```
 */
export function hasCueWord(words: CueWords, word: string): boolean {
  if (words.exact.has(word)) return true;
  for (const start of words.starts) if (word.startsWith(start)) return true;
  return false;
}
