import { NAME_PARTICLES } from '../../text/nameParticles.js';
import { placeForms } from '../../text/placeNames.js';
import { startsUpper } from '../../text/letterTests.js';

const PARTICLES = new Set(NAME_PARTICLES);

/**
 * Whether a key phrase is the end of one of the subject's names of several words: the surname a text
 * uses after the first mention ("Le Pen" of "Marine Le Pen", "Federer" of "Roger Federer"). Such a
 * phrase names the subject, so it counts as the subject, never as a key term (the name alone is no
 * mention; counted as a key term it also made the full name look like a claim term inside the name).
 * The name must be capitalised words and particles only, and the end must start with a capital and
 * not be a place the audit knows ("France" of "Tour de France" names something else).
 *
 * @example
 * ```ts
 * namesSubjectTail('Le Pen', ['Marine Le Pen']); // true
 * namesSubjectTail('France', ['Tour de France']); // false
 * namesSubjectTail('second tour', ['Marine Le Pen']); // false
 * ```
 */
export function namesSubjectTail(phrase: string, names: readonly string[]): boolean {
  const words = phrase.trim().split(/\s+/);
  if (!startsUpper(words[0] ?? '') || phrase.trim().length < 3 || placeForms(phrase.trim()) !== undefined) return false;
  return names.some((name) => {
    const own = name.trim().split(/\s+/);
    if (own.length <= words.length || !own.every((word) => startsUpper(word) || PARTICLES.has(word))) return false;
    const tail = own.slice(own.length - words.length);
    return tail.every((word, i) => word === words[i]);
  });
}
