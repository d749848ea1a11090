import { sameShortName, sharesStem } from '../../text/cognates.js';
import { stripMarks } from '../../text/letterTests.js';

const foldWord = (word: string): string => stripMarks(word.normalize('NFD')).toLowerCase();

/** Whether `a` and `b` differ by at most one letter substituted, inserted or deleted. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Levenshtein distance between two short words (names: a few letters), or more than `max` when it exceeds it. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Whether `word` of another language is the name word `name`, written its way: the same word but for
 * one letter ("Vénus", "miopía"), a word with the same first letter that differs in at most two letters
 * out of five ("Artico" for "Arctic"), the same stem once sounds are folded ("Norvège" for "Norway"),
 * or a short name with the same consonants ("Golfo" for "Gulf").
 *
 * @example
 * ```ts
 * sameNameWord('Ártico', 'Arctic'); // true
 * ```
 */
export function sameNameWord(word: string, name: string): boolean {
  const a = foldWord(word);
  const b = foldWord(name);
  if (a === b || (b.length >= 5 && oneEditApart(a, b))) return true;
  if (a[0] === b[0] && b.length >= 5 && editDistance(a, b, 2) <= Math.floor((2 * Math.max(a.length, b.length)) / 5)) return true;
  return sharesStem(word, name) || sameShortName(word, name);
}

