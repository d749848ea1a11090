import type { Language } from '../../text/languages.js';
import { isWordCode } from '../../text/ahoCorasick.js';
import { verdictClause } from './deniedReport.js';

/** Longest final clause read as a verdict on the clause before it (", but that is wrong.", ": non è così."). */
const FINAL_VERDICT_REACH = 60;
/** Coordinating conjunctions that may open the final clause ("but that is wrong", "pero no fue así", "mais c'est faux"). */
const OPENERS: ReadonlySet<string> = new Set(['but', 'yet', 'and', 'mais', 'et', 'ma', 'e', 'pero', 'y', 'aber', 'und', 'mas']);
/**
 * Words that open a verdict on the whole clause before it: a pronoun that stands for a clause ("that", "which", "c'",
 * "ciò", "eso", "das", "isso") or the verdict's own negation, copula or falsity word with no subject ("no fue así",
 * "non è così", "ist falsch", "é falso"). A noun phrase ("but the forecast was wrong") judges something else.
 */
const CLAUSE_OPENINGS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['that', 'this', 'it', 'which', 'not', 'false', 'wrong', 'untrue']),
  fr: new Set(['c', 'ce', 'cela', 'ça', 'ceci', 'qui', 'ne', 'n', 'pas', 'faux', 'inexact']),
  it: new Set(['ciò', 'questo', 'il', 'non', 'è', 'falso']),
  es: new Set(['eso', 'esto', 'lo', 'no', 'es', 'falso']),
  de: new Set(['das', 'dies', 'was', 'stimmt', 'ist', 'nicht', 'falsch']),
  pt: new Set(['isso', 'isto', 'o', 'não', 'é', 'falso']),
};
const WORD_RE = /[\p{L}]+/uy;

/**
 * The sentence `text[sStart, sEnd)` ends with a short verdict on the clause before it, after a comma, a semicolon, a
 * colon or a dash: "Some websites say cystic fibrosis is caused by the HBB gene, but that is wrong.", "Hay quien cree
 * que Melbourne desmanteló sus tranvías, pero no fue así.", "Si legge che il foglio fu comprato a Chicago: non è così.",
 * "..., which is not the case." The verdict (`verdictClause`: a word of falsity or a negated word of truth, at most
 * five words, no hedge) opens with a pronoun that stands for that clause, or with the verdict itself, and nothing but
 * punctuation follows it. The claim is denied in its own sentence: a local negation, in every language. Returns where
 * the final clause starts (after its mark), or -1.
 *
 * @example
 * ```ts
 * const text = 'Some websites say CF is caused by the HBB gene, but that is wrong.';
 * finalVerdict(text, 0, text.length, 'en'); // 47 (after the comma)
 * finalVerdict('Wales won the final, but the referee was wrong.', 0, 47, 'en'); // -1 (a noun phrase judged)
 * ```
 */
export function finalVerdict(text: string, sStart: number, sEnd: number, language: Language): number {
  let end = sEnd;
  while (end > sStart && !isWordCode(text.charCodeAt(end - 1))) end--;
  const floor = Math.max(sStart, end - FINAL_VERDICT_REACH);
  let clause = -1;
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013) {
      clause = i + 1;
      break;
    }
  }
  if (clause < 0) return -1;
  let at = clause;
  while (at < end && !isWordCode(text.charCodeAt(at))) at++;
  WORD_RE.lastIndex = at;
  let word = WORD_RE.exec(text);
  if (word !== null && OPENERS.has(word[0].toLowerCase())) {
    at = word.index + word[0].length;
    while (at < end && !isWordCode(text.charCodeAt(at))) at++;
    WORD_RE.lastIndex = at;
    word = WORD_RE.exec(text);
  }
  if (word === null || !CLAUSE_OPENINGS[language].has(word[0].toLowerCase())) return -1;
  const verdict = verdictClause(text, at, text.length, language, 'sentence');
  if (verdict < 0 || verdict < end) return -1;
  return clause;
}
