import type { Language } from '../text/languages.js';
import { endsInNt } from './endsInNt.js';
import { isDenyingWord } from './isDenyingWord.js';
import { isReportWord } from './reportsSpeech.js';
import { hasLetter } from '../text/letterTests.js';

/**
 * Verbs that ask, or that pass on what a record, a person or a study states, beside the verbs of saying
 * and believing of `isReportWord`: a claim asked about ("teenagers asking if ...") or attributed ("records
 * show that ...", "noting that ...") is not stated by the writer.
 */
const ASKING_OR_CITING: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'whether', 'note', 'notes', 'noted', 'noting', 'report', 'reports', 'reported', 'reporting', 'state', 'states', 'stated', 'write', 'writes', 'wrote', 'written', 'show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'alleged', 'alleges', 'purported', 'viral', 'rumoured', 'rumored']),
  fr: new Set(['demande', 'demandé', 'demandent', 'demandait', 'demandaient', 'rapporte', 'rapporté', 'écrit', 'écrivent', 'montre', 'montrent', 'prétendument', 'rumeur', 'supposément']),
  it: new Set(['chiede', 'chiesto', 'chiedono', 'chiedeva', 'domanda', 'domandano', 'riporta', 'riportato', 'scrive', 'scritto', 'mostra', 'mostrano', 'presunto', 'presunta', 'voce']),
  es: new Set(['pregunta', 'preguntó', 'preguntan', 'preguntaba', 'informa', 'informó', 'escribe', 'escribió', 'muestra', 'muestran', 'supuestamente', 'presunto', 'presunta', 'rumor']),
  de: new Set(['fragt', 'fragte', 'gefragt', 'fragen', 'ob', 'berichtet', 'berichtete', 'schreibt', 'schrieb', 'geschrieben', 'zeigt', 'zeigen', 'vermeintlich', 'gerücht']),
  pt: new Set(['pergunta', 'perguntou', 'perguntam', 'perguntava', 'relata', 'relatou', 'escreve', 'escreveu', 'mostra', 'mostram', 'supostamente', 'alegadamente', 'boato', 'rumor']),
};

/**
 * Openers that set a sentence against what was said before it, as the true world against a claim
 * ("In reality, the 100m was won by ...", "En realidad ...", "Tatsächlich ...").
 */
const TRUE_WORLD_OPENERS: readonly RegExp[] = [
  /^(?:in (?:reality|actuality|fact|truth)|actually|however|the truth is|what is true|what's true)(?![\p{L}])/iu,
  /^(?:en (?:réalité|fait|vérité)|en realidad|en verdad|in realtà|in verità|na (?:realidade|verdade)|tatsächlich|in wirklichkeit|in wahrheit|dabei)(?![\p{L}])/iu,
];

/**
 * The sentence opens with a name of two capitalised words or more that the claim does not use ("Noah Lyles
 * won the 100m gold in 9.79 seconds, and Sheeran ..."): it says what another agent did, the true world
 * beside the claim, even where the claim's subject and numbers come later.
 */
function otherNameOpens(text: string, first: number, end: number, ownWords: ReadonlySet<string>): boolean {
  NAME_RE.lastIndex = first;
  const match = NAME_RE.exec(text);
  if (match === null || match.index !== first || first + match[0].length > end) return false;
  for (const word of match[0].split(/\s+/u)) if (ownWords.has(word.toLowerCase())) return false;
  return true;
}

/** Two or more capitalised words in a row. */
const NAME_RE = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/** A quoted run of three words or more: a cited title, post or claim ("...the 2015 Vesuvius eruption", «...»). */
const QUOTED_RE = /["“„«][^"“”„«»]*?\S+\s+\S+\s+\S+[^"“”„«»]*?["”“»]/u;

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The claim sentence `text[start, end)` states something plainly: no word in it denies or withholds
 * anything, no verb passes it on as what someone said or believes (see `isReportWord`; `ownWords`, the
 * claim's own words, do not count), it is not a question and it does not open by setting the true world
 * against a claim. A text that negates the claim elsewhere and also holds such a sentence carrying the
 * claim asserts it there (a restated myth: the paper's corrected condition), while debunks' reported
 * claims, questions and true-world sentences do not.
 *
 * @example
 * ```ts
 * plainAssertion('The WHO told parents to stop using fluoride.', 0, 45, new Set(['told']), 'en'); // true
 * plainAssertion('Posts claim the WHO told parents to stop using fluoride.', 0, 56, new Set(['told']), 'en'); // false
 * ```
 */
export function plainAssertion(text: string, start: number, end: number, ownWords: ReadonlySet<string>, language: Language): boolean {
  let last = end - 1;
  while (last > start && /[\s"'”»)\]*_]/u.test(text[last]!)) last--;
  if (text[last] === '?') return false;
  let first = start;
  while (first < end && !hasLetter(text[first]!)) first++;
  const opening = text.slice(first, Math.min(end, first + 24));
  for (const opener of TRUE_WORLD_OPENERS) if (opener.test(opening)) return false;
  if (QUOTED_RE.test(text.slice(start, end))) return false;
  const citing = ASKING_OR_CITING[language];
  if (otherNameOpens(text, first, end, ownWords)) return false;
  WORD_RE.lastIndex = start;
  for (let match = WORD_RE.exec(text); match !== null && match.index < end; match = WORD_RE.exec(text)) {
    const word = match[0].toLowerCase();
    if ((isDenyingWord(word, language) || citing.has(word) || isReportWord(word, language)) && !ownWords.has(word)) return false;
    if (endsInNt(word)) return false;
  }
  return true;
}
