import { denyingAnswer } from './scopeRules.js';
import { reportWordAt } from '../reportsSpeech.js';
import type { Language } from '../../text/languages.js';
import { isWhiteSpace } from '../../text/isWhiteSpace.js';

/** How far after a reported claim the denial that answers it may start (spaces, line breaks, a quote). */
const DENIAL_REACH = 48;
/** A quoted run of three words or more: a claim cited in quotes (`"Kodak quit film in 2023."`, «...»). */
const QUOTED_RE = /["“„«][^"“”„«»]*?\S+\s+\S+\s+\S+[^"“”„«»]*?["”“»]/u;
/** Subjects of the speaker or the hearer: "I can't confirm that." says what the speaker knows, not that the claim is false. */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(
  `i we you je j nous vous tu io noi voi tu yo nosotros vosotros tú ich wir du eu nós você vocês`.split(' '),
);
const FIRST_WORD_RE = /[\p{L}]+/uy;

/** No words read as the claim's own: a claim about what someone said is still passed on when denied right after. */
const NO_OWN_WORDS: ReadonlySet<string> = new Set();

/**
 * The sentence `text[start, end)` passes a claim on (a verb of saying, reading or believing, see
 * `reportWordAt`, or a quoted run of words) and the next sentence opens by denying it with a
 * particle or a short negated clause whose pronoun or ellipsis stands for the claim ("People online
 * believe Wales won the 2019 final. They didn't.", `"Kodak quit film in 2023." It didn't; ...`, "...
 * announces that Kodak has stopped making film. It hasn't, ..."). The writer never takes the claim on:
 * the denial negates it inside the pair, as "No." negates a question right before it. A plain
 * statement followed by a denial is not read here: that is a correction beside an asserted sentence.
 * Writes the denial's span to `at` (code units of `text`).
 *
 * @example
 * ```ts
 * const at = new Int32Array(2);
 * deniedReport('Many people believe Wales won the final. They didn\'t.', 0, 40, 'en', at); // true
 * deniedReport('Wales won the final. They didn\'t.', 0, 20, 'en', at); // false: stated, then corrected
 * deniedReport('A friend says Wales won the final. I can\'t confirm that.', 0, 34, 'en', at); // false: a doubt
 * ```
 */
export function deniedReport(text: string, start: number, end: number, language: Language, at: Int32Array): boolean {
  let i = end;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i >= text.length || !denyingAnswer(text, i, Math.min(text.length, i + DENIAL_REACH), at, false, true)) return false;
  FIRST_WORD_RE.lastIndex = at[0]!;
  const first = FIRST_WORD_RE.exec(text);
  if (first !== null && PERSONAL_SUBJECTS.has(first[0].toLowerCase())) return false;
  return QUOTED_RE.test(text.slice(start, end)) || reportWordAt(text, start, end, NO_OWN_WORDS, language) >= 0;
}
