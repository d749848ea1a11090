/**
 * Soft evidence of a notice by its shape, for the learned verdict: the short lines a writer puts
 * around a text to say what it is (an opening or closing line, a bracketed or emphasised line, a
 * chat's system message) that name no claim, and the words in them about the text itself and about
 * reality. The rules need a cue word from the cue bank; these counts let the model weigh such lines
 * without one ("Nothing below happened.", "Ce qui suit relève de l'exercice de style.").
 *
 * The lexicons are general words of the six languages (word starts, lower case), written from
 * knowledge of the languages, not from any evaluation record.
 */
import type { TextSegment } from './types.js';
import { isWhiteSpace } from '../text/isWhiteSpace.js';
import { wordUnits } from '../text/wordUnits.js';
import { bracketedLine } from './bracketedLine.js';

/** What {@link noticeShape} counts in one record. */
export interface NoticeShape {
  /** Short opening or closing lines (of a text with several lines) that name no claim. */
  edgeLines: number;
  /** Bracketed or emphasised lines that name no claim. */
  bracketLines: number;
  /** A system (or developer) message of at most `SYSTEM_LENGTH` characters that names no claim. */
  systemLines: number;
  /** Words about the text itself, about reality or invention, and negations, in those lines. */
  selfWords: number;
  realityWords: number;
  negations: number;
}

/** Longest line read as a possible notice (the rules' paragraph notices use the same bound). */
const LINE_LENGTH = 320;
const SYSTEM_LENGTH = 600;

/** What a text calls itself or where it points ("the article below", "ce qui suit", "der folgende Text"). */
const SELF_WORDS = [
  // en
  'article', 'story', 'stories', 'text', 'post', 'piece', 'passage', 'document', 'essay', 'entry', 'page', 'thread', 'content',
  'following', 'follows', 'below', 'above', 'transcript', 'script', 'conversation', 'answer', 'response', 'narrative', 'tale',
  // fr
  'histoire', 'récit', 'texte', 'ci-dessous', 'dessous', 'dessus', 'suivant', 'suit', 'billet', 'réponse', 'conversation',
  // it
  'articolo', 'storia', 'racconto', 'testo', 'seguente', 'segue', 'sotto', 'sopra', 'risposta', 'brano', 'conversazione',
  // es
  'artículo', 'historia', 'relato', 'texto', 'siguiente', 'sigue', 'abajo', 'arriba', 'respuesta', 'conversación',
  // de
  'artikel', 'geschichte', 'text', 'beitrag', 'folgend', 'unten', 'oben', 'antwort', 'erzählung', 'gespräch',
  // pt
  'artigo', 'história', 'relato', 'texto', 'seguinte', 'segue', 'abaixo', 'acima', 'resposta', 'conversa',
];

/** Words about reality, truth, invention and pretence ("real", "invented", "hypothetical", "satire"). */
const REALITY_WORDS = [
  // en
  'real', 'reality', 'true', 'truth', 'fact', 'actual', 'fiction', 'fictional', 'imagin', 'invent', 'made-up', 'hypothetic', 'scenario',
  'exercise', 'speculat', 'satir', 'parod', 'alternat', 'pretend', 'creative', 'thought', 'experiment', 'counterfactual', 'world',
  'happen', 'occur', 'accurate', 'verif', 'fabricat', 'fake', 'untrue', 'wrong', 'false', 'mistaken', 'rumo', 'unconfirmed',
  // fr
  'réel', 'réalité', 'vrai', 'fait', 'imaginaire', 'hypoth', 'scénario', 'exercice', 'satiri', 'parodi', 'altern', 'monde',
  'inventé', 'faux', 'fausse', 'erroné', 'fictif', 'fictive', 'arrivé', 'produit', 'rumeur', 'vérifi',
  // it
  'reale', 'realtà', 'vero', 'fatto', 'finzione', 'immagin', 'inventat', 'ipotet', 'esercizio', 'satir', 'parodi', 'mondo', 'falso',
  'accaduto', 'successo', 'voce', 'verific', 'fittizi',
  // es
  'realidad', 'verdad', 'hecho', 'ficción', 'ficticio', 'imagin', 'inventad', 'hipotét', 'escenario', 'ejercicio', 'sátira', 'parodi',
  'mundo', 'falso', 'ocurrido', 'sucedido', 'pasado', 'rumor', 'verific',
  // de
  'wirklich', 'realität', 'wahr', 'tatsache', 'fiktion', 'fiktiv', 'erfunden', 'ausgedacht', 'hypothet', 'szenario', 'übung', 'satire',
  'parodie', 'gedankenexperiment', 'welt', 'falsch', 'geschehen', 'passiert', 'gerücht', 'überprüf', 'stimmt',
  // pt
  'realidade', 'verdade', 'fato', 'facto', 'ficção', 'fictício', 'imagin', 'inventad', 'hipotét', 'cenário', 'exercício', 'sátira',
  'paródia', 'mundo', 'falso', 'aconteceu', 'ocorreu', 'boato', 'verific',
];

/** Negations of the six languages (whole words). Portuguese "no" ("in the") is left out: it negates nothing. */
const NEGATIONS = new Set([
  'not', "n't", 'never', 'nothing', 'none', 'nobody', 'no',
  'ne', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'personne',
  'non', 'mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna',
  'nunca', 'nada', 'ningún', 'ninguna', 'ninguno', 'nadie',
  'nicht', 'kein', 'keine', 'keiner', 'keinen', 'nie', 'niemals', 'nichts',
  'não', 'nenhum', 'nenhuma', 'ninguém',
]);

/** The lexicons' word starts as sets, with the lengths they come in: a word is looked up by its starts. */
function prefixSet(starts: readonly string[]): { set: Set<string>; lengths: number[] } {
  return { set: new Set(starts), lengths: [...new Set(starts.map((w) => w.length))].sort((x, y) => x - y) };
}
const REALITY = prefixSet(REALITY_WORDS);
const SELF = prefixSet(SELF_WORDS);
/** The first two code units of every lexicon word: most words of a line start otherwise and are skipped unread. */
const HEADS = new Set([...NEGATIONS, ...REALITY_WORDS, ...SELF_WORDS].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

function startsWithAny(word: string, starts: { set: Set<string>; lengths: number[] }): boolean {
  for (const length of starts.lengths) {
    if (length > word.length) return false;
    if (starts.set.has(length === word.length ? word : word.slice(0, length))) return true;
  }
  return false;
}

/** Counts the lexicons' words in `line` (words of letters, apostrophes and hyphens) into `out`. */
function countWords(line: string, out: NoticeShape): void {
  const text = line.toLowerCase();
  for (let i = 0; i < text.length; ) {
    let units = wordUnits(text, i);
    if (units === 0) {
      i++;
      continue;
    }
    const start = i;
    while (units > 0) {
      i += units;
      units = i < text.length ? wordUnits(text, i) : 0;
    }
    const n = i - start;
    const negated = n >= 3 && text.charCodeAt(i - 1) === 116 && (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019) && text.charCodeAt(i - 3) === 110; // n't, n’t
    if (!negated && (n < 2 || !HEADS.has(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1)))) continue;
    const word = text.slice(start, i);
    if (negated || NEGATIONS.has(word)) out.negations++;
    else if (startsWithAny(word, REALITY)) out.realityWords++;
    else if (startsWithAny(word, SELF)) out.selfWords++;
  }
}

/**
 * Counts the shape evidence of a record's `segments` into `out` (reset first). `named(segment, start,
 * end)` says whether a claim is named (a mention or a context sentence) in that span: such lines are
 * part of the story, not notices about it.
 *
 * @example
 * ```ts
 * noticeShape([{ index: 0, role: 'document', text: 'Nothing below is real.\nSheeran won gold.' }], () => false, shape);
 * shape.edgeLines; // 2
 * ```
 */
export function noticeShape(segments: readonly TextSegment[], named: (segment: number, start: number, end: number) => boolean, out: NoticeShape): NoticeShape {
  out.edgeLines = out.bracketLines = out.systemLines = out.selfWords = out.realityWords = out.negations = 0;
  for (const segment of segments) {
    const text = segment.text;
    if (typeof text !== 'string' || text.length === 0) continue;
    if ((segment.role === 'system' || segment.role === 'developer') && text.length <= SYSTEM_LENGTH) {
      if (!named(segment.index, 0, text.length)) {
        out.systemLines++;
        countWords(text, out);
      }
      continue;
    }
    // Non-empty lines, trimmed: only the first, the last and bracketed ones are read.
    let first = -1;
    let last = -1;
    let lines = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let a = start;
      let b = end;
      while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
      while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
      start = end + 1;
      if (b === a) continue;
      lines++;
      if (first < 0) first = a;
      last = a;
      // A middle line counts only when bracketed; the edges are read once the last line is known.
      if (a !== first && b - a <= LINE_LENGTH && bracketedLine(text, a, b)) lineAt(segment.index, text, a, b, false, true, out);
    }
    if (lines === 0) continue;
    // The first line was skipped above (it may be the only one); the last was read if bracketed.
    const firstEnd = lineEnd(text, first);
    if (firstEnd - first <= LINE_LENGTH) {
      const bracketed = bracketedLine(text, first, firstEnd);
      if (lines > 1 || bracketed) lineAt(segment.index, text, first, firstEnd, lines > 1, bracketed, out);
    }
    if (lines > 1) {
      const lastEnd = lineEnd(text, last);
      if (lastEnd - last <= LINE_LENGTH) {
        if (bracketedLine(text, last, lastEnd)) {
          // Already counted as a bracketed line: add only its edge.
          if (!named(segment.index, last, lastEnd)) out.edgeLines++;
        } else lineAt(segment.index, text, last, lastEnd, true, false, out);
      }
    }
  }
  return out;

  /** Counts the line `text[a, b)` unless it names a claim; `bracketed`: the caller's `bracketedLine` of it. */
  function lineAt(index: number, text: string, a: number, b: number, edge: boolean, bracketed: boolean, into: NoticeShape): void {
    if (named(index, a, b)) return;
    if (edge) into.edgeLines++;
    if (bracketed) into.bracketLines++;
    countWords(text.slice(a, b), into);
  }
}

/** The end of the trimmed line that starts at `a`. */
function lineEnd(text: string, a: number): number {
  let b = text.indexOf('\n', a);
  if (b < 0) b = text.length;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b;
}

