/**
 * Names of genres of made-up material, per language: a text that calls itself one of them was set up for
 * practice, for play or as a joke, not to report the world. A title or a short note at the text's edge that
 * names its genre so speaks about the text itself and denies it describes reality without a word of denial
 * (issue 9 item 4: "What follows is a thought experiment").
 *
 * The cue bank's non-factual genres (`FICTION_GENRES`: tales, screenplays, simulations, role plays, ...) and,
 * besides them, genres it counts as neutral at a line's head but that frame invented facts when a text calls
 * itself by them (exercises, model answers, mock exams), games (board and tabletop
 * games, a game master's material) and the day of jokes with its issue ("April Fools' edition"). Names that also
 * name a workout ("exercise", "simulated", "Übung", "ejercicio", ...) count only on a line that sets the reader a
 * task on a text, or as a numbered exercise's heading alone (`SHARED_WITH_TRAINING`).
 *
 * Set-ups a reader performs or answers rather than believes are such genres too (twentieth session): a debate's
 * brief, an improv or a scene prompt, a dream diary, a game master's notes, a school play, a Model United Nations
 * committee; a script names itself by a numbered scene or a screenplay's scene heading (`SCRIPT_RE`), and "debate"
 * and "exam", which also name the event itself, count only as the first word of the line (`HEAD_ONLY`) or as the
 * complement of what the reader is given to work on heading it (`SETUP_HEAD`: "Sujet d'examen", "Traccia per il
 * dibattito"; twenty-third session).
 *
 * Left out on purpose: genres whose texts state real facts as often as invented ones ("quiz": answer sheets
 * state what is true; a case study, a textbook's "Chapter 10: Case Study" as often as a course's invented firm;
 * "handout", "lesson", "worksheet", "game", "script"), and words with an everyday sense
 * ("drill", "brief", "motion"). Written from knowledge of the six languages (lower case; an entry ending in
 * `*` matches word starts), not from evaluation records.
 */
import { FICTION_GENRES } from './cues/genreCues.js';
import { isLanguage, type Language } from '../text/languages.js';
import { perLanguage } from '../text/perLanguage.js';

/** Genres beyond the cue bank's non-factual ones, per language, separated by commas. */
const MADE_UP: Record<Language, string> = {
  en: `model answer, practice paper, mock, role-playing, tabletop, board game, board games, card game, game master, dungeon master, larp, rpg, story prompt, essay prompt,
    alternate history, alternative history, make-believe, spoof, april fool, april fools, april fool's, april fools',
    debate brief, debate briefs, debate club, debate society, debating society, motion pack, improv, improvised, improvisation, scene prompt,
    dream diary, dream journal, dream log, game design, level design, gm notes, school play, model united nations, osce station`,
  fr: `corrigé type, examen blanc, bac blanc, épreuve blanche,
    session blanche, concours blanc, jeu de société, jeux de société, jeu de plateau, maître du jeu, jdr, poisson d'avril, uchronie,
    club de débat, sujet de débat, club d'éloquence, concours d'éloquence, match d'impro, improvisation théâtrale,
    journal de rêves, journal des rêves, carnet de rêves, récit de rêve, meneur de jeu, modèle des nations unies, simulation des nations unies`,
  it: `esercitazion*, gioco da tavolo, giochi da tavolo,
    pesce d'aprile, ucronia, improvvisazione teatrale,
    diario dei sogni, diario di sogni, note del master, master di gioco, giocatore di ruolo, giocatori di ruolo, recita scolastica`,
  es: `juego de mesa, juegos de mesa, director de juego,
    inocentada, ucronía, club de debate, improvisación teatral,
    diario de sueños, diario de los sueños, notas del máster, máster de juego, partida de rol, modelo de naciones unidas`,
  de: `musterlösung*, probeklausur*, rollenspiel*, brettspiel*, planspiel*,
    spielleiter*, simulation*, aprilscherz*, gedankenexperiment*, debattier*, improtheater*, improvisationstheater*,
    traumtagebuch*, theater-ag, schultheater*, schulaufführung*`,
  pt: `jogo de tabuleiro, jogos de tabuleiro, rpg, mestre do jogo,
    dia das mentiras, ucronia, clube de debate, teatro de improviso,
    diário de sonhos, diário dos sonhos, notas do mestre, modelo das nações unidas`,
};

/**
 * Genres of set-up material named by a common noun that also names the event itself (a debate in parliament, an
 * exam season, "Resumo para a prova": a study summary for an exam reports): they call the text made-up material
 * only as the first word of its line, the head of what the line names ("Debate escolar, 4.º de ESO", "Esame di
 * Geologia – Prova scritta", "Examen de Alemán B2"): the text is the debate's brief or the exam paper.
 *
 * Left out: nouns whose other senses open real headlines as often: French "épreuve" (a sporting event, an
 * ordeal: "Épreuve du 100 mètres : ..."), German "Prüfung" (a check, an audit: "Prüfung der Fakten: ...").
 */
const HEAD_ONLY: Record<Language, string> = {
  en: `debate, debating, exam, examination`,
  fr: `débat, examen`,
  it: `dibattito, esame`,
  es: `debate, examen`,
  de: `debatte, klausur, abitur, abituraufgabe*, abiturprüfung*`,
  pt: `debate, exame, prova`,
};

/**
 * A complement clause, per language: a genre's name takes a subject, a level or a number after it, never a clause;
 * a head word followed by one is a proof, a test or a verb stating a proposition ("Prova de que ...", Portuguese
 * "prova que" = "proves that"). Entries as in {@link HEAD_ONLY}; `*` for the French elided "qu'".
 */
const CLAUSE_FOLLOWS: Record<Language, string> = {
  en: 'that',
  fr: "que, qu'*, qu’*",
  it: 'che',
  es: 'que, de que',
  de: 'dass, ob',
  pt: 'que, de que',
};

/**
 * Names of made-up material that also name a workout, a physiotherapy routine or a simulated race ("Exercise: 3
 * sets of squats", "Übungen für den Rücken", "gara simulata"). Such a name calls the text made-up material only
 * where its line sets the reader a task on a text ({@link READER_TASK}).
 */
const SHARED_WITH_TRAINING: Record<Language, string> = {
  en: `exercise, exercises, simulated`,
  fr: `exercice*`,
  it: `esercizi*, simulat*`,
  es: `ejercicio*, simulad*`,
  de: `übung*, simuliert*`,
  pt: `exercício*, simulad*`,
};

/**
 * Words by which a line speaks of a text as a reader's task: a verb of reading, writing or translating, a text or
 * a part of one, a school subject of writing, the classroom's people and exams, and imagination ("Exercise 3:
 * translate the passage below", "Exercice de rédaction", "Übungsmaterial für die Klausur"). Left out: words a
 * workout shares ("complete", "continue", "class", "course", "level", "set", German "Satz").
 */
const READER_TASK: Record<Language, string> = {
  en: `read, reread, rewrite, translate*, translation*, write, writing, summari*, paraphras*, text, texts, passage*, paragraph*,
    sentence*, essay*, composition, comprehension, grammar, vocabulary, dictation, student*, pupil*, teacher*, classroom,
    homework, lesson*, exam, exams, examination*, seminar*, imagination`,
  fr: `lis, lisez, relisez, réécri*, tradui*, traduction*, rédige*, rédaction*, écri*, résume*, texte*, paragraphe*, phrase*,
    composition, dictée, grammaire, vocabulaire, élève*, étudiant*, professeur*, enseignant*, classe, leçon*, devoir*, examen*,
    séminaire*, imagination`,
  it: `leggi, leggete, rileggi*, riscriv*, tradu*, scriv*, scrittura, riassum*, testo, testi, brano, brani, paragraf*, frase, frasi,
    composizione, dettato, grammatica, lessico, student*, alunn*, insegnant*, docent*, professor*, lezion*, compito, compiti,
    esame, esami, seminari*, immaginazione`,
  es: `lee, lean, leed, relee, reescrib*, tradu*, redact*, redacción, escrib*, escritura, resum*, texto*, párrafo*, frase*,
    oración, oraciones, composición, dictado, gramática, vocabulario, alumn*, estudiant*, profesor*, docente*, lección, lecciones,
    deberes, examen*, seminario*, imaginación`,
  de: `lies, lest, lesen sie, übersetz*, schreib*, fasse, fasst, text, texte, textes, absatz, absätze, aufsatz, aufsätze, diktat,
    grammatik, wortschatz, schüler*, student*, lehrer*, klausur*, prüfung*, unterricht*, hausaufgabe*, aufgabe*, seminar*,
    fantasie, phantasie`,
  pt: `leia, leiam, relei*, reescrev*, traduz*, tradução, redação, redacção, redija, escrev*, escrita, resum*, texto*,
    parágrafo*, frase*, composição, ditado, gramática, vocabulário, alun*, estudant*, professor*, docente*, lição, lições,
    exame*, seminário*, imaginação`,
};

/** A line left with nothing but a number ("Exercise 3", "Übung 4.2:", "Ejercicio 2."). */
const NUMBER_ONLY = /^[\s\p{P}]*\d+(?:[.,]\d+)*[\s\p{P}]*$/u;

/** "April 1st edition", "Ausgabe vom 1. April", "edição de 1.º de abril": the day of jokes, with the text's issue. */
const FOOLS_DAY = String.raw`(?:april\s+1(?:st)?|1(?:st)?\s+april|1er\s+avril|1\s*°?\s*aprile|primo\s+aprile|1\s*\.?\s*º?\s+de\s+abril|1\.\s*april)`;
const ISSUE = String.raw`(?:edition|issue|édition|numéro|edizione|numero|edición|número|ausgabe|edição)`;
const FOOLS_ISSUE = `${FOOLS_DAY}\\s+${ISSUE}|${ISSUE}\\s+(?:(?:du|del|de|vom|do)\\s+)?${FOOLS_DAY}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern: a whole word, or a word start for an entry ending in `*`; any white space between words. */
const pattern = (name: string) =>
  (name.endsWith('*') ? `${escape(name.slice(0, -1))}[\\p{L}-]*` : `${escape(name)}(?![\\p{L}-])`).replace(/ /g, '\\s+');

/** The alternatives of `names`, longest first: whole names, or word starts for entries ending in `*`. */
const alternatives = (names: readonly string[]) =>
  names
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map(pattern)
    .sort((a, b) => b.length - a.length);

/**
 * Per language, one expression of every name and the day of jokes, the names shared with training last and
 * captured (group 1): at one place another name wins ("simulazione" is a genre of fiction). Global, for
 * {@link madeUpGenre} to look past a shared name its line does not take up.
 */
const genreRe = perLanguage((language) => {
  const names = alternatives([...FICTION_GENRES[language], ...MADE_UP[language].split(',')]);
  const shared = alternatives(SHARED_WITH_TRAINING[language].split(','));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')}|${FOOLS_ISSUE}|(${shared.join('|')}))`, 'giu');
});
/**
 * What may follow a {@link HEAD_ONLY} name for it to head its noun phrase. An English noun before another is its
 * modifier ("Exam tip:", "Debate coverage"): the name is the head only before punctuation, a number, a preposition
 * or the line's end. The other languages put modifiers after the head ("Examen de Alemán", "Debate escolar") or
 * join them into one word ("Prüfungstipp").
 */
const HEAD_FOLLOWS: Record<Language, string> = {
  en: String.raw`(?=\s*(?:[\p{P}\p{S}\p{N}]|$|(?:of|for|on|in|at)(?![\p{L}])))`,
  fr: '',
  it: '',
  es: '',
  de: '',
  pt: '',
};
/**
 * Per language, {@link HEAD_ONLY}'s names as the first word of a line (after markup, quotes or a bracket), not
 * before a complement clause ({@link CLAUSE_FOLLOWS}).
 */
const headRe = perLanguage(
  (language) =>
    new RegExp(
      `^[\\s\\p{P}\\p{S}]*(${alternatives(HEAD_ONLY[language].split(',')).join('|')})${HEAD_FOLLOWS[language]}(?![\\s,]+(?:${alternatives(CLAUSE_FOLLOWS[language].split(',')).join('|')}))`,
      'iu',
    ),
);

/**
 * What a reader is given to work on, per language: a case, a question, a prompt, a subject set, a motion. At the head
 * of a line whose {@link HEAD_ONLY} word is its complement ("Sujet d'examen", "Caso práctico para el examen", "Traccia
 * per il dibattito", "Moção para debate escolar", "Aufgabe für die Klausur") the line names the exam's or the debate's
 * set-up, as the word alone at the head does. Not what a reader studies for one ("Resumo para a prova", "Ripasso per
 * l'esame", "Lernzettel fürs Abitur": a summary reports), nor "card", "fiche", "tema", which name study material too.
 */
const SETUP_HEAD: Record<Language, string> = {
  en: `case, question, prompt, motion, task, brief`,
  fr: `sujet, cas, cas pratique, question, consigne, motion`,
  it: `traccia, caso, caso pratico, domanda, quesito, consegna, mozione`,
  es: `caso, caso práctico, supuesto, supuesto práctico, pregunta, enunciado, consigna, moción`,
  de: `aufgabe, aufgabenstellung, fall, fallbeispiel, frage`,
  pt: `caso, caso prático, questão, pergunta, enunciado, proposta, moção`,
};
/** Prepositions (and contracted articles) that join a complement of purpose or kind to a noun, per language. */
const SETUP_JOIN: Record<Language, string> = {
  en: String.raw`(?:for|of|from)\s+(?:the\s+|a\s+|an\s+)?`,
  fr: String.raw`(?:(?:de|pour|du|au)\s+(?:la\s+|le\s+|l['’]\s*|un\s+|une\s+)?|d['’]\s*)`,
  it: String.raw`(?:(?:di|per|del|dello|della|al|alla)\s+(?:il\s+|la\s+|lo\s+|un\s+|una\s+)?|(?:d|dell|all|per\s+l)['’]\s*)`,
  es: String.raw`(?:de|del|para|en)\s+(?:el\s+|la\s+|un\s+|una\s+)?`,
  de: String.raw`(?:für|zur|zum|aus)\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+|eine\s+|einen\s+)?`,
  pt: String.raw`(?:de|do|da|para|em|no|na)\s+(?:o\s+|a\s+|um\s+|uma\s+)?`,
};
/**
 * Per language, a line opening with a {@link SETUP_HEAD} noun (after markup, quotes or a bracket; one more word or a
 * number may stand between: "Caso 3 para el examen") whose complement is a {@link HEAD_ONLY} name; group 1 the name.
 */
const setupRe = perLanguage(
  (language) =>
    new RegExp(
      `^[\\s\\p{P}\\p{S}]*(?:${alternatives(SETUP_HEAD[language].split(',')).join('|')})(?:\\s+[\\p{L}\\p{N}]+)?\\s+${SETUP_JOIN[language]}(${alternatives(HEAD_ONLY[language].split(',')).join('|')})${HEAD_FOLLOWS[language]}`,
      'iu',
    ),
);

/** The word for a play's or a film's scene, per language: with its number it is a part of a script ("Scene 3", "Szene 1"). */
const SCENE: Record<Language, string> = { en: 'scene', fr: 'scène', it: 'scena', es: 'escena', de: 'szene', pt: 'cena' };
/**
 * A script's own divisions: a numbered scene ("Scene 3 of the school play", "Szene 1", "Episode 3, scene 12"; its
 * number ends the phrase or the line, or a preposition joins it to the play: not "the scene 12 years on"), or a
 * screenplay's scene heading, interior or exterior in capitals before the place ("INT. WORKSHOP – NIGHT",
 * "EXT. ALLEY", German "INNEN."/"AUSSEN."): the text is a script, whatever its scenes say.
 */
const scriptRe = perLanguage(
  (language) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:[${SCENE[language][0]}${SCENE[language][0]!.toUpperCase()}]${SCENE[language].slice(1)}|${SCENE[language].toUpperCase()})\\s+\\d+(?=\\s*(?:[\\p{P}\\p{S}]|$)|\\s+(?:of|de|du|des|di|del|della|dello|aus|von|do|da)(?![\\p{L}]))|(?:INT|EXT|INT\\.?/EXT|INNEN|AUSSEN|AUẞEN)\\.\\s+\\p{Lu})`, 'u'),
);
/**
 * Per language, the words of a reader's task, only tested: a word start needs no letters after it, and the whole
 * words share one check of their end (each `\p{L}` costs the expression's construction about 0.1 ms: one per
 * entry made importing this module 64 M instructions dearer).
 */
const readerTaskRe = perLanguage((language) => {
  const entries = READER_TASK[language].split(',').map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean);
  const form = (name: string) => escape(name).replace(/ /g, '\\s+');
  const starts = entries.filter((name) => name.endsWith('*')).map((name) => form(name.slice(0, -1)));
  const words = entries.filter((name) => !name.endsWith('*')).map(form);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${starts.join('|')}|(?:${words.join('|')})(?![\\p{L}-]))`, 'iu');
});

/**
 * The first name of a genre of made-up material of `language` in `text[start, end)` (offsets in `text`), or null.
 *
 * @example
 * ```ts
 * madeUpGenre('Mock exam for the MBA strategy seminar', 0, 38, 'en'); // { start: 0, end: 4 }
 * madeUpGenre('Pub quiz answers, round 3', 0, 25, 'en'); // null
 * ```
 */
export function madeUpGenre(text: string, start: number, end: number, language: string): { start: number; end: number } | null {
  const lang = isLanguage(language) ? language : 'en';
  const span = text.slice(start, end);
  const re = genreRe(lang);
  re.lastIndex = 0;
  let m = re.exec(span);
  // A name shared with training counts where the rest of its line sets the reader a task, or is only the
  // exercise's number (a textbook's "Exercise 3" heading; a workout's names its movement: "Exercise 3: lunges").
  // Otherwise no shared name of the line counts, and another name after it may.
  if (m !== null && m[1] !== undefined) {
    const rest = span.slice(0, m.index) + ' ' + span.slice(m.index + m[0].length);
    if (!readerTaskRe(lang).test(rest) && !NUMBER_ONLY.test(rest)) {
      while (m !== null && m[1] !== undefined) m = re.exec(span);
    }
  }
  if (m !== null) return { start: start + m.index, end: start + m.index + m[0].length };
  // A name that also names the event itself counts only as what the line is (its first word).
  const head = headRe(lang).exec(span);
  if (head !== null) return { start: start + head[0].length - head[1]!.length, end: start + head[0].length };
  // Or as the complement of what the reader is given to work on ("Sujet d'examen", "Traccia per il dibattito").
  const setup = setupRe(lang).exec(span);
  if (setup !== null) return { start: start + setup[0].length - setup[1]!.length, end: start + setup[0].length };
  const script = scriptRe(lang).exec(span);
  return script === null ? null : { start: start + script.index, end: start + script.index + script[0].length };
}
