import type { Language } from '../text/languages.js';
import type { CueRole } from './cueRoles.js';
import type { QualifierKind } from './vocabulary.js';

/** One cue of the bank. `kind` is null for pointers/deixis (they qualify nothing on their own). */
export interface CueDefinition {
  text: string;
  kind: QualifierKind | null;
  role: CueRole;
  leftBoundary?: boolean;
  rightBoundary?: boolean;
  /**
   * Only in text of this language (the segment's detected language; unset: in every text). Cues of
   * French, Italian, Spanish, German and Portuguese are looked for only in segments of their
   * language, by a small automaton of their own, so English text pays nothing for them; an English
   * cue with `language: 'en'` (the false friend "no", which is Portuguese "in the" and Spanish
   * "not") counts only in segments that are not in another of the six languages.
   */
  language?: Language;
  /**
   * A predicate negation that may follow what it negates in its clause (German verb-final clauses:
   * "Der Vesuv ist 2015 nicht ausgebrochen"): it counts for claim terms anywhere in its clause,
   * not only after it.
   */
  clauseScope?: boolean;
  /**
   * A negating preposition ("senza", "sans", "sin", "sem", "ohne": "without") negates only its object, the
   * words right after it ("senza alcuna eruzione"), never the rest of its clause, even where it opens the
   * clause ("Senza casco si paga una multa" negates the helmet, not the fine). Only for role `determiner`.
   */
  objectScope?: boolean;
}
