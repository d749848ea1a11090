import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { JOINING, actualityInOpening, openingVerdict, type OpeningVerdict } from './openingVerdict.js';
import { wordEnd } from '../text/wordUnits.js';

/** How much of the text after the claim sentence is read: an opening and the sentence after it, past a label. */
const READ_LENGTH = 320;
/** Longest label before a colon that is read past ("Comentário do docente:", "Reviewer comment:", "FC:"). */
const LABEL_LENGTH = 32;
/** Most words before the judgement in the clause it opens. */
const OPENING_WORDS = 6;
/** Most words in such a label ("En marge, au stylo rouge :", "In the margin, in red:"). */
const LABEL_WORDS = 5;

/**
 * The correction that opens the sentence right after `end` (the end of a claim sentence), or null: the
 * next sentence of the same paragraph (a line break may part them, a blank line may not) opens with a
 * judgement of error on what was just said, as `openingVerdict` reads an answer's opening ("Errore mio, e mi
 * scuso: ...", "→ Erreur : c'est Hyundai ...", "That is wrong: ..."), also after a short label ("Comentário do
 * docente: isto está errado.", "[FC: wrong, ...]"). A claim sentence judged so right after it is asserted with a
 * correction beside it: the paper's corrected condition, whatever facts the correction then gives.
 *
 * @param apartOnly Read only a note set apart from the claim sentence (a line break, an arrow, a dash, a bracket or
 *   a short label before it): the caller's record gives no other reason to look for a judgement there.
 *
 * @example
 * ```ts
 * const text = 'IBM built Sycamore in 2019. Ana says that is an error: Google built it.';
 * correctionOpensAfter(text, 27, 'en'); // { start: 48, end: 53 } ("error")
 * correctionOpensAfter('IBM built Sycamore in 2019. It was fast.', 27, 'en'); // null
 * correctionOpensAfter('IBM built Sycamore in 2019. Ana says that is an error.', 27, 'en', true); // null: not set apart
 * ```
 */
export function correctionOpensAfter(text: string, end: number, language: string, apartOnly = false): OpeningVerdict | null {
  let k = end;
  let breaks = 0;
  let apart = false;
  // Past spaces, one line break, and the marks that set a note apart ("→", "—", "[", "(").
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++breaks > 1) return null;
      apart = true;
    } else if (!isWhiteSpace(c)) {
      if (c !== 0x2192 && c !== 0x2014 && c !== 0x2013 && c !== 45 && c !== 91 && c !== 40 && c !== 62 && c !== 42) break;
      apart = true;
    }
  }
  if (k >= text.length) return null;
  // A sentence that opens by saying what is actually so ("In reality, ...", "En realidad ...", or after its subject
  // or verb: "Siwa in realtà è ...") corrects the one before it wherever it stands: read in every record, as it costs
  // a look at a few words' first letters.
  const actuality = actualityInOpening(text, k, language);
  if (actuality !== null) return actuality;
  // The label is looked for once: a note not set apart otherwise must have one.
  const label = apartOnly && !apart ? afterLabel(text, k) : -1;
  if (label === 0) return null;
  // Only the opening is read: no copy of the rest of a long document.
  const rest = text.slice(k, k + READ_LENGTH);
  let shift = 0;
  let found = openingVerdict(rest, language);
  if (found === null) {
    shift = label >= 0 ? label : afterLabel(text, k);
    // Behind a label a bare "No." is a verdict on the sentence before ("Teacher: No. About 60% ..."); without
    // one it answers as often as it judges ("—No, no la perdieron.", after a question reported).
    if (shift > 0) found = openingVerdict(rest.slice(shift), language, true);
  }
  // The judgement opens a clause of the sentence: at most a few words stand before it in its clause, counted from
  // the clause's start and not from a comma, a subject and a verb of saying ("Ana señala que es un error", "Richtig
  // ist ...; die Lösung wird korrigiert"); an error word deep in a plain clause is its own matter ("Per noi
  // principianti l'amido resta più facile da correggere", "In 2019, the annual report found one error in the data").
  if (found === null || wordsIn(rest, shift, shift + found.start, language) > OPENING_WORDS) return null;
  return { start: k + shift + found.start, end: k + shift + found.end };
}

/**
 * How many words (runs of other than white space) stand in `text[from, to)` since its clause's start: `from` (where
 * the sentence, or the content after its label, starts), or the last mark that opens a clause of its own after it
 * (a semicolon, a colon, an en or em dash, a hyphen between spaces, an opening bracket, a line break, the end of a
 * sentence, or a comma before a word that joins a clause: "Esto lo dijo Andrés, y es falso"). A comma alone does
 * not: it parts an introductory phrase from its clause ("In 2019, the annual report found one error in the data"),
 * a list's items or a number's digits ("1,000") as often as clauses. A clause that holds a number before the
 * judgement counts as too long (Infinity): a date or a figure there makes it an account of events ("In 2019, the
 * report found one error in the data"), not a judgement of what was just said, which opens with it ("That is an
 * error", "Ana señala que es un error").
 */
function wordsIn(text: string, from: number, to: number, language: string): number {
  const joining = JOINING[language] ?? JOINING.en!;
  let words = 0;
  let inWord = false;
  let dated = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const word = !isWhiteSpace(c);
    if (word && !inWord) words++;
    inWord = word;
    if (c >= 48 && c <= 57) dated = true;
    if (opensClause(text, i, joining)) {
      words = 0;
      inWord = false;
      dated = false;
    }
  }
  return dated ? Infinity : words;
}

/** Whether the mark at `text[i]` ends a clause so that the next word opens one (see `wordsIn`). */
function opensClause(text: string, i: number, joining: ReadonlySet<string>): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 || c === 91 || c === 10) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  if (c === 45) return i > 0 && isWhiteSpace(text.charCodeAt(i - 1)) && isWhiteSpace(next);
  if (c === 44) {
    let a = i + 1;
    while (a < text.length && isWhiteSpace(text.charCodeAt(a))) a++;
    const b = wordEnd(text, a);
    return b > a && joining.has(text.slice(a, b).toLowerCase());
  }
  return (c === 46 || c === 33 || c === 63) && isWhiteSpace(next);
}

/**
 * Where the content after a short label and its colon starts, counted from `from` (0 without such a label at
 * `from`).
 */
function afterLabel(text: string, from: number): number {
  let words = 0;
  let inWord = false;
  const limit = Math.min(text.length, from + LABEL_LENGTH);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      if (words > LABEL_WORDS || i === from) return 0;
      let j = i + 1;
      while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
      return j - from;
    }
    if (c === 46 || c === 33 || c === 63 || c === 10) return 0;
    // Words, not spaces: French sets a space before its colon ("En marge, au stylo rouge : Non.").
    const word = c !== 32;
    if (word && !inWord) words++;
    inWord = word;
  }
  return 0;
}
