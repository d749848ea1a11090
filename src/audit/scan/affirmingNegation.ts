/**
 * Negations that affirm: a negator whose scope is a focus particle ("not only", "didn't just", "non è
 * soltanto") or a word of doubting or denying ("there's no denying", "nessuno dubita", "no cabe duda").
 * Read from the words after the negator, so that the auxiliary, contracted and verb-second forms the
 * idiom lists do not spell out are read the same way.
 */
import { LANGUAGES } from '../../text/languages.js';

const words = (list: string) => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/**
 * Focus particles of each language (in `LANGUAGES` order): "not only X (but also Y)" adds Y to X, it
 * denies neither. The negator stands right before the particle, or before the finite verb in the
 * languages that put it there ("non è solo", "no fue sólo", "não é só", "n'est pas seulement").
 */
const FOCUS: readonly ReadonlySet<string>[] = [
  words('only just merely solely'),
  words('seulement uniquement'),
  words('solo soltanto solamente unicamente'),
  words('solo sólo solamente únicamente'),
  words('nur bloß lediglich'),
  words('só somente apenas unicamente'),
];

/**
 * Words of doubting and denying (in `LANGUAGES` order): a negator over one of them is a double negation
 * ("nobody can doubt that ...", "il est impossible de nier" aside, "niemand bezweifelt, dass ..."), and
 * what is not doubted or denied is affirmed. Forms are listed (not stems) because stems collide across
 * the languages (French "nie" is "denies", German "nie" is "never").
 */
const DOUBT: readonly ReadonlySet<string>[] = [
  words('doubt doubts doubted doubting deny denies denied denying dispute disputes disputed disputing'),
  words('doute doutes douter doutait doutaient doutent nier nie nient niait niaient conteste contestent contester'),
  words('dubbio dubbi dubita dubitano dubitare dubitava dubitavano negare nega negano negava negavano'),
  words('duda dudas dudar dudaba dudaban dudan negar niega niegan negaba negaban'),
  words('zweifel Zweifel zweifeln zweifelt zweifelte bezweifeln bezweifelt bezweifelte leugnen leugnet leugnete bestreiten bestreitet bestritt abstreiten'),
  words('dúvida dúvidas duvida duvidam duvidar duvidava duvidavam negar nega negam negava negavam'),
];

/**
 * Words a negator leaves the rest of its sentence asserted over (in `LANGUAGES` order), read within
 * {@link DOUBT_WORDS} like the words of doubt: words of surprise and of forgetting are factive, what is not
 * surprising or not to be forgotten is taken as true ("no wonder ...", "kein Wunder, dass ...", "no hay que
 * olvidar que ...", "non c'è da stupirsi"); "not by chance" ("non a caso", "no en
 * vano", "não é à toa", "nicht von ungefähr") is a litotes ("not least": {@link LITOTES}), and "no obstante", "não obstante", "non di meno" are
 * connectives ("nonetheless"). A word with a space is read as that phrase ("ni que decir tiene": "needless to say").
 */
const ASIDE: readonly (readonly string[])[] = [
  ['wonder', 'surprise', 'surprising', 'surprisingly', 'surprised', 'forget', 'forgotten', 'for nothing'],
  ['étonnant', 'étonnante', 'étonnera', "s'étonner", 'surprenant', 'surprenante', 'oublier', 'oublions', 'hasard'],
  ['stupirsi', 'stupisce', 'sorprende', 'sorprendersi', 'sorprendente', 'meravigliarsi', 'a caso', 'per caso', 'un caso che', 'un caso se', 'dimenticare', 'dimentichiamo', 'di meno'],
  ['extrañar', 'extraña', 'sorprende', 'sorprender', 'sorprendente', 'sorpresa', 'vano', 'casualidad', 'olvidar', 'olvidemos', 'obstante', 'que decir'],
  ['Wunder', 'wundern', 'verwunderlich', 'überraschend', 'erstaunlich', 'zufällig', 'vergessen', 'von ungefähr'],
  ['admira', 'admirar', 'surpreende', 'surpreender', 'surpreendente', 'surpresa', 'toa', 'acaso', 'esquecer', 'esqueçamos', 'obstante'],
];

/**
 * "Not least" as a litotes (in `LANGUAGES` order: "not least", "non ultimo", "nicht zuletzt"): right after the
 * negator only. A word or two between makes it a negated superlative or rank, a plain negation ("is not the least
 * populated state", "not in the least true", "non arrivò ultimo").
 */
const LITOTES: readonly (readonly string[])[] = [['least'], [], ['ultimo'], [], ['zuletzt'], []];

/**
 * Restrictive negation (in `LANGUAGES` order), read from the negator's start: a negator, a verb of being or
 * doing, then the word that makes it "only" ("no es sino", "non fa che", "não é senão": "is nothing but",
 * "does nothing but") asserts what follows. Only these verbs: after another verb Italian "che" is also "that"
 * ("non dice che ..." denies a saying), Spanish "no X sino Y" is "not X but Y", and Italian "non è che ..." is
 * "it is not that ...". French is read after the cue (see {@link FRENCH_ONLY}); English and German have none.
 */
const RESTRICTIVE: readonly (string | null)[] = [
  null,
  null,
  '[Nn]on +(?:fa|fanno|faceva|facevano|fece|fecero|ha fatto|hanno fatto|aveva fatto) +che',
  '[Nn]o +(?:es|era|fue|son|eran|fueron|hace|hacen|hacía|hizo|hicieron|ha hecho|han hecho) +sino',
  null,
  '[Nn]ão +(?:é|era|foi|são|eram|foram|faz|fazem|fazia|fez|fizeram) +senão',
];

/**
 * French "ne ... jamais que" is "never anything but" (the cue bank holds "ne ... que" only with "jamais"): a
 * "que" right after a cue ending in "jamais", or after a form of "être" or "faire" after it, asserts what follows
 * ("n'a jamais été qu'un mythe"). Not after "pas" ("ce n'est pas que ..." is "it is not that ..."), nor "sans"
 * ("sans que ..." is "without ..."), and not after other verbs, whose "que" is "that" ("n'a jamais dit que ...").
 */
const FRENCH_ONLY = ' +(?:(?:été|fait|est|sont|était|étaient|fut|furent) +)?qu(?:e|\')';

/**
 * Coordinating conjunctions (in `LANGUAGES` order): a word of doubt after one of them belongs to a new clause the
 * negator does not reach ("Norway did not win and doubts remain" still denies the win).
 */
const CONJUNCTIONS: readonly ReadonlySet<string>[] = [
  words('and but or yet nor'),
  words('et mais ou ni'),
  words('e ed ma o né'),
  words('y e pero o u ni'),
  words('und aber oder doch sondern'),
  words('e mas ou nem'),
];

/** Languages whose negator stands before the finite verb, so one or two words may part it from a focus particle. */
const NEGATOR_BEFORE_VERB = new Set(['fr', 'it', 'es', 'pt']);
/** Most words between a negator and the focus particle it takes in those languages ("non è", "n'a pas"). */
const VERB_WORDS = 2;
/** Most words between a negator and the word of doubt it governs ("no one could deny", "non c'è dubbio"). */
const DOUBT_WORDS = 2;

/**
 * A word for scope purposes: anything up to a space or a mark that ends a clause ("c'è", "n'est" are one
 * word). A plain negated class, without the Unicode flag: the look is read on every negation.
 */
const WORD_CHAR = '[^\\s,.;:!?()\\[\\]{}"\u00ab\u00bb\u201c\u201d\u201e\u2013\u2014/]';
const alternation = (set: ReadonlySet<string>) => [...set].join('|');

/**
 * Per language, a sticky pattern read right after the negation cue: spaces only between the words (a comma
 * or any other mark ends the look), then a focus particle within the words its language allows, or a word of
 * doubt within {@link DOUBT_WORDS}. One compiled pattern: the words are read by the regular-expression engine,
 * not code unit by code unit.
 */
const AFFIRMING: readonly RegExp[] = LANGUAGES.map((language, i) => {
  const focusReach = NEGATOR_BEFORE_VERB.has(language) ? VERB_WORDS : 0;
  const focus = `(?: +${WORD_CHAR}+){0,${focusReach}} +(?:${alternation(FOCUS[i]!)})`;
  // The words between may not be a conjunction: the look stays in the negator's own clause.
  const between = `(?: +(?!(?:${alternation(CONJUNCTIONS[i]!)})(?!${WORD_CHAR}))${WORD_CHAR}+){0,${DOUBT_WORDS}}`;
  const doubt = `${between} +(?:${alternation(DOUBT[i]!)}|${ASIDE[i]!.join('|')})`;
  const litotes = LITOTES[i]!.length > 0 ? `| +(?:${LITOTES[i]!.join('|')})` : '';
  // A cue may end inside its word ("Nessun" of "Nessuno"): the rest of that word is passed over first.
  return new RegExp(`${WORD_CHAR}*(?:${focus}|${doubt}${litotes})(?!${WORD_CHAR})`, 'y');
});

/** Per language, the sticky pattern of {@link RESTRICTIVE} read at the negator's start, or null. */
const RESTRICTING: readonly (RegExp | null)[] = RESTRICTIVE.map((r) => (r === null ? null : new RegExp(`${r}(?!${WORD_CHAR})`, 'y')));
const FRENCH = LANGUAGES.indexOf('fr');
/** French "que" after the cue (see {@link FRENCH_ONLY}), read after the rest of the cue's word. */
const FRENCH_RESTRICTING = new RegExp(`${WORD_CHAR}*${FRENCH_ONLY.replace('qu(?:e|', `qu(?:e(?!${WORD_CHAR})|`)}`, 'y');

/**
 * The negation cue at `text[start, end)` affirms what follows it: among the next words of its clause
 * (spaces only between them: a comma or any other mark ends the look) is a focus particle ("not only",
 * "didn't just", "non è soltanto") or a word of doubting or denying ("there's no denying", "Nessuno
 * dubita", "no one could deny"), in the segment's language (`language`, an index in `LANGUAGES`).
 * `start` and `stop` (the sentence's end) are kept for the callers' span convention; the look never
 * passes a sentence's closing mark.
 *
 * @example
 * ```ts
 * affirmingNegation("Norway didn't just beat Denmark in 2023.", 10, 13, 40, 0); // true ("n't" + "just")
 * affirmingNegation('Il Thomanerchor non è soltanto un coro.', 16, 19, 39, 2); // true
 * affirmingNegation("Norway didn't beat Denmark.", 10, 13, 27, 0); // false
 * ```
 */
export function affirmingNegation(text: string, start: number, end: number, stop: number, language: number): boolean {
  const pattern = AFFIRMING[language];
  if (pattern === undefined || end <= start) return false;
  pattern.lastIndex = end;
  if (pattern.exec(text) !== null && pattern.lastIndex <= stop) return true;
  return restricting(text, start, end, stop, language);
}

/** The negation cue at `text[start, end)` is restrictive, "only" ({@link RESTRICTIVE}, {@link FRENCH_ONLY}). */
function restricting(text: string, start: number, end: number, stop: number, language: number): boolean {
  if (language === FRENCH) {
    if (!text.endsWith('jamais', end)) return false;
    FRENCH_RESTRICTING.lastIndex = end;
    return FRENCH_RESTRICTING.exec(text) !== null && FRENCH_RESTRICTING.lastIndex <= stop;
  }
  const pattern = RESTRICTING[language];
  if (pattern === null || pattern === undefined) return false;
  pattern.lastIndex = start;
  return pattern.exec(text) !== null && pattern.lastIndex <= stop;
}
