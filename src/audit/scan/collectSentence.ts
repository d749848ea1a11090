/**
 * Reads one sentence's hits into the scan state: the first cue of each role (the most specific
 * explicit cue), the document/neighbour references, and per claim its subject, key-term weight and
 * context terms.
 */
import { CUE_ROLE } from '../cueRoles.js';
import { KIND_PRIORITY } from '../vocabulary.js';
import { QUALIFIER_KINDS } from '../vocabulary.js';
import { LANGUAGES } from '../../text/languages.js';
import { NO_HIT, type ScanState } from './scanState.js';
import { PATTERN_TYPE, carriesPredicate } from './scanTables.js';
import { HEADING_CUE_OPENING, headsSentence, negatedQualifier, opensSentence } from './scopeRules.js';

/** Priority of each kind by its index in QUALIFIER_KINDS (typed-array reads on the hot path). */
export const KIND_PRIORITY_BY_INDEX = Int8Array.from(QUALIFIER_KINDS.map((kind) => KIND_PRIORITY[kind]));

/**
 * An idiom ("not just", "no doubt", "ni plus ni moins") starts at `position` in the sentence, or spans it
 * (the second "ni"): the negation there negates nothing.
 */
export function idiomAt(state: ScanState, position: number): boolean {
  const { patType, patOwner, cueRole } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] === PATTERN_TYPE.cue && cueRole[patOwner[p]!] === CUE_ROLE.idiom && state.hitStart[h]! <= position && position < state.hitEnd[h]!) return true;
  }
  return false;
}

/** The cue of hit `h` begins an idiom that starts or spans there ("not" of "not just at the Olympics"). */
export function cancelledByIdiom(state: ScanState, h: number): boolean {
  return state.tables.cueStartsIdiom[state.cueOf(h)] === 1 && idiomAt(state, state.hitStart[h]!);
}

/**
 * The negation hit `h` negates nothing: it begins an idiom (see {@link cancelledByIdiom}), or affirms what
 * follows it ("didn't just", "non è soltanto", "there's no denying"; see `affirmingNegation`). The second
 * test reads words, so callers that loop over claims ask it only of a negation that would qualify one.
 */
export function negatesNothing(state: ScanState, h: number): boolean {
  return cancelledByIdiom(state, h) || state.affirmingAt(h);
}

/** The language bit of Portuguese text (see `ScanState.languageBit`). */
const PORTUGUESE_BIT = 1 << LANGUAGES.indexOf('pt');

/** The explicit cue of hit `h` qualifies nothing: an idiom ("false start"), or negated itself ("non-fiction", "not a hoax"). */
export function cancelledStrong(state: ScanState, h: number): boolean {
  return cancelledByIdiom(state, h) || negatedQualifier(state.text, state.hitStart[h]!, state.sStart, state.languageBit === PORTUGUESE_BIT);
}

/**
 * Fills the sentence fields of `state` from its hits `[state.from, state.to)`.
 *
 * @example
 * ```ts
 * state.startSentence(sentence, sStart, sEnd, from, to);
 * collectSentence(state); // state.strong, state.pointer, state.touched ...
 * ```
 */
export function collectSentence(state: ScanState): void {
  const { patType, patOwner, cueRole, cueKind, termClaim, termWeight, termPredicate, termSubclaim, subclaimNeed, subclaimLiteral, termPhraseWords } = state.tables;
  const { text, sStart, stamp } = state;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if (type === PATTERN_TYPE.cue) {
      const cue = patOwner[p]!;
      switch (cueRole[cue]) {
        case CUE_ROLE.strong:
          // An idiom ("false start") negates nothing, nor does a negated qualifier ("non-fiction").
          if (cancelledStrong(state, h)) break;
          // The most specific kind wins ("a claim that fact-checkers rated false" is a negation).
          if (state.strong === NO_HIT || KIND_PRIORITY_BY_INDEX[cueKind[cue]!]! < KIND_PRIORITY_BY_INDEX[cueKind[state.cueOf(state.strong)]!]!) {
            state.strong = h;
          }
          break;
        case CUE_ROLE.weak:
        case CUE_ROLE.determiner:
          if (state.firstWeak === NO_HIT && !negatesNothing(state, h)) state.firstWeak = h;
          break;
        case CUE_ROLE.soft:
          if (state.soft === NO_HIT) state.soft = h;
          break;
        case CUE_ROLE.stance:
          // Also an ambiguous qualifier for the rules with a word for the text ("I may be wrong about this post").
          if (state.stance === NO_HIT) state.stance = h;
          if (state.soft === NO_HIT) state.soft = h;
          break;
        case CUE_ROLE.attribution:
        case CUE_ROLE.report:
        case CUE_ROLE.hearsay:
          if (state.attribution === NO_HIT) state.attribution = h;
          if (state.tables.cueContent[cue] === 1) state.content = true;
          break;
        case CUE_ROLE.pointer:
          state.pointer = true;
          break;
        case CUE_ROLE.deixis:
          state.deixis = true;
          break;
        case CUE_ROLE.referent:
          state.demonstrative = true;
          break;
        case CUE_ROLE.demonstrative:
          if (opensSentence(text, sStart, state.hitStart[h]!)) state.demonstrative = true;
          break;
        case CUE_ROLE.opening:
          if (opensSentence(text, sStart, state.hitStart[h]!)) state.deixis = true;
          break;
        case CUE_ROLE.anaphor:
          if (opensSentence(text, sStart, state.hitStart[h]!)) state.anaphor = true;
          break;
        case CUE_ROLE.truthRef:
          state.truthRef = true;
          break;
        case CUE_ROLE.idiom:
          break; // consulted through idiomAt()
        case CUE_ROLE.address:
          state.address = true;
          break;
        case CUE_ROLE.label:
          if (state.label === NO_HIT) state.label = h;
          break;
        case CUE_ROLE.genre:
          // Only at the sentence's head is it what the text calls itself ("Simulation for the crisis
          // seminar. ..."), not in "He read a short story on the plane".
          if (state.genre === NO_HIT && state.hitStart[h]! - sStart <= HEADING_CUE_OPENING && headsSentence(text, sStart, state.hitStart[h]!)) state.genre = h;
          break;
      }
      continue;
    }
    const term = patOwner[p]!;
    const claim = termClaim[term]!;
    if (state.claimStamp[claim] !== stamp) {
      state.claimStamp[claim] = stamp;
      state.hasSubject[claim] = 0;
      state.keyWeight[claim] = 0;
      state.contextCount[claim] = 0;
      state.predicateCount[claim] = 0;
      state.touched[state.touchedCount++] = claim;
    }
    if (state.termStamp[term] === stamp) continue;
    state.termStamp[term] = stamp;
    // A key phrase whose words the sentence already showed ("terre battute", see `phraseWords`) counts once.
    const words = termPhraseWords[term]!;
    if (words >= 0 && state.restates(words)) continue;
    // A word the correction affirms of the subject (2) is setting in English text; elsewhere the
    // claim's English words that a text keeps are mostly all there is of it (see `SETTING_IN_ENGLISH`).
    const predicate = carriesPredicate(termPredicate[term]!, state.languageBit) ? 1 : 0;
    if (type !== PATTERN_TYPE.subject && termSubclaim[term]! < 0) {
      // One word is one term: a key phrase given in several languages ("Lego", "2023") or a phrase
      // over statement terms ("Tour de France") overlaps the term counted just before it.
      const start = state.hitStart[h]!;
      if (state.termEndStamp[claim] === stamp && start < state.termEnd[claim]!) {
        if (predicate === 1 && state.termEndPredicate[claim] === 0) {
          state.predicateCount[claim] = state.predicateCount[claim]! + 1;
          state.termEndPredicate[claim] = 1;
        }
        continue;
      }
      state.termEndStamp[claim] = stamp;
      state.termEnd[claim] = state.hitEnd[h]!;
      state.termEndPredicate[claim] = predicate;
    }
    const subclaim = termSubclaim[term]!;
    if (subclaim >= 0) {
      // A word of a subclaim: the sentence restates the subclaim once it has enough of its words.
      const hits = state.subclaimStamp[subclaim] === stamp ? state.subclaimHits[subclaim]! + 1 : 1;
      state.subclaimStamp[subclaim] = stamp;
      state.subclaimHits[subclaim] = hits;
      const literal = subclaimLiteral[subclaim]!;
      if (hits === subclaimNeed[subclaim] && !(literal >= 0 && state.termStamp[literal] === stamp)) {
        state.predicateCount[claim] = state.predicateCount[claim]! + 1;
        // The words of a key phrase weigh what the phrase weighs (see `outsideStatement`).
        state.keyWeight[claim] = state.keyWeight[claim]! + (literal >= 0 ? termWeight[literal]! : 1);
      }
      continue;
    }
    if (predicate === 1) state.predicateCount[claim] = state.predicateCount[claim]! + 1;
    if (type === PATTERN_TYPE.subject) state.hasSubject[claim] = 1;
    else if (type === PATTERN_TYPE.key) state.keyWeight[claim] = state.keyWeight[claim]! + termWeight[term]!;
    else state.contextCount[claim] = state.contextCount[claim]! + 1;
  }
}
