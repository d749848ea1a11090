import { isWhiteSpace } from '../text/isWhiteSpace.js';

const OPENERS = '[(*_<{«"“';
const CLOSERS = '])*_>}»"”';

/**
 * The span `text[a, b)` is wholly bracketed, emphasised or quoted, final punctuation after the closer
 * aside: a note set apart from the text around it ("[Editor's note: ...]", "*Nothing here is real.*",
 * "(Invented).").
 *
 * @example
 * ```ts
 * bracketedLine('[Written as an exercise.]', 0, 25); // true
 * bracketedLine('(Invented).', 0, 11); // true
 * bracketedLine('[1] The source.', 0, 15); // false
 * ```
 */
export function bracketedLine(text: string, a: number, b: number): boolean {
  const open = OPENERS.indexOf(text[a]!);
  if (open < 0) return false;
  let end = b;
  // Final punctuation and spaces after the closer ("[...].").
  while (end > a) {
    const c = text.charCodeAt(end - 1);
    if (c === 46 || c === 33 || c === 63 || isWhiteSpace(c)) end--;
    else break;
  }
  return end > a + 1 && CLOSERS.indexOf(text[end - 1]!) === open;
}
