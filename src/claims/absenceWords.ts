/**
 * Claims whose content is an absence: a statement that something was abolished, closed, banned,
 * removed or melted away ("SBB abolished first class on all of its trains", "Zara closed all of its
 * physical shops") is true exactly when that thing is no longer there, so "there's no first class to
 * upgrade to" or "no ice left" says what the claim says. Written for this project from general
 * knowledge of English; computed once per claim when an auditor is built.
 */
import { STOPWORDS } from './englishWords.js';

/** Verbs that say something stopped existing or being available (lemmas; phrasal particles are skipped). */
const PRIVATIVE_LEMMAS: ReadonlySet<string> = new Set(
  `abolish ban close shut scrap eliminate remove withdraw stop end cease halt discontinue cancel melt thaw disappear
   vanish lose drop axe outlaw prohibit forbid dissolve demolish destroy dismantle retire erase delete abandon quit
   phase die wipe`
    .split(/\s+/)
    .filter(Boolean),
);

/** Irregular forms of those verbs. */
const IRREGULAR: Readonly<Record<string, string>> = { withdrew: 'withdraw', withdrawn: 'withdraw', lost: 'lose', forbade: 'forbid', forbidden: 'forbid' };

/** Particles and adverbs between such a verb and what it removes ("shut down its", "melted away completely"). */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'away', 'out', 'off', 'up', 'completely', 'entirely', 'fully', 'totally', 'permanently']);

/** Words that end the noun phrase a verb removes: a preposition of the setting, a conjunction, a relative pronoun. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(
  `and or but which who that while in on at during since by for from to with after before across throughout until as than`.split(/\s+/),
);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[,;:()]/gu;

/** The lemma of `word` when it is a form of a privative verb ("abolished" → abolish, "banned" → ban), else null. */
export function privativeLemma(word: string): string | null {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  if (PRIVATIVE_LEMMAS.has(lower)) return lower;
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < 2) continue;
    const stem = lower.slice(0, -suffix.length);
    if (PRIVATIVE_LEMMAS.has(stem)) return stem;
    if (PRIVATIVE_LEMMAS.has(`${stem}e`)) return `${stem}e`;
    // Doubled consonant: banned, scrapped, stopped, dropped.
    if (stem.length >= 3 && stem.at(-1) === stem.at(-2) && PRIVATIVE_LEMMAS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return null;
}

/** What a claim's statement says is gone, and the verb that says so (lower-cased statement words; see {@link absenceWords}). */
export interface AbsenceWords {
  /** The statement's privative verbs ("abolished", "closed", "melted"). */
  readonly verbs: ReadonlySet<string>;
  /** What they remove: the noun phrase after the verb ("first", "class"), or, for a verb without one, its subject ("ice", "cap"). */
  readonly gone: ReadonlySet<string>;
}

/**
 * The words of a statement that say something is gone (see the module comment): its privative verbs and
 * the content words of what they remove. Empty sets for a statement without such a verb.
 *
 * @example
 * ```ts
 * absenceWords('In 2020 SBB abolished first class on all of its trains.');
 * // { verbs: Set { 'abolished' }, gone: Set { 'first', 'class' } }
 * absenceWords("Iceland's Vatnajökull ice cap melted away completely in 2020.");
 * // { verbs: Set { 'melted' }, gone: Set { 'iceland', 'vatnajökull', 'ice', 'cap' } }
 * ```
 */
export function absenceWords(statement: string): AbsenceWords {
  const verbs = new Set<string>();
  const gone = new Set<string>();
  const words = [...statement.matchAll(WORD_RE)].map((m) => m[0].replace(/['’]s$/u, '').toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (privativeLemma(words[i]!) === null) continue;
    verbs.add(words[i]!);
    let j = i + 1;
    while (j < words.length && PARTICLES.has(words[j]!)) j++;
    // "do away with", "get rid of" are not in the list; their object follows "with"/"of" anyway.
    const before = gone.size;
    for (; j < words.length; j++) {
      const word = words[j]!;
      if (PHRASE_ENDS.has(word) || /^[,;:()]$/.test(word) || privativeLemma(word) !== null) break;
      if (STOPWORDS.has(word) || /^\d/.test(word)) continue;
      gone.add(word);
    }
    if (gone.size > before) continue;
    // No object: what the verb says is gone is its subject ("Vatnajökull ice cap melted away").
    for (let k = i - 1; k >= 0; k--) {
      const word = words[k]!;
      // Back to the clause's start, or to its setting ("In February 2021 the Gulf Stream stopped").
      if (PHRASE_ENDS.has(word) || /^[,;:()]$/.test(word) || /^\d/.test(word)) break;
      if (STOPWORDS.has(word)) continue;
      gone.add(word);
    }
  }
  return { verbs, gone };
}
