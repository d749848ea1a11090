import type { Language } from '../../text/languages.js';

/**
 * Stems of the verbs of asking and wondering, per language ("asked", "wonders", "demande", "chiesto", "domandava",
 * "preguntó", "fragte", "perguntou"): before "if" ("si", "se"), they open an indirect question, not a condition.
 */
const ASKING_STEMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['ask', 'wonder', 'inquir', 'enquir'],
  fr: ['demand', 'interrog'],
  it: ['chied', 'chies', 'domand'],
  es: ['pregunt'],
  de: ['frag'],
  pt: ['pergunt', 'indag'],
};
/** The words that open an indirect yes-no question ("if", "whether", "si", "se", "ob"). */
const QUESTION_OPENERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['if', 'whether']),
  fr: new Set(['si', 's']),
  it: new Set(['se']),
  es: new Set(['si']),
  de: new Set(['ob']),
  pt: new Set(['se']),
};
/** Most words between the verb of asking and the question's opener ("asked me if", "nous demande si", "mi ha chiesto se"). */
const OBJECT_WORDS = 2;
const WORD_RE = /[\p{L}]+/gu;
/**
 * A stem of asking at a word's start, case folded: most spans hold none, and one test of the span is far cheaper than
 * lowering every word (the reader cost 2% of a dense audit without it). It matches every word the loop below
 * matches (the stems are ASCII, and only ASCII letters and the Kelvin sign lower to them), so it never changes the answer.
 */
const ASKING_TEST: Readonly<Record<Language, RegExp>> = Object.fromEntries(
  Object.entries(ASKING_STEMS).map(([language, stems]) => [language, new RegExp(`(?<!\\p{L})(?:${stems.join('|')})`, 'iu')]),
) as Record<Language, RegExp>;

/**
 * The text `text[from, to)` (a sentence up to the claim's first term) holds an indirect yes-no question: a verb of
 * asking or wondering, then, at most two words later, the word that opens the question ("A listener asks whether
 * ...", "Un lecteur nous demande si ...", "Um leitor perguntou se ...", "Mi ha chiesto se ...", "fragte, ob ...").
 * What follows is asked, not said: a question asserts nothing.
 *
 * @example
 * ```ts
 * indirectQuestion('Um leitor perguntou se a fibrose cística tem origem no gene HBB.', 0, 28, 'pt'); // true
 * indirectQuestion('Se a fibrose cística tivesse origem no gene HBB, ...', 0, 20, 'pt'); // false (a condition)
 * ```
 */
export function indirectQuestion(text: string, from: number, to: number, language: Language): boolean {
  if (!ASKING_TEST[language].test(text.slice(from, to))) return false;
  const stems = ASKING_STEMS[language];
  const openers = QUESTION_OPENERS[language];
  let since = OBJECT_WORDS + 1;
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m !== null && m.index < to; m = WORD_RE.exec(text)) {
    const word = m[0].toLowerCase();
    if (since <= OBJECT_WORDS && openers.has(word)) return true;
    since++;
    for (const stem of stems) {
      if (word.startsWith(stem)) {
        since = 0;
        break;
      }
    }
  }
  return false;
}
