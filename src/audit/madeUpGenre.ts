/**
 * Names of genres of made-up material, per language: a text that calls itself one of them was set up for
 * practice, for play or as a joke, not to report the world. A title or a short note at the text's edge that
 * names its genre so speaks about the text itself and denies it describes reality without a word of denial
 * (issue 9 item 4: "What follows is a thought experiment").
 *
 * The cue bank's non-factual genres (`FICTION_GENRES`: tales, screenplays, simulations, role plays, ...) and,
 * besides them, genres it counts as neutral at a line's head but that frame invented facts when a text calls
 * itself by them (exercises, model answers, mock exams), games (board and tabletop
 * games, a game master's material) and the day of jokes with its issue ("April Fools' edition").
 *
 * Left out on purpose: genres whose texts state real facts as often as invented ones ("quiz": answer sheets
 * state what is true; a case study, a textbook's "Chapter 10: Case Study" as often as a course's invented firm;
 * "handout", "lesson", "worksheet", "debate", "game", "script"), and words with an everyday sense
 * ("drill", "brief", "motion"). Written from knowledge of the six languages (lower case; an entry ending in
 * `*` matches word starts), not from evaluation records.
 */
import { FICTION_GENRES } from './cues/genreCues.js';
import { isLanguage, LANGUAGES, type Language } from '../text/languages.js';

/** Genres beyond the cue bank's non-factual ones, per language, separated by commas. */
const MADE_UP: Record<Language, string> = {
  en: `exercise, exercises, model answer, practice paper, mock, role-playing,
    simulated, tabletop, board game, board games, card game, game master, dungeon master, larp, rpg, story prompt, essay prompt,
    alternate history, alternative history, make-believe, spoof, april fool, april fools, april fool's, april fools'`,
  fr: `exercice*, corrigé type, examen blanc, bac blanc, épreuve blanche,
    session blanche, concours blanc, jeu de société, jeux de société, jeu de plateau, maître du jeu, jdr, poisson d'avril, uchronie`,
  it: `esercizi*, esercitazion*, simulat*, gioco da tavolo, giochi da tavolo,
    pesce d'aprile, ucronia`,
  es: `ejercicio*, simulad*, juego de mesa, juegos de mesa, director de juego,
    inocentada, ucronía`,
  de: `übung*, musterlösung*, probeklausur*, rollenspiel*, brettspiel*, planspiel*,
    spielleiter*, simulation*, simuliert*, aprilscherz*, gedankenexperiment*`,
  pt: `exercício*, simulad*, jogo de tabuleiro, jogos de tabuleiro, rpg, mestre do jogo,
    dia das mentiras, ucronia`,
};

/** "April 1st edition", "Ausgabe vom 1. April", "edição de 1.º de abril": the day of jokes, with the text's issue. */
const FOOLS_DAY = String.raw`(?:april\s+1(?:st)?|1(?:st)?\s+april|1er\s+avril|1\s*°?\s*aprile|primo\s+aprile|1\s*\.?\s*º?\s+de\s+abril|1\.\s*april)`;
const ISSUE = String.raw`(?:edition|issue|édition|numéro|edizione|numero|edición|número|ausgabe|edição)`;
const FOOLS_ISSUE = `${FOOLS_DAY}\\s+${ISSUE}|${ISSUE}\\s+(?:(?:du|del|de|vom|do)\\s+)?${FOOLS_DAY}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern: a whole word, or a word start for an entry ending in `*`; any white space between words. */
const pattern = (name: string) =>
  (name.endsWith('*') ? `${escape(name.slice(0, -1))}[\\p{L}-]*` : `${escape(name)}(?![\\p{L}-])`).replace(/ /g, '\\s+');

/** Per language, one expression of every name (longest first) and the day of jokes. */
const GENRE_RE: Record<Language, RegExp> = Object.fromEntries(
  LANGUAGES.map((language) => {
    const names = [...FICTION_GENRES[language], ...MADE_UP[language].split(',')]
      .map((name) => name.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .map(pattern)
      .sort((a, b) => b.length - a.length);
    return [language, new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')}|${FOOLS_ISSUE})`, 'iu')];
  }),
) as Record<Language, RegExp>;

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
  const m = GENRE_RE[isLanguage(language) ? language : 'en'].exec(text.slice(start, end));
  return m === null ? null : { start: start + m.index, end: start + m.index + m[0].length };
}
