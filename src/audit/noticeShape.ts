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

const WORD = /[\p{L}'-]+/gu;

function startsWithAny(word: string, starts: readonly string[]): boolean {
  for (const start of starts) if (word.startsWith(start)) return true;
  return false;
}

/** Counts the lexicons' words in `line` into `out`. */
function countWords(line: string, out: NoticeShape): void {
  for (const match of line.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (NEGATIONS.has(word) || word.endsWith("n't")) out.negations++;
    else if (startsWithAny(word, REALITY_WORDS)) out.realityWords++;
    else if (startsWithAny(word, SELF_WORDS)) out.selfWords++;
  }
}

const OPENERS = '[(*_<{«"“';
const CLOSERS = '])*_>}»"”';

/** The line is wholly bracketed or emphasised ("[Editor's note: ...]", "*Nothing here is real.*"). */
function bracketed(line: string): boolean {
  const open = OPENERS.indexOf(line[0] ?? '');
  if (open < 0) return false;
  const last = line.replace(/[.!?\s]+$/u, '');
  return CLOSERS.indexOf(last[last.length - 1] ?? '') === open;
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
    // Lines: [start, end) spans of non-empty lines.
    const lines: number[] = [];
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let a = start;
      let b = end;
      while (a < b && /\s/u.test(text[a]!)) a++;
      while (b > a && /\s/u.test(text[b - 1]!)) b--;
      if (b > a) lines.push(a, b);
      start = end + 1;
    }
    const count = lines.length / 2;
    for (let k = 0; k < count; k++) {
      const a = lines[2 * k]!;
      const b = lines[2 * k + 1]!;
      if (b - a > LINE_LENGTH) continue;
      const edge = count > 1 && (k === 0 || k === count - 1);
      const line = text.slice(a, b);
      const isBracketed = bracketed(line);
      if (!edge && !isBracketed) continue;
      if (named(segment.index, a, b)) continue;
      if (edge) out.edgeLines++;
      if (isBracketed) out.bracketLines++;
      countWords(line, out);
    }
  }
  return out;
}
