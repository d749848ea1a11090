import { answerClauseCloses, denyingAnswer } from './scopeRules.js';
import { isCitingWord, isReportWord, reportWordAt } from '../reportsSpeech.js';
import type { Language } from '../../text/languages.js';
import { isWhiteSpace } from '../../text/isWhiteSpace.js';
import { bankCueWords, hasCueWord } from '../bankCueWords.js';

/** How far after a reported claim the denial that answers it may start (spaces, line breaks, a quote). */
const DENIAL_REACH = 48;
/** A quoted run of three words or more: a claim cited in quotes (`"Kodak quit film in 2023."`, «...»). */
const QUOTED_RE = /["“„«][^"“”„«»]*?\S+\s+\S+\s+\S+[^"“”„«»]*?["”“»]/u;
/** Subjects of the speaker or the hearer: "I can't confirm that." says what the speaker knows, not that the claim is false. */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(
  `i we you je j nous vous tu io noi voi tu yo nosotros vosotros tú ich wir du eu nós você vocês`.split(' '),
);
const FIRST_WORD_RE = /[\p{L}]+/uy;
/**
 * The languages that drop the subject pronoun say "I don't know" by a negation and the verb alone ("Não sei se é
 * verdade", "No sé si es cierto", "Non so se è vero"): the writer's doubt, as "I'm not sure that's right" is.
 */
const UNKNOWING: Readonly<Partial<Record<Language, string>>> = { it: 'non so', es: 'no sé', pt: 'não sei' };

/** The denial read at `from` opens with a first- or second-person subject, or with the writer's "I don't know". */
function personalOpening(text: string, from: number, language: Language): boolean {
  FIRST_WORD_RE.lastIndex = from;
  const first = FIRST_WORD_RE.exec(text);
  if (first === null) return false;
  if (PERSONAL_SUBJECTS.has(first[0].toLowerCase())) return true;
  const unknowing = UNKNOWING[language];
  if (unknowing === undefined) return false;
  const head = text.slice(from, from + unknowing.length + 1).toLowerCase();
  return head.startsWith(unknowing) && !/\p{L}/u.test(head.charAt(unknowing.length));
}

/** Most words of a verdict on what was just said ("That is false.", "C'est inexact :", "No es cierto.", "Ces deux affirmations étaient fausses :"). */
const VERDICT_WORDS = 5;
const VERDICT_WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/**
 * Words that open a noun phrase rather than deny a clause in English ("No one knows.", "No wonder."): as the first
 * word of a short clause they say nothing of the claim before it.
 */
const DETERMINER_OPENINGS: Readonly<Partial<Record<Language, ReadonlySet<string>>>> = { en: new Set(['no', 'nobody', 'none', 'nothing']) };

/**
 * Words that deny truth or reality ("false", "wrong", "faux", "inexact", "falso", "falsch", "mito"): the cue bank's one-word
 * explicit negations, with the plain adjectives of error the bank leaves to notices (narrative uses them). Not its words of
 * correction: "[Correction: ...]" heads a note beside an asserted sentence (the corrected condition), not a verdict.
 */
const FALSITY = (() => {
  const words = bankCueWords('negation', (cue) => cue.role === 'strong');
  const plain: Readonly<Record<Language, readonly string[]>> = {
    en: ['wrong'],
    fr: [],
    it: ['sbagliato', 'sbagliata', 'errato'], // not "errata": "Errata corrige:" heads a correction note
    es: ['incorrecto', 'incorrecta', 'equivocado', 'equivocada'],
    de: ['unrichtig'],
    pt: ['errado', 'errada', 'incorreto', 'incorreta'],
  };
  for (const [language, list] of Object.entries(plain) as [Language, readonly string[]][]) for (const word of list) words[language].exact.add(word);
  return words;
})();
/** Negations of a verdict's copula ("not", "pas", "non", "no", "nicht", "não"). */
const NEGATORS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['not']),
  fr: new Set(['pas']),
  it: new Set(['non']),
  es: new Set(['no']),
  de: new Set(['nicht']),
  pt: new Set(['não']),
};
/** Words of truth a negation denies in a verdict ("not true", "pas exact", "non è vero", "no es cierto", "nicht richtig", "não é verdade"). */
const TRUTH_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['true', 'right', 'correct', 'accurate', 'case', 'so']),
  fr: new Set(['vrai', 'exact', 'juste', 'cas', 'ainsi']),
  it: new Set(['vero', 'esatto', 'corretto', 'così']),
  es: new Set(['cierto', 'verdad', 'así', 'correcto', 'exacto']),
  de: new Set(['wahr', 'richtig', 'stimmt', 'zutreffend', 'trifft', 'so']),
  pt: new Set(['verdade', 'certo', 'correto', 'exato', 'assim']),
};

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
  if (i >= text.length || !denialOpens(text, i, language, at)) return false;
  if (personalOpening(text, at[0]!, language)) return false;
  if (ownRetraction(text, start, end, language)) return false;
  return QUOTED_RE.test(text.slice(start, end)) || reportWordAt(text, start, end, NO_OWN_WORDS, language) >= 0 || citesText(text, start, end, language);
}

/**
 * A denial opens `text` at `i` (a sentence's first code unit): an answer particle or a short negated clause
 * (`denyingAnswer`, no label), or a verdict on what was just said ("That is false.", "Faux.", "C'est inexact :", "No es
 * cierto."): a short clause with a word denying truth or reality, the judgement a fact-check gives the claim it cites.
 * Writes the denial's span to `at`.
 *
 * @example
 * ```ts
 * const at = new Int32Array(2);
 * denialOpens('They didn\'t.', 0, 'en', at); // true, at = [0, 11]
 * denialOpens('That is false.', 0, 'en', at); // true, at = [0, 13]
 * denialOpens('The committee met on Tuesday to review the budget.', 0, 'en', at); // false
 * ```
 */
export function denialOpens(text: string, i: number, language: Language, at: Int32Array): boolean {
  const to = Math.min(text.length, i + DENIAL_REACH);
  // A short negated clause and a verdict both end at a mark within reach or where the text ends (every mark that
  // closes a verdict closes a short clause too). The sentence after a claim sentence, which this reads for every
  // mention, is mostly longer than the reach: then only a particle can answer, and one look for a mark replaces
  // the two clause readers' own.
  const closes = to === text.length || answerClauseCloses(text, i, to);
  if (denyingAnswer(text, i, to, at, false, closes)) return true;
  if (!closes) return false;
  const verdict = verdictClause(text, i, to, language, 'sentence');
  if (verdict < 0) return false;
  at[0] = i;
  at[1] = verdict;
  return true;
}

/**
 * Prepositions of attribution ("according to", "selon", "secondo", "según", "segundo", "laut"): they attribute a claim
 * to evidence as often as to someone's words ("según dataciones por radiocarbono de 2019"), so they pass nothing on here.
 */
const ATTRIBUTING: ReadonlySet<string> = new Set(['according', 'selon', 'secondo', 'según', 'segundo', 'laut']);
/** Subject pronouns of the first person singular: "I wrote that ..." is the writer's own statement, as "we wrote" is. */
const FIRST_PERSON: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['i']),
  fr: new Set(['je', "j'", 'j’']),
  it: new Set(['io', 'ho', 'avevo']),
  es: new Set(['yo']),
  de: new Set(['ich']),
  pt: new Set(['eu']),
};
/** Auxiliaries a German participle of hearing needs ("habe gehört"): alone, "gehört" is "belongs" ("Intel gehört zu ..."). */
const GERMAN_HAVE: ReadonlySet<string> = new Set(['habe', 'hat', 'hast', 'haben', 'hatte', 'hatten', 'hätte']);
/** Words that open a complement clause after a verb of writing ("wrote that ...", "écrit que", "scrive che", "schreibt, dass"). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'que', "qu'", 'qu’', 'che', 'dass', 'es']);

/**
 * The sentence `text[start, end)` passes the claim on as someone else's words: a verb of saying, reading or believing
 * (`isReportWord`), or one by which a text cites another (`isCitingWord`) followed by what it cites (a complementizer,
 * a colon, a comma or a quote: "wrote that ...", "a écrit : « ... »", "schreibt, ..."; not "a tablet written in ..."),
 * that is not one of the claim's own words (`ownWords`, lower case: "the WHO said ..." states a claim about what the
 * WHO said), whose subject is not the claim's own (`subjectBefore`: a name of the claim's subject before the verb,
 * "EFSA said in 2022 that ...") nor the writer (`ownRetraction`, or "I" before a verb that is not one of taking in:
 * "I wrote that ..." is the writer's statement, "I read that ..." someone else's). Such a sentence does not assert the
 * claim: denied or corrected in the next sentence ("One visitor told our volunteers that ... That story is false,
 * ...", "Un hebdomadaire affirme que ... En réalité, ...") it is the paper's local negation ("An article circulating
 * online claims X. This is false."), not the corrected condition of a claim stated in the text's own voice.
 *
 * @example
 * ```ts
 * passesOn('A reader wrote that the EU shut down Galileo.', 0, 45, new Set(['eu', 'shut', 'galileo']), () => false, 'en'); // true
 * passesOn('On page 12 we reported that the EU shut down Galileo.', 0, 53, new Set(['eu', 'shut', 'galileo']), () => false, 'en'); // false
 * passesOn('The EU shut down Galileo.', 0, 25, new Set(['eu', 'shut', 'galileo']), () => false, 'en'); // false
 * ```
 */
export function passesOn(
  text: string,
  start: number,
  end: number,
  ownWords: ReadonlySet<string>,
  subjectBefore: (at: number) => boolean,
  language: Language,
): boolean {
  let previous = '';
  let have = false;
  let found = -1;
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    const word = m[0].toLowerCase();
    if (GERMAN_HAVE.has(word)) have = true;
    const report = isReportWord(word, language) && !ATTRIBUTING.has(word) && (word !== 'gehört' || have);
    const citing = !report && isCitingWord(word, language) && citesAfter(text, m.index + m[0].length, end);
    // "can be told", "must be said": an instruction or a rule in the passive, not what someone said.
    if ((report || citing) && !ownWords.has(word) && previous !== 'be') {
      if (FIRST_PERSON[language].has(previous) && !TAKING_IN[language].has(word)) return false;
      found = m.index;
      break;
    }
    previous = word;
  }
  return found >= 0 && !subjectBefore(found) && !ownRetraction(text, start, end, language);
}

/** What a verb of writing at `from` cites follows it: a colon, a comma, a quote or a complementizer ("wrote that"). */
function citesAfter(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = text[i]!;
  if (c === ':' || c === ',' || QUOTE_OPEN_RE.test(c)) return true;
  WORD_RE.lastIndex = i;
  const next = WORD_RE.exec(text);
  return next !== null && next.index === i && COMPLEMENTIZERS.has(next[0].toLowerCase());
}

/** Words of hedging: a verdict that holds one doubts the claim ("it may be wrong", "isto é quase de certeza falso"), it does not deny it. */
const HEDGES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['maybe', 'perhaps', 'probably', 'possibly', 'likely', 'almost', 'may', 'might', 'could']),
  fr: new Set(['peut-être', 'probablement', 'sans', 'presque', 'quasi', 'pourrait', 'doute']),
  it: new Set(['forse', 'probabilmente', 'quasi', 'potrebbe', 'magari']),
  es: new Set(['quizás', 'quizá', 'probablemente', 'casi', 'podría', 'tal']),
  de: new Set(['vielleicht', 'wahrscheinlich', 'fast', 'möglicherweise', 'könnte', 'wohl', 'eher']),
  pt: new Set(['talvez', 'provavelmente', 'quase', 'pode', 'poderia']),
};
/**
 * The sentence that starts at or after `from` hedges in its opening words (at most {@link VERDICT_HEAD} and
 * {@link VERDICT_WORDS} of them, within the sentence): "Vielleicht stimmt das, vielleicht nicht", "Atenção, isto é
 * quase de certeza falso". A correction so opened doubts the claim it follows; it does not deny it.
 *
 * @example
 * ```ts
 * hedgedOpening('X. Maybe that is wrong.', 2, 'en'); // true
 * hedgedOpening('X. In fact the limit rose to £100.', 2, 'en'); // false
 * ```
 */
export function hedgedOpening(text: string, from: number, language: Language): boolean {
  const hedges = HEDGES[language];
  let words = 0;
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m !== null && ++words <= VERDICT_HEAD + VERDICT_WORDS; m = WORD_RE.exec(text)) {
    if (hedges.has(m[0].toLowerCase())) return true;
    if (endsSentence(text.charCodeAt(m.index + m[0].length))) return false;
  }
  return false;
}

/** A code unit that ends a sentence: . ! ? or a line break. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** Coordinating conjunctions: a verdict's clause ends at one ("That story is false, and ...", "Das ist falsch und ..."). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'et', 'mais', 'e', 'ma', 'y', 'pero', 'und', 'aber', 'mas']);
/** The span of a denying answer (reused, see {@link verdictAfter}). */
const verdictAt = new Int32Array(2);
/** Most words of a head before the colon that opens a verdict ("Anmerkung der Redaktion:", "The trainer stopped him straight away:"). */
const VERDICT_HEAD = 6;

/**
 * The sentence that starts at or after `from` opens with a verdict on what was just said: a denying answer ("No.",
 * "They didn't.", see `denyingAnswer`), or a clause of at most five words, after a head of at most six words closed by
 * a colon if any, that denies truth or reality (a word of falsity, or a negation with a word of truth: "That story is
 * false, and ...", "Das ist schlicht falsch und ...", "Anmerkung der Redaktion: Das trifft nicht zu.", "The trainer
 * stopped him straight away: that is wrong, ..."), ended by punctuation or a coordinating conjunction, with no word of
 * hedging ("it may be wrong" doubts) and no first- or second-person subject ("I'm not sure that's right" doubts).
 *
 * @example
 * ```ts
 * verdictAfter('X. That story is false, and we have asked the volunteers not to repeat it.', 2, 'en'); // true
 * verdictAfter('X. Be careful with that line: it may be wrong.', 2, 'en'); // false
 * ```
 */
export function verdictAfter(text: string, from: number, language: Language): boolean {
  let i = from;
  while (i < text.length && (isWhiteSpace(text.charCodeAt(i)) || text[i] === '[' || text[i] === '(' || QUOTE_OPEN_RE.test(text[i]!))) i++;
  if (i >= text.length) return false;
  if (denyingAnswer(text, i, Math.min(text.length, i + DENIAL_REACH), verdictAt, true, true)) {
    return !personalOpening(text, verdictAt[0]!, language);
  }
  if (verdictClause(text, i, text.length, language, 'clause') >= 0) return true;
  // After a head closed by a colon ("Anmerkung der Redaktion:", "Please be careful with this one:").
  let head = 0;
  WORD_RE.lastIndex = i;
  for (let m = WORD_RE.exec(text); m !== null && ++head <= VERDICT_HEAD; m = WORD_RE.exec(text)) {
    let k = m.index + m[0].length;
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    if (c === 58) return verdictClause(text, k + 1, text.length, language, 'clause') >= 0;
    if (endsSentence(c)) return false;
  }
  return false;
}

/** The sentence `text[start, end)` has a verb by which a text cites another ("Vous écrivez que ...", `isCitingWord`). */
function citesText(text: string, start: number, end: number, language: Language): boolean {
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) if (isCitingWord(m[0].toLowerCase(), language)) return true;
  return false;
}

/**
 * The writer's own voice as the author of a text, the editorial first person plural ("we wrote", "nous avons écrit",
 * "abbiamo scritto", "wir schrieben"): the subject of a verb of saying or writing.
 */
const AUTHOR_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['we']),
  fr: new Set(['nous']),
  it: new Set(['abbiamo', 'avevamo', 'noi']),
  es: new Set(['nosotros']),
  de: new Set(['wir']),
  pt: new Set(['nós']),
};
/**
 * The editorial possessive ("our", "notre", "unser-", "nostro", "nuestro", "nosso"; a singular "my" names someone else:
 * "My brother insists ..."): the writer's own text when it heads a noun of a text ({@link OWN_TEXTS}: "our profile
 * said", "in unserer Beilage hieß es"), not any group the writer belongs to ("someone in our club insists").
 */
const AUTHOR_POSSESSIVES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['our']),
  fr: new Set(['notre', 'nos']),
  it: new Set(['nostro', 'nostra', 'nostri', 'nostre']),
  es: new Set(['nuestro', 'nuestra', 'nuestros', 'nuestras']),
  de: new Set(['unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres']),
  pt: new Set(['nosso', 'nossa', 'nossos', 'nossas']),
};
/**
 * Nouns of a published text or broadcast (a publication's parts and genres) and of those who write it for the
 * publication ("our columnist wrote"), lower case.
 */
const OWN_TEXTS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    `article articles story stories report profile portrait review feature column piece issue edition supplement section newsletter bulletin post headline caption episode broadcast leaflet brochure obituary columnist columnists reporter reporters correspondent critic reviewer editor editors`.split(' '),
  ),
  fr: new Set(`article articles portrait dossier édition numéro supplément rubrique reportage chronique bulletin bilan enquête émission lettre page brochure chroniqueur chroniqueuse journaliste correspondant correspondante critique rédacteur rédactrice envoyé envoyée`.split(' ')),
  it: new Set(`articolo articoli ritratto numero edizione inserto servizio rubrica pagina reportage newsletter bollettino puntata dossier guida scheda giornalista inviato inviata corrispondente critico redattore redattrice`.split(' ')),
  es: new Set(`artículo artículos retrato edición número suplemento reportaje sección boletín columna crónica nota página programa informe folleto columnista periodista corresponsal crítico crítica redactor redactora enviado enviada`.split(' ')),
  de: new Set(`beitrag artikel porträt beilage ausgabe bericht heft folge sendung rubrik kolumne newsletter reportage meldung text seite broschüre kolumnist kolumnistin korrespondent korrespondentin kritiker kritikerin reporter reporterin redakteur redakteurin autor autorin`.split(' ')),
  pt: new Set(`artigo artigos retrato edição número suplemento reportagem secção seção boletim coluna crónica crônica texto página programa notícia folheto colunista jornalista correspondente crítico crítica repórter redator redatora enviado enviada`.split(' ')),
};
/** Words between an editorial possessive and its text noun ("our last issue", "unserer letzten Folge"). */
const POSSESSIVE_REACH = 2;
/**
 * Verbs of saying or publishing in the first person plural, whose ending is their subject (Spanish and Portuguese
 * drop the pronoun): "dijimos que ...", "publicamos por error que ...", "escrevemos que ...".
 */
const AUTHOR_VERBS: Readonly<Partial<Record<Language, ReadonlySet<string>>>> = {
  es: new Set(['escribimos', 'dijimos', 'publicamos', 'afirmamos', 'informamos', 'señalamos', 'indicamos']),
  pt: new Set(['escrevemos', 'dissemos', 'publicámos', 'publicamos', 'afirmámos', 'afirmamos', 'informámos', 'informamos', 'indicámos']),
};
/** Verbs of taking in what others say (reading, hearing, believing): "we read", "hören wir" report someone else's claim. */
const TAKING_IN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['read', 'hear', 'hears', 'heard', 'saw', 'seen', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'reckon', 'reckons']),
  fr: new Set(['lu', 'lit', 'entendu', 'pense', 'croit', 'croyait']),
  it: new Set(['letto', 'sentito', 'pensa', 'crede']),
  es: new Set(['leí', 'leído', 'lee', 'oí', 'oído', 'escuché', 'cree', 'creía', 'piensa']),
  de: new Set(['gelesen', 'liest', 'gehört', 'hörte', 'hören', 'glaubt', 'glaubte', 'meint', 'meinte']),
  pt: new Set(['li', 'lido', 'ouvi', 'ouvido', 'acha', 'achava', 'acredita']),
};
/**
 * Words that open a clause of its own (relative pronouns, complementizers): a verb after one has another subject
 * ("We present an analysis of an article that claimed ...": the article claims, not the writer).
 */
const CLAUSE_OPENERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['that', 'which', 'who', 'whom', 'whose', 'to']),
  fr: new Set(['qui', 'que', "qu'", 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles']),
  it: new Set(['che', 'cui', 'quale', 'quali']),
  es: new Set(['que', 'quien', 'quienes', 'cual', 'cuales', 'cuyo', 'cuya']),
  de: new Set(['dass', 'welche', 'welcher', 'welches', 'welchen', 'um']),
  pt: new Set(['que', 'quem', 'qual', 'quais', 'cujo', 'cuja']),
};
/**
 * Most words between the writer's "we" or "our" and the verb of saying it is the subject of ("On page 12 we
 * reported", "In unserer Beilage „Duftklassiker“ hieß es", "our profile of the company said"): the subject or the
 * place of the citation stands right before its verb; further away it heads another phrase ("We present a forensic
 * analysis of a synthetic article claiming ...").
 */
const AUTHOR_REACH = 4;
const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;
const QUOTE_OPEN_RE = /["“„«]/u;

/**
 * The sentence `text[start, end)` cites what the writer's own text said ("In last week's feature we wrote: ...", "Dans
 * notre bilan, nous avons écrit que ...", "In unserem Beitrag hieß es, ...", "dijimos que ..."): the writer's voice as
 * author is the subject of the verb of saying or writing, or heads the phrase that is (at most {@link AUTHOR_REACH}
 * words before the verb, no relative pronoun or complementizer between: "We present an analysis of an article that
 * claimed ..." cites someone else), or stands before the opening quote of a sentence without such a verb ("Our
 * headline: "..."). A claim so cited was asserted by the writer: a correction of it is a retraction (the paper's
 * corrected condition), and the verb of saying does not distance the writer from it as hearsay does.
 *
 * @example
 * ```ts
 * ownRetraction('On page 12 we reported that the EU shut down Galileo.', 0, 53, 'en'); // true
 * ownRetraction('We present an analysis of an article that claimed the EU shut down Galileo.', 0, 76, 'en'); // false
 * ownRetraction('A reader wrote that the EU shut down Galileo.', 0, 45, 'en'); // false
 * ```
 */
export function ownRetraction(text: string, start: number, end: number, language: Language): boolean {
  const authors = AUTHOR_WORDS[language];
  const possessives = AUTHOR_POSSESSIVES[language];
  const texts = OWN_TEXTS[language];
  const verbs = AUTHOR_VERBS[language];
  const openers = CLAUSE_OPENERS[language];
  // Words since the writer's voice (the pronoun, or the text noun an editorial possessive heads); past the reach
  // before the first one. `possessive`: words since an editorial possessive, looking for its text noun.
  let since = AUTHOR_REACH + 1;
  let possessive = POSSESSIVE_REACH + 1;
  let author = false;
  const quote = text.slice(start, end).search(QUOTE_OPEN_RE);
  WORD_RE.lastIndex = start;
  for (let m = WORD_RE.exec(text); m !== null && m.index < end; m = WORD_RE.exec(text)) {
    const word = m[0].toLowerCase();
    if (verbs?.has(word)) return true;
    if (isReportWord(word, language) || isCitingWord(word, language)) return since <= AUTHOR_REACH && !TAKING_IN[language].has(word);
    const own = authors.has(word) || (possessive <= POSSESSIVE_REACH && texts.has(word));
    if (own) {
      since = 0;
      possessive = POSSESSIVE_REACH + 1;
      if (quote < 0 || m.index < start + quote) author = true;
    } else if (possessives.has(word)) {
      possessive = 0;
      since++;
    } else if (openers.has(word)) since = possessive = AUTHOR_REACH + 1;
    else {
      since++;
      possessive++;
    }
  }
  return quote >= 0 && author;
}

/**
 * Where a verdict clause ends: at a sentence's closing mark (`sentence`: . ! ; : a line break), or also at a clause's
 * (`clause`: a comma, a dash, a closing bracket, a coordinating conjunction: "That story is false, and ...", "Das ist
 * falsch und ...").
 */
export type VerdictEnding = 'sentence' | 'clause';

/**
 * Where a short verdict that opens `text[from, to)` ends, or -1: at most {@link VERDICT_WORDS} words, closed by a mark
 * of `ending` (or where `text` ends), with a word of the language that denies truth or reality ("false", "wrong",
 * "faux", "inexact", "falso", "falsch", "mito") or a negation with a word of truth ("No es cierto", "not true"); no
 * question, no word of hedging ("it may be wrong" doubts), no first- or second-person subject ("I'm not sure that's
 * right" doubts), no determiner opening a noun phrase ("No one knows."), no negated word of falsity ("that is not
 * wrong", "ce n'est pas faux" affirm). A bare negation ("Non-rowers never notice.") says something else. Said right after a claim passed on, it judges that claim as "No." answers a question.
 *
 * @example
 * ```ts
 * verdictClause('That is false. The rest', 0, 23, 'en', 'sentence'); // 13 (the full stop)
 * verdictClause('No es cierto.', 0, 13, 'es', 'sentence'); // 12
 * verdictClause('That story is false, and we asked them not to repeat it.', 0, 56, 'en', 'clause'); // 19 (the comma)
 * verdictClause('Non-rowers never notice.', 0, 24, 'en', 'sentence'); // -1 (a bare negation)
 * verdictClause('Is that false?', 0, 14, 'en', 'sentence'); // -1 (a question)
 * verdictClause('It may be wrong.', 0, 16, 'en', 'sentence'); // -1 (a doubt)
 * verdictClause('That is not wrong.', 0, 18, 'en', 'sentence'); // -1 (not wrong is right)
 * ```
 */
export function verdictClause(text: string, from: number, to: number, language: Language, ending: VerdictEnding): number {
  const clause = ending === 'clause';
  let end = from;
  while (end < to && !closesVerdict(text.charCodeAt(end), clause)) end++;
  if ((end >= to && to < text.length) || text.charCodeAt(end) === 63) return -1;
  VERDICT_WORD_RE.lastIndex = from;
  let words = 0;
  let denied = false;
  let negated = false;
  // A negation since the last comma: the falsity word after it is denied ("not wrong", "pas faux", "nicht falsch"
  // affirm), where "No, eso es falso." answers, then denies.
  let negatedHere = false;
  let truth = false;
  for (let m = VERDICT_WORD_RE.exec(text); m !== null && m.index < end; m = VERDICT_WORD_RE.exec(text)) {
    const word = m[0].toLowerCase();
    if (clause && words > 0 && CONJUNCTIONS.has(word)) {
      end = m.index;
      break;
    }
    if (++words > VERDICT_WORDS) return -1;
    if (words === 1 && (PERSONAL_SUBJECTS.has(elided(word)) || DETERMINER_OPENINGS[language]?.has(word))) return -1;
    if (HEDGES[language].has(word)) return -1;
    if (hasCueWord(FALSITY[language], word)) {
      if (negatedHere) return -1;
      denied = true;
    } else if (NEGATORS[language].has(word) || word.endsWith("n't") || word.endsWith('n’t')) negated = negatedHere = true;
    else if (TRUTH_WORDS[language].has(word)) truth = true;
    if (text.charCodeAt(m.index + m[0].length) === 44) negatedHere = false;
  }
  return denied || (negated && truth) ? end : -1;
}

/** A word less what an apostrophe joins to it ("i'm" -> "i", "c'est" -> "c"). */
function elided(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 39 || c === 0x2019) return word.slice(0, k);
  }
  return word;
}

/**
 * Punctuation that closes a verdict: . ! ; : a line break (a question mark asks, it does not judge); with `clause`, also
 * a comma, a dash or a closing bracket. Each sentence mark also closes a short negated clause (`answerClauseCloses`
 * relies on it).
 */
function closesVerdict(code: number, clause: boolean): boolean {
  if (code === 46 || code === 33 || code === 59 || code === 58 || code === 10 || code === 13 || code === 63) return true;
  return clause && (code === 44 || code === 45 || code === 0x2013 || code === 0x2014 || code === 41 || code === 93);
}
