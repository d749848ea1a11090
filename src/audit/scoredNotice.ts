/**
 * A second look for notices the cue bank misses, by what a notice is rather than by its words: a
 * sentence beside a claim sentence, or a short opening or closing line of the text (a title, a
 * bracketed line, a note with a heading, a chat's system message), that names no claim and evaluates
 * the truth of something: a word that denies it ("wrong", "made up", "bufala", "erfunden"), a word
 * of truth, accuracy or sourcing with a negation or doubt beside it ("may be inaccurate", "no estamos
 * seguros de que esto sea cierto", "Ob das stimmt, wissen wir nicht", "non confermata"), low odds
 * ("a probability close to zero", "forse una su mille", "unter 2 %") or a hypothesis ("Imagine a
 * different September.", "Supongamos lo siguiente"). Beside a claim sentence it must also refer to
 * something said ("this", "eso", "cette affirmation", "der folgende Absatz") or be set apart as a note;
 * each sign is weak alone, together they make the notice.
 *
 * It runs only for a claim the rules found asserted (no cost elsewhere) and can only turn that
 * verdict into `neglect-risk`: the words are read in the candidate sentences of that record alone.
 * The lexicons are general words of the six languages (lower case; an entry ending in `*` matches
 * word starts), written from knowledge of the languages, not from evaluation records.
 */
import type { QualifierKind } from './vocabulary.js';

/** Where a candidate sentence stands relative to the claim sentence it may qualify. */
export type NoticePosition = 'beside' | 'edge' | 'system';

/** A notice found by {@link scoredNotice}: its qualifier kind and the evaluating word. */
export interface ScoredNotice {
  kind: QualifierKind;
  /** Offsets of the word (or phrase) that evaluates, in the text given. */
  start: number;
  end: number;
}

/** Words that deny truth or reality by themselves, by the kind of qualifier they are. */
const DENIAL: Record<string, QualifierKind> = {};
/** Words of truth, accuracy and sourcing: they evaluate only with a negation or doubt beside them. */
const TRUTH: Record<string, QualifierKind> = {};
/** Words of a statement's standing, read only in a candidate sentence. */
function words(kind: QualifierKind, into: Record<string, QualifierKind>, list: string): void {
  for (const w of list.split(/\s+/)) if (w) into[w] = kind;
}

// en, fr, it, es, de, pt
words('negation', DENIAL, `false falsely untrue wrong incorrect inaccurate erroneous mistaken fake bogus baseless myth hoax debunked misinformation
  faux fausse fausses erroné* inexact* incorrect* infondé* canular mythe intox
  falso falsa falsi sbagliat* errat* inesatt* scorrett* infondat* bufala bufale mito
  falsa falsos falsas erróne* incorrect* inexact* equivocad* infundad* bulo bulos
  falsch* unwahr* unrichtig* fehlerhaft* irrtum irrtümlich* unzutreffend* haltlos* mythos falschmeldung*
  falso falsos errad* incorret* inexat* infundad* boato boatos`);
words('fiction', DENIAL, `fiction fictional fictitious invented made-up imaginary hypothetical parody satire satirical counterfactual
  fiction fictif fictive fictifs inventé* imaginaire* hypothétique* parodi* satire satirique*
  finzione fittizi* inventat* immaginari* ipotetic* parodi* satira satiric*
  ficción ficticio* ficticia* inventad* imaginari* hipotétic* parodi* sátira satíric*
  fiktion fiktiv* erfunden* ausgedacht* hypothetisch* parodie satire satirisch*
  ficção fictíci* imaginári* hipotétic* paródi* sátira satíric*`);
words('unreliable-source', DENIAL, `rumour rumours rumor rumors gossip hearsay unverified unconfirmed unreliable unsubstantiated unsourced dubious doubtful questionable
  rumeur rumeurs ragot* invérifi* douteu* ouï-dire
  diceria dicerie pettegolezz* inattendibil* dubbi* voci
  rumor rumores chisme* dudos* inverificable*
  gerücht* unbestätigt* unbelegt* zweifelhaft* fragwürdig* unseriös* hörensagen
  rumor rumores fofoca* duvidos* inverificáve*`);
words('low-probability', DENIAL, `unlikely improbable
  improbable invraisemblable*
  improbabil* inverosimil*
  improbable* inverosímil*
  unwahrscheinlich*
  improváve* inverossímil*`);
words('negation', TRUTH, `true truth real reality accurate accuracy correct exact factual
  vrai vraie vrais vérité réel réelle réalité exact exacte correct correcte juste
  vero vera veri verità reale realtà esatt* corrett* giust*
  cierto cierta verdad verdadero verdadera real realidad exact* correct*
  wahr wahrheit stimmt stimmen stimmte richtig* korrekt* zutreffend* zutrifft zutrafen zutraf wirklichkeit realität
  verdade verdadeir* real realidade exat* corret* certo certa`);
words('unreliable-source', TRUTH, `verify verified verifiable check checked confirm confirmed confirmation source sourced sources reliable trust trustworthy support supported evidence proof proven substantiated vouch official
  vérifi* confirm* source sources fiable* étay* fondé* preuve* prouv* officiel*
  verific* conferm* fonte fonti affidabil* attendibil* fondat* prova prove provat* ufficial*
  verific* comprob* confirm* fuente fuentes fiable* respald* fundad* prueba* oficial*
  prüf* überprüf* bestätig* quelle quellen zuverlässig* verlässlich* belegt* beleg gesichert* gewähr bürgen offiziell*
  verific* confirm* fonte fontes fiáve* confiáve* comprov* fundamentad* prova provas oficial*`);
words('uncertainty', TRUTH, `sure certain clear
  sûr sûre certain* clair*
  sicur* cert* chiar*
  segur* clar*
  sicher* klar* genau
  segur* clar*`);

/** Negations and doubts: a truth word beside one of them evaluates. */
const DOUBT = new Set(
  `not n't never no nothing none nobody neither nor without cannot unable might perhaps maybe possibly unclear unsure uncertain doubt doubts whether hardly little
  ne pas jamais rien aucun aucune personne sans peut-être incertain* doute peu ni
  non mai niente nulla nessun nessuno nessuna senza forse incert* dubbio poco né
  no nunca nada ningún ninguna ninguno nadie sin quizá quizás incierto* duda poco ni
  nicht nie niemals nichts kein keine keiner keinen ohne vielleicht ob unklar* unsicher* zweifel* kaum weder
  não nunca nada nenhum nenhuma ninguém sem talvez incert* dúvida pouco nem`.split(/\s+/).filter(Boolean),
);

/** Articles and determiners: a denial word between one and a noun modifies that noun ("a false dawn", "the fake fur"). */
const DETERMINERS = new Set(
  `a an the its their his her our my your some
  un une le la les l' du des son sa ses leur
  un una uno il lo la i gli le l' del della dei un'
  un una el la los las del su sus
  ein eine einen einem einer der die das den dem des sein seine ihr ihre
  um uma o a os as do da dos das seu sua`.split(/\s+/).filter(Boolean),
);

/** What a notice refers to: pronouns and demonstratives, pointers, and nouns for a text or a statement. */
const REFERENCE = new Set(
  `this these those here below above following follows article story text post piece passage paragraph line sentence claim statement information fact figure entry page thread message answer response report card version account document issue edition column blog item
  ce cet cette ces ceci cela ça ici ci-dessous ci-dessus suit suivant suivante article texte histoire récit paragraphe ligne phrase affirmation information info message réponse passage billet chiffre donnée version
  questo questa questi queste quello quella ciò qui sotto sopra seguente segue articolo testo storia racconto paragrafo riga frase affermazione informazione notizia messaggio risposta brano dato versione
  este esta estos estas esto ese esa eso aquello aquí abajo arriba siguiente sigue artículo texto historia relato párrafo línea frase afirmación información dato noticia mensaje respuesta versión publicación
  dies diese dieser dieses diesen das hier folgende folgenden folgender unten oben artikel text geschichte absatz zeile satz behauptung angabe angaben information meldung nachricht antwort beitrag abschnitt aussage version
  este esta isto esse essa isso aquilo aqui abaixo acima seguinte segue artigo texto história relato parágrafo linha frase afirmação informação dado notícia mensagem resposta versão publicação`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words for odds, and words that make them low ("a slim chance", "probabilità bassissime"). */
const ODDS = new Set(
  `probability probabilities odds chance chances likelihood bet bets bookmaker bookmakers
  probabilité probabilités chance chances cote pari paris
  probabilità possibilità quota scommess*
  probabilidad probabilidades posibilidad posibilidades cuota apuesta* apuest*
  wahrscheinlichkeit* chance chancen quote wette* eintrittswahrscheinlichkeit*
  probabilidade probabilidades chance chances hipótese aposta* cotação`.split(/\s+/).filter(Boolean),
);
const LOW = new Set(
  `low lowest small slim tiny remote negligible minimal zero least
  faible faibles infime* minime nulle
  bassa basse bassissim* scars* minim* remot* nulla
  baja bajas escasa* mínima* remota* nula
  gering* niedrig* klein* minimal* winzig*
  baixa baixas pouca poucas pouquíssim* remota* mínima* nula`.split(/\s+/).filter(Boolean),
);

/** Verbs that ask the reader to suppose something (a hypothesis, at the head of a sentence). */
const HYPOTHESIS = new Set(
  `imagine suppose assume picture pretend
  imaginez imaginons imagine supposons admettons
  immagina immaginate immaginiamo supponiamo ipotizziamo
  imagina imaginad imaginemos imagínate imagínese supongamos pongamos
  angenommen stell stellt stellen
  imagina imagine imaginem suponha suponhamos`.split(/\s+/).filter(Boolean),
);

function lookup<T>(table: Record<string, T> | Set<string>, word: string): T | true | undefined {
  const has = (w: string) => (table instanceof Set ? (table.has(w) ? true : undefined) : table[w]);
  const exact = has(word);
  if (exact !== undefined) return exact;
  // Word starts: the longest listed start of `word` marked with `*`.
  for (let n = Math.min(word.length, 16); n >= 3; n--) {
    const hit = has(`${word.slice(0, n)}*`);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/** "2 %", "5%", "0.5 %" (a share of at most 10% is low odds). */
const PERCENT = /(\d+(?:[.,]\d+)?)\s?%/g;
/** "50/1", "200 contre 1", "150 a 1", "one in a hundred", "una su mille", "1 in 1,000". */
const LONG_ODDS = /\b(?:\d{2,}(?:[.,]\d+)?\s?(?:\/|to|contre|a|contra|zu|su)\s?1|(?:one|1|une|una|uno|eins|um|uma)[\s-](?:in|sur|su|entre|zu|em)[\s-](?:(?:a|un)[\s-])?(?:hundred|thousand|million|cent|mille|cento|cien|mil|hundert|tausend|\d{2,}))\b/iu;
/** "what if", "et si", "e se", "y si", "was wäre, wenn", "stell dir vor". */
const HYPOTHESIS_PHRASE = /^(?:what if|et si|e se|y si|was wäre|stell dir vor|stellt euch vor|stellen sie sich vor|nehmen wir an)\b/iu;

/**
 * Whether `text[start, end)` (a sentence or a line that names no claim) is a notice by its position
 * and what it says, and its qualifier if so. `shaped`: the span is set apart (bracketed or emphasised,
 * a title line, a note heading with a colon, a line ending in a colon) or is a chat's system message.
 *
 * @example
 * ```ts
 * scoredNotice('Vielleicht stimmt das, vielleicht nicht.', 0, 40, 'beside', false, 'de'); // { kind: 'negation', ... }
 * scoredNotice('The rallies were longer.', 0, 24, 'beside', false); // null
 * ```
 */
export function scoredNotice(text: string, start: number, end: number, position: NoticePosition, shaped: boolean, language = 'en'): ScoredNotice | null {
  const span = text.slice(start, end);
  if (/\?\s*["'”»)\]*_]*\s*$/u.test(span)) return null; // a question qualifies nothing
  let reference = false;
  let denial: ScoredNotice | null = null;
  let truth: ScoredNotice | null = null;
  let doubt = false;
  let odds = false;
  let low = false;
  let hypothesis = false;
  let lastDoubt = -10;
  let index = 0;
  let previous = '';
  // A denial word after a determiner waits for the next word: before a noun that is no statement
  // ("a false dawn", "the fake fur", "un faux pas") it describes a thing, not a text's truth.
  let attributive: ScoredNotice | null = null;
  for (const match of span.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    const at = start + match.index;
    const found = { start: at, end: at + match[0].length };
    if (attributive !== null) {
      if (REFERENCE.has(word)) denial ??= attributive;
      attributive = null;
    }
    // Portuguese "no" is "in the", not a negation.
    if (word.endsWith("n't") || (!(word === 'no' && language === 'pt') && lookup(DOUBT, word) !== undefined)) {
      doubt = true;
      lastDoubt = index;
    }
    const denies = lookup(DENIAL, word);
    // A denied denial affirms ("not false", "no myth", "kein Irrtum"): it evaluates nothing.
    if (denies !== undefined && denies !== true && index - lastDoubt > 2 && denial === null) {
      // Only denials of truth or reality can describe a thing; "an unreliable newsletter" still doubts a source.
      if (DETERMINERS.has(previous) && (denies === 'negation' || denies === 'fiction')) attributive = { kind: denies, ...found };
      else denial = { kind: denies, ...found };
    }
    previous = word;
    const affirms = lookup(TRUTH, word);
    if (affirms !== undefined && affirms !== true) truth ??= { kind: affirms, ...found };
    if (REFERENCE.has(word)) reference = true;
    if (lookup(ODDS, word)) odds = true;
    if (lookup(LOW, word)) low = true;
    if (index === 0 && HYPOTHESIS.has(word)) hypothesis = true;
    index++;
  }
  // A denial word that ends the span after a determiner is the span's predicate ("... is a fake").
  if (attributive !== null) denial ??= attributive;
  const evaluation: ScoredNotice | null =
    denial ??
    (truth !== null && doubt ? truth : null) ??
    (lowOdds(span, odds, low) ? { kind: 'low-probability', start, end } : null) ??
    (hypothesis || HYPOTHESIS_PHRASE.test(span.trimStart()) ? { kind: 'fiction', start, end } : null);
  if (evaluation === null) return null;
  // Beside a claim sentence the notice must say what it is about, or stand apart as a note; at the
  // edges of the text or in a system message the place says it, except for a doubt alone ("Nobody
  // is sure why the bees left." opens a story, it does not qualify one).
  if (position === 'beside') return reference || shaped ? evaluation : null;
  if (evaluation === truth && !reference && !shaped) return null;
  return evaluation;
}

/** Low odds: a word for odds with a low one or a share of at most 10%, or long odds ("50/1", "one in a thousand"). */
function lowOdds(span: string, odds: boolean, low: boolean): boolean {
  if (LONG_ODDS.test(span)) return true;
  if (!odds) return false;
  if (low) return true;
  for (const m of span.matchAll(PERCENT)) if (Number(m[1]!.replace(',', '.')) <= 10) return true;
  return false;
}

/** Longest opening or closing line read as a notice (the rules' paragraph notices use the same bound). */
const EDGE_LINE_LENGTH = 320;
/** Longest system message read as a notice. */
const SYSTEM_LENGTH = 600;
/** Longest heading of a note before its colon ("Nota del moderador", "Warnung vorab"). */
const NOTE_HEADING_LENGTH = 48;
/** Longest sentence beside a claim sentence read as a notice: a warning is short, a long sentence tells more of the story. */
const BESIDE_LENGTH = 200;

/** A notice found by {@link scoredNoticeFor}, placed as the rules place a neighbouring or framing notice. */
export interface ScoredPlacement {
  placement: 'adjacent' | 'framing';
  kind: QualifierKind;
  segment: number;
  start: number;
  end: number;
}

/**
 * A notice by {@link scoredNotice} for the claim sentence `[start, end)` of segment `segment`: a sentence
 * right before or after it (`adjacent`), else an opening or closing line of a text with several
 * lines or a system message (`framing`). `named(segment, start, end)` says whether a span names a
 * claim (a mention, or a claim's subject): such a span is part of the story, never a notice.
 *
 * @example
 * ```ts
 * const text = 'Zara closed every shop in 2022. That blog post is wrong, so ignore it.';
 * scoredNoticeFor([{ index: 0, role: 'document', text }], 0, 0, 31, (s, a, b) => a < 31); // { placement: 'adjacent', kind: 'negation', ... }
 * ```
 */
export function scoredNoticeFor(
  segments: readonly { index: number; role: string; text: string }[],
  segment: number,
  start: number,
  end: number,
  named: (segment: number, start: number, end: number) => boolean,
  language = 'en',
  seen: Map<number, ScoredNotice | null> = new Map(),
): ScoredPlacement | null {
  // A span is read once per record (`seen`, keyed by segment and start): claim sentences share neighbours and edges.
  const read = (text: string, index: number, a: number, b: number, position: NoticePosition, shaped: boolean): ScoredNotice | null => {
    const key = index * 0x4000000 + a;
    let found = seen.get(key);
    if (found === undefined) {
      found = named(index, a, b) ? null : scoredNotice(text, a, b, position, shaped, language);
      seen.set(key, found);
    }
    return found;
  };
  const own = segments.find((s) => s.index === segment);
  if (own === undefined || typeof own.text !== 'string') return null;
  const text = own.text;
  // The sentences right before and after the claim sentence (same segment).
  const before = previousSentence(text, start);
  if (before !== null && before[1] - before[0] <= BESIDE_LENGTH) {
    const found = read(text, segment, before[0], before[1], 'beside', setApart(text, before[0], before[1]));
    if (found) return { placement: 'adjacent', segment, ...found };
  }
  const after = nextSentence(text, end);
  if (after !== null && after[1] - after[0] <= BESIDE_LENGTH) {
    const found = read(text, segment, after[0], after[1], 'beside', setApart(text, after[0], after[1]));
    if (found) return { placement: 'adjacent', segment, ...found };
  }
  for (const s of segments) {
    if (typeof s.text !== 'string' || s.text.length === 0) continue;
    if (s.role === 'system' || s.role === 'developer') {
      if (s.index !== segment && s.text.length <= SYSTEM_LENGTH) {
        const found = read(s.text, s.index, 0, s.text.length, 'system', true);
        if (found) return { placement: 'framing', segment: s.index, ...found };
      }
      continue;
    }
    if (s.index !== segment) continue;
    for (const [a, b] of edgeLines(s.text)) {
      // Not the claim sentence's own line.
      if (a <= start && b >= start) continue;
      const found = read(s.text, s.index, a, b, 'edge', setApart(s.text, a, b));
      if (found) return { placement: 'framing', segment: s.index, ...found };
    }
  }
  return null;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0;

/** The first and last non-empty lines of `text` (trimmed), when it has at least two and they are short. */
function edgeLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let a = 0;
  while (a < text.length && isBlank(text.charCodeAt(a))) a++;
  if (a >= text.length) return lines;
  const firstEnd = trimEnd(text, a, lineEndAt(text, a));
  let z = text.length;
  while (z > 0 && isBlank(text.charCodeAt(z - 1))) z--;
  const lastStart = text.lastIndexOf('\n', z - 1) + 1;
  if (lastStart <= a) return lines; // one line: a document, not a note about one
  if (firstEnd - a <= EDGE_LINE_LENGTH) lines.push([a, firstEnd]);
  let b = lastStart;
  while (b < z && isBlank(text.charCodeAt(b))) b++;
  if (z - b <= EDGE_LINE_LENGTH) lines.push([b, z]);
  return lines;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function trimEnd(text: string, a: number, b: number): number {
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  return b;
}

/** A sentence ends at `.`/`!`/`?`/`:`/`;` followed by a space, or at a line break (enough for a neighbour's bounds). */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(i + 1);
  return i + 1 >= text.length || isBlank(next) || next === 34 || next === 0x201d || next === 0xbb || next === 41 || next === 93;
}

/** The sentence before offset `start` (trimmed), or null. */
function previousSentence(text: string, start: number): [number, number] | null {
  let b = start;
  while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
  if (b === 0) return null;
  let a = b - 1;
  while (a > 0 && !sentenceEndAt(text, a - 1)) a--;
  while (a < b && (isBlank(text.charCodeAt(a)) || text.charCodeAt(a) === 34 || text.charCodeAt(a) === 0x201d || text.charCodeAt(a) === 0xbb)) a++;
  return b > a ? [a, b] : null;
}

/** The sentence after offset `end` (trimmed), or null. */
function nextSentence(text: string, end: number): [number, number] | null {
  let a = end;
  while (a < text.length && (isBlank(text.charCodeAt(a)) || text.charCodeAt(a) === 34 || text.charCodeAt(a) === 0x201d || text.charCodeAt(a) === 0xbb)) a++;
  if (a >= text.length) return null;
  let b = a;
  while (b < text.length && !sentenceEndAt(text, b)) b++;
  if (b < text.length && text.charCodeAt(b) !== 10) b++;
  b = trimEnd(text, a, b);
  return b > a ? [a, b] : null;
}

const OPENERS = '[({*_';
const CLOSERS = '])}*_';

/**
 * The span is set apart from the text around it: bracketed or emphasised, a line of its own without
 * final punctuation (a title), a line ending in a colon, or a note opening with a short heading and
 * a colon ("Nota del moderador: ...", "Warnung vorab: ...").
 */
function setApart(text: string, a: number, b: number): boolean {
  const open = OPENERS.indexOf(text[a]!);
  let z = b;
  while (z > a && (text.charCodeAt(z - 1) === 46 || isBlank(text.charCodeAt(z - 1)))) z--;
  if (open >= 0 && z > a + 1 && CLOSERS.indexOf(text[z - 1]!) === open) return true;
  const ownLine = (a === 0 || text.charCodeAt(a - 1) === 10) && (b >= text.length || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13);
  const last = text.charCodeAt(trimEnd(text, a, b) - 1);
  if (ownLine && last !== 46 && last !== 33 && last !== 63 && last !== 59) return true;
  const colon = text.indexOf(':', a);
  if (colon > a && colon < b && colon - a <= NOTE_HEADING_LENGTH && !/[.,;!?"“«]/u.test(text.slice(a, colon))) return true;
  return false;
}
