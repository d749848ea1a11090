/**
 * Words that put a claim's predicate in prospect rather than in fact, in the six languages of the audit. A
 * claim says that something happened or is so; a sentence that speaks of it only as possible ("a Plinian
 * eruption could necessitate ..."), expected ("Vesuvius will erupt again", "a future eruption", "the next
 * major eruption") or supposed ("if Vesuvius erupted ...", "should Vesuvius erupt again") does not state
 * it: it shares the claim's topic, not its content.
 */
import { isWordCode } from '../../text/ahoCorasick.js';
import type { Language } from '../../text/languages.js';

/**
 * Modals of possibility: anywhere before the predicate word in its clause ("a theoretical eruption could
 * necessitate", "Vesuvius might erupt"). Not the modals of ability or permission ("can", "kann", "peut",
 * "può", "puede", "pode": "retailers can no longer sell polyester" states a fact), nor obligation ("should").
 */
const POSSIBILITY: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['could', 'might', 'may']),
  fr: new Set(['pourrait', 'pourraient', 'pourra', 'pourront', 'devrait', 'devraient']),
  it: new Set(['potrebbe', 'potrebbero', 'potrà', 'potranno', 'dovrebbe', 'dovrebbero']),
  es: new Set(['podría', 'podrían', 'podrá', 'podrán', 'debería', 'deberían']),
  de: new Set(['könnte', 'könnten', 'dürfte', 'dürften']),
  pt: new Set(['poderia', 'poderiam', 'poderá', 'poderão', 'deveria', 'deveriam']),
};

/**
 * Auxiliaries of the future and the conditional ("will erupt", "would be catastrophic", "würde"): a
 * prediction of an event, but the way a decision is announced ("Zara would close every one of its shops
 * by the end of the year"), so they do not count for a claim of change (`claimOfChange`). The Romance
 * languages inflect their future; their conditional auxiliaries are reported speech already (`hearsay`).
 */
const FUTURE: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['will', 'would', 'shall']),
  fr: new Set(),
  it: new Set(),
  es: new Set(),
  de: new Set(['würde', 'würden']),
  pt: new Set(),
};

/**
 * Adjectives and adverbs of prospect, counted only in the noun phrase of the predicate word, at most
 * {@link ADJECTIVE_REACH} word before it ("a future Plinian eruption", "potential Vesuvius eruptive
 * events", "the next major eruption"): further away "next" is a time ("For the next forty years Japan
 * ..."). Not the Romance words for "next", which also mean "near" ("próxima dos 60 Hz").
 */
const PROSPECT_ADJECTIVES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([
    'future', 'potential', 'potentially', 'possible', 'possibly', 'eventual', 'eventually', 'next', 'hypothetical', 'theoretical',
    'imminent', 'impending', 'likely', 'upcoming',
  ]),
  fr: new Set([
    'futur', 'future', 'futurs', 'futures', 'potentiel', 'potentielle', 'potentiels', 'potentielles', 'possible', 'possibles',
    'éventuel', 'éventuelle', 'éventuels', 'éventuelles', 'prochain', 'prochaine', 'prochains', 'prochaines', 'hypothétique', 'imminent', 'imminente',
  ]),
  it: new Set([
    'futura', 'futuro', 'futuri', 'future', 'potenziale', 'potenziali', 'possibile', 'possibili', 'eventuale', 'eventuali',
    'ipotetica', 'ipotetico', 'imminente',
  ]),
  es: new Set([
    'futura', 'futuro', 'futuras', 'futuros', 'potencial', 'potenciales', 'posible', 'posibles', 'eventual', 'eventuales',
    'hipotética', 'hipotético', 'inminente',
  ]),
  de: new Set([
    'künftig', 'künftige', 'künftigen', 'künftiger', 'zukünftig', 'zukünftige', 'zukünftigen', 'zukünftiger', 'potenziell',
    'potenzielle', 'potenziellen', 'möglich', 'mögliche', 'möglichen', 'möglicher', 'nächste', 'nächsten', 'nächster', 'eventuell',
    'hypothetisch', 'hypothetische', 'hypothetischen', 'bevorstehende', 'bevorstehenden',
  ]),
  pt: new Set([
    'futura', 'futuro', 'futuras', 'futuros', 'potencial', 'potenciais', 'possível', 'possíveis', 'eventual', 'eventuais',
    'hipotética', 'hipotético', 'iminente',
  ]),
};

/**
 * Conjunctions of condition: anywhere before the predicate word in its clause ("would have noticed if a Plinian
 * eruption had occurred"). The Romance ones only where they open the clause: after a noun of chance they
 * introduce a fact ("Ce n'est pas un hasard si ...", "Non è un caso se ..."), and "caso" is also the noun "case".
 */
const CONDITIONALS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['if', 'unless']),
  fr: new Set(),
  it: new Set(['qualora']),
  es: new Set(),
  de: new Set(['falls']),
  pt: new Set(),
};

/** Conjunctions of condition that count where they open the clause (see {@link CONDITIONALS}); "se" is also Portuguese's reflexive pronoun. */
const OPENING_CONDITIONALS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(),
  fr: new Set(['si']),
  it: new Set(['se']),
  es: new Set(['si']),
  de: new Set(),
  pt: new Set(['caso']),
};

/**
 * Verbs that open a conditional clause by inversion when they open the sentence ("Had Vesuvius actually been
 * preparing ...", "Should Vesuvius erupt ...", "Sollte der Vesuv ..."); after a comma they are mostly the verb
 * of a subject before it (", were all held in The Hague"). "Should" before a name inverts anywhere ("... faces
 * catastrophic risk should Vesuvius erupt again").
 */
const INVERTED: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['should', 'had', 'were']),
  fr: new Set(),
  it: new Set(),
  es: new Set(),
  de: new Set(['sollte', 'sollten', 'hätte', 'hätten', 'wäre', 'wären']),
  pt: new Set(),
};

/** How many words may stand between an adjective of prospect and the predicate word ("a future [Plinian] eruption"). */
export const ADJECTIVE_REACH = 1;

/** A word character, or an apostrophe inside a word ("it'll"). */
function wordChar(code: number): boolean {
  return isWordCode(code) || code === 39 || code === 0x2019;
}

/**
 * Which words can be in one of the tables above, by first letter and length: bit `n` of `mask[c]` is set when a
 * word of `language` starts with the ASCII code `c` and has `n` code units (`n` capped at 31). Every table word
 * that starts with ASCII is in; a clause word that starts with another letter is always read whole ("éventuel",
 * the Kelvin sign whose lower case is "k"). Lower-casing keeps a word's length but for "İ", whose lower case adds a
 * combining dot that no table word holds, so a word whose first letter and length match no table word is in none.
 * Most clauses hold no such word: they are read without a string cut or lower-cased (the sixteenth session's
 * instruction cost of this rule was mostly those strings).
 */
const CANDIDATES: Readonly<Record<Language, Uint32Array>> = (() => {
  const masks = {} as Record<Language, Uint32Array>;
  for (const language of Object.keys(POSSIBILITY) as Language[]) {
    const mask = new Uint32Array(128);
    const tables = [POSSIBILITY, FUTURE, PROSPECT_ADJECTIVES, CONDITIONALS, OPENING_CONDITIONALS, INVERTED];
    for (const table of tables) {
      for (const word of table[language]) {
        const first = word.charCodeAt(0);
        if (first < 128) mask[first]! |= 1 << Math.min(31, word.length);
      }
    }
    masks[language] = mask;
  }
  return masks;
})();

/** Start and end (code units) of each word of the clause before a predicate word (reused). */
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];

/** The word `text[start, end)` lower-cased, with a curly apostrophe as a straight one ("it\u2019ll" as "it'll"). */
function lowerWord(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase();
  // A curly apostrophe is rare: only such a word pays for the regular expression.
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/**
 * The word `text[start, end)` is capitalised: its first letter differs from the first letter of its lower case.
 * The word's own lower case, not the text's: lower-casing the whole text was quadratic, and shifts positions where
 * it changes a letter's length ("İ").
 */
function capitalised(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first < 128) return first >= 65 && first <= 90;
  return text.slice(start, end).toLowerCase().charCodeAt(0) !== first;
}

/** The word `text[start, end)` ends in "'ll" or "\u2019ll", in any case ("it'll", "THEY\u2019LL"). */
function endsInWill(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const apostrophe = text.charCodeAt(end - 3);
  return (apostrophe === 39 || apostrophe === 0x2019) && (text.charCodeAt(end - 2) | 32) === 108 && (text.charCodeAt(end - 1) | 32) === 108;
}

/**
 * The predicate word at `term` in `text` is in prospect: in its clause `text[clause, term)` a modal of
 * possibility, a conditional conjunction or an inverted conditional opening the clause stands before it, or
 * an adjective of prospect within {@link ADJECTIVE_REACH} word before it; or, unless `change` (a claim of
 * change, announced in the future), a future or conditional auxiliary. "May" counts only in lower case ("in
 * May 2015" is a date). `opensSentence`: the clause is the sentence's first (see {@link INVERTED}).
 *
 * @example
 * ```ts
 * const text = 'Volcanologists warn that a future Plinian eruption could devastate Naples.';
 * inProspect(text, 0, text.indexOf('eruption'), 'en', false, true); // true ("future")
 * inProspect('In May 2015 Vesuvius erupted.', 0, 21, 'en', false, true); // false
 * inProspect('Zara would close every one of its shops.', 0, 11, 'en', true, true); // false (a claim of change)
 * ```
 */
export function inProspect(text: string, clause: number, term: number, language: Language, change: boolean, opensSentence: boolean): boolean {
  let count = 0;
  let k = clause;
  while (k < term) {
    while (k < term && !isWordCode(text.charCodeAt(k))) k++;
    const start = k;
    while (k < term && wordChar(text.charCodeAt(k))) k++;
    if (k === start) continue;
    scratchStarts[count] = start;
    scratchEnds[count] = k;
    count++;
  }
  if (count === 0) return false;
  const candidates = CANDIDATES[language];
  const possibility = POSSIBILITY[language];
  const future = FUTURE[language];
  const adjectives = PROSPECT_ADJECTIVES[language];
  const conditionals = CONDITIONALS[language];
  const english = language === 'en';
  for (let i = 0; i < count; i++) {
    const start = scratchStarts[i]!;
    const end = scratchEnds[i]!;
    if (english && !change && endsInWill(text, start, end)) return true;
    const first = text.charCodeAt(start);
    if (first < 128 && ((candidates[first | 32]! >>> Math.min(31, end - start)) & 1) === 0) continue;
    const word = lowerWord(text, start, end);
    if (possibility.has(word) && !(word === 'may' && capitalised(text, start, end))) return true;
    if (conditionals.has(word)) return true;
    if (!change && future.has(word)) return true;
    if (i >= count - 1 - ADJECTIVE_REACH && adjectives.has(word)) return true;
    // "Should" before a name inverts anywhere ("... faces catastrophic risk should Vesuvius erupt again").
    if (english && word === 'should' && i + 1 < count && !capitalised(text, start, end) && capitalised(text, scratchStarts[i + 1]!, scratchEnds[i + 1]!)) return true;
    if (i === 0 && count >= 2 && (OPENING_CONDITIONALS[language].has(word) || (opensSentence && INVERTED[language].has(word)))) return true;
  }
  return false;
}

/** The word tables {@link inProspect} reads, for a test that checks it against a plain word-by-word reading. */
export const PROSPECT_WORDS = { POSSIBILITY, FUTURE, PROSPECT_ADJECTIVES, CONDITIONALS, OPENING_CONDITIONALS, INVERTED } as const;
