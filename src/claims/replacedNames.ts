import { CALENDAR_WORDS, CLAUSE_NEGATION_RE, STOPWORDS, irregularBase, stemWord } from './englishWords.js';
import { isCountryOrContinent } from '../text/placeNames.js';
import { startsUpper } from '../text/letterTests.js';

// Derivation runs once per claim, so regular expressions are fine here (never on the audit path).
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
/** Prepositions that open a phrase of place (or time): the slot a place name fills ("in Paris", "at the Louvre"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'from']);
/** Between such a preposition and its name: articles and short lower-case modifiers ("at the old Louvre"). */
const ARTICLES = new Set(['the', 'a', 'an']);
const YEAR_RE = /^(?:1\d{3}|20\d{2}|2100)$/;
/** A lower-case adjective of a part of a place: "northern", "south-eastern", "central". */
const COMPASS_RE = /^(?:(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central)$/;
/** Pronouns that open a sentence about the subject named before it. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);

interface Word {
  text: string;
  lower: string;
  /** Opens its sentence or clause: its capital says nothing. */
  initial: boolean;
  /** Punctuation stands between it and the word before. */
  pause: boolean;
}

/** A name in a phrase of place: its words, and the index of the preposition that opens its phrase and one past its last word. */
interface PlaceName {
  words: Word[];
  preposition: number;
  end: number;
  /** A year written with the name ("at Paris 2024", "at the 2024 Olympics"), or ''. */
  year: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD_RE)) {
    const word = match[0].replace(/['’]s$/u, '');
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, match.index);
    out.push({ text: word, lower: word.toLowerCase(), initial: previousEnd < 0 || /[.!?:;]\s*$/u.test(gap), pause: /[,;:.!?()]/u.test(gap) });
    previousEnd = (match.index ?? 0) + match[0].length;
  }
  return out;
}

// A month or a day is a date, not a place ("in October 2023").
const isName = (word: Word): boolean => !word.initial && startsUpper(word.text) && !STOPWORDS.has(word.lower) && !CALENDAR_WORDS.has(word.lower);

/** The names that stand in a phrase of place in `clause`, one list of words per name ("Baie-Saint-Paul" of "founded in 1984 in Baie-Saint-Paul"). */
function placeNames(clause: readonly Word[]): PlaceName[] {
  const out: PlaceName[] = [];
  for (let i = 0; i < clause.length; i++) {
    if (!PLACE_PREPOSITIONS.has(clause[i]!.lower)) continue;
    let j = i + 1;
    // "in 1984 in Baie-Saint-Paul", "at the Met": past a year and articles to the name, if one follows.
    // "in northern Pakistan": a compass adjective says which part of the place, the place is still named.
    while (j < clause.length && (ARTICLES.has(clause[j]!.lower) || YEAR_RE.test(clause[j]!.text) || COMPASS_RE.test(clause[j]!.text)) && j < i + 3) j++;
    const before = clause[j - 1]!;
    const words: Word[] = [];
    // A name ends at punctuation: "in Edinburgh, Scotland" names the city, then where it is.
    for (; j < clause.length && isName(clause[j]!) && (words.length === 0 || !clause[j]!.pause); j++) words.push(clause[j]!);
    const after = clause[j];
    const year = YEAR_RE.test(before.text) ? before.text : after !== undefined && YEAR_RE.test(after.text) ? after.text : '';
    if (words.length > 0) out.push({ words, preposition: i, end: j, year });
  }
  return out;
}

/**
 * `name` says where the name before it is ("at the Sèvres porcelain manufactory in France", "in the Uffizi Gallery
 * in Florence"): its preposition follows that name, or a few lower-case words after it, without a pause.
 */
function locates(name: PlaceName, before: PlaceName | undefined, sentence: readonly Word[]): boolean {
  if (before === undefined || name.preposition - before.end > 3) return false;
  for (let k = before.end; k <= name.preposition; k++) if (sentence[k]!.pause || (k < name.preposition && startsUpper(sentence[k]!.text))) return false;
  return true;
}

/**
 * The names of the statement's setting that the `correction` replaces with another: the statement puts the
 * claim in a place ("Cirque du Soleil was founded in Paris in 1984"), and the correction, speaking of the
 * same thing (a clause naming the subject, one of `names`, or using a verb of the statement) and without a
 * negation, puts it in another place that the statement never names ("Cirque du Soleil was founded in 1984 in
 * Baie-Saint-Paul, Quebec"), while it never says the statement's name but to deny it ("It has never moved to
 * the Louvre or to Paris"). Then that place is what makes the claim false, not where it happened: a sentence
 * with the subject and that name carries the claim ("Born on the streets of Paris in 1984, Cirque du Soleil
 * grew ..."). A text that names only the correction's place carries none of the statement's words for it.
 * A place the correction denies and never affirms is the false part too, whatever it says happened instead:
 * the subject of a clause right before its negation ("Hewlett-Packard had no part in its invention"), or a place
 * in the negation's own phrase ("No population winters in England"), not an event written with its year.
 * Only `candidates` (the statement's setting words, lower case) are looked at; what is returned is lower case.
 *
 * @example
 * ```ts
 * replacedNames('Cirque du Soleil was founded in Paris in 1984.', 'Cirque du Soleil was founded in 1984 in Baie-Saint-Paul, Quebec.', ['Cirque'], new Set(['paris', '1984']));
 * // Set { 'paris' }
 * replacedNames('The Thomanerchor of St Thomas Church in Leipzig was founded in 1850.', 'The Thomanerchor was founded in 1212.', ['Thomanerchor'], new Set(['leipzig', '1850']));
 * // Set {} (no other place)
 * ```
 */
export function replacedNames(statement: string, correction: string | undefined, names: readonly string[], candidates: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!correction) return out;
  const statementWords = words(statement);
  const nameWords = new Set(names.flatMap((name) => words(name).map((w) => w.lower)));
  const said = new Set(statementWords.map((w) => w.lower));
  const statementNames = placeNames(statementWords);
  // A place in an apposition right after the subject describes it ("Mount Erebus, the active volcano on Ross Island, is ..."):
  // it is no slot of the claim.
  const subjectEnd = statementWords.findIndex((w, i) => nameWords.has(w.lower) && !nameWords.has(statementWords[i + 1]?.lower ?? ''));
  const appositionEnd = subjectEnd >= 0 && statementWords[subjectEnd + 1]?.pause === true ? statementWords.findIndex((w, i) => i > subjectEnd + 1 && w.pause) : -1;
  const settingNames = statementNames.filter(
    (name) => name.words.every((w) => candidates.has(w.lower) && !nameWords.has(w.lower)) && !(name.preposition > subjectEnd && name.preposition < appositionEnd),
  );
  if (settingNames.length === 0) return out;
  // The statement's verbs (a past form): a clause of the correction with one speaks of the same event.
  const verbs = new Set(statementWords.filter((w) => !nameWords.has(w.lower) && (/^\p{Ll}{2,}ed$/u.test(w.text) || irregularBase(w.lower) !== undefined)).map((w) => stemWord(w.lower)));
  const affirmed = new Set<string>();
  const denied = new Set<string>();
  const rivals: PlaceName[] = [];
  for (const sentence of correction.split(/(?<=[.!?])\s+/u)) {
    const sentenceWords = words(sentence);
    // A sentence about the subject: it names it, or opens with a pronoun for it ("He was born in Otley").
    const aboutSubject = sentenceWords.some((w) => nameWords.has(w.lower)) || PRONOUNS.has(sentenceWords[0]?.lower ?? '');
    for (const clause of sentence.split(/[;:]\s|,?\s+but\s+|\s[-\u2013\u2014]\s/u)) {
      const clauseWords = words(clause);
      const negation = clauseWords.findIndex((w) => CLAUSE_NEGATION_RE.test(w.lower));
      // What a clause with a negation names is not said to be true ("It has never moved to the Louvre or to Paris").
      if (negation < 0) for (const w of clauseWords) affirmed.add(w.lower);
      else {
        // A name the clause denies: its subject right before the negation ("Hewlett-Packard had no part in it"), or a
        // place after it ("did not win gold in Rio", "No population winters in England"). Not a name it only mentions
        // ("the Normans never ruled Ravenna", "found in Pompeii ..., not 150,000").
        if (negation <= 3) for (const w of clauseWords.slice(0, negation)) if (startsUpper(w.text)) denied.add(w.lower);
        // The denial's own phrase ends at punctuation: "no helmet law, in Copenhagen or anywhere else" denies the law
        // everywhere, and the place set off after it is no false part.
        const pause = clauseWords.findIndex((w, k) => k > negation && w.pause);
        for (const name of placeNames(clauseWords.slice(negation + 1, pause < 0 ? undefined : pause))) for (const w of name.words) denied.add(w.lower);
      }
      const related = aboutSubject || clauseWords.some((w) => !nameWords.has(w.lower) && verbs.has(stemWord(w.lower)));
      // Another place is a name none of whose words the statement says ("West Yorkshire" is the statement's
      // "Yorkshire"), said before any negation of its clause ("born in Otley, not in Edinburgh").
      const asserted = negation < 0 ? clauseWords : clauseWords.slice(0, negation);
      // A name written with a year of the statement is the statement's event named otherwise ("at Paris 2024" for "at
      // the 2024 Olympics"), not another place.
      for (const name of placeNames(asserted)) if (related && !said.has(name.year) && name.words.every((w) => !said.has(w.lower) && !nameWords.has(w.lower))) rivals.push(name);
    }
  }
  // A place the correction denies and never affirms is the false part with no rival named: "Vienna had no part in
  // it" says the statement's "in Vienna" is what is wrong, whatever the correction says happened instead.
  // A name written with a year is an event ("at the 2019 Games"): denying that the subject was there denies the subject's
  // part, not the event's place.
  const deniedName = (name: PlaceName) => name.year === '' && name.words.some((w) => denied.has(w.lower)) && name.words.every((w) => !affirmed.has(w.lower) && !nameWords.has(w.lower));
  for (const name of settingNames) if (deniedName(name)) for (const w of name.words) out.add(w.lower);
  if (rivals.length === 0) return out;
  // A rival of the same kind: a country or a continent is replaced by another ("in Sweden" is not replaced by "in Mora",
  // which is in it), any other place by any place.
  const country = (name: PlaceName) => isCountryOrContinent(name.words.map((w) => w.text).join(' '));
  const countryRival = rivals.some(country);
  // A name the correction affirms in part is no false place ("Its only stay in the Uffizi" for "the Uffizi Gallery"),
  // nor is one that only says where such a name, or the subject, is ("the Sèvres porcelain manufactory in France").
  const trueName = (name: PlaceName) => name.words.some((w) => affirmed.has(w.lower) || nameWords.has(w.lower));
  for (const name of settingNames) {
    const before = statementNames[statementNames.indexOf(name) - 1];
    if (trueName(name) || (locates(name, before, statementWords) && trueName(before!)) || (country(name) && !countryRival)) continue;
    for (const w of name.words) out.add(w.lower);
  }
  return out;
}
