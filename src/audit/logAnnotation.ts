/**
 * A chat's system message that annotates the conversation rather than instructing the assistant (issue 9 item 4:
 * notices by their shape; the paper's chats flagged malicious): it speaks of the user or the assistant in the
 * third person ("the user wanted to ...", "der Nutzer wollte ...", "el asistente colaboró") and names deception,
 * abuse or harm ("deceive", "trolling", "abuso", "missbräuchlich", "engañando"). An instruction addresses the
 * assistant ("Decline harmful requests."); when it names the user, a negation before the word forbids ("Do not
 * let the user manipulate you."), as in the cue bank's rule for system messages.
 */
import { wordUnits } from '../text/wordUnits.js';

/** Words of deception, abuse and harm (word starts), in six languages, lower case, written from knowledge of the languages. */
const MALICE = `deceiv decept mislead manipulat abus misus prank troll scam fraud cheat harmful malicious forger forged falsif
  tromp trompe abus manipul arnaqu escroqu fraud nuisibl malveill falsifi
  ingann abus manipol truff frod dannos malevol falsific
  engañ abus manipul estaf fraud dañin malicios falsific
  täusch betrug betrüg missbr manipul schädlich böswillig fälsch
  engan abus manipul fraud nociv malicios falsific`
  .split(/\s+/)
  .filter(Boolean);

/** The participants named in the third person: "the user", "l'utente", "der Nutzer", "o utilizador". */
const PARTICIPANT = /(?:^|[^\p{L}])(?:the (?:user|assistant|model|chatbot)|l['’](?:utilisateur|utilisatrice|utente|assistant|assistente)|(?:el|la) (?:usuari[oa]|asistente)|(?:der|die|den|dem) (?:nutzer(?:in)?|benutzer(?:in)?|assistent(?:en)?)|(?:o|a) (?:utilizador(?:a)?|usuári[oa]|assistente))(?![\p{L}])/iu;
/** A negation before the word makes it an instruction ("Never help anyone deceive", "Ne jamais tromper"). */
const NEGATION = /(?:^|[^\p{L}])(?:never|not|don't|do not|ne|jamais|non|mai|no|nunca|nie|nicht|kein\p{L}*|não)(?![\p{L}])/iu;

/** Where the word that names the deception, abuse or harm stands. */
export interface LogAnnotation {
  start: number;
  end: number;
}

/**
 * The word of deception, abuse or harm that makes the system message `text` an annotation of the conversation
 * (it also names the user or the assistant in the third person, and no negation stands before the word), or null.
 *
 * @example
 * ```ts
 * logAnnotation('Flagged for abuse: the user wanted to deceive a class and the assistant helped.'); // the span of "abuse"
 * logAnnotation('You are a helpful assistant. Decline harmful requests.'); // null (no participant in the third person)
 * ```
 */
export function logAnnotation(text: string): LogAnnotation | null {
  if (!PARTICIPANT.test(text)) return null;
  for (let i = 0; i < text.length; ) {
    if (wordUnits(text, i) === 0) {
      i++;
      continue;
    }
    const from = i;
    while (i < text.length && wordUnits(text, i) > 0) i += wordUnits(text, i);
    const word = text.slice(from, i).toLowerCase();
    if (!MALICE.some((stem) => word.startsWith(stem))) continue;
    if (NEGATION.test(text.slice(Math.max(0, text.lastIndexOf('.', from) + 1), from))) continue;
    return { start: from, end: i };
  }
  return null;
}
