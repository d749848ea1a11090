import type { Language } from '../../text/languages.js';
import type { CueDefinition } from '../cueDefinition.js';
import type { CueRole } from '../cueRoles.js';
import type { QualifierKind } from '../vocabulary.js';

/**
 * Cues of one kind and role in a compact notation: entries separated by `|`, a trailing `*`
 * matches a stem (`fabricat*` → fabricated, fabrication), a leading `~` drops the left word
 * boundary (`~n't` → didn't). `language` limits them to text of that language (false friends:
 * English "no" is Portuguese "in the").
 *
 * @example
 * ```ts
 * cueEntries('fiction', 'strong', 'fictif | fictive | inventé*');
 * cueEntries('negation', 'determiner', 'no', 'en'); // English "no" counts only in English text
 * ```
 */
export function cueEntries(kind: QualifierKind | null, role: CueRole, entries: string, language?: Language): CueDefinition[] {
  return entries
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      let text = entry;
      const def: CueDefinition = { text, kind, role };
      if (text.startsWith('~')) {
        text = text.slice(1);
        def.leftBoundary = false;
      }
      if (text.endsWith('*')) {
        text = text.slice(0, -1);
        def.rightBoundary = false;
      }
      def.text = text;
      if (language) def.language = language;
      return def;
    });
}

/**
 * The cues of one language's bank, each limited to text of that language.
 *
 * @example
 * ```ts
 * export const FRENCH_CUES = languageCues('fr', [...cueEntries('fiction', 'strong', 'fictif | fictive')]);
 * ```
 */
export function languageCues(language: Language, cues: readonly CueDefinition[]): CueDefinition[] {
  return cues.map((cue) => ({ ...cue, language }));
}

/**
 * Pointers made of what a text calls itself and where it points ("texto seguinte", "article
 * ci-dessous"): every noun with every position word, in the order of the language.
 *
 * @example
 * ```ts
 * nounPointers('texto artigo', 'seguinte abaixo'); // 'texto seguinte | texto abaixo | artigo seguinte | artigo abaixo'
 * nounPointers('Text Artikel', 'obige', true); // 'obige Text | obige Artikel'
 * nounPointers('line bit', ['the next', 'the following'], true); // 'the next line | the following line | the next bit | ...'
 * ```
 */
export function nounPointers(nouns: string, positions: string | readonly string[], positionFirst = false): string {
  const split = (words: string) => words.split(/\s+/).filter(Boolean);
  const places = typeof positions === 'string' ? split(positions) : positions;
  return split(nouns)
    .flatMap((noun) => places.map((position) => (positionFirst ? `${position} ${noun}` : `${noun} ${position}`)))
    .join(' | ');
}
