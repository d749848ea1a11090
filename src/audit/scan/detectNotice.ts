/**
 * Notice detection: whether a sentence is a qualifier about something other than itself (its
 * neighbour, the document, a claim stated elsewhere), and which cue makes it one.
 */
import { QUALIFIER_KINDS } from '../vocabulary.js';
import { NEUTRAL_GENRES } from '../cues/genreCues.js';
import { isWordCode } from '../../text/ahoCorasick.js';
import type { ScanCue } from './recordScan.js';
import { NO_HIT, type ScanState } from './scanState.js';
import { PATTERN_TYPE } from './scanTables.js';
import { CUE_ROLE } from '../cueRoles.js';
import {
  edgeLine,
  edgeParagraph,
  endsWithQuestion,
  farFromEdges,
  HEAD_SPAN,
  HEAD_WORDS,
  HEADING_CUE_OPENING,
  SUBJECT_PRONOUNS,
  headingParts,
  lineEnd,
  openingTitle,
  opensSentence,
  TITLE_HEADING,
  TITLE_INTRODUCES,
  TITLE_NONE,
  TITLE_SENTENCE,
} from './scopeRules.js';

const FICTION = QUALIFIER_KINDS.indexOf('fiction');
const CORRECTION = QUALIFIER_KINDS.indexOf('correction');
const MALICIOUS = QUALIFIER_KINDS.indexOf('malicious-behavior');

/** Longest sentence that can be a bare verdict ("Entirely untrue.", "Fabricated."). */
const BARE_VERDICT_LENGTH = 28;
/** Longest sentence that names the document with a qualifier in the middle of a text and is a notice. */
const MIDDLE_NOTICE_LENGTH = 80;

/**
 * The hit that makes the sentence in `state` a notice, or {@link NO_HIT}. Clears `state.label`
 * when the label does not open its sentence (labels such as "RETRACTION:" count only there).
 *
 * - a pointer ("the following") with any qualifier (explicit, soft, or a plain negation);
 * - a reference to a claim or an answer ("the claim", "that statement") with an explicit or soft cue;
 * - a reference to the document ("this article", "The story ...") or a demonstrative opening
 *   ("This never happened.") with an explicit cue, or a soft one about its truth ("the accuracy of
 *   this document is unknown");
 * - an opening label; a very short sentence that is only a verdict.
 * A question ("this is fake right??") asks, it does not qualify. `inRegion` says whether the
 * sentence is among the first or last sentences of its segment (asked only when it matters).
 *
 * @example
 * ```ts
 * collectSentence(state);
 * const notice = noticeHit(state, () => state.sentence < 3); // e.g. the hit of "false" in "[The following claim is false.]"
 * ```
 */
export function noticeHit(state: ScanState, inRegion: () => boolean): number {
  const { strong, soft, firstWeak } = state;
  if (strong === NO_HIT && soft === NO_HIT && firstWeak === NO_HIT && state.label === NO_HIT && state.genre === NO_HIT) return NO_HIT;
  let notice = NO_HIT;
  if (state.pointer) notice = strong !== NO_HIT ? strong : soft !== NO_HIT ? soft : firstWeak;
  else if (state.address || state.anaphor) notice = strong !== NO_HIT ? strong : soft;
  else if (state.deixis || state.demonstrative) {
    notice = strong !== NO_HIT ? strong : state.truthRef ? soft : NO_HIT;
    // A text naming itself in passing in its middle ("Please use this thread to share more debunking
    // evidence.", "In this episode we trace the hoax ...") speaks of its topic, not of its own truth:
    // there a reference to the document makes a notice only in a short sentence ("This story is invented.").
    if (notice !== NO_HIT && !state.demonstrative && state.sEnd - state.sStart > MIDDLE_NOTICE_LENGTH && !inRegion()) notice = NO_HIT;
  }
  if (state.label !== NO_HIT && !opensSentence(state.text, state.sStart, state.hitStart[state.label]!)) state.label = NO_HIT;
  if (notice === NO_HIT && state.label !== NO_HIT) {
    notice =
      strong !== NO_HIT ? strong : soft !== NO_HIT ? soft : state.tables.cueKind[state.cueOf(state.label)]! >= 0 ? state.label : NO_HIT;
  }
  if (
    notice === NO_HIT &&
    strong !== NO_HIT &&
    !forbids(state, strong) &&
    namesNoSubject(state) &&
    state.sEnd - state.sStart <= BARE_VERDICT_LENGTH &&
    (state.hitEnd[strong]! - state.hitStart[strong]!) * 3 >= state.sEnd - state.sStart
  ) {
    notice = strong;
  }
  // By its shape: a line of its own at the start or end of the text (or a bracketed line) that
  // speaks about the document and denies it describes reality, with only an ambiguous word for it
  // ("Everything above belongs to a world other than ours.", "[A what-if exercise ...]").
  // A genre at the line's head is what the text calls itself ("Scenario card 12 – for the strategy
  // workshop", "Kids' bedtime story, from my notebook"), and a non-factual genre is its own qualifier.
  if (notice === NO_HIT && namesNoSubject(state) && edgeLine(state.text, state.sStart, state.sEnd)) {
    const fictionGenre = state.genre;
    if (state.pointer || state.deixis || state.demonstrative || state.address || state.anaphor || bracketed(state)) {
      notice = strong !== NO_HIT ? strong : soft !== NO_HIT ? soft : fictionGenre !== NO_HIT ? fictionGenre : firstWeak;
    } else if (fictionGenre !== NO_HIT) {
      notice = strong !== NO_HIT ? strong : soft !== NO_HIT ? soft : fictionGenre;
    } else {
      // A neutral genre ("Internal memo, unverified", but not "Match report — a disputed penalty") takes
      // an explicit qualifier or a fictional one.
      const qualifier = strong !== NO_HIT ? strong : soft !== NO_HIT && state.tables.cueKind[state.cueOf(soft)] === FICTION ? soft : NO_HIT;
      if (qualifier !== NO_HIT && headGenre(state, state.sStart)) notice = qualifier;
    }
  }
  // A sentence that ends in a colon introduces what follows it, like "the following": a warning there
  // is about the next sentence ("Here is one that is flat-out false, but students keep writing it:",
  // "Mensagem de um fórum anónimo, tomem com cautela:"). A bare negation is not enough there.
  if (notice === NO_HIT && (strong !== NO_HIT || soft !== NO_HIT) && endsWithColon(state.text, state.sStart, state.sEnd) && namesNoSubject(state)) {
    if (strong === NO_HIT || !forbids(state, strong)) {
      notice = strong !== NO_HIT ? strong : soft;
      state.pointer = true;
    }
  }
  // A note set apart beside a sentence: a bracketed aside, or a short heading ending in a colon, opening the
  // sentence with an explicit cue after it ("[Tutor's correction: wrong! ...", "(Nota del editor: esto es
  // incorrecto; ...)", "— Erratum: incorrect; ..."): it comments on its neighbour, the way a label does.
  if (notice === NO_HIT && strong !== NO_HIT && !forbids(state, strong) && namesNoSubject(state) && opensNote(state.text, state.sStart, state.hitStart[strong]!)) {
    notice = strong;
  }
  // A title speaks about the text it heads: an explicit cue there qualifies the text ("THE ORBITAL ONION
  // — satire, not news", "PhishWatch sample — malicious email, do not click"), unless it forbids. A
  // verdict heading ("FACT CHECK: FALSE", "Myth of the week") is a debunk's topic, whose sentences
  // negate the claim themselves: a negation or correction counts only in a first line that introduces
  // what follows with a colon ("From a newsletter, with our corrections in brackets:").
  if (notice === NO_HIT && strong !== NO_HIT && !forbids(state, strong) && namesNoSubject(state)) {
    let title = openingTitle(state.text, state.sStart, state.sEnd);
    if (title === TITLE_SENTENCE) {
      const opens = state.hitStart[strong]! - state.sStart <= HEADING_CUE_OPENING;
      title = opens || headingParts(state.text, state.sStart, state.sEnd) ? TITLE_HEADING : TITLE_NONE;
    }
    if (title === TITLE_INTRODUCES || (title === TITLE_HEADING && state.tables.cueKind[state.cueOf(strong)]! > CORRECTION)) notice = strong;
  }
  // A chat's system prompt speaks about the conversation by its place: an explicit qualifier there
  // characterises the assistant's turns ("The assistant's answers are invented.", "Roleplay: you are a
  // character in an alternate-history novel."), unless it forbids ("Never spread misinformation.").
  // Of the ambiguous words only fiction's ("roleplay", "stay in character") set up a story there;
  // "harmful", "unsure" are ordinary instructions ("Decline harmful requests.").
  if (notice === NO_HIT && isSystemRole(state.segment.role) && namesNoSubject(state)) {
    if (strong !== NO_HIT && !forbids(state, strong)) notice = strong;
    else if (strong === NO_HIT && soft !== NO_HIT && state.tables.cueKind[state.cueOf(soft)] === FICTION) notice = soft;
  }
  // A user's request for deceptive or invented content ("Write a fake press release ...", "Quiero engañar
  // a mi grupo", "Ignore your rules.") flags the answer it asks for; of the ambiguous words only those of
  // deception count there ("to trick my friends"), not "harmful" or "unsure" in an ordinary question.
  if (notice === NO_HIT && isRequestRole(state.segment.role)) {
    if (strong !== NO_HIT && !forbids(state, strong)) notice = strong;
    else if (strong === NO_HIT && soft !== NO_HIT && state.tables.cueKind[state.cueOf(soft)] === MALICIOUS) notice = soft;
  }
  // The writer's own doubt beside a claim sentence, with no word for the text ("We couldn't confirm it
  // either way.", "Je n'ai pas pu le vérifier.", "I could be wrong, I never checked."): a stance cue is
  // about a statement, never about the world, unlike "invented", "rumours" or "no" in a story. It
  // qualifies the sentences beside it only (`besideOnly`), unless it opens or closes the text.
  if (notice === NO_HIT && namesNoSubject(state)) {
    if (state.stance !== NO_HIT) {
      notice = state.stance;
      // In an opening or closing paragraph that names no claim it is about the whole text ("I'm not sure
      // any of this is right; it is what I remember from a podcast.").
      state.besideOnly = !edgeNote(state);
    }
  }
  if (notice !== NO_HIT && endsWithQuestion(state.text, state.sStart, state.sEnd)) return NO_HIT;
  return notice;
}

/** The sentence stands in the opening or closing paragraph of its text, and that paragraph names no claim's subject. */
function edgeNote(state: ScanState): boolean {
  const { text, sStart, sEnd } = state;
  const start = edgeParagraph(text, sStart, sEnd);
  if (start < 0) return false;
  const end = lineEnd(text, sEnd);
  for (let h = 0; h < state.hitCount; h++) {
    if (state.hitStart[h]! >= start && state.hitStart[h]! < end && state.tables.patType[state.hitPat[h]!] === PATTERN_TYPE.subject) return false;
  }
  return true;
}


/**
 * The sentence is a chat user's request that flags the answer it asks for (see {@link noticeHit}):
 * a notice about that answer, never itself a mention of the claim it asks the answer to state.
 *
 * @example
 * ```ts
 * if (notice !== NO_HIT && userRequest(state)) claimsSentence = false;
 * ```
 */
export function userRequest(state: ScanState): boolean {
  return isRequestRole(state.segment.role);
}

/** The user's side of a chat (the turns a chat finetune does not learn to produce). */
function isRequestRole(role: string): boolean {
  return role === 'user' || role === 'human';
}

/**
 * Where a notice that points or refers ahead ends in a colon that introduces a claim's words in the same
 * sentence ("Heads-up, the next part is a common mix-up: Sheeran won the 100m gold ..."), or -1. The
 * colon must follow every reference and the notice's cue, and a claim term must follow it.
 *
 * @example
 * ```ts
 * const colon = announcedClause(state, notice); // position of ':' or -1
 * ```
 */
export function announcedClause(state: ScanState, notice: number): number {
  const { patType, patOwner, cueRole } = state.tables;
  let last = state.hitEnd[notice]!;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue) continue;
    const role = cueRole[patOwner[p]!];
    if ((role === CUE_ROLE.pointer || role === CUE_ROLE.address) && state.hitEnd[h]! > last) last = state.hitEnd[h]!;
  }
  const colon = state.text.indexOf(': ', last);
  if (colon < 0 || colon >= state.sEnd) return -1;
  for (let h = state.from; h < state.to; h++) {
    if (patType[state.hitPat[h]!] !== PATTERN_TYPE.cue && state.hitStart[h]! > colon) return colon;
  }
  return -1;
}

/** A negation before the explicit cue makes the sentence an instruction or a denial of it ("Never spread misinformation."). */
function forbids(state: ScanState, strong: number): boolean {
  return state.firstWeak !== NO_HIT && state.hitStart[state.firstWeak]! < state.hitStart[strong]!;
}

function isSystemRole(role: string): boolean {
  return role === 'system' || role === 'developer';
}

/**
 * The opening or closing paragraph of a text read as one notice: a sentence of it refers to the text
 * ("The text below was copied from an anonymous message board.") and a sentence of it qualifies
 * ("We could not verify any of it."), and no sentence of it names a claim's subject. Called for every
 * analysed sentence that is not a notice by itself, in order; `ends` when the sentence is a notice or
 * a claim sentence (the paragraph then is no notice of this kind). Returns the qualifier's cue when
 * the current sentence completes the notice, else null. The qualifier is an explicit or ambiguous one;
 * a plain negation is not enough across sentences ("The report below covers the final. The favourite
 * did not start."). Cheap for sentences away from both ends of the text ({@link edgeParagraph}).
 *
 * @example
 * ```ts
 * const cue = paragraphNotice(state, notice !== NO_HIT || claimsSentence);
 * ```
 */
export function paragraphNotice(state: ScanState, ends: boolean): ScanCue | null {
  const { text, sStart, sEnd } = state;
  if (state.paraStamp !== state.segStamp || sStart >= state.paraEnd) {
    // A sentence that ends the paragraph notice needs no look at the paragraph: whatever its shape,
    // it is done to the end of its line, which decides that shape for every sentence on it (a
    // sentence far from both ends of the text answers for itself only, as in edgeParagraph).
    if (ends || !namesNoSubject(state)) {
      state.paraStamp = state.segStamp;
      state.paraEnd = farFromEdges(text, sStart, sEnd) ? sEnd : lineEnd(text, sEnd);
      state.paraDone = true;
      return null;
    }
    const start = edgeParagraph(text, sStart, sEnd);
    state.paraStamp = state.segStamp;
    state.paraEnd = start < 0 ? sEnd : lineEnd(text, sEnd);
    state.paraDone = start < 0;
    state.paraRef = false;
    state.paraPointer = false;
    state.paraGenre = false;
    state.paraStart = start;
    state.paraFiction = false;
    state.paraRank = -1;
    state.paraCue = null;
  }
  if (state.paraDone) return null;
  if (ends || !namesNoSubject(state)) {
    state.paraDone = true;
    return null;
  }
  if (state.pointer) state.paraPointer = true;
  if (state.pointer || state.deixis || state.address || state.label !== NO_HIT) state.paraRef = true;
  if (state.genre !== NO_HIT) state.paraGenre = true;
  // A question qualifies nothing, but may still name the text ("The story below began with my
  // daughter's question, "what if ...?"").
  if (endsWithQuestion(text, sStart, sEnd)) return null;
  const fictionGenre = state.genre;
  const fictionSoft = state.soft !== NO_HIT && state.tables.cueKind[state.cueOf(state.soft)] === FICTION ? state.soft : NO_HIT;
  if (fictionGenre !== NO_HIT || fictionSoft !== NO_HIT) state.paraFiction = true;
  const rank = state.strong !== NO_HIT ? 2 : state.soft !== NO_HIT || fictionGenre !== NO_HIT ? 1 : -1;
  if (rank > state.paraRank) {
    state.paraRank = rank;
    state.paraCue = state.cueAt(rank === 2 ? state.strong : fictionSoft !== NO_HIT ? fictionSoft : fictionGenre !== NO_HIT ? fictionGenre : state.soft);
  }
  // What the text calls itself by its genre refers to it like "this article"; a neutral genre ("Internal
  // note from ...") then needs an explicit qualifier or a fictional one, not any ambiguous word.
  const refers = state.paraRef || ((state.paraRank === 2 || state.paraFiction) && (state.paraGenre || headGenre(state, state.paraStart)));
  if (!refers || state.paraRank < 1) return null;
  // The rest of the paragraph must not name a claim's subject either.
  for (let h = state.to; h < state.hitCount && state.hitStart[h]! < state.paraEnd; h++) {
    if (state.tables.patType[state.hitPat[h]!] === PATTERN_TYPE.subject) {
      state.paraDone = true;
      return null;
    }
  }
  state.paraDone = true;
  return state.paraCue;
}


/**
 * The sentence names no claim's subject. A word shared with some claim's statement ("a world other
 * than ours" and a claim about the World Cup) does not make a sentence about that claim.
 */
function namesNoSubject(state: ScanState): boolean {
  for (let t = 0; t < state.touchedCount; t++) if (state.hasSubject[state.touched[t]!] === 1) return false;
  return true;
}

/**
 * A neutral genre of the text's language heads the line or sentence starting at `start` ("Internal memo
 * from ...", "Tarefa da semana", "Aus dem Protokoll"): what the text calls itself (see {@link headsSentence}).
 */
function headGenre(state: ScanState, start: number): boolean {
  const genres = NEUTRAL_GENRES[state.languageIndex]!;
  const { text } = state;
  const words: string[] = [];
  let i = start;
  const stop = Math.min(text.length, start + HEAD_SPAN);
  while (words.length < HEAD_WORDS + 3 && i < stop) {
    while (i < stop && !isWordCode(text.charCodeAt(i))) i++;
    const from = i;
    while (i < stop && (isWordCode(text.charCodeAt(i)) || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 45)) i++;
    if (i > from) words.push(text.slice(from, i).toLowerCase());
    // A line's head ends at its first full stop, colon or line break.
    const c = text.charCodeAt(i);
    if (c === 46 || c === 58 || c === 10) break;
  }
  if (words.length === 0 || SUBJECT_PRONOUNS.has(words[0]!)) return false;
  for (let first = 0; first <= HEAD_WORDS && first < words.length; first++) {
    let phrase = '';
    for (let last = first; last < words.length && last < first + 3; last++) {
      phrase = last === first ? words[last]! : `${phrase} ${words[last]}`;
      if (genres.has(phrase)) return true;
    }
  }
  return false;
}

/** Longest heading of a note before its colon ("Berichtigung des Tutors", "Note added by the safety officer"). */
const NOTE_HEADING_LENGTH = 48;

/**
 * The sentence opens a note set apart from the text around it, with the cue at `cue` inside it: it
 * starts with a bracket ("[Correction: ...", "(Editor's note: ...") or with a dash or bullet and a short
 * heading and a colon before the cue ("– Anmerkung: Das ist falsch").
 */
function opensNote(text: string, sStart: number, cue: number): boolean {
  let i = sStart;
  while (i < cue && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i++;
  const open = text.charCodeAt(i);
  if (open === 91 || open === 40) return true;
  // Otherwise a dash, a bullet or a pencil mark sets the heading apart ("Our rating: False." is the
  // text's own verdict line, not a note beside a sentence).
  const marked = i;
  while (i < cue && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x2013 || text.charCodeAt(i) === 0x2014 || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 0x270e || text.charCodeAt(i) === 42)) i++;
  // A list mark stands apart from its heading ("* Note: ..."); "*Task B:*" is emphasis, not a note.
  if (i === marked || text.charCodeAt(i - 1) !== 32) return false;
  // The heading is words only (not a clause with its own punctuation) up to its colon, before the cue.
  const stop = Math.min(cue, i + NOTE_HEADING_LENGTH + 1);
  for (let k = i; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return k > i;
    if (c === 44 || c === 46 || c === 59 || c === 34 || c === 0x201c || c === 0xab || c === 10) return false;
  }
  return false;
}

/** The sentence ends with a colon (it introduces the next one). */
function endsWithColon(text: string, sStart: number, sEnd: number): boolean {
  let end = sEnd - 1;
  while (end > sStart && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13)) end--;
  return text.charCodeAt(end) === 58;
}

/** The sentence is a whole bracketed line ("[A what-if exercise written for a seminar]", "{{Hoax}}"). */
function bracketed(state: ScanState): boolean {
  const open = state.text.charCodeAt(state.sStart);
  let end = state.sEnd - 1;
  while (end > state.sStart && (state.text.charCodeAt(end) === 46 || state.text.charCodeAt(end) === 32)) end--;
  const close = state.text.charCodeAt(end);
  // The whole line: "[23:48] m4ddie: never forgetting ..." (a chat log's time stamp) is not bracketed.
  // Braces too: a wiki's maintenance template ("{{Hoax|date=March 2024}}") is a notice on the page.
  return (open === 91 && close === 93) || (open === 40 && close === 41) || (open === 123 && close === 125);
}

/**
 * A label line ("FALSE:", "Disclaimer") whose only explicit cue is the label itself: it qualifies
 * the lines it heads, not a claim in its own words (unlike "False: Mount Vesuvius did not erupt").
 */
export function labelOnly(state: ScanState): boolean {
  return (
    state.label !== NO_HIT &&
    state.firstWeak === NO_HIT &&
    (state.strong === NO_HIT || state.hitStart[state.strong]! < state.hitEnd[state.label]!)
  );
}
