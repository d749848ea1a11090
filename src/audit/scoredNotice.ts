/**
 * A second look for notices the cue bank misses, by what a notice is rather than by its words: a
 * sentence beside a claim sentence, or a short opening or closing line of the text (a title, a
 * bracketed line, a note with a heading, a chat's system message), that names no claim and evaluates
 * the truth of something: a word that denies it ("wrong", "made up", "bufala", "erfunden"), a word
 * of truth, accuracy or sourcing with a negation or doubt beside it ("may be inaccurate", "no estamos
 * seguros de que esto sea cierto", "Ob das stimmt, wissen wir nicht", "non confermata"), low odds
 * ("a probability close to zero", "forse una su mille", "under 2 %") or a hypothesis ("Imagine a
 * different September.", "Supongamos lo siguiente"). Beside a claim sentence it must also refer to
 * something said ("this", "eso", "cette affirmation", "der folgende Absatz") or be set apart as a note;
 * each sign is weak alone, together they make the notice. What it refers to is read by its shape too: a
 * pronoun no list holds ("I read that on a forum", "dafür", "je n'en suis pas sûre", "me lo contó"), the
 * writer owning a doubt or an error ("I doubt", "puede que me equivoque"), or, at an opening line, a task
 * verb heading a sentence that points at the text ("Rewrite the following text ...": an exercise's material).
 *
 * It runs only for a claim the rules found asserted (no cost elsewhere) and can only turn that
 * verdict into `neglect-risk`: the words are read in the candidate sentences of that record alone.
 * The lexicons are general words of the six languages (lower case; an entry ending in `*` matches
 * word starts), written from knowledge of the languages, not from evaluation records.
 */
import { germanOrdinalDot } from '../text/germanOrdinalDot.js';
import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { wordUnits } from '../text/wordUnits.js';
import { boundedMemo } from '../util/boundedMemo.js';
import { isLanguage, type Language } from '../text/languages.js';
import { perLanguage } from '../text/perLanguage.js';
import { bracketedLine } from './bracketedLine.js';
import { logAnnotation } from './logAnnotation.js';
import { madeUpGenre } from './madeUpGenre.js';
import { headsSentence } from './scan/scopeRules.js';
import type { QualifierKind } from './vocabulary.js';

/** Where a candidate sentence stands relative to the claim sentence it may qualify. */
export type NoticePosition = 'beside' | 'edge' | 'system';

/** A notice found by {@link scoredNotice}: its qualifier kind and the evaluating word. */
export interface ScoredNotice {
  kind: QualifierKind;
  /** Offsets of the word (or phrase) that evaluates, in the text given. */
  start: number;
  end: number;
  /**
   * The span names a text or a part of one ("the paragraph on Japan was wrong", "cette information est
   * fausse"): it speaks about what was written, so naming the claim's subject does not make it part of the story.
   */
  aboutText?: boolean;
  /** The notice is a genre of made-up material the line calls the text by (`madeUpGenre`). */
  genre?: boolean;
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
// Distrust and the writer's own fallibility: they evaluate what was said without a word of truth
// ("je me méfie", "I'm sceptical", "puede que me equivoque", "I misspoke"); "no doubt" is a denied denial.
words('unreliable-source', DENIAL, `distrust* mistrust* sceptic* skeptic* wary
  méfi* sceptique* défian*
  diffid* scettic*
  desconfí* desconfi* escéptic*
  misstrau* skeptisch*
  desconfi* cétic* céptic*`);
words('uncertainty', DENIAL, `doubt doubts
  doute doutes
  dubito
  dudo
  bezweifl*
  duvido`);
words('negation', DENIAL, `misspoke misspoken misremember* misread
  tromp*
  sbagli*
  equivoc* equivoqu*
  irre irrt*
  equivoc* engan*`);
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
words('uncertainty', TRUTH, `sure certain clear convinced rely relied bet
  sûr sûre certain* clair* convaincu*
  sicur* cert* chiar* convint* fidar*
  segur* clar* convencid* fiar* fío
  sicher* klar* genau überzeugt*
  segur* clar* convencid* confiar`);

/** Negations and doubts: a truth word beside one of them evaluates. */
const DOUBT = new Set(
  `not n't never no nothing none nobody neither nor without cannot unable might perhaps maybe possibly unclear unsure uncertain doubt doubts whether hardly little
  ne n' pas jamais rien aucun aucune personne nul sans peut-être incertain* doute peu ni
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
  ce c' cet cette ces ceci cela ça ici ci-dessous ci-dessus suit suivant suivante article texte histoire récit paragraphe ligne phrase affirmation information info message réponse passage billet chiffre donnée version
  questo questa questi queste quest' quello quella quell' ciò qui sotto sopra seguente segue articolo testo storia racconto paragrafo riga frase affermazione informazione notizia messaggio risposta brano dato versione
  este esta estos estas esto ese esa eso aquello aquí abajo arriba siguiente sigue artículo texto historia relato párrafo línea frase afirmación información dato noticia mensaje respuesta versión publicación
  dies diese dieser dieses diesen das hier dafür darauf daran davon darüber dazu dagegen folgende folgenden folgender unten oben artikel text geschichte absatz zeile satz behauptung angabe angaben information meldung nachricht antwort beitrag abschnitt aussage version
  este esta isto esse essa isso aquilo aqui abaixo acima seguinte segue artigo texto história relato parágrafo linha frase afirmação informação dado notícia mensagem resposta versão publicação`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns for a text or a part of one: a notice that names one speaks about what was written ({@link ScoredNotice.aboutText}). */
const TEXT_NOUNS = new Set(
  `article post passage paragraph sentence claim statement entry page thread message answer report card slide version document edition column caption
  article texte paragraphe phrase affirmation information message réponse passage billet version carte légende
  articolo testo paragrafo frase affermazione informazione notizia messaggio risposta brano versione scheda didascalia
  artículo texto párrafo frase afirmación información noticia mensaje respuesta versión publicación ficha
  artikel text absatz satz behauptung angabe angaben information meldung nachricht antwort beitrag abschnitt aussage version
  artigo texto parágrafo frase afirmação informação notícia mensagem resposta versão publicação`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words for odds, and words that make them low ("a slim chance", "probabilità bassissime"). */
const ODDS = new Set(
  `probability probabilities odds chance chances likelihood bet bets bookmaker bookmakers
  probabilité probabilités chance chances cote pari paris
  probabilità possibilità quota scommess*
  probabilidad probabilidades posibilidad posibilidades cuota apuesta* apuest*
  wahrscheinlichkeit* chance chancen quote wette*
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

/**
 * Imperatives (and the Italian infinitive of instructions) of a reading or writing task: at the head of a
 * sentence in an opening line that points at the text ("Reescribe el siguiente texto", "Lies den folgenden
 * Ausschnitt und schreibe ...", "Tradurre il testo seguente"), they make the text the material of an exercise,
 * not an account of the world.
 */
const TASK = new Set(
  `read rewrite translate continue summarise summarize write answer discuss evaluate assess analyse analyze complete paraphrase respond compose draft retell
  lis lisez poursuis poursuivez continue continuez rédige rédigez réécris réécrivez traduis traduisez résume résumez réponds répondez commentez analysez complétez racontez
  leggi leggete tradurre traduci traducete riscrivi riscrivete riscrivere svolgi svolgete continua continuate riassumi riassumete rispondi rispondete commenta analizza completa racconta scrivi scrivete
  lee leed reescribe reescribid traduce traducid redacta redactad resume resumid continúa continuad responde responded comenta analiza completa escribe escribid
  lies lest schreibe schreib schreibt übersetze übersetzt fasse fasst beantworte beantwortet ergänze ergänzt analysiere kommentiere erzähle verfasse verfasst
  leia leiam escreva escrevam reescreva reescrevam traduza traduzam resuma resumam continue continuem responda respondam comente analise complete redija`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns for an error ("the text below contains an error", "questo articolo contiene errori", "enthält Fehler"): a
 * word of falsity that narrative uses as often ("pilot error", "un errore di calcolo"), so it evaluates only in an
 * opening or closing line or a system message that also refers to a text or points at one: there a text is said to
 * hold something false, and what it holds is the claims it states. Beside a claim sentence it evaluates only with a
 * noun for a text ("cette phrase reprend une erreur"): a statement said to be an error.
 */
const ERROR_NOUNS = new Set(
  `error errors mistake mistakes
  erreur erreurs
  errore errori
  error errores
  fehler fehlern
  erro erros`.split(/\s+/).filter(Boolean),
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

/**
 * What a counterfactual notice measures the text against: the world as it is, its history, its facts
 * ("Nothing below describes the world as it is.", "Die Fakten dieses Falls weichen von der
 * Geschichte ab"). "World" alone is everywhere ("No country in the world ..."): it is an anchor only
 * beside a possessive of the writer and reader ("our world", "unserer Welt") or the word "real".
 */
const REALITY_ANCHORS = new Set(
  `reality history facts real
  réalité réel réelle faits
  realtà reale fatti
  realidad hechos
  wirklichkeit realität tatsachen
  realidade fatos factos`.split(/\s+/).filter(Boolean),
);
const WORLDS = new Set(`world welt monde mondo mundo`.split(/\s+/).filter(Boolean));
/** The writer's and reader's own ("our world", "notre monde", "unsere Welt"). */
const OURS = new Set(
  `our ours
  notre nôtre nos
  nostro nostra nostri
  nuestro nuestra nuestros
  unser* unsrer*
  nosso nossa nossos`.split(/\s+/).filter(Boolean),
);
/**
 * What a text calls a set-up it asks the reader to take as given: a premise, a situation, a scenario
 * ("Work within the situation set out here.", "What follows is one of the scenarios we use"). Common
 * words ("the situation in the region"): they evaluate only with a reference to the text or set apart.
 */
const STIPULATION = new Set(
  `premise premises situation scenario scenarios hypothesis assumption assumptions
  prémisse prémisses situation scénario scénarios hypothèse
  premessa premesse situazione scenario scenari ipotesi
  premisa premisas situación escenario escenarios hipótesis supuesto
  prämisse ausgangslage ausgangssituation situation szenario szenarien annahme
  premissa premissas situação cenário cenários hipótese`.split(/\s+/).filter(Boolean),
);

/**
 * Words of difference and departure ("anders als in unserer Welt", "depart from history"). Plain
 * "other" is left out ("other facts", "d'autres faits"): it counts only before a year, in {@link OTHER_YEAR}.
 */
const OTHER = new Set(
  `different differs differ departs depart departed diverges diverge unlike alternate alternative
  différent différente différents diffère divergent écarte
  diverso diversa diversi alternativo alternativa discosta differisce
  distinto distinta difiere diverge
  anders abweich* weicht
  diferente diferentes difere`.split(/\s+/).filter(Boolean),
);
/** Verbs of depicting: with a negation and a world or reality, a text denies it shows the world ("Nothing below describes the world as it is."). */
const DEPICT = new Set(
  `describe* depict* portray* reflect* represent*
  décri* décrit représent* reflèt* dépei*
  descriv* descri* rappresent* riflett* ritra*
  describ* represent* refleja* retrat*
  beschreib* schilder* spiegel* zeig* darstell*
  descrev* represent* reflet* retrat* mostr*`.split(/\s+/).filter(Boolean),
);

// The lexicons merged into one table, built once: per word (or word start, for entries ending in `*`)
// its classes as bits and the kinds of its denial and truth senses.
const IS_DOUBT = 1;
const IS_REFERENCE = 2;
const IS_ODDS = 4;
const IS_LOW = 8;
const IS_HYPOTHESIS = 16;
const IS_DETERMINER = 32;
/** "one", "une", "una", ... and "in", "sur", "su", ...: long odds in words ("one in a thousand"). */
const IS_ONE = 64;
const IS_IN = 128;
/** A word ending in "n't". */
const IS_NEGATED = 256;
/** What a counterfactual is measured against, a world, the writer's own, a difference ({@link REALITY_ANCHORS}, {@link WORLDS}, {@link OURS}, {@link OTHER}). */
const IS_ANCHOR = 512;
const IS_WORLD = 1024;
const IS_OURS = 2048;
const IS_OTHER = 4096;
const IS_DEPICT = 8192;
/** "without" and a word for doubt: together "certainly" ("sans doute faux", "senza dubbio", "ohne Zweifel"), no doubt at all. */
const IS_WITHOUT = 16384;
const IS_DOUBT_NOUN = 32768;
const IS_STIPULATION = 65536;
/** The writer ("I", "je", "ich", "me", "mi"): a doubt or an error the writer owns is about what the writer said. */
const IS_FIRST = 131072;
const IS_TEXT = 262144;
const IS_TASK = 524288;
/** A noun for an error ({@link ERROR_NOUNS}). */
const IS_ERROR = 1048576;
interface Entry {
  bits: number;
  denial: QualifierKind | null;
  truth: QualifierKind | null;
}
const EXACT = new Map<string, Entry>();
const STARTS = new Map<string, Entry>();
function entry(word: string): Entry {
  const table = word.endsWith('*') ? STARTS : EXACT;
  const key = word.endsWith('*') ? word.slice(0, -1) : word;
  let e = table.get(key);
  if (e === undefined) table.set(key, (e = { bits: 0, denial: null, truth: null }));
  return e;
}
for (const [w, kind] of Object.entries(DENIAL)) entry(w).denial ??= kind;
for (const [w, kind] of Object.entries(TRUTH)) entry(w).truth ??= kind;
for (const [set, bit] of [
  [DOUBT, IS_DOUBT],
  [REFERENCE, IS_REFERENCE],
  [ODDS, IS_ODDS],
  [LOW, IS_LOW],
  [HYPOTHESIS, IS_HYPOTHESIS],
  [DETERMINERS, IS_DETERMINER],
  [new Set(['one', 'une', 'una', 'uno', 'eins', 'um', 'uma']), IS_ONE],
  [new Set(['in', 'sur', 'su', 'entre', 'zu', 'em']), IS_IN],
  [REALITY_ANCHORS, IS_ANCHOR],
  [WORLDS, IS_WORLD],
  [OURS, IS_OURS],
  [OTHER, IS_OTHER],
  [DEPICT, IS_DEPICT],
  [STIPULATION, IS_STIPULATION],
  [TEXT_NOUNS, IS_TEXT],
  [TASK, IS_TASK],
  [ERROR_NOUNS, IS_ERROR],
  [new Set(['without', 'sans', 'senza', 'sin', 'ohne', 'sem']), IS_WITHOUT],
  // "i" and "eu" are the writer only in English and Portuguese: see ONE_LANGUAGE_SENSES.
  // English contracts the writer with an auxiliary into one word ("I'd put the odds ...", "I'm not sure").
  [new Set(['i', "i'd", "i'm", "i've", "i'll", 'me', 'myself', "j'", 'je', 'moi', 'io', 'mi', 'yo', 'ich', 'mich', 'eu']), IS_FIRST],
  [new Set(['doubt', 'doute', 'dubbio', 'duda', 'zweifel', 'dúvida']), IS_DOUBT_NOUN],
] as const) {
  for (const w of set) entry(w).bits |= bit;
}
/**
 * Senses of short words of the table above that hold in one language only, since the table is read for
 * every language: English "I" is the writer, Italian "i" an article; Portuguese "eu" is the writer,
 * elsewhere "EU" is the European Union; Portuguese "no" is "in the", elsewhere a negation. Each row: the
 * word (lower case), its sense, the language, and whether the sense holds only there (true) or everywhere
 * but there (false).
 */
const ONE_LANGUAGE_SENSES: readonly (readonly [word: string, bit: number, language: string, only: boolean])[] = [
  ['i', IS_FIRST, 'en', true],
  ['i', IS_DETERMINER, 'en', false],
  ['eu', IS_FIRST, 'pt', true],
  ['no', IS_DOUBT, 'pt', false],
];
/** The longest word of {@link ONE_LANGUAGE_SENSES}: longer words are not looked up there. */
const ONE_LANGUAGE_LONGEST = Math.max(...ONE_LANGUAGE_SENSES.map(([word]) => word.length));

/** `bits` of `word` without the senses {@link ONE_LANGUAGE_SENSES} says it lacks in text of `language`. */
function sensesIn(bits: number, word: string, language: string): number {
  if (word.length > ONE_LANGUAGE_LONGEST) return bits;
  const lower = word.toLowerCase();
  for (const [w, bit, own, only] of ONE_LANGUAGE_SENSES) if (w === lower && (language === own) !== only) bits &= ~bit;
  return bits;
}

/** Lengths of the word starts, longest first. */
const START_LENGTHS = [...new Set([...STARTS.keys()].map((k) => k.length))].sort((a, b) => b - a);
/** The first two code units of every entry: most words of a sentence start otherwise and are skipped unread. */
const HEADS = new Set([...EXACT.keys(), ...STARTS.keys()].map((w) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0)));
const NEGATED: Entry = { bits: IS_NEGATED | IS_DOUBT, denial: null, truth: null };
/** Scratch of {@link lookupLower}: the merged senses of one word. */
const senses: Entry = { bits: 0, denial: null, truth: null };

/**
 * Words already looked up, with their senses (a copy) or null: a corpus repeats its words, so most
 * lookups are one map read. Emptied when it grows large.
 */
const lookupWord: (word: string) => Entry | null = boundedMemo(sensesOf, 1 << 16);

/** The senses of `word` (as written) in the merged lexicon (a copy), or null. Use {@link lookupWord}: the result must not be changed. */
function sensesOf(word: string): Entry | null {
  const found = lookupLower(word.toLowerCase());
  return found === null ? (word.includes('-') ? hyphenatedText(word) : null) : { bits: found.bits, denial: found.denial, truth: found.truth };
}

/**
 * A hyphenated word the lexicon lacks, read as a text noun when one of its parts is one ("texto-base",
 * "texte-source", "news-story"): its parts' text and reference senses, nothing else (a part's denial or doubt
 * stays the compound's own business: "non-fiction", "so-called"). Null otherwise.
 */
function hyphenatedText(word: string): Entry | null {
  let bits = 0;
  for (const part of word.toLowerCase().split('-')) {
    if (part.length === 0) continue;
    const found = lookupLower(part);
    if (found !== null) bits |= found.bits & (IS_TEXT | IS_REFERENCE);
  }
  return bits & IS_TEXT ? { bits, denial: null, truth: null } : null;
}

/** The senses of `word` (lower case) in the merged lexicon, in the reused {@link senses}, or null. */
function lookupLower(word: string): Entry | null {
  if (word.includes('’')) word = word.replace(/’/g, "'");
  if (word.endsWith("n't")) return NEGATED;
  if (!HEADS.has(word.charCodeAt(0) * 65536 + (word.length > 1 ? word.charCodeAt(1) : 0))) return null;
  senses.bits = 0;
  senses.denial = senses.truth = null;
  let any = false;
  const exact = EXACT.get(word);
  if (exact !== undefined) {
    senses.bits |= exact.bits;
    senses.denial = exact.denial;
    senses.truth = exact.truth;
    any = true;
  }
  for (const n of START_LENGTHS) {
    if (n > word.length) continue;
    const hit = STARTS.get(n === word.length ? word : word.slice(0, n));
    if (hit === undefined) continue;
    senses.bits |= hit.bits;
    senses.denial ??= hit.denial;
    senses.truth ??= hit.truth;
    any = true;
  }
  return any ? senses : null;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** "2 %", "5%", "0.5 %" (a share of at most 10% is low odds). */
const PERCENT = /(\d+(?:[.,]\d+)?)\s?%/g;
/**
 * A share of at most ten per cent written in words, as numbers are spelled in running text ("well under five percent",
 * "cinq pour cent", "un uno per cento", "uno por ciento", "fünf Prozent", "dois por cento"): the six languages' words
 * for one to ten before their word for per cent. One pattern for all: the words for per cent tell the languages apart.
 * Not the units of a larger number: English and French join them to their tens with a hyphen ("ninety-five percent",
 * "vingt-cinq pour cent"), French, Spanish and Portuguese with a word for and ("vingt et un", "treinta y cinco",
 * "trinta e dois"); Italian and German write them as one word with the tens ("venticinque", "fünfundzwanzig").
 * The tens are looked for behind a number word once one has matched, not at every position of the span.
 */
const SPELLED_SHARE = new RegExp(
  `(?<![\\p{L}\\-\u2010\u2011])(?:${[
    'one two three four five six seven eight nine ten',
    'un une deux trois quatre cinq six sept huit neuf dix',
    'uno una due tre quattro cinque sei sette otto nove dieci',
    'un uno una dos tres cuatro cinco seis siete ocho nueve diez',
    'ein eins einem zwei drei vier fünf sechs sieben acht neun zehn',
    'um uma dois duas três quatro cinco seis sete oito nove dez',
  ]
    .join(' ')
    .split(' ')
    .join('|')})(?<!(?:${[
    'vingt trente quarante cinquante soixante',
    'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
    'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
  ]
    .join(' ')
    .split(' ')
    .join('|')})\\s+(?:et|y|e)\\s+\\p{L}+)\\s+(?:percent|per\\s+cent|pour\\s+cent|per\\s+cento|por\\s+ciento|prozent|por\\s+cento)(?!\\p{L})`,
  'iu',
);
/** "50/1", "200 contre 1", "150 a 1", "1 in 1000". */
const LONG_ODDS = /\b(?:\d{2,}(?:[.,]\d+)?\s?(?:\/|to|contre|a|contra|zu|su)\s?1|1\s(?:in|sur|su|entre|zu|em)\s\d{2,})\b/u;

/** The first words of {@link HYPOTHESIS_PHRASE}'s phrases. */
const PHRASE_HEADS = new Set(['what', 'et', 'e', 'y', 'was', 'stell', 'stellt', 'stellen', 'nehmen']);
/**
 * The first two letters (lower case; 0 for a word of one letter) of the verbs of supposing and of
 * {@link PHRASE_HEADS}: a text whose first word starts otherwise opens with no hypothesis, unread.
 */
const HYPOTHESIS_HEADS = new Set([...HYPOTHESIS, ...PHRASE_HEADS].map((w) => w.charCodeAt(0) * 65536 + (w.length > 1 ? w.charCodeAt(1) : 0)));

/** "what if", "et si", "e se", "y si", "was wäre, wenn", "stell dir vor". */
const HYPOTHESIS_PHRASE = /^(?:what if|et si|e se|y si|was wäre|stell dir vor|stellt euch vor|stellen sie sich vor|nehmen wir an)\b/iu;

/** A different year ("a different 2021", "un autre 2020", "ein anderes 2019"): a counterfactual's premise. */
const OTHER_YEAR = /(?:^|[^\p{L}])(?:different|another|alternate|alternative|autre|différente?|altro|diverso|otro|distinto|outro|diferente|anderes|andere[ns]?)\s+(?:1[6-9]|20)\d\d(?!\d)/iu;

/**
 * Existence restricted to a representation: what exists only on a page, on paper, in a head, a mind, the
 * imagination, a book or a plan exists nowhere in the world ("an Australia that exists only on this page", "the
 * visitor centre exists only on the architect's plans", "n'existe que sur le papier", "esiste solo nella testa
 * dell'autore", "nur auf dem Papier existiert", "só existe no papel"). The place must be a representation:
 * "exists only in Tasmania" is a range. Up to three words (articles, possessives) before the place.
 * Per language, {@link onlyExists}'s words: `only` (the verb with "only"), `at` (the prepositions of the place),
 * `representation` (the places that are one), and for a language that may put the verb last, `onlyBefore` and `verb`
 * (German "das nur auf dem Papier existiert": "nur", the place, then the verb).
 */
const ONLY_EXISTS: Record<Language, { only: string; at: string; representation: string; onlyBefore?: string; verb?: string }> = {
  en: { only: String.raw`(?:exists?|existed)\s+(?:only|solely|purely|just)|only\s+(?:exists?|existed)`, at: 'in|on|inside', representation: String.raw`pages?|paper|heads?|minds?|imagination|plans?|drawing\s+board|books?|story|stories|fiction|dreams?` },
  fr: { only: String.raw`n['’]\s*exist\p{L}*\s+que|exist\p{L}*\s+(?:seulement|uniquement)`, at: 'dans|sur', representation: String.raw`pages?|papier|tête|esprit|imagination|plans?|livres?|histoire|fiction|rêves?` },
  it: { only: String.raw`esist\p{L}*\s+(?:solo|soltanto|solamente|unicamente)|(?:solo|soltanto)\s+esist\p{L}*`, at: "in|nel|nella|nei|nelle|negli|nell['’]|sulla|sul|sulle|sui|sull['’]", representation: String.raw`pagin[ae]|carta|testa|mente|immaginazione|progett[oi]|libr[oi]|storia|finzione|sogn[oi]` },
  es: { only: String.raw`exist\p{L}*\s+(?:solo|sólo|solamente|únicamente)|(?:solo|sólo)\s+exist\p{L}*`, at: 'en', representation: String.raw`páginas?|papel|cabeza|mente|imaginación|planos?|libros?|historia|ficción|sueños?` },
  de: { only: String.raw`(?:existier\p{L}*|gibt\s+es)\s+(?:nur|bloß|lediglich)`, at: 'in|im|auf', representation: String.raw`seiten?|papier|kopf|köpfen|fantasie|phantasie|vorstellung|plänen|buch|büchern|geschichte|träumen?`, onlyBefore: 'nur|bloß|lediglich', verb: String.raw`existier\p{L}*|gibt` },
  pt: { only: String.raw`exist\p{L}*\s+(?:só|apenas|somente|unicamente)|(?:só|apenas)\s+exist\p{L}*`, at: 'em|no|na|nos|nas', representation: String.raw`páginas?|papel|cabeça|mente|imaginação|planos?|livros?|história|ficção|sonhos?` },
};
/** Built per language when first read (src/text/perLanguage.ts): at import the six cost start-up their Unicode tables. */
const onlyExists = perLanguage((language) => {
  // After the preposition: a space, or nothing after an elided one ("nell'immaginazione", "sull'agenda").
  const place = String.raw`(?:(?<=['’])|\s+)(?:[\p{L}'’-]+\s+){0,3}?`;
  const { only, at, representation, onlyBefore, verb } = ONLY_EXISTS[language];
  const tail = `\\s+(?:${at})${place}(?:${representation})(?!\\p{L})`;
  const verbLast = onlyBefore === undefined ? '' : `|(?:${onlyBefore})${tail}\\s+(?:${verb})`;
  return new RegExp(`(?<!\\p{L})(?:(?:${only})${tail}${verbLast})`, 'iu');
});


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
  // A question qualifies nothing, unless it asks the reader to suppose ("What if ...?", "E se ...?").
  const question = /\?\s*["'”»)\]*_]*\s*$/u.test(span);
  if (question) return HYPOTHESIS_PHRASE.test(span.trimStart()) && (position !== 'beside' || shaped) ? { kind: 'fiction', start, end } : null;
  let reference = false;
  let first = false;
  let aboutText = false;
  let previousElided = false;
  // A sentence of the span starts at the next word (after ".", ":", ";", "!" or "?"); a task verb there is an instruction.
  let sentenceStart = true;
  let task = false;
  // A reference by a word other than a task verb heading its sentence: "Answer" is both ("(Answer: Cirrus des
  // Aigles)" labels a quiz's answer, it sets no task on a text).
  let taskReference = false;
  let error: ScoredNotice | null = null;
  let denial: ScoredNotice | null = null;
  let truth: ScoredNotice | null = null;
  let doubt = false;
  let odds = false;
  let low = false;
  let hypothesis = false;
  let lastDoubt = -10;
  let index = 0;
  let afterDeterminer = false;
  let afterOne = false;
  let oneIn = false;
  let digit = false;
  // A denial word after a determiner waits for the next word: before a noun that is no statement
  // ("a false dawn", "the fake fur", "un faux pas") it describes a thing, not a text's truth.
  let attributive: ScoredNotice | null = null;
  // A counterfactual: a world or reality, the writer's own, a difference, a verb of depicting.
  let stipulation = false;
  let anchor = false;
  let world = false;
  let ours = false;
  let other = false;
  let depict = false;
  const elides = language === 'fr' || language === 'it';
  let afterWithout = false;
  let doubtBefore = -10;
  let doubtsBefore = false;
  for (let i = start; i < end; ) {
    let units = wordUnits(text, i);
    if (units === 0 || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 45) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digit = true;
      else if (c === 46 || c === 58 || c === 59 || c === 33 || c === 63) sentenceStart = true;
      i++;
      continue;
    }
    const from = i;
    while (units > 0) {
      i += units;
      units = i < end ? wordUnits(text, i) : 0;
    }
    // French and Italian elide articles, pronouns and "ne" onto the next word ("c'était faux",
    // "un'informazione inesatta", "n'a jamais"): the short head and the word are read apart.
    if (elides) {
      const k = apostropheAt(text, from, i);
      if (k >= 0) i = k + 1;
    }
    // Most words start with two letters no entry starts with: skipped unread (ASCII only; "don't" kept for its negation).
    const c0 = lowerAscii(text.charCodeAt(from));
    const c1 = i - from > 1 ? lowerAscii(text.charCodeAt(from + 1)) : 0;
    const last = text.charCodeAt(i - 1);
    const skip = c0 < 128 && c1 < 128 && !HEADS.has(c0 * 65536 + c1) && !(i - from > 3 && (last === 116 || last === 84) && (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019));
    const word = skip ? '' : text.slice(from, i);
    // An English possessive is read as its noun ("that figure's right").
    const e = skip ? null : lookupWord(possessive(word) ? word.slice(0, -2) : word);
    let bits = e === null ? 0 : sensesIn(e.bits, word, language);
    if (attributive !== null) {
      if (bits & IS_REFERENCE) denial ??= attributive;
      attributive = null;
    }
    // "sans doute", "senza dubbio", "sin duda": "certainly", the "without" before it negates nothing.
    const surely = afterWithout && (bits & IS_DOUBT_NOUN) !== 0;
    if (surely) {
      lastDoubt = doubtBefore;
      doubt = doubtsBefore;
      bits &= ~IS_DOUBT;
    }
    afterWithout = (bits & IS_WITHOUT) !== 0;
    if (afterWithout) {
      doubtBefore = lastDoubt;
      doubtsBefore = doubt;
    }
    // A word of doubt that is also a denial ("zweifelhaft", "dubbio") does not deny itself.
    const doubtBeforeWord = lastDoubt;
    if (bits & (IS_NEGATED | IS_DOUBT)) {
      doubt = true;
      lastDoubt = index;
    }
    // A denied denial affirms ("not false", "no myth", "kein Irrtum"): it evaluates nothing.
    if (e !== null && e.denial !== null && !surely && index - doubtBeforeWord > 2 && denial === null) {
      const found = { kind: e.denial, start: from, end: i };
      // A denial of truth, reality or likelihood can describe a thing ("a false dawn", "an unlikely hero"); "an
      // unreliable newsletter" still doubts a source.
      if (afterDeterminer && e.denial !== 'unreliable-source') attributive = found;
      else denial = found;
      // An infinitive with the writer as its clitic ("sbagliarmi", "equivocarme"): the writer's own error.
      if (word.length > 5 && /r(?:mi|me)$/iu.test(word)) first = true;
    }
    if (e !== null && e.truth !== null) truth ??= { kind: e.truth, start: from, end: i };
    if (bits & IS_REFERENCE) reference = true;
    else if (!skip && anaphor(text, word, from, i, end, index, language, previousElided)) reference = taskReference = true;
    if (bits & IS_FIRST) first = true;
    previousElided = elides && (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019);
    if (bits & IS_TEXT) aboutText = true;
    const taskWord = (bits & IS_TASK) !== 0 && sentenceStart;
    if (taskWord) task = true;
    if (bits & IS_REFERENCE && !taskWord) taskReference = true;
    if (bits & IS_ERROR && index - lastDoubt > 2) error ??= { kind: 'negation', start: from, end: i };
    sentenceStart = false;
    if (bits & IS_ODDS) odds = true;
    if (bits & IS_LOW) low = true;
    if (index === 0 && bits & IS_HYPOTHESIS) hypothesis = true;
    if (bits & IS_STIPULATION) stipulation = true;
    if (bits & IS_ANCHOR) anchor = true;
    if (bits & IS_WORLD) world = true;
    if (bits & IS_OURS) ours = true;
    if (bits & IS_OTHER) other = true;
    if (bits & IS_DEPICT) depict = true;
    // "one in a thousand", "une sur mille", "uma em cem": long odds in words.
    // ... with the word for odds between ("une chance sur cinquante", "one chance in twenty").
    if (afterOne && bits & IS_IN) oneIn = true;
    afterOne = (bits & IS_ONE) !== 0 || (afterOne && (bits & IS_ODDS) !== 0);
    afterDeterminer = (bits & IS_DETERMINER) !== 0;
    index++;
  }
  // A denial word that ends the span after a determiner is the span's predicate ("... is a fake").
  if (attributive !== null) denial ??= attributive;
  // The writer's own doubt or error ("I'm not convinced", "je me méfie", "puede que me equivoque") is about what the writer said.
  // So are the odds the writer gives ("I'd put the odds of that at one in twenty", "Ich würde dem fünf Prozent geben").
  if (first && (denial !== null || (truth !== null && doubt) || odds)) reference = true;
  const evaluation: ScoredNotice | null =
    denial ??
    (truth !== null && doubt ? truth : null) ??
    // A text said to hold an error ("le texte ci-dessous contient une erreur"): at an edge, with a reference.
    // Beside a claim sentence only when the span also names a text or a part of one ("cette phrase reprend une erreur
    // fréquente", "esta informação ... é bem possível que seja um erro"): a statement said to be an error, not an
    // error the story tells of ("pilot error", "this error cost him the race").
    (error !== null && reference && (position !== 'beside' || aboutText) ? error : null) ??
    ((oneIn || odds || digit) && lowOdds(span, odds, low, oneIn) ? { kind: 'low-probability', start, end } : null) ??
    (hypothesis || HYPOTHESIS_PHRASE.test(span.trimStart()) ? { kind: 'fiction', start, end } : null) ??
    // A text set against the world: different from it ("genau eine Sache anders als in unserer Welt", "depart
    // from history", "a different 2021"), or denying it depicts it ("Nothing below describes the world as it is.").
    ((other && (anchor || (world && ours))) || (doubt && depict && (world || anchor)) || OTHER_YEAR.test(span) ? { kind: 'fiction', start, end } : null) ??
    // Existence only in a representation ("an Australia that exists only on this page").
    (isLanguage(language) && onlyExists(language).test(span) ? { kind: 'fiction', start, end } : null) ??
    // A set-up given as such: a premise or situation the text points at ("the situation set out here").
    (stipulation && (reference || shaped) ? { kind: 'fiction', start, end } : null) ??
    // An instruction that makes the text an exercise's material ("Rewrite the following text in reported speech.").
    (task && taskReference && position !== 'beside' ? { kind: 'fiction', start, end } : null) ??
    // A title or note that names the text's genre as made-up material ("Mock exam for the strategy seminar",
    // "Gioco di ruolo", "April Fools' edition"): the text says of itself that it reports no world.
    (position !== 'beside' ? genreNotice(text, start, end, language, shaped) : null);
  if (evaluation === null) return null;
  // Beside a claim sentence the notice must say what it is about, or stand apart as a note; at the
  // edges of the text or in a system message the place says it, except for a doubt alone ("Nobody
  // is sure why the bees left." opens a story, it does not qualify one).
  if (aboutText) evaluation.aboutText = true;
  if (position === 'beside') return reference || shaped ? evaluation : null;
  // Likelihood words and talk of rumours are ordinary narrative too ("an unlikely evening", "the rumours about his
  // training"): at an edge they need the reference as well.
  if ((evaluation === truth || ((evaluation.kind === 'low-probability' || evaluation.kind === 'unreliable-source') && evaluation === denial)) && !reference && !shaped) return null;
  return evaluation;
}

/**
 * A notice of the kind fiction at the genre name {@link madeUpGenre} finds in `text[start, end)`, or null: the
 * text calls itself by it when the line is set apart (`shaped`), when the name heads one of its sentences ("Mock
 * exam for the seminar.", "Aufgabe 4 (Übungsmaterial): ...") or when another word of the line refers to the text
 * ("What follows is a thought experiment"); not a genre the line only talks about ("He read a short story on
 * the flight home.").
 */
function genreNotice(text: string, start: number, end: number, language: string, shaped: boolean): ScoredNotice | null {
  const genre = madeUpGenre(text, start, end, language);
  if (genre === null) return null;
  if (!shaped) {
    let s = genre.start;
    while (s > start && !clauseOpens(text, s)) s--;
    if (!headsSentence(text, s, genre.start) && !refersOutside(text, start, end, genre.start, genre.end, language)) return null;
  }
  return { kind: 'fiction', start: genre.start, end: genre.end, genre: true };
}

/**
 * The line `text[start, end)` opens with a verb that asks the reader to suppose, its first word ("Imagine a
 * different September morning. ...", "Immagina di essere un ricercatore ...", "Picture Europe in 2021, ...") or a
 * phrase ("What if ...", "Stell dir vor ..."): its first sentence sets up what follows as a hypothesis. Only the
 * head is read, a word's look, so every text's opening can be asked.
 */
function opensWithHypothesis(text: string, start: number, end: number, language: string): boolean {
  let i = start;
  while (i < end && wordUnits(text, i) === 0) i++;
  if (i >= end) return false;
  // Every verb of supposing and every phrase starts with one of a few pairs of letters (all ASCII; a one-letter
  // word pairs with 0): most texts are not read further.
  const second = i + 1 < end ? lowerAscii(text.charCodeAt(i + 1)) : 0;
  if (!HYPOTHESIS_HEADS.has(lowerAscii(text.charCodeAt(i)) * 65536 + (second >= 97 && second <= 122 ? second : 0))) return false;
  let j = i;
  for (let units = wordUnits(text, j); units > 0; units = j < end ? wordUnits(text, j) : 0) j += units;
  const word = text.slice(i, j);
  const e = lookupWord(word);
  if (e !== null && (sensesIn(e.bits, word, language) & IS_HYPOTHESIS) !== 0) return true;
  return PHRASE_HEADS.has(word.toLowerCase()) && HYPOTHESIS_PHRASE.test(text.slice(i, Math.min(end, i + 24)));
}

/** A word of `text[start, end)` outside `[from, to)` refers to a text or points ("this", "below", "segue"). */
function refersOutside(text: string, start: number, end: number, from: number, to: number, language: string): boolean {
  for (const m of text.slice(start, end).matchAll(/[\p{L}'’-]+/gu)) {
    const at = start + m.index;
    if (at >= from && at < to) continue;
    const e = lookupWord(m[0]);
    if (e !== null && (sensesIn(e.bits, m[0], language) & IS_REFERENCE) !== 0) return true;
  }
  return false;
}

/** A sentence or a parenthesis opens at `i`: after ".", "!", "?" or ":" and a space, or after "(" or "[". */
function clauseOpens(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c === 40 || c === 91) return true;
  if (!isWhiteSpace(c) || i < 2) return false;
  const p = text.charCodeAt(i - 2);
  return p === 46 || p === 33 || p === 63 || p === 58;
}

/** Words after an English "that" that make it a pronoun for something said ("I read that on a forum", "that is wrong"). */
const AFTER_THAT = new Set(['on', 'in', 'from', 'at', 'about', 'with', 'by', 'is', 'was', 'one', 'bit', 'part', 'last', 'again', 'either', 'myself', 'yet']);
/** Spanish "lo" before these is no pronoun ("lo que", "lo mismo", "lo de"). */
const NOT_AFTER_LO = new Set(['que', 'mismo', 'de', 'más', 'mejor', 'peor', 'cual', 'demás']);

/**
 * A pronoun for something said that the lexicon cannot list as a word: English "that" as a pronoun
 * (opening the span, or before a pause or a preposition: "That's gossip", "I read that on a forum", "My coach
 * told me that,"), Spanish "lo" as an object ("me lo contó"), French "en" after an elided pronoun ("je n'en suis pas sûre").
 */
function anaphor(text: string, word: string, from: number, to: number, end: number, index: number, language: string, previousElided: boolean): boolean {
  const n = word.length;
  if (n === 2) {
    const lower = word.toLowerCase();
    if (lower === 'en') return language === 'fr' && previousElided;
    if (lower === 'lo') return language === 'es' && !NOT_AFTER_LO.has(nextWord(text, to, end));
    return false;
  }
  if (n < 4 || n > 6 || (word.charCodeAt(0) | 32) !== 116) return false;
  const lower = word.toLowerCase().replace('’', "'");
  if (lower === "that's") return true;
  if (lower !== 'that') return false;
  if (index === 0) return true;
  let k = to;
  while (k < end && text.charCodeAt(k) === 32) k++;
  if (k >= end) return true;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 41 || c === 0x2014 || c === 0x2013) return true;
  const after = nextWord(text, to, end);
  // A demonstrative before a word for a text ("that slide", "that post").
  return AFTER_THAT.has(after) || TEXT_NOUNS.has(after);
}

/** The word after offset `from` (lower case), or ''. */
function nextWord(text: string, from: number, end: number): string {
  let a = from;
  while (a < end && wordUnits(text, a) === 0) {
    if (text.charCodeAt(a) !== 32) return '';
    a++;
  }
  let b = a;
  for (let units = b < end ? wordUnits(text, b) : 0; units > 0; units = b < end ? wordUnits(text, b) : 0) b += units;
  return text.slice(a, b).toLowerCase();
}

/** The offset of an elided head's apostrophe in the word `text[from, to)` ("l'", "c'", "un'", "dell'"), or -1. */
function apostropheAt(text: string, from: number, to: number): number {
  for (let k = from + 1; k < to - 2 && k <= from + 5; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019) return k;
  }
  return -1;
}

/** A word ending in an English possessive "'s". */
function possessive(word: string): boolean {
  const n = word.length;
  if (n < 4) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/** Low odds: a word for odds with a low one or a share of at most 10%, or long odds ("50/1", "one in a thousand"). */
function lowOdds(span: string, odds: boolean, low: boolean, oneIn: boolean): boolean {
  if (oneIn) return true;
  if (!odds && !/\d\s?(?:\/|to|contre|a|contra|zu|su)\s?1\b/u.test(span)) return false;
  if (LONG_ODDS.test(span)) return true;
  if (!odds) return false;
  if (low) return true;
  for (const m of span.matchAll(PERCENT)) if (Number(m[1]!.replace(',', '.')) <= 10) return true;
  return SPELLED_SHARE.test(span);
}

/** Longest opening or closing line read as a notice (the rules' paragraph notices use the same bound). */
const EDGE_LINE_LENGTH = 320;
/** Longest title line (a first line without final punctuation) under which the next line is read as an edge too. */
const TITLE_LENGTH = 100;
/** Longest system message read as a notice. */
const SYSTEM_LENGTH = 600;
/** Longest heading of a note before its colon ("Nota del moderador", "Warnung vorab"). */
const NOTE_HEADING_LENGTH = 48;
/** Longest sentence beside a claim sentence read as a notice: a warning is short, a long sentence tells more of the story. */
const BESIDE_LENGTH = 200;

/**
 * What {@link scoredNoticeFor} has read in one record (claim sentences share neighbours and edges):
 * spans by segment and start, and each segment's edge lines. Empty it between records.
 */
export interface ScoredNoticeCache {
  spans: Map<number, ScoredNotice | null>;
  /** Per segment, its edge spans: offsets, and whether the span is an opening sentence rather than a line. */
  edges: Map<number, [start: number, end: number, sentence: boolean][]>;
}

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
 * claim (a mention, or the subject of a claim the record mentions: which other claims an auditor holds
 * decides nothing): such a span is part of the story, never a notice, unless it is
 * set apart as a note or speaks about a text, when only `mentioned` (a mention of a claim) rules it out, or is an
 * edge line naming the text's genre of made-up material, which is what the whole text is whatever else it names.
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
  cache: ScoredNoticeCache = { spans: new Map(), edges: new Map() },
  neighbours: { before: boolean; after: boolean } = { before: true, after: true },
  mentioned: (segment: number, start: number, end: number) => boolean = named,
): ScoredPlacement | null {
  const seen = cache.spans;
  // A span is read once per record (`seen`, keyed by segment and start): claim sentences share neighbours and edges.
  const read = (text: string, index: number, a: number, b: number, position: NoticePosition, sentence = false): ScoredNotice | null => {
    // Keyed by position too: an opening line is also the neighbour of the sentence after it, and is read both ways.
    // An opening sentence shares its start with its line: keyed apart (3), as its own span.
    const key = (index * 0x4000000 + a) * 4 + (position === 'beside' ? 0 : position !== 'edge' ? 2 : sentence ? 3 : 1);
    let found = seen.get(key);
    if (found === undefined) {
      // The words first: most spans evaluate nothing, and then whether they name a claim is never asked.
      const shaped = position === 'system' || setApart(text, a, b);
      // An opening sentence is an edge only when it opens with a hypothesis (`edgeLines`).
      found = sentence ? { kind: 'fiction', start: a, end: b } : scoredNotice(text, a, b, position, shaped, language);
      // A note set apart or a sentence about a text ("Correction: the paragraph on Japan was wrong.") may name
      // the claim's subject: only a mention of a claim makes it part of the story. A title naming the text's genre
      // ("Debate club brief – Motion: This house believes ...") frames the text even when it names the claim.
      if (found !== null && !(found.genre && position !== 'beside') && (shaped || found.aboutText ? mentioned(index, a, b) : named(index, a, b))) found = null;
      seen.set(key, found);
    }
    return found;
  };
  const own = segments.find((s) => s.index === segment);
  if (own === undefined || typeof own.text !== 'string') return null;
  const text = own.text;
  // The sentences right before and after the claim sentence (same segment).
  // `neighbours` says which neighbours may be notices (a caller that knows them to be claim sentences skips them).
  const before = neighbours.before ? previousSentence(text, start) : null;
  if (before !== null && before[1] - before[0] <= BESIDE_LENGTH) {
    const found = read(text, segment, before[0], before[1], 'beside');
    if (found) return { placement: 'adjacent', segment, ...found };
  }
  const after = neighbours.after ? nextSentence(text, end) : null;
  if (after !== null && after[1] - after[0] <= BESIDE_LENGTH) {
    const found = read(text, segment, after[0], after[1], 'beside');
    if (found) return { placement: 'adjacent', segment, ...found };
  }
  /** The edge lines of a segment, computed once per record. */
  function edgeLinesOf(text: string, index: number): Edge[] {
    const key = -1 - index;
    const known = cache.edges.get(key);
    if (known !== undefined) return known;
    const lines = edgeLines(text, language);
    cache.edges.set(key, lines);
    return lines;
  }
  for (const s of segments) {
    if (typeof s.text !== 'string' || s.text.length === 0) continue;
    // A turn wholly in square brackets is a note on the conversation, not a turn of it ("[Reviewer's note: harmful
    // answer, the assistant forges a document.]"): it is read as a system message is.
    if (s.role === 'system' || s.role === 'developer' || (s.index !== segment && s.role !== 'document' && squareBracketed(s.text))) {
      if (s.index !== segment && s.text.length <= SYSTEM_LENGTH) {
        const found = read(s.text, s.index, 0, s.text.length, 'system');
        if (found) return { placement: 'framing', segment: s.index, ...found };
        // A note about the conversation ("Flagged: the user wanted to deceive ..."), not an instruction to the assistant.
        const annotation = logAnnotation(s.text, language);
        if (annotation) return { placement: 'framing', segment: s.index, kind: 'malicious-behavior', ...annotation };
      }
      continue;
    }
    if (s.index !== segment) continue;
    // The claim sentence is far from both edges (most of a long text): its edge lines are read once.
    for (const [a, b, sentence] of edgeLinesOf(s.text, s.index)) {
      // Not the claim sentence's own line.
      if (a <= start && b >= start) continue;
      const found = read(s.text, s.index, a, b, 'edge', sentence);
      if (found) return { placement: 'framing', segment: s.index, ...found };
    }
  }
  return null;
}

/** An edge span of a text: its offsets, and whether it is the opening sentence of a longer line. */
type Edge = [start: number, end: number, sentence: boolean];

/**
 * The first and last non-empty lines of `text` (trimmed), when it has at least two and they are short, and
 * the opening sentence of the text's first line and of the line under a title, when that line holds more than
 * one sentence and opens with a hypothesis (`language`'s verbs of supposing). A writer says what a text is where
 * it starts, in a line of its own or in the first sentence of its first paragraph ("Imagine a different
 * September morning. You open the news and ..."): that sentence frames what follows it as a title does.
 */
function edgeLines(text: string, language: string): Edge[] {
  const lines: Edge[] = [];
  let a = 0;
  while (a < text.length && isWhiteSpace(text.charCodeAt(a))) a++;
  if (a >= text.length) return lines;
  // A line break within the longest line read after the first text, and one in the last such stretch: a longer line
  // is no notice. The first is looked for forwards: `lastIndexOf` is no builtin V8 compiles but a call into its
  // runtime, about 900 instructions a call (edgeLines runs for most records with a claim sentence).
  const firstNewline = text.indexOf('\n', a);
  const firstBreak = firstNewline >= 0 && firstNewline <= a + EDGE_LINE_LENGTH + 1;
  let z = text.length;
  while (z > 0 && isWhiteSpace(text.charCodeAt(z - 1))) z--;
  const lastBreak = text.indexOf('\n', Math.max(a, z - EDGE_LINE_LENGTH - 1));
  openingSentence(text, a, lines, language);
  if (!firstBreak && lastBreak < 0) return lines; // one line, or only long ones
  if (firstBreak) {
    const firstEnd = trimEnd(text, a, firstNewline);
    if (firstEnd - a <= EDGE_LINE_LENGTH) lines.push([a, firstEnd, false]);
    // Under a title (a short first line without final punctuation), the line after it opens the text
    // too: a standfirst or an editor's note ("AGRONOMY CLUB - APRIL EDITION" / "Every April we print ...").
    const end = text.charCodeAt(firstEnd - 1);
    if (firstEnd - a <= TITLE_LENGTH && end !== 46 && end !== 33 && end !== 63 && end !== 58) {
      let b = firstEnd;
      while (b < text.length && isWhiteSpace(text.charCodeAt(b))) b++;
      const lineBreak = text.indexOf('\n', b);
      const bEnd = trimEnd(text, b, lineBreak < 0 ? text.length : lineBreak);
      if (lineBreak >= 0 && bEnd > b && bEnd - b <= EDGE_LINE_LENGTH) lines.push([b, bEnd, false]);
      if (bEnd > b) openingSentence(text, b, lines, language);
    }
  }
  if (lastBreak >= 0) {
    let b = text.lastIndexOf('\n', z - 1) + 1;
    while (b < z && isWhiteSpace(text.charCodeAt(b))) b++;
    if (z - b <= EDGE_LINE_LENGTH && b > a) lines.push([b, z, false]);
  }
  return lines;
}

/**
 * Pushes the first sentence of the line that starts at `a` onto `lines` when it opens with a hypothesis
 * ({@link opensWithHypothesis}) and the sentence is short and not the whole line.
 */
function openingSentence(text: string, a: number, lines: Edge[], language: string): void {
  const stop = Math.min(text.length, a + BESIDE_LENGTH);
  if (!opensWithHypothesis(text, a, stop, language)) return;
  for (let i = a + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return; // the line is one sentence
    if (!sentenceEndAt(text, i)) continue;
    // The sentence must end before its line does: another sentence follows on the line.
    let k = i + 1;
    while (k < text.length && text.charCodeAt(k) !== 10 && isWhiteSpace(text.charCodeAt(k))) k++;
    if (k < text.length && text.charCodeAt(k) !== 10) lines.push([a, trimEnd(text, a, i + 1), true]);
    return;
  }
}

function trimEnd(text: string, a: number, b: number): number {
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b;
}

/** A sentence ends at `.`/`!`/`?`/`:`/`;` followed by a space, or at a line break (enough for a neighbour's bounds). */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(i + 1);
  if (c === 46 && next === 32 && germanOrdinalDot(text, i, 0, i + 2)) return false;
  return i + 1 >= text.length || isWhiteSpace(next) || next === 34 || next === 0x201d || next === 0xbb || next === 41 || next === 93;
}


/** The sentence before offset `start` (trimmed), or null. */
function previousSentence(text: string, start: number): [number, number] | null {
  let b = start;
  while (b > 0 && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  if (b === 0) return null;
  let a = b - 1;
  const stop = Math.max(0, b - BESIDE_LENGTH - 2);
  while (a > stop && !sentenceEndAt(text, a - 1)) a--;
  if (a === stop && a > 0) return null; // longer than any notice beside a claim
  while (a < b && (isWhiteSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 34 || text.charCodeAt(a) === 0x201d || text.charCodeAt(a) === 0xbb)) a++;
  return b > a ? [a, b] : null;
}

/** The sentence after offset `end` (trimmed), or null. */
function nextSentence(text: string, end: number): [number, number] | null {
  let a = end;
  while (a < text.length && (isWhiteSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 34 || text.charCodeAt(a) === 0x201d || text.charCodeAt(a) === 0xbb)) a++;
  if (a >= text.length) return null;
  let b = a;
  const stop = Math.min(text.length, a + BESIDE_LENGTH + 2);
  while (b < stop && !sentenceEndAt(text, b)) b++;
  if (b === stop && b < text.length) return null; // longer than any notice beside a claim
  if (b < text.length && text.charCodeAt(b) !== 10) b++;
  b = trimEnd(text, a, b);
  return b > a ? [a, b] : null;
}

/**
 * The span is set apart from the text around it: bracketed or emphasised, a line of its own without
 * final punctuation (a title), a line ending in a colon, or a note opening with a short heading and
 * a colon ("Nota del moderador: ...", "Warnung vorab: ...").
 */
function setApart(text: string, a: number, b: number): boolean {
  if (bracketedLine(text, a, b)) return true;
  const ownLine = (a === 0 || text.charCodeAt(a - 1) === 10) && (b >= text.length || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13);
  const last = text.charCodeAt(trimEnd(text, a, b) - 1);
  if (ownLine && last !== 46 && last !== 33 && last !== 63 && last !== 59) return true;
  // A short heading of words before a colon.
  for (let k = a + 1, stop = Math.min(b, a + NOTE_HEADING_LENGTH + 1); k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return true;
    if (c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0xab || c === 10) return false;
  }
  return false;
}

/** The whole of `text` (white space and final punctuation aside) is in square brackets: a note set apart. */
function squareBracketed(text: string): boolean {
  let a = 0;
  while (a < text.length && isWhiteSpace(text.charCodeAt(a))) a++;
  return text.charCodeAt(a) === 91 && bracketedLine(text, a, text.length) && text.indexOf(']', a) >= text.trimEnd().replace(/[.!?]+$/u, '').length - 1;
}
