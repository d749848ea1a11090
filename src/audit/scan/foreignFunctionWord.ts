import { STOPWORDS } from '../../claims/englishWords.js';
import { isFunctionWord } from '../../text/functionWords.js';
import { LANGUAGES, type Language } from '../../text/languages.js';
import { isLetters } from '../../text/letterTests.js';

/**
 * `phrase` (a user's key phrase of `language`) is one word that another of the six languages uses as a function
 * word: French "or" (gold) is English "or", Italian "e" is Portuguese "e". Found literally in every text, it
 * would make any sentence of that other language a mention, so it is read in text of its own language only.
 *
 * @example
 * ```ts
 * foreignFunctionWord('or', 'fr'); // true: English "or"
 * foreignFunctionWord('oro', 'it'); // false
 * foreignFunctionWord('Rio', 'pt'); // false
 * ```
 */
export function foreignFunctionWord(phrase: string, language: Language): boolean {
  const word = phrase.trim();
  if (!isLetters(word)) return false;
  return LANGUAGES.some((other) => other !== language && (other === 'en' ? STOPWORDS.has(word.toLowerCase()) : isFunctionWord(word, other)));
}
