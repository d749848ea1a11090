import type { Language } from '../../text/languages.js';
import type { CueDefinition } from '../cueBank.js';
import type { CueRole } from '../cueRoles.js';
import type { QualifierKind } from '../vocabulary.js';

/**
 * Cues of one kind and role in a compact notation: entries separated by `|`, a trailing `*`
 * matches a stem (`fabricat*` → fabricated, fabrication), a leading `~` drops the left word
 * boundary (`~n't` → didn't). `languages` limits them to text of those languages (false friends:
 * English "no" is Portuguese "in the").
 *
 * @example
 * ```ts
 * cueEntries('fiction', 'strong', 'fictif | fictive | inventé*');
 * cueEntries('negation', 'weak', 'no', ['es']); // Spanish "no" negates only in Spanish text
 * ```
 */
export function cueEntries(kind: QualifierKind | null, role: CueRole, entries: string, languages?: readonly Language[]): CueDefinition[] {
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
      if (languages) def.languages = languages;
      return def;
    });
}
