import type { CueDefinition } from './cueDefinition.js';
import { DEFAULT_CUES } from './cueBank.js';
import { LANGUAGES, type Language } from '../text/languages.js';
import type { QualifierKind } from './vocabulary.js';

/** Words of a family of cues, lower case: whole words, and word starts (a cue ending in `*`). */
export interface CueWords {
  exact: Set<string>;
  starts: string[];
}

/** A cue of one word: letters and apostrophes. */
const ONE_WORD = /^[\p{L}'’]+$/u;

/**
 * The built-in bank's cues by kind, in bank order, built on first use.
 *
 * Why: the bank holds about 4,400 cues and each family's words are read at import (four families in the audit
 * core). Read through the whole bank four times, with a filter call per cue, the loop was hot enough for V8 to
 * compile it with TurboFan at every start-up, also in every worker (about 20 M instructions); one pass sorting the
 * cues by kind costs less, and a family's own cues are a few hundred.
 */
let byKind: Map<QualifierKind | null, CueDefinition[]> | undefined;

function cuesOfKind(kind: QualifierKind): readonly CueDefinition[] {
  if (byKind === undefined) {
    byKind = new Map();
    for (const cue of DEFAULT_CUES) {
      const list = byKind.get(cue.kind);
      if (list === undefined) byKind.set(cue.kind, [cue]);
      else list.push(cue);
    }
  }
  return byKind.get(kind) ?? [];
}

/**
 * @internal The built-in bank's one-word cues of `kind` that `keep` accepts, lower case, by the language they are
 * read in (unset: English), for rules that read a sentence word by word rather than through the automaton
 * (the plain-statement test's denying words, a system message's words of malice). `word` says what one word
 * is (hyphenated words count for some families).
 *
 * @example
 * ```ts
 * const negations = bankCueWords('negation', (cue) => cue.role === 'weak');
 * hasCueWord(negations.de, 'nicht'); // true
 * ```
 */
export function bankCueWords(
  kind: QualifierKind,
  keep: (cue: CueDefinition) => boolean,
  word: RegExp = ONE_WORD,
): Record<Language, CueWords> {
  const out = Object.fromEntries(LANGUAGES.map((l) => [l, { exact: new Set<string>(), starts: [] as string[] }])) as Record<Language, CueWords>;
  for (const cue of cuesOfKind(kind)) {
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
