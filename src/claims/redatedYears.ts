import { CLAUSE_NEGATION_RE, STOPWORDS, irregularBase, stemWord } from './englishWords.js';

// Derivation runs once per claim, so regular expressions are fine here (never on the audit path).
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const YEAR_RE = /^(?:1\d{3}|20\d{2}|2100)$/;

/** Auxiliaries whose verb follows in its base form ("did not enter", "could never reach"). */
const AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * `words[i]` is the verb of an auxiliary before it, past a negation ("did not enter", "didn't enter", "cannot enter").
 * `written` is the same words as the text writes them: a capitalised word there is a name ("did Paris host"), not the verb
 * (`words` are lower-cased, so the case test reads `written`).
 */
function afterAuxiliary(words: readonly string[], written: readonly string[], i: number): boolean {
  if (!/^\p{Ll}{3,}$/u.test(written[i]!) || STOPWORDS.has(words[i]!)) return false;
  let k = i - 1;
  if (k >= 0 && CLAUSE_NEGATION_RE.test(words[k]!)) {
    // "cannot" is the auxiliary and its negation in one word, as "can't" is.
    if (words[k] === 'cannot') return true;
    if (/n['’]t$/u.test(words[k]!)) return AUXILIARIES.has(words[k]!.replace(/n['’]t$/u, '')) || /^(?:won|can|shan)['’]t$/u.test(words[k]!);
    k--;
  }
  return k >= 0 && AUXILIARIES.has(words[k]!);
}

/** The text's words as it writes them, less a possessive "'s". */
const writtenWords = (text: string): string[] => [...text.matchAll(WORD_RE)].map((m) => m[0].replace(/['’]s$/u, ''));
const words = (text: string): string[] => writtenWords(text).map((w) => w.toLowerCase());

/**
 * The statement's years that its `correction` moves: the correction says, of the subject and with a word
 * of the statement, that the same thing happened in another year ("The Thomanerchor was founded in 1212"
 * for "The Thomanerchor ... was founded in 1850"). Then the year is what makes the claim false, not its
 * setting: a sentence with the subject, the statement's verb and that year carries the claim. A clause
 * (split at ".", ";", ":" and "but") counts when a sentence of it names the subject (one of `names`' words),
 * it has no negation, it has a verb of the statement (a past form: "founded"; or the base form an auxiliary
 * takes: "did not enter service until 1996" has "entered"), and it holds a year the
 * statement does not and none that it does ("Wimbledon is still played on grass, as it has been since 1877"
 * shares no verb with "Wimbledon replaced its grass courts with clay in 2022").
 *
 * @example
 * ```ts
 * redatedYears('The Thomanerchor was founded in 1850.', 'The Thomanerchor was founded in 1212, with the school.', ['Thomanerchor']);
 * // Set { '1850' }
 * redatedYears('Wimbledon replaced its grass courts with clay in 2022.', 'Wimbledon is still played on grass.', ['Wimbledon']);
 * // Set {}
 * ```
 */
export function redatedYears(statement: string, correction: string | undefined, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!correction) return out;
  const statementWritten = writtenWords(statement);
  const statementWords = statementWritten.map((w) => w.toLowerCase());
  const years = new Set(statementWords.filter((w) => YEAR_RE.test(w)));
  if (years.size === 0) return out;
  const nameWords = new Set(names.flatMap((name) => words(name)));
  // The statement's verbs (a past form, or the base form an auxiliary takes: "did not enter service until 1996"):
  // what the correction must say happened at another time.
  const verbs = new Set(
    statementWords
      .filter((w, i) => !nameWords.has(w) && (/^\p{Ll}{2,}ed$/u.test(w) || irregularBase(w) !== undefined || afterAuxiliary(statementWords, statementWritten, i)))
      .map(stemWord),
  );
  if (verbs.size === 0) return out;
  for (const sentence of correction.split(/[.!?]\s/u)) {
    if (!words(sentence).some((w) => nameWords.has(w))) continue;
    for (const clause of sentence.split(/[;:]\s|,?\s+but\s+/u)) {
      const clauseWords = words(clause);
      if (clauseWords.some((w) => CLAUSE_NEGATION_RE.test(w)) || clauseWords.some((w) => years.has(w))) continue;
      if (!clauseWords.some((w) => YEAR_RE.test(w))) continue;
      if (clauseWords.some((w) => !nameWords.has(w) && verbs.has(stemWord(w)))) return years;
    }
  }
  return out;
}
