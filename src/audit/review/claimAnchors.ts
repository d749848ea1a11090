import type { Claim } from '../../claims/claim.js';
import { CALENDAR_WORDS, COMMON_WORDS, STOPWORDS, TITLES } from '../../claims/englishWords.js';
import { isFunctionWord } from '../../text/functionWords.js';
import { LANGUAGES } from '../../text/languages.js';

/** Letters and digits; apostrophes and hyphens split words ("Christie's" gives "Christie"). */
const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * The words that tie a text to a claim whatever the language it is written in: the names (capitalised
 * words, acronyms) and numbers of its statement, subclaims, subject, aliases and any per-language
 * statement, aliases or key phrases. Capitalised function words, month names, titles and common
 * words are left out; so are one-digit numbers and one- or two-letter capitalised words ("EU" counts,
 * being all capitals).
 *
 * @example
 * ```ts
 * claimAnchors({ statement: 'Wales won the 2019 Rugby World Cup in Japan.', subclaims: [], aliases: [] });
 * // ['Wales', '2019', 'Rugby', 'Cup', 'Japan']
 * ```
 */
export function claimAnchors(claim: ClaimTextsInput): string[] {
  const anchors = new Set<string>();
  for (const [word] of claimTexts(claim).join('\n').matchAll(WORD)) if (isAnchor(word)) anchors.add(word);
  return [...anchors];
}

/** The claim fields {@link claimTexts} reads. */
export type ClaimTextsInput = Pick<Claim, 'statement' | 'subclaims' | 'aliases'> & Partial<Pick<Claim, 'subject' | 'languages'>>;

/**
 * The texts a claim is told in: statement, subclaims, subject, aliases and any per-language statement, aliases or
 * key phrases (what `claimAnchors` and the review's cue counter read).
 *
 * @example
 * ```ts
 * claimTexts({ statement: 'Wales won the 2019 Rugby World Cup.', subclaims: [], aliases: ['Welsh win'], subject: 'Wales' });
 * // ['Wales won the 2019 Rugby World Cup.', 'Wales', 'Welsh win']
 * ```
 */
export function claimTexts(claim: ClaimTextsInput): string[] {
  const texts = [claim.statement, ...(claim.subclaims ?? []), claim.subject ?? '', ...(claim.aliases ?? [])];
  for (const phrases of Object.values(claim.languages ?? {})) {
    if (phrases) texts.push(phrases.statement ?? '', ...(phrases.aliases ?? []), ...(phrases.keyPhrases ?? []));
  }
  return texts;
}

function isAnchor(word: string): boolean {
  if (DIGIT.test(word)) return word.length >= 2;
  if (!UPPER_START.test(word)) return false;
  if (word.length < (word === word.toUpperCase() ? 2 : 3)) return false;
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || COMMON_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || TITLES.has(lower)) return false;
  return !LANGUAGES.some((language) => isFunctionWord(word, language));
}
