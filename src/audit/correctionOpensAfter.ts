import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { openingVerdict, type OpeningVerdict } from './openingVerdict.js';

/** How much of the text after the claim sentence is read: an opening and the sentence after it, past a label. */
const READ_LENGTH = 320;
/** Longest label before a colon that is read past ("Comentário do docente:", "Reviewer comment:", "FC:"). */
const LABEL_LENGTH = 32;
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
 * @example
 * ```ts
 * const text = 'IBM built Sycamore in 2019. Ana says that is an error: Google built it.';
 * correctionOpensAfter(text, 27, 'en'); // { start: 48, end: 53 } ("error")
 * correctionOpensAfter('IBM built Sycamore in 2019. It was fast.', 27, 'en'); // null
 * ```
 */
export function correctionOpensAfter(text: string, end: number, language: string): OpeningVerdict | null {
  let k = end;
  let breaks = 0;
  // Past spaces, one line break, and the marks that set a note apart ("→", "—", "[", "(").
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      if (++breaks > 1) return null;
    } else if (!isWhiteSpace(c) && c !== 0x2192 && c !== 0x2014 && c !== 0x2013 && c !== 45 && c !== 91 && c !== 40 && c !== 62 && c !== 42) break;
  }
  if (k >= text.length) return null;
  // Only the opening is read: no copy of the rest of a long document.
  const rest = text.slice(k, k + READ_LENGTH);
  let shift = 0;
  let found = openingVerdict(rest, language);
  if (found === null) {
    shift = afterLabel(rest);
    // Behind a label a bare "No." is a verdict on the sentence before ("Teacher: No. About 60% ..."); without
    // one it answers as often as it judges ("—No, no la perdieron.", after a question reported).
    if (shift > 0) found = openingVerdict(rest.slice(shift), language, true);
  }
  return found === null ? null : { start: k + shift + found.start, end: k + shift + found.end };
}

/** Where the content after a short label and its colon starts in `text` (0 without such a label). */
function afterLabel(text: string): number {
  let words = 0;
  let inWord = false;
  const limit = Math.min(text.length, LABEL_LENGTH);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      if (words > LABEL_WORDS || i === 0) return 0;
      let j = i + 1;
      while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
      return j;
    }
    if (c === 46 || c === 33 || c === 63 || c === 10) return 0;
    // Words, not spaces: French sets a space before its colon ("En marge, au stylo rouge : Non.").
    const word = c !== 32;
    if (word && !inWord) words++;
    inWord = word;
  }
  return 0;
}
