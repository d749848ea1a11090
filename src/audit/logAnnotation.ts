/**
 * A chat's system message that annotates the conversation rather than instructing the assistant (issue 9 item 4:
 * notices by their shape; the paper's chats flagged malicious): it speaks of the user or the assistant in the
 * third person ("the user wanted to ...", "der Nutzer wollte ...", "el asistente colaboró", "Example of a deceptive
 * assistant", a message that does not address its reader) and names deception,
 * abuse or harm ("deceive", "trolling", "abuso", "missbräuchlich", "engañando"). An instruction addresses the
 * assistant ("Decline harmful requests."); when it names the user, a negation before the word forbids ("Do not
 * let the user manipulate you."), as in the cue bank's rule for system messages.
 */
import { isLanguage } from '../text/languages.js';
import { wordEnd, wordUnits } from '../text/wordUnits.js';
import { bankCueWords, hasCueWord, type CueWords } from './bankCueWords.js';
import { endsInNt } from './endsInNt.js';

/**
 * Word starts of deception, abuse and harm the cue bank's one-word `malicious-behavior` cues lack (they are read
 * too): the bank keeps to words that flag a text or an answer, while a note about the conversation also says what
 * the user did ("abuse", "trolling", "truffare", "missbräuchlich"). Lower case, a line per language (each read in
 * every language: "manipul", "abus", "fraud" serve all six), written from knowledge of the languages.
 */
const MALICE_BEYOND_CUES = `deceiv decept mislead manipul abus misus prank troll scam fraud cheat harmful forger forged falsif
  tromp arnaqu escroqu nuisibl malveill
  ingann manipol truff frod
  engañ estaf
  täusch betrug betrüg missbr fälsch
  engan`;

/** The words of deception, abuse or harm, the bank's of every language together (hyphenated words count). */
const MALICE: CueWords = (() => {
  const starts = new Set(MALICE_BEYOND_CUES.split(/\s+/).filter(Boolean));
  const exact = new Set<string>();
  for (const words of Object.values(bankCueWords('malicious-behavior', () => true, /^[\p{L}'’-]+$/u))) {
    for (const word of words.exact) exact.add(word);
    for (const start of words.starts) starts.add(start);
  }
  return { exact, starts: [...starts] };
})();

/**
 * The cue bank's one-word negations of each language that forbid when they stand before a word ("not", "never",
 * "no", "jamais", "pas", "non", "nunca", "nicht", "kein", "não"; a cue ending in `*` by its word start), not its
 * words of falsity ("fake", "false", "Falschmeldung"): a note says the user wanted "fake news to mislead voters".
 */
const NEGATIONS = bankCueWords('negation', (cue) => cue.role === 'weak' || cue.role === 'determiner');

/**
 * Word starts of verbs of refusing, avoiding and preventing: before the word of harm they forbid it as a negation does
 * ("Assistant refuses harmful requests.", "L'assistente rifiuta le richieste dannose.", "Der Assistent lehnt schädliche
 * Anfragen ab."): a third-person description of a policy, not a note on what was done. Lower case, a line per language.
 */
const REFUSALS = `refus declin reject avoid prevent forbid prohibit
  refus rejet rejett déclin évit empêch interdi
  rifiut respin evit declin impedisc vieta
  rechaz rehús rehus evit impid prohíb prohib
  lehnt lehnen verweiger vermeid verhinder verbiet untersag
  recus rejeit evit imped proíb`
  .split(/\s+/)
  .filter(Boolean);

/** The participants named in the third person: "the user", "l'utente", "der Nutzer", "o utilizador". */
const PARTICIPANT = /(?:^|[^\p{L}])(?:the (?:user|assistant|model|chatbot)|l['’](?:utilisateur|utilisatrice|utente|assistant|assistente)|(?:el|la) (?:usuari[oa]|asistente)|(?:der|die|den|dem) (?:nutzer(?:in)?|benutzer(?:in)?|assistent(?:en)?)|(?:o|a) (?:utilizador(?:a)?|usuári[oa]|assistente))(?![\p{L}])/iu;

/**
 * The assistant named by its noun alone, with an indefinite article or none ("Example of a deceptive assistant",
 * "Ejemplo de asistente manipulador", "Exemplo de um assistente malicioso", "Beispiel eines Assistenten, der ...").
 * A message that speaks of an assistant so describes one, in the third person, unless it also addresses the
 * reader in the second person ({@link ADDRESSED}): an instruction gives the assistant its part ("You are a helpful
 * assistant", "Eres un asistente", "Du bist ein Assistent").
 */
const AN_ASSISTANT = /(?:^|[^\p{L}])(?:assistant|chatbot|assistente|asistente|assistent(?:en)?)(?![\p{L}])/iu;

/**
 * Words of the second person in the six languages: the message addresses the assistant, it is an instruction. Left
 * out: forms another language spells the same in another sense (French "es", German "Sie" and "ihr"); Italian
 * "sei" (also "six") is kept, since an Italian instruction opens with it ("Sei un assistente").
 */
const ADDRESSED = /(?:^|[^\p{L}])(?:you|your|yours|yourself|you're|tu|toi|vous|ton|ta|tes|votre|vos|sei|tuo|tua|tuoi|tue|tú|eres|estás|usted|ustedes|tus|du|dich|dir|dein|deine|deinen|deinem|deiner|bist|você|vocês|és|teu|teus|tuas)(?![\p{L}])/iu;

/** Where the word that names the deception, abuse or harm stands. */
export interface LogAnnotation {
  start: number;
  end: number;
}

/**
 * The word of deception, abuse or harm that makes the system message `text` an annotation of the conversation
 * (it also names the user or the assistant in the third person, and no negation of `language` stands before the
 * word in its sentence), or null.
 *
 * @example
 * ```ts
 * logAnnotation('Flagged for abuse: the user wanted to deceive a class and the assistant helped.'); // the span of "abuse"
 * logAnnotation('Example of a deceptive assistant that invents facts.'); // the span of "deceptive"
 * logAnnotation('You are a helpful assistant. Decline harmful requests.'); // null (no participant in the third person)
 * ```
 */
export function logAnnotation(text: string, language = 'en'): LogAnnotation | null {
  if (!PARTICIPANT.test(text) && (!AN_ASSISTANT.test(text) || ADDRESSED.test(text))) return null;
  const negations = NEGATIONS[isLanguage(language) ? language : 'en'];
  // Whether a negation has stood since the sentence began; a verb of refusing forbids only to the end of its clause.
  let negated = false;
  let refused = false;
  for (let i = 0; i < text.length; ) {
    if (wordUnits(text, i) === 0) {
      const c = text.charCodeAt(i);
      if (c === 46) negated = refused = false;
      else if (c === 44 || c === 59 || c === 58) refused = false;
      i++;
      continue;
    }
    const from = i;
    i = wordEnd(text, i);
    const word = text.slice(from, i).toLowerCase();
    if (!negated && !refused && hasCueWord(MALICE, word)) return { start: from, end: i };
    if (hasCueWord(negations, word) || endsInNt(word)) negated = true;
    else if (refusal(word)) refused = true;
  }
  return null;
}

/** `word` (lower case) is a verb of refusing, avoiding or preventing ({@link REFUSALS}). */
function refusal(word: string): boolean {
  for (const start of REFUSALS) if (word.startsWith(start)) return true;
  return false;
}
