/**
 * Mention finding: which claims a sentence mentions, and the cue inside the sentence that
 * qualifies each one (its local qualifier), with how surely that cue negates the claim.
 *
 * Mention rule (documented in docs/accuracy.md):
 * - with the subject (or an alias) in the sentence: key-term weight >= 1, or key weight + 0.5 ×
 *   context terms >= 1.5, or >= 3 context terms;
 * - without it, when the subject occurs elsewhere in the same segment (anaphora: "The eruption ..."):
 *   key weight >= 2, or key weight >= 1 with key weight + 0.5 × context terms >= 2.5;
 * - a sentence that points at another sentence ("the following claim", "what was just stated") is
 *   a notice about its neighbour, never a mention.
 * Key-term weight: 1 per distinct statement term; 0.5 for common words, years and 1–2 digit numbers;
 * 1 for a restated subclaim (half its own words, see `storyTerms`), which also carries the predicate.
 */
import { foldCodeUnit, isWordCode } from '../../text/ahoCorasick.js';
import { type StemKey, sameStem, textStemKey } from '../../text/cognates.js';
import { LANGUAGES } from '../../text/languages.js';
import { CUE_ROLE } from '../cueRoles.js';
import { statesPersistence } from '../statesPersistence.js';
import type { RecordScan, ScanCue } from './recordScan.js';
import { KIND_PRIORITY_BY_INDEX, cancelledByIdiom, cancelledStrong, negatesNothing } from './collectSentence.js';
import { deniedReport, ownRetraction } from './deniedReport.js';
import { derivedAdjective } from './derivedAdjective.js';
import { finalVerdict } from './finalVerdict.js';
import { indirectQuestion } from './indirectQuestion.js';
import { inProspect } from './irrealis.js';
import { negatedPredicateEnd } from './negatedPredicateEnd.js';
import { NAME_PARTICLES, NO_HIT, type ScanState } from './scanState.js';
import { PATTERN_TYPE, carriesPredicate } from './scanTables.js';
import { rivalPredicate } from './rivalPredicate.js';
import {
  APPOSITION_REACH,
  ATTRIBUTION_REACH,
  DETERMINER_REACH,
  denyingAnswer,
  REPORT_REACH,
  SUBJECT_NEGATION_GAP,
  bareNotScopeEnd,
  cessationNegation,
  clauseEnd,
  clauseStart,
  determinerScopeEnd,
  objectScopeEnd,
  ellipticalDenial,
  opensClause,
  opensWithAddingConnective,
  subordinateStart,
  endsWithQuestion,
  notAfterAuxiliary,
  lineEnd,
  tellingQuestion,
  otherYearIn,
  wordsEnd,
  dashClauseStart,
  dashClauseEnd,
  tagQuestionEnd,
  colonPart,
  wordBefore,
} from './scopeRules.js';

/** Strength of a cue that surely negates the claim (explicit cue, negated subject, reported-speech frame). */
const SURE = 1;
/** Strength of a generic negation or hearsay somewhere before a claim term: it may negate something else. */
const UNSURE = 0.5;

/** A cue inside the sentence that qualifies a claim, and how surely it does. */
interface LocalQualifier {
  cue: ScanCue;
  strength: number;
  /** The cue is in a notice clause before a colon and the claim is stated after it (see {@link colonSeparates}). */
  announced?: boolean;
}

/** How one sentence relates to the claims it touches (see {@link findMentions}). */
export interface MentionContext {
  /** The hit that makes the sentence a notice ({@link NO_HIT} if none). */
  notice: number;
  /** The notice's verdict governs a clause of the sentence ("It is false that <claim>"). */
  thatClause: boolean;
}

/** The claim's subject ends just before `position` ("Ed Sheeran has never ...", "Vesuvius did not ..."). */
function subjectRightBefore(state: ScanState, claim: number, position: number): boolean {
  const { patType, patOwner, termClaim } = state.tables;
  const text = state.text;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.subject || termClaim[patOwner[p]!] !== claim) continue;
    const end = state.hitEnd[h]!;
    const gap = position - end;
    if (gap >= 0 && gap <= SUBJECT_NEGATION_GAP) return true;
    // An apposition between them: "Sheeran, a British musician, was not ...".
    if (gap > 0 && gap <= APPOSITION_REACH && text.charCodeAt(end) === 44) {
      let k = position - 1;
      while (k > end && text.charCodeAt(k) === 32) k--;
      if (k > end && text.charCodeAt(k) === 44) return true;
    }
  }
  return false;
}

/**
 * Hit `h` is a key term of `claim` that carries its predicate in the record's language and belongs to the
 * statement, not to a restated subclaim: the words both topic readings below look at.
 */
function isStatementPredicateHit(state: ScanState, h: number, claim: number): boolean {
  const { patType, patOwner, termClaim, termPredicate, termSubclaim } = state.tables;
  const p = state.hitPat[h]!;
  const term = patOwner[p]!;
  return patType[p] === PATTERN_TYPE.key && termClaim[term] === claim && termSubclaim[term]! < 0 && carriesPredicate(termPredicate[term]!, state.languageBit);
}

/**
 * Every predicate word of the claim in the sentence is in prospect (`inProspect`: a modal of possibility, a
 * conditional or an adjective of prospect before it in its clause, or, unless the claim is one of change, a
 * future auxiliary): "Vesuvius will erupt again", "a future Plinian eruption could ...", "if a Plinian eruption
 * had occurred ...". The sentence speaks of the claim's event as possible or expected, not as what happened.
 * Words of a restated subclaim are not read (they are the story's, not the statement's predicate).
 */
function predicateInProspect(state: ScanState, claim: number): boolean {
  const language = LANGUAGES[state.languageIndex] ?? 'en';
  const change = state.tables.claimIsChange[claim] === 1;
  let seen = false;
  for (let h = state.from; h < state.to; h++) {
    if (!isStatementPredicateHit(state, h, claim)) continue;
    const at = state.hitStart[h]!;
    const clause = clauseStart(state.text, at, state.sStart);
    if (!inProspect(state.text, clause, at, language, change, clause === state.sStart)) return false;
    seen = true;
  }
  return seen;
}

/**
 * Every predicate word of the claim in the sentence is an adjective derived from it that names a kind or a
 * disposition (`derivedAdjective`: "eruptive" of "erupted", in "Vesuvius's eruptive history", "eruptive
 * precursors"), longer than the term the scan matched (a stem) and not the statement's own adjective
 * (`termAdjective`: "explosive" when the claim says so). Without one of the claim's numbers, such a sentence
 * names the claim's topic, not its event ("eruptive activity in October 2015" still dates it).
 */
function predicateAsKind(state: ScanState, claim: number): boolean {
  const text = state.text;
  let seen = false;
  for (let h = state.from; h < state.to; h++) {
    if (!isStatementPredicateHit(state, h, claim)) continue;
    if (state.tables.termAdjective[state.tables.patOwner[state.hitPat[h]!]!] === 1) return false;
    let end = state.hitEnd[h]!;
    if (!isWordCode(text.charCodeAt(end))) return false;
    while (end < state.sEnd && isWordCode(text.charCodeAt(end))) end++;
    let start = state.hitStart[h]!;
    while (start > state.sStart && isWordCode(text.charCodeAt(start - 1))) start--;
    if (!derivedAdjective(text.slice(start, end).toLowerCase())) return false;
    seen = true;
  }
  return seen && !hasClaimNumber(state, claim);
}

/** The sentence carries one of the claim's numbers (a year, a count, a time). */
function hasClaimNumber(state: ScanState, claim: number): boolean {
  const { patType, patOwner, termClaim, termNumeric } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] === PATTERN_TYPE.key && termClaim[patOwner[p]!] === claim && termNumeric[patOwner[p]!] === 1) return true;
  }
  return false;
}

/**
 * A sentence that dates its event to a year the claim does not use, and carries none of the
 * claim's numbers, is about another event ("its last eruption in March 1944"), not the claim.
 */
function aboutAnotherYear(state: ScanState, claim: number): boolean {
  const { patType, patOwner, termClaim, termNumeric } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] === PATTERN_TYPE.key && termClaim[patOwner[p]!] === claim && termNumeric[patOwner[p]!] === 1) return false;
  }
  return otherYearIn(state.text, state.sStart, state.sEnd, state.tables.claimYears[claim]!) >= 0;
}

/** A year the claim does not use lies in the clause of the local cue `cue` ("has not erupted since 1944"). */
function yearInCueClause(state: ScanState, cue: ScanCue, claim: number): boolean {
  const from = clauseStart(state.text, cue.start, state.sStart);
  const to = Math.min(state.sEnd, clauseEnd(state.text, cue.end));
  return otherYearIn(state.text, from, to, state.tables.claimYears[claim]!) >= 0;
}

/** How close a year of another event must be to a predicate term to claim it ("the 1944 eruption", "erupted in March 1944"). */
export const OTHER_YEAR_REACH = 30;

/**
 * Every predicate term of the claim in the sentence sits right by a year the claim does not use:
 * the predicate belongs to another event ("quiet in 2015, eighty years after the 1944 eruption").
 */
function predicateOfAnotherYear(state: ScanState, claim: number): boolean {
  const { patType, patOwner, termClaim, termPredicate } = state.tables;
  const years = state.tables.claimYears[claim]!;
  let seen = false;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] === PATTERN_TYPE.cue || termClaim[patOwner[p]!] !== claim || !carriesPredicate(termPredicate[patOwner[p]!]!, state.languageBit)) continue;
    seen = true;
    const from = Math.max(state.sStart, state.hitStart[h]! - OTHER_YEAR_REACH);
    const to = Math.min(state.sEnd, state.hitEnd[h]! + OTHER_YEAR_REACH);
    if (otherYearIn(state.text, from, to, years) < 0) return false;
  }
  return seen;
}

/**
 * A cue of `role` that counts locally for `claim` because a term of the claim follows it closely
 * ("did not win gold", "claiming that the singer took gold"), within `reach` characters (or, for
 * reach < 0, the rest of the clause; only the participle phrase after a bare "not" with no auxiliary).
 */
function cueBeforeTerm(state: ScanState, role: number, claim: number, reach: number): LocalQualifier | null {
  const { patType, patOwner, cueRole, cueBareNot, cueClauseScope, cueObjectScope, termClaim, termSubclaim } = state.tables;
  const negation = role === CUE_ROLE.weak || role === CUE_ROLE.determiner;
  for (let w = state.from; w < state.to; w++) {
    const wp = state.hitPat[w]!;
    if (patType[wp] !== PATTERN_TYPE.cue || cueRole[patOwner[wp]!] !== role) continue;
    if (negation && cancelledByIdiom(state, w)) continue;
    if (claimWordAt(state, w, claim)) continue;
    const wStart = state.hitStart[w]!;
    const wEnd = state.hitEnd[w]!;
    const bareNot = role === CUE_ROLE.weak && cueBareNot[patOwner[wp]!] === 1;
    // A negating preposition ("senza", "sans", "ohne") negates its object only, wherever it stands; so does a
    // prefix, which makes a word of its own with what it negates ("non-fiction", "Non-rowers", "non-eruptive"; see `objectScopeEnd`).
    const objectOnly = role === CUE_ROLE.determiner && (cueObjectScope[patOwner[wp]!] === 1 || state.text.charCodeAt(wEnd - 1) === 45);
    let limit = objectOnly
      ? objectScopeEnd(state.text, wEnd, state.sEnd)
      : role === CUE_ROLE.determiner
        ? determinerScopeEnd(state.text, wStart, wEnd, state.sStart, state.sEnd)
        : reach >= 0
          ? wEnd + reach
          : bareNot
            ? bareNotScopeEnd(state.text, wStart, wEnd, state.sStart)
            : clauseEnd(state.text, wEnd);
    // A negated predicate said of a complement clause ("No es casualidad que ...", "It's no secret that ...") does
    // not reach into that clause, unless the predicate is the claim's own (a cleft: "It wasn't Toyota that ...").
    const predicateEnd = negation && !objectOnly ? negatedPredicateEnd(state.text, wStart, wEnd, state.sStart, state.sEnd) : -1;
    if (predicateEnd >= 0 && !claimTermIn(state, claim, wEnd, predicateEnd)) limit = Math.min(limit, predicateEnd);
    // A German "nicht" follows what it negates in its clause ("Der Vesuv ist 2015 nicht ausgebrochen").
    // German indirect speech likewise ends its clause ("dass der Gletscher abgeschmolzen sei").
    const first = (role === CUE_ROLE.weak || role === CUE_ROLE.hearsay) && cueClauseScope[patOwner[wp]!] === 1 ? clauseStart(state.text, wStart, state.sStart) : wEnd;
    // "Sheeran has never ...", "Sheeran could not ..."; but a bare "not" right after the subject is
    // a contrast or a modifier ("Vesuvius, not Etna, ...", "Swift, not previously known as a runner, ...").
    if (
      role === CUE_ROLE.weak &&
      (!bareNot || notAfterAuxiliary(state.text, wStart, state.sStart)) &&
      subjectRightBefore(state, claim, wStart)
    ) {
      // An affirming negation ("has not just ...") is read last: it reads words, and most negations qualify nothing.
      if (agreesWithClaim(state, claim, w, limit) || state.affirmingAt(w)) continue;
      return { cue: state.cueAt(w), strength: SURE };
    }
    // A negation in another part of the sentence than the claim (across a colon) denies something else.
    if (negation && colonSeparates(state, claim, wStart, wEnd, true) !== 0) continue;
    for (let h = state.from; h < state.to; h++) {
      const p = state.hitPat[h]!;
      const type = patType[p]!;
      if (type === PATTERN_TYPE.cue || type === PATTERN_TYPE.context) continue;
      // Frames take the subject or a key term; a bare reporting verb only the subject; negations only key terms.
      if (type === PATTERN_TYPE.subject ? role !== CUE_ROLE.attribution && role !== CUE_ROLE.report : role === CUE_ROLE.report) continue;
      if (termClaim[patOwner[p]!] !== claim) continue;
      // A subclaim's word is a claim term only in a sentence that restates its subclaim.
      const subclaim = termSubclaim[patOwner[p]!]!;
      if (subclaim >= 0 && !state.restates(subclaim)) continue;
      const start = state.hitStart[h]!;
      if (start >= first && start <= limit && (start >= wEnd || state.hitEnd[h]! <= wStart)) {
        // A determiner that opens its clause negates the whole clause ("No eruption of Mount Vesuvius occurred in 2015").
        const sure = role === CUE_ROLE.determiner ? !objectOnly && opensClause(state.text, wStart, state.sStart) : !negation && role !== CUE_ROLE.hearsay;
        if (negation && (agreesWithClaim(state, claim, w, limit) || state.affirmingAt(w))) break;
        return { cue: state.cueAt(w), strength: sure ? SURE : UNSURE };
      }
    }
  }
  return null;
}

/** A term of `claim` (its subject or a key term) starts in `[from, to)` of the sentence. */
function claimTermIn(state: ScanState, claim: number, from: number, to: number): boolean {
  const { patType, patOwner, termClaim } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if (type === PATTERN_TYPE.cue || type === PATTERN_TYPE.context || termClaim[patOwner[p]!] !== claim) continue;
    const at = state.hitStart[h]!;
    if (at >= from && at < to) return true;
  }
  return false;
}

/**
 * The negation hit `w`, which reaches the claim's terms up to `limit`, says what the claim says: it
 * negates words the statement negates itself ("composed it without hearing it", see
 * {@link negatesClaimNegation}), or it is a cessation and the claim a change that did not happen
 * ("non fa più pagare la retta a nessuno", see {@link inCessation} and `claimIsChange`). Read only
 * once the negation would qualify the claim: most claims have neither.
 */
function agreesWithClaim(state: ScanState, claim: number, w: number, limit: number): boolean {
  return (
    (state.tables.claimNegatesTerm[claim] === 1 &&
      (negatesClaimNegation(state, claim, state.hitEnd[w]!, limit) || (state.languageBit !== ENGLISH_BIT && negatedCognateIn(state, claim, state.hitEnd[w]!, limit)))) ||
    (state.tables.claimIsChange[claim] === 1 && (inCessation(state, w) || changeAsTime(state, claim, w))) ||
    // A negating determiner or "there is no" speaks of a thing's existence; "does not charge fares" of an act.
    (state.tables.cueRole[state.cueOf(w)] === CUE_ROLE.determiner && absenceAgrees(state, claim, w))
  );
}

/** Words that make what follows them the time of the sentence ("since the ban", "seit dem Verkauf", "depuis la fermeture"), six languages. */
const SINCE_WORDS = new Set(['since', 'after', 'following', 'seit', 'seitdem', 'depuis', 'après', 'desde', 'tras', 'después', 'dal', 'dalla', 'dallo', 'dopo', 'após']);
/** How many words before a claim's predicate term a time word may stand ("since the 2020 national ban"). */
const SINCE_WORDS_REACH = 4;

/**
 * The claim of change is the time the sentence speaks from: one of its predicate terms follows a word
 * such as "since" or "seit" closely, and the negation hit `w` stands outside that phrase ("since the 2021
 * ban you can't buy ...", "you can't buy it since the 2021 ban", "fertigt seit dem Verkauf aller Werke keine
 * eigenen Chips mehr"). The negation then says what the change left behind, and the sentence takes the
 * change as given.
 */
function changeAsTime(state: ScanState, claim: number, w: number): boolean {
  const { patType, patOwner, termClaim, termPredicate } = state.tables;
  const text = state.text;
  const cueStart = state.hitStart[w]!;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.key || termClaim[patOwner[p]!] !== claim || termPredicate[patOwner[p]!] !== 1) continue;
    // The words before the term, back to a clause break, nearest first.
    let at = state.hitStart[h]!;
    for (let words = 0; words < SINCE_WORDS_REACH; words++) {
      const [word, begin] = wordBefore(text, at, state.sStart);
      if (word === '' || (begin <= cueStart && cueStart < state.hitStart[h]!)) break;
      if (SINCE_WORDS.has(word)) return true;
      at = begin;
    }
  }
  return false;
}

/** The language bit of English text (see `ScanState.languageBit`). */
const ENGLISH_BIT = 1 << LANGUAGES.indexOf('en');

/** How many words after a negation what a claim says is gone may stand ("no first class", "no ice left"). */
const ABSENCE_WORDS = 2;

/**
 * The negation hit `w` says that what the claim removes is not there: a term naming it (or the subject,
 * for a verb without object) starts within {@link ABSENCE_WORDS} words after the negation ("there's no
 * first class to upgrade to" for a claim that SBB abolished first class, "there was no ice left"), and
 * the negation's clause (a dash ends it too) holds no form of the claim's verb of removal ("no shops
 * were closed", "no ban on aspirin" deny the claim). For a claim that something was abolished, closed or
 * melted away, that states the claim. English text only (the verbs are known in English); a particle
 * ("No, first class is still sold") is no such negation. Reads the sentence's hits only: no allocation.
 */
function absenceAgrees(state: ScanState, claim: number, w: number): boolean {
  const gone = state.tables.claimGone[claim]!;
  if (gone === 0 || state.languageBit !== ENGLISH_BIT) return false;
  const { text } = state;
  const { patType, patOwner, termClaim, termAbsence } = state.tables;
  const start = state.hitStart[w]!;
  const end = state.hitEnd[w]!;
  if (text.charCodeAt(end) !== 32) return false;
  const reach = wordsEnd(text, end, state.sEnd, ABSENCE_WORDS);
  const from = dashClauseStart(text, start, state.sStart);
  const to = dashClauseEnd(text, end);
  let found = false;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if ((type !== PATTERN_TYPE.key && type !== PATTERN_TYPE.subject) || termClaim[patOwner[p]!] !== claim) continue;
    const at = state.hitStart[h]!;
    const absence = type === PATTERN_TYPE.key ? termAbsence[patOwner[p]!]! : gone === 2 ? 2 : 0;
    if (absence === 1 && at >= from && at < to) return false;
    if (absence === 2 && at >= end && at < reach) found = true;
  }
  return found;
}

/** The explicit cue of hit `h` is an existential negation ("there is no", "there was no") that states the claim's absence (see {@link absenceAgrees}). */
function existentialAgrees(state: ScanState, claim: number, h: number): boolean {
  if (state.tables.claimGone[claim] === 0) return false;
  const start = state.hitStart[h]!;
  return (state.text.charCodeAt(start) | 32) === 116 && state.text.slice(start, start + 6).toLowerCase() === 'there ' && absenceAgrees(state, claim, h);
}

/** A verb of existence in an explicit negation ("does not exist", "non esiste", "existiert nicht", "no existe", "il n'y a pas", "es gibt keine"). */
const EXISTENCE_RE = /exist|esist|gibt|\by a\b|\bhay\b|\bh[áa]\b|c['’]è/iu;

/**
 * The explicit cue of hit `h` denies that something exists any more ("non esiste più la prima classe", "já
 * não existe ISBN", "existiert nicht mehr": see `cessationNegation`), and the claim is one of change
 * (`claimIsChange`): what the claim says was abolished or closed is gone, so the cue states the claim.
 */
function existenceEnded(state: ScanState, claim: number, h: number): boolean {
  if (state.tables.claimIsChange[claim] !== 1) return false;
  const start = state.hitStart[h]!;
  const end = state.hitEnd[h]!;
  return EXISTENCE_RE.test(state.text.slice(start, end)) && cessationNegation(state.text, start, end, state.sStart, clauseEnd(state.text, end));
}

/**
 * A word of `text[from, to]` (five letters or more) shares its stem with a word the claim's statement
 * negates itself (`claimNegatedCognates`): in another language, "non usare dentifrici al fluoro" negates
 * what "should not use fluoride toothpaste" negates, so the negation states the claim.
 */
function negatedCognateIn(state: ScanState, claim: number, from: number, to: number): boolean {
  const targets = state.tables.claimNegatedCognates[claim]!;
  if (targets.length === 0) return false;
  return someLongWordStem(state.text, from, Math.min(to, state.sEnd), ANY_INITIAL, (key) => targets.some((target) => sameStem(key, target)));
}

/**
 * The first of the claim's key terms in `text[from, to]` is one its statement negates itself
 * (`termNegated`: "without being able to hear it"): a negation right before it ("wrote The Art of
 * Fugue without hearing a note of it") states the claim, it does not deny it.
 */
function negatesClaimNegation(state: ScanState, claim: number, from: number, to: number): boolean {
  const { patType, patOwner, termClaim, termNegated } = state.tables;
  let firstStart = to + 1;
  let negated = false;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const start = state.hitStart[h]!;
    if (patType[p] !== PATTERN_TYPE.key || termClaim[patOwner[p]!] !== claim || start < from || start >= firstStart) continue;
    firstStart = start;
    negated = termNegated[patOwner[p]!] === 1;
  }
  return negated;
}

/**
 * The negation hit `w` says that something stopped (see `cessationNegation`), or is a determiner in
 * the clause of such a negation before it, which negative concord makes part of it ("Harvard non fa
 * più pagare la retta a nessuno studente", "ya no cobra nada").
 */
function inCessation(state: ScanState, w: number): boolean {
  const { patType, patOwner, cueRole } = state.tables;
  const text = state.text;
  const start = state.hitStart[w]!;
  const clause = clauseStart(text, start, state.sStart);
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue) continue;
    const role = cueRole[patOwner[p]!];
    if (role !== CUE_ROLE.weak && role !== CUE_ROLE.determiner) continue;
    const hStart = state.hitStart[h]!;
    if (h !== w && (hStart < clause || hStart >= start || role !== CUE_ROLE.weak)) continue;
    if (cessationNegation(text, hStart, state.hitEnd[h]!, state.sStart, clauseEnd(text, state.hitEnd[h]!))) return true;
  }
  return false;
}

/**
 * The cue hit `w` covers one of the claim's own words: "invented" in "Sony invented the QR code"
 * when the claim is that Sony invented it, "erfunden" when "erfunden" is one of its key phrases. A
 * word of the statement carries the claim; it cannot also qualify it.
 */
function claimWordAt(state: ScanState, w: number, claim: number): boolean {
  const { patType, patOwner, termClaim, termSubclaim } = state.tables;
  const start = state.hitStart[w]!;
  const end = state.hitEnd[w]!;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if (type !== PATTERN_TYPE.key && type !== PATTERN_TYPE.subject) continue;
    if (termClaim[patOwner[p]!] !== claim || termSubclaim[patOwner[p]!]! >= 0) continue;
    if (state.hitStart[h]! < end && state.hitEnd[h]! > start) return true;
  }
  return false;
}

/**
 * The sentence's explicit cue for `claim`: the sentence's most specific one, or, when that one is a
 * word of the claim itself ({@link claimWordAt}), the most specific other one ({@link NO_HIT} if none).
 */
function strongCueFor(state: ScanState, claim: number): number {
  if (!claimWordAt(state, state.strong, claim) && !existentialAgrees(state, claim, state.strong) && !existenceEnded(state, claim, state.strong)) return state.strong;
  const { patType, patOwner, cueRole, cueKind } = state.tables;
  let best = NO_HIT;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue || cueRole[patOwner[p]!] !== CUE_ROLE.strong) continue;
    if (cancelledStrong(state, h) || claimWordAt(state, h, claim) || existentialAgrees(state, claim, h) || existenceEnded(state, claim, h)) continue;
    if (best === NO_HIT || KIND_PRIORITY_BY_INDEX[cueKind[patOwner[p]!]!]! < KIND_PRIORITY_BY_INDEX[cueKind[state.cueOf(best)]!]!) best = h;
  }
  return best;
}

/**
 * An earlier clause of the sentence already states the claim, its subject with a predicate term,
 * and the clause that holds the cue at `position` adds to it ("and", "so") or hangs on it as a clause
 * of a person or a reason ("who", "because": see `subordinateStart`): "New Zealand made voting
 * compulsory in 2020, and if you don't vote you are fined" asserts the claim; the negation
 * negates a further fact.
 */
function assertedBeforeClause(state: ScanState, claim: number, position: number): boolean {
  const { patType, patOwner, cueRole, termClaim, termPredicate, termAnchor } = state.tables;
  let clause = clauseStart(state.text, position, state.sStart);
  // ... or the cue stands in a clause of a person or a reason that hangs on it ("fines people who don't vote",
  // "was shut down because there was no longer enough oil"): the negation says something of that person or reason.
  if (clause <= state.sStart || !opensWithAddingConnective(state.text, clause, state.sEnd)) clause = subordinateStart(state.text, position, state.sStart);
  if (clause <= state.sStart) return false;
  let subject = false;
  let predicate = false;
  for (let h = state.from; h < state.to && state.hitStart[h]! < clause; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if (type === PATTERN_TYPE.cue) {
      // The earlier clause is itself qualified ("has shown no eruptive activity since 1944, and did not erupt in 2015").
      const role = cueRole[patOwner[p]!];
      if ((role === CUE_ROLE.strong || role === CUE_ROLE.weak || role === CUE_ROLE.determiner) && !claimWordAt(state, h, claim)) return false;
      continue;
    }
    if (termClaim[patOwner[p]!] !== claim || state.hitEnd[h]! > clause) continue;
    // In a segment that never names the subject, the statement's other name stands for it (see `segAnchor`).
    if (type === PATTERN_TYPE.subject || (termAnchor[patOwner[p]!] === 1 && state.segSubject[claim] !== state.recordStamp)) subject = true;
    else if (termPredicate[patOwner[p]!] === 1) predicate = true;
  }
  // ... or about another event ("quiet since its last eruption in 1944, and the data show no eruptive signals").
  return subject && predicate && otherYearIn(state.text, state.sStart, clause, state.tables.claimYears[claim]!) < 0;
}

/** The language bit of German text (see `ScanState.languageBit`). */
const GERMAN_BIT = 1 << LANGUAGES.indexOf('de');

/**
 * The claim's terms follow "whether" (German "ob") in the sentence: an indirect question, which
 * asserts nothing ("asked whether Norway's fund went to gold in 2023", "fragte, ob der Vesuv ...").
 */
function embeddedQuestion(state: ScanState, claim: number): boolean {
  const first = firstTermOf(state, claim);
  return (
    wordIn(state.text, 'whether', state.sStart, first) ||
    (state.languageBit === GERMAN_BIT && wordIn(state.text, 'ob', state.sStart, first)) ||
    indirectQuestion(state.text, state.sStart, first, LANGUAGES[state.languageIndex] ?? 'en')
  );
}

/**
 * The question that is the current sentence asks whether the former state of a claim of change goes on
 * ("A Nova Zelândia ainda tem varroa?", "Can you still climb the Matterhorn?", see `statesPersistence`):
 * "No" to it says the state ended, which is what the claim says. The denial states the claim.
 */
function asksPersistence(state: ScanState, claim: number): boolean {
  if (state.tables.claimIsChange[claim] !== 1) return false;
  return statesPersistence(state.text, state.sStart, state.sEnd, LANGUAGES[state.languageIndex] ?? 'en');
}

/** Where the first of the claim's terms (subject or key term) starts in the sentence. */
function firstTermOf(state: ScanState, claim: number): number {
  const { patType, patOwner, termClaim } = state.tables;
  let first = state.sEnd;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue && termClaim[patOwner[p]!] === claim && state.hitStart[h]! < first) first = state.hitStart[h]!;
  }
  return first;
}

/** The lower-case ASCII word `word` occurs as a whole word in `text[from, to)`, in any case (a bounded scan, no allocation). */
function wordIn(text: string, word: string, from: number, to: number): boolean {
  const head = word.charCodeAt(0);
  for (let at = from; at + word.length <= to; at++) {
    if ((text.charCodeAt(at) | 32) !== head || (at > from && isWordCode(text.charCodeAt(at - 1)))) continue;
    let k = 1;
    while (k < word.length && (text.charCodeAt(at + k) | 32) === word.charCodeAt(k)) k++;
    if (k === word.length && !isWordCode(text.charCodeAt(at + k))) return true;
  }
  return false;
}

/** Longest final clause read as an elliptical denial ("; it did not."). */
const ELLIPSIS_REACH = 60;

/**
 * The negation of the sentence's last clause when that clause is an elliptical denial of the clause
 * before it ("A common mix-up holds that New Zealand made voting compulsory in 2020; it did not.",
 * see `ellipticalDenial`), or {@link NO_HIT}.
 */
function ellipsisCue(state: ScanState): number {
  const text = state.text;
  let end = state.sEnd;
  while (end > state.sStart && !isWordCode(text.charCodeAt(end - 1))) end--;
  const floor = Math.max(state.sStart, end - ELLIPSIS_REACH);
  let clause = -1;
  for (let i = end - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 40) {
      clause = i + 1;
      break;
    }
  }
  if (clause < 0 || !ellipticalDenial(text, clause, end)) return NO_HIT;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (state.hitStart[h]! < clause || state.tables.patType[p] !== PATTERN_TYPE.cue) continue;
    const role = state.tables.cueRole[state.tables.patOwner[p]!];
    if (role === CUE_ROLE.weak || role === CUE_ROLE.determiner) return h;
  }
  return NO_HIT;
}

/** The colon part of the cue ({@link colonSeparates}'s scratch). */
const cuePart = new Int32Array(2);
/** Fewest words before a colon that make a clause of their own, not a label ("Myth:", "FALSE:", "In realtà no:"). */
const CLAUSE_WORDS = 4;
/** What {@link colonSeparates} found: the claim's predicate only before the cue's part, or only after it. */
const PREDICATE_BEFORE = 1;
const PREDICATE_AFTER = 2;

/**
 * A colon parts the sentence, and the part that holds the cue at `[start, end)` holds none of the
 * claim's predicate terms (nor, with `noSubject`, its subject) while another part does: the cue
 * governs another statement. A generic negation there denies something else ("Audiences never saw it
 * that way: Warner struck only black-and-white prints", "ninguém esquece 2021: o governo nacionalizou
 * ..."); an explicit one before the colon, in a clause of its own, is a notice that announces the claim
 * stated after it ("The next thing I'm going to say is NOT true: in 2022 researchers found ..."), not the
 * claim's own negation. Returns 0 when the cue's part holds a predicate term (or the sentence has no
 * colon), {@link PREDICATE_BEFORE} or {@link PREDICATE_AFTER} otherwise.
 */
function colonSeparates(state: ScanState, claim: number, start: number, end: number, noSubject: boolean): number {
  const colon = state.firstColon();
  if (colon < 0 || !colonPart(state.text, state.sStart, state.sEnd, start, cuePart, colon) || end > cuePart[1]!) return 0;
  const { patType, patOwner, termClaim, termPredicate } = state.tables;
  let before = false;
  let after = false;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const type = patType[p]!;
    if ((type !== PATTERN_TYPE.key && type !== PATTERN_TYPE.subject) || termClaim[patOwner[p]!] !== claim) continue;
    const at = state.hitStart[h]!;
    const inPart = at >= cuePart[0]! && at < cuePart[1]!;
    if (type === PATTERN_TYPE.subject) {
      if (noSubject && inPart) return 0;
      continue;
    }
    if (!carriesPredicate(termPredicate[patOwner[p]!]!, state.languageBit)) continue;
    if (inPart) return 0;
    if (at < cuePart[0]!) before = true;
    else after = true;
  }
  return before === after ? 0 : before ? PREDICATE_BEFORE : PREDICATE_AFTER;
}

/** How far before an explicit cue its copula may stand ("ist ein verbreiteter Irrtum"). */
const COPULA_REACH = 28;
/** A copula of the six languages: the cue after it is said of a subject ("it is not true", "c'est faux"). */
const COPULA_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|isn't|wasn't|it's|est|sont|était|c'est|è|sono|era|es|son|fue|é|são|foi|ist|sind|war|waren)(?![\p{L}])/iu;
/** A complementizer after an explicit cue in its part: the cue's clause goes on past the colon ("It is false that [12:01] user: ..."). */
const COMPLEMENTIZER_IN = /(?:^|[^\p{L}])(?:that|que|qu'|che|dass)(?![\p{L}])/iu;
/** A complementizer that opens what follows a colon: the content of the noun before it ("the false assertion: that ..."). */
const COMPLEMENTIZER_AFTER = /^\s*(?:that|que|qu'|che|dass)(?![\p{L}])/iu;

/**
 * The explicit cue at `hit` is a notice before a colon, in a clause of its own, and the part after the
 * colon states the claim plainly, with no cue of its own (see {@link colonSeparates}): "Here is something
 * you may have read online, and it is not true: Copenhagen has made helmets mandatory ..." (but not
 * "No, no es verdad: Zara no cerró sus tiendas", nor "Myth: ...").
 */
function announcesClaim(state: ScanState, claim: number, hit: number): boolean {
  const kind = state.cueAt(hit).kind;
  if (kind !== 'negation' && kind !== 'correction') return false;
  if (colonSeparates(state, claim, state.hitStart[hit]!, state.hitEnd[hit]!, false) !== PREDICATE_AFTER) return false;
  const text = state.text;
  let at = wordsEnd(text, cuePart[0]!, cuePart[1]!, CLAUSE_WORDS - 1);
  while (at < cuePart[1]! && !isWordCode(text.charCodeAt(at))) at++;
  if (at >= cuePart[1]!) return false;
  // The notice is said of something ("it is not true:", "der nächste Satz ist ein Irrtum:"), not a noun
  // phrase that names the claim after it ("the central false assertion: that Ed Sheeran won ...").
  if (!COPULA_BEFORE.test(text.slice(Math.max(cuePart[0]!, state.hitStart[hit]! - COPULA_REACH), state.hitEnd[hit]!))) return false;
  if (COMPLEMENTIZER_AFTER.test(text.slice(cuePart[1]! + 1, Math.min(state.sEnd, cuePart[1]! + 12)))) return false;
  // ... nor a notice whose own clause goes on past the colon ("It is false that [21:57] user: ED WON ...").
  if (COMPLEMENTIZER_IN.test(text.slice(state.hitStart[hit]!, cuePart[1]!))) return false;
  // The claim after the colon is plain, and the notice negates nothing else before it ("no se cantó en
  // inglés, pese al bulo ...: en Bayreuth se canta en alemán" states the true world after its colon).
  const { patType, patOwner, cueRole } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue) continue;
    const at = state.hitStart[h]!;
    if (at > cuePart[1]!) return false;
    const role = cueRole[patOwner[p]!];
    const inside = at >= state.hitStart[hit]! && state.hitEnd[h]! <= state.hitEnd[hit]!;
    if (!inside && at >= cuePart[0]! && (role === CUE_ROLE.weak || role === CUE_ROLE.determiner)) return false;
  }
  return true;
}

/** The cue inside the sentence that qualifies `claim`, if any: an explicit cue, a negation before a claim term, or a reported-speech frame. */
function localQualifier(state: ScanState, claim: number): LocalQualifier | null {
  if (state.strong !== NO_HIT) {
    const strong = strongCueFor(state, claim);
    if (strong !== NO_HIT) return { cue: state.cueAt(strong), strength: SURE, announced: announcesClaim(state, claim, strong) };
  }
  let local: LocalQualifier | null = null;
  if (state.firstWeak !== NO_HIT) {
    local = cueBeforeTerm(state, CUE_ROLE.weak, claim, -1) ?? cueBeforeTerm(state, CUE_ROLE.determiner, claim, DETERMINER_REACH);
    if (local !== null && local.strength === UNSURE && assertedBeforeClause(state, claim, local.cue.start)) local = null;
    if (local === null || local.strength === UNSURE) {
      const ellipsis = ellipsisCue(state);
      if (ellipsis !== NO_HIT) local = { cue: state.cueAt(ellipsis), strength: SURE };
    }
  }
  // A short verdict ending the sentence judges the clause before it (", but that is wrong.", ", pero no fue así."): sure.
  if (local === null || local.strength === UNSURE) {
    const verdict = finalVerdict(state.text, state.sStart, state.sEnd, LANGUAGES[state.languageIndex] ?? 'en');
    if (verdict >= 0) local = { cue: { kind: 'negation', segment: state.segment.index, start: verdict, end: state.sEnd }, strength: SURE };
  }
  if (local === null && state.attribution !== NO_HIT) {
    local =
      cueBeforeTerm(state, CUE_ROLE.attribution, claim, ATTRIBUTION_REACH) ??
      cueBeforeTerm(state, CUE_ROLE.report, claim, REPORT_REACH) ??
      cueBeforeTerm(state, CUE_ROLE.hearsay, claim, ATTRIBUTION_REACH);
  }
  return local;
}

/** How far after a question its answer particle may start ("...? **Answer:** No."). */
const ANSWER_REACH = 48;
/** Longest part of an answer's first line reported as the mention of a question it answers. */
const ANSWER_LINE = 200;
/** The span of the answer particle {@link deniedQuestion} found (reused). */
const answerSpan = new Int32Array(2);

/**
 * The denying answer to the question that is the current sentence (see `denyingAnswer`), written to
 * `cue`: the particle that opens the next sentence ("Fact check: did SpaceX buy the ISS for $1?
 * No."), or, for the last question of a prompt, the particle that opens the answer ("Is it true that
 * NASA sold the ISS?" / "No, ..."). A question asserts nothing; answered "No", it denies the claim it
 * restates inside the question-and-answer pair.
 */
function deniedQuestion(state: ScanState, cue: ScanCue, from = state.sEnd, short = true): boolean {
  const text = state.text;
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) i++;
  let denied = false;
  if (i < text.length) {
    denied = denyingAnswer(text, i, Math.min(text.length, i + ANSWER_REACH), answerSpan, true, short);
    cue.segment = state.segment.index;
  }
  // The prompt's last question is what the next message answers, even when a remark follows it
  // ("Is it true the Matterhorn was closed? My uncle says so." / "No, ...").
  if (!denied && state.answer !== null && (i >= text.length || state.questionAfter(i) < 0)) {
    // No label here: "First: no, ..." answers the first of the prompt's questions, maybe not this one.
    const reply = state.answer.text;
    denied = denyingAnswer(reply, 0, Math.min(reply.length, ANSWER_REACH), answerSpan, false, short);
    cue.segment = state.answer.index;
  }
  cue.start = answerSpan[0]!;
  cue.end = answerSpan[1]!;
  return denied;
}

/** Shortest word compared to a claim's words as a cognate. */
const COGNATE_MIN = 5;

/** `initials` of {@link someLongWordStem} that takes every word, whatever its first letter. */
const ANY_INITIAL = -1;

/**
 * Calls `visit` with the stem key (`textStemKey`) of each word of `text[from, to]` of five letters or
 * more whose first letter is one of `initials` (a-z as bits, see `initialMask`; {@link ANY_INITIAL}
 * for all), until `visit` returns true; whether it did. The one walk of a sentence's words for both
 * cognate tests, so that they agree on what a word is.
 *
 * @example
 * ```ts
 * someLongWordStem('Keine Bananen mehr', 0, 18, ANY_INITIAL, (key) => key.head === 'ba'); // true
 * ```
 */
function someLongWordStem(text: string, from: number, to: number, initials: number, visit: (key: StemKey) => boolean): boolean {
  let k = from;
  while (k < to) {
    while (k < to && !isWordCode(text.charCodeAt(k))) k++;
    const start = k;
    while (k < to && isWordCode(text.charCodeAt(k))) k++;
    if (k - start < COGNATE_MIN) continue;
    if (initials !== ANY_INITIAL) {
      const first = foldCodeUnit(text.charCodeAt(start)) - 97;
      if (first < 0 || first > 25 || (initials & (1 << first)) === 0) continue;
    }
    if (visit(textStemKey(text.slice(start, k)))) return true;
  }
  return false;
}

/** What one cognate adds to a sentence's key weight: two of them, or one with a number, make a key term. */
const COGNATE_WEIGHT = 0.5;

/**
 * How many of the claim's predicate words have a cognate in the sentence, a sentence of a language the
 * claim has no key phrases in ("bananes", "Bananen" for "bananas": see `sharesStem`); words the
 * scan found literally are counted there, not here. Only words of five letters or more whose first
 * letter can match are looked at (`initialMask`), and their stems are remembered (`textStemKey`).
 */
function cognateTerms(state: ScanState, claim: number): number {
  const targets = state.tables.claimCognates[claim]!;
  if (targets.length === 0) return 0;
  let found = 0;
  someLongWordStem(state.text, state.sStart, state.sEnd, state.tables.claimCognateInitials[claim]!, (key) => {
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t]!;
      if ((found & (1 << t)) === 0 && state.termStamp[target.term] !== state.stamp && sameStem(key, target.key)) found |= 1 << t;
    }
    return false;
  });
  let count = 0;
  for (; found !== 0; found &= found - 1) count++;
  return count;
}

/**
 * Key weight and distinct predicate terms a sentence needs, besides the statement's other names, to
 * mention the claim without its subject (see `ScanState.segAnchor`): three of each, or two with one of
 * the claim's numbers ("Riders without a helmet are fined DKK 1,000 on the spot"). Two words alone are
 * often the topic's own vocabulary ("spend the winter" in a text about birds).
 */
const ANCHORED_KEY = 3;
const ANCHORED_PREDICATES = 3;
const ANCHORED_KEY_WITH_NUMBER = 2;
const ANCHORED_PREDICATES_WITH_NUMBER = 2;

/** What the claim's other names in the sentence add to it (see {@link anchorTerms}; reused). */
const anchorSum = { weight: 0, predicates: 0 };

/** The key weight and predicate terms of the claim's other names (`termAnchor`) in the sentence, each counted once. */
function anchorTerms(state: ScanState, claim: number): typeof anchorSum {
  const { patType, patOwner, termClaim, termAnchor, termWeight, termPredicate } = state.tables;
  anchorSum.weight = 0;
  anchorSum.predicates = 0;
  // A name given twice over (an English key term and a key phrase: "Svalbard") was counted once in the
  // sentence's key weight (see `collectSentence`), so it is taken off once.
  let end = -1;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const term = patOwner[p]!;
    if (patType[p] !== PATTERN_TYPE.key || termAnchor[term] !== 1 || termClaim[term] !== claim) continue;
    let again = state.hitStart[h]! < end;
    for (let k = state.from; k < h && !again; k++) again = patOwner[state.hitPat[k]!] === term && patType[state.hitPat[k]!] === PATTERN_TYPE.key;
    if (again) continue;
    end = state.hitEnd[h]!;
    anchorSum.weight += termWeight[term]!;
    if (termPredicate[term] === 1) anchorSum.predicates++;
  }
  return anchorSum;
}

/** A capitalised word that may be an adjective of nationality or origin rather than a name ("Danish", "Nordic", "Icelandic"). */
const ADJECTIVE_OF_ORIGIN = /^\p{Lu}\p{Ll}+(?:ish|ian|ean|ese|ic|ch|an|i)$/u;
/** A personal pronoun: the sentence speaks of a person its segment does not name. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/**
 * Before the claim's first predicate term, the sentence names someone else, or a person by a pronoun:
 * "Noah Lyles won the 100m gold at the Olympics in 9.79 seconds", "In Paris he won Olympic gold" are
 * about another agent, not a claim whose subject the text never names. A capitalised word counts when it
 * does not open the sentence, is none of the claim's terms and is no adjective of origin ("Danish law").
 */
function otherAgentBefore(state: ScanState, claim: number): boolean {
  const { patType, patOwner, termClaim, termPredicate, termAnchor } = state.tables;
  const text = state.text;
  let first = state.sEnd;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const term = patOwner[p]!;
    if (patType[p] === PATTERN_TYPE.key && termClaim[term] === claim && termPredicate[term] === 1 && termAnchor[term] !== 1 && state.hitStart[h]! < first) {
      first = state.hitStart[h]!;
    }
  }
  let k = state.sStart;
  let opening = true;
  while (k < first) {
    const c = text.charCodeAt(k);
    if (!isWordCode(c)) {
      // Punctuation that opens a sentence or an item ("1) Researchers ...", "**Mongol troops").
      if (c === 46 || c === 58 || c === 33 || c === 63 || c === 10 || c === 41 || c === 42 || c === 34) opening = true;
      k++;
      continue;
    }
    const start = k;
    while (k < first && isWordCode(text.charCodeAt(k))) k++;
    const word = text.slice(start, k);
    if (PERSONAL_PRONOUNS.has(word.toLowerCase())) return true;
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
    if (capital && !opening && !/\d/.test(word) && !ADJECTIVE_OF_ORIGIN.test(word) && !claimTermAt(state, claim, start) && !nameEndsInClaimTerm(state, claim, k)) return true;
    opening = false;
  }
  return false;
}

/** A term of the claim (its subject, a name or key term) covers position `at`. */
function claimTermAt(state: ScanState, claim: number, at: number): boolean {
  const { patType, patOwner, termClaim } = state.tables;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    if (patType[p] !== PATTERN_TYPE.cue && termClaim[patOwner[p]!] === claim && state.hitStart[h]! <= at && at < state.hitEnd[h]!) return true;
  }
  return false;
}

/**
 * The capitalised word ending at `from` opens a name that a particle joins to one of the claim's terms: "La Grande
 * Onda di Kanagawa", "La Grande Vague de Kanagawa" name the statement's "Kanagawa" in words of another language,
 * no other agent. Reads capitalised words and name particles up to the first other word.
 */
function nameEndsInClaimTerm(state: ScanState, claim: number, from: number): boolean {
  const text = state.text;
  let k = from;
  // Only through a particle: a name joined to the claim's term by one ("Onda di Kanagawa") is the term's own;
  // capitalised words right before it ("Jogos Olímpicos" for a claim of "Olympic") may name another event.
  let linked = false;
  for (;;) {
    if (text.charCodeAt(k) !== 32) return false;
    const start = k + 1;
    let end = start;
    while (end < state.sEnd && isWordCode(text.charCodeAt(end))) end++;
    if (end === start) return false;
    const word = text.slice(start, end);
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
    if (capital && claimTermAt(state, claim, start)) return linked;
    if (!capital && !NAME_PARTICLES.has(word)) return false;
    if (!capital) linked = true;
    k = end;
  }
}

/** The sentence before this one, in the same segment, named the claim's subject. */
function followsSubject(state: ScanState, claim: number): boolean {
  return state.subjectSegment[claim] === state.segStamp && state.subjectSentence[claim] === state.sentence - 1;
}

/** Whether hit `h` lies inside a hit of the claim's subject. */
function insideSubject(state: ScanState, claim: number, h: number): boolean {
  const { patType, patOwner, termClaim } = state.tables;
  const start = state.hitStart[h]!;
  const end = state.hitEnd[h]!;
  for (let s = state.from; s < state.to; s++) {
    const p = state.hitPat[s]!;
    if (patType[p] === PATTERN_TYPE.subject && termClaim[patOwner[p]!] === claim && state.hitStart[s]! <= start && end <= state.hitEnd[s]! && s !== h) return true;
  }
  return false;
}

/**
 * The weight and predicate count of the claim's key terms that the sentence holds only inside the
 * subject's own name: "safe" (a stem) in "European Food Safety Authority" is the name, not the claim
 * that chicken is safe to eat rare.
 */
function keyInsideName(state: ScanState, claim: number): { weight: number; predicate: number } {
  const { patType, patOwner, termClaim, termSubclaim, termWeight, termPredicate } = state.tables;
  let weight = 0;
  let predicate = 0;
  for (let h = state.from; h < state.to; h++) {
    const p = state.hitPat[h]!;
    const term = patOwner[p]!;
    if (patType[p] !== PATTERN_TYPE.key || termClaim[term] !== claim || termSubclaim[term]! >= 0 || !insideSubject(state, claim, h)) continue;
    let elsewhere = false;
    let first = true;
    for (let k = state.from; k < state.to && !elsewhere; k++) {
      if (k === h || patOwner[state.hitPat[k]!] !== term || patType[state.hitPat[k]!] !== PATTERN_TYPE.key) continue;
      if (k < h) first = false;
      elsewhere = !insideSubject(state, claim, k);
    }
    if (elsewhere || !first) continue;
    weight += termWeight[term]!;
    // Taken off as `collectSentence` counted it: a word the correction affirms carried no predicate in English text.
    if (carriesPredicate(termPredicate[term]!, state.languageBit)) predicate++;
  }
  return { weight, predicate };
}

/**
 * Counts a sentence that names the claim's subject without its predicate (see `RecordScan.subjectOnly`);
 * a scan that keeps soft mentions (the learned decision's evidence) also records where it is and the
 * cue inside it, if any, wherever that cue stands in the sentence.
 */
function pushContext(state: ScanState, claim: number, key: number, contextTerms: number, out: RecordScan): void {
  const subjectOnly = key === 0 && contextTerms === 0;
  if (subjectOnly) out.subjectOnly.push(claim);
  else out.settingOnly.push(claim);
  if (out.softMentions === undefined) return;
  const local = softQualifier(state, claim);
  // A reusing scan (`softPool`) refills the objects of earlier records: on text where claims share a
  // subject, most sentences are context for several claims.
  const k = out.softMentions.length;
  let soft = out.softPool?.[k];
  if (soft === undefined) {
    soft = { claim, segment: 0, sentence: 0, start: 0, end: 0, score: 0, explicit: true, local: null, localStrength: 0, announced: false };
    out.softPool?.push(soft);
  }
  soft.claim = claim;
  soft.segment = state.segment.index;
  soft.sentence = state.sentence;
  soft.start = state.sStart;
  soft.end = state.sEnd;
  soft.score = subjectOnly ? 0 : Math.min(1, 0.2 * key + 0.05 * contextTerms);
  soft.local = local === null ? null : local.cue;
  soft.localStrength = local === null ? 0 : local.strength;
  out.softMentions.push(soft);
}

/**
 * The cue of a context sentence: its local qualifier as for a mention, else any explicit cue in it
 * (sure), else any negation in it (unsure). Soft evidence the rules leave out: a sentence in another
 * language naming the subject next to a negation often denies the claim.
 */
function softQualifier(state: ScanState, claim: number): LocalQualifier | null {
  const local = localQualifier(state, claim);
  if (local !== null) return local;
  if (state.strong !== NO_HIT) {
    const strong = strongCueFor(state, claim);
    if (strong !== NO_HIT) return { cue: state.cueAt(strong), strength: SURE };
  }
  if (state.firstWeak !== NO_HIT && !negatesNothing(state, state.firstWeak)) return { cue: state.cueAt(state.firstWeak), strength: UNSURE };
  return null;
}

/**
 * Adds the sentence's claim mentions to `out` and returns true when the sentence itself claims
 * something (names a subject, or is "It is false that <claim>"), so it cannot also be a notice
 * about its neighbours.
 *
 * @example
 * ```ts
 * collectSentence(state);
 * const claims = findMentions(state, { notice: NO_HIT, thatClause: false }, out);
 * ```
 */
export function findMentions(state: ScanState, context: MentionContext, out: RecordScan): boolean {
  let claimsSentence = false;
  for (let t = 0; t < state.touchedCount; t++) {
    const claim = state.touched[t]!;
    const subject = state.hasSubject[claim] === 1;
    const foreign = (state.tables.claimPhraseLanguages[claim]! & state.languageBit) === 0;
    // In text of another language with no key phrases of the claim, its words are found as cognates:
    // each counts half a key term, and only two of them carry the predicate (one alone is no mention).
    // (Not needed when the sentence already has a key term and a predicate term of its own.)
    const cognates =
      subject && foreign && (state.keyWeight[claim]! < 1 || state.predicateCount[claim] === 0) ? cognateTerms(state, claim) : 0;
    let key = state.keyWeight[claim]! + COGNATE_WEIGHT * cognates;
    let predicates = state.predicateCount[claim]! + (cognates >= 1 && key >= 1 ? 1 : 0);
    const contextTerms = state.contextCount[claim]!;
    let isMention: boolean;
    // In text of a language the claim has no key phrases in, its words cannot be found: the subject
    // with one of the claim's numbers is all there is. That is also how a setting sentence looks ("il
    // Vesuvio ha mantenuto nel 2015 lo stato di quiescenza"), so it counts only when qualified inside
    // the sentence ("Wimbledon non ha mai sostituito i campi in erba ... né nel 2022"): it can deny
    // the claim, never assert it.
    const numberOnly = subject && foreign && predicates === state.predicateCount[claim]! && state.keyWeight[claim]! < 1 && hasClaimNumber(state, claim);
    if (subject && key > 0 && state.tables.claimKeyInName[claim] === 1) {
      const inside = keyInsideName(state, claim);
      key -= inside.weight;
      predicates -= inside.predicate;
    }
    if (numberOnly) isMention = true;
    else if (subject) isMention = key >= 1 || key + 0.5 * contextTerms >= 1.5 || contextTerms >= 3;
    else if (state.segSubject[claim] === state.recordStamp && (context.notice === NO_HIT || context.thatClause)) {
      isMention =
        key >= 2 ||
        (key >= 1 && key + 0.5 * contextTerms >= 2.5) ||
        // Right after the sentence that named the subject, a predicate term with the claim's number:
        // "Why can't we read the Indus script? Nobody has deciphered it, not in 2020."
        (key >= 1.5 && predicates >= 1 && followsSubject(state, claim) && hasClaimNumber(state, claim));
    } else if (state.segAnchor[claim] === state.recordStamp && (context.notice === NO_HIT || context.thatClause)) {
      // The segment names another name of the statement ("Copenhagen"), never its subject ("Denmark"):
      // the claim said in other words, when the sentence has most of its predicate besides that name.
      // (A question is not told: the answer that denies it may deny another reading of it.)
      const named = anchorTerms(state, claim);
      const rest = key - named.weight;
      const restPredicates = predicates - named.predicates;
      isMention =
        ((rest >= ANCHORED_KEY && restPredicates >= ANCHORED_PREDICATES) ||
          (rest >= ANCHORED_KEY_WITH_NUMBER && restPredicates >= ANCHORED_PREDICATES_WITH_NUMBER && hasClaimNumber(state, claim))) &&
        !endsWithQuestion(state.text, state.sStart, state.sEnd) &&
        !otherAgentBefore(state, claim);
    } else isMention = false;
    // A question asks whether the claim holds ("Did Vesuvius erupt in 2015?"): it asserts nothing,
    // unless it tells ("Did you know that Vesuvius erupted in 2015?"), or "No." answers it right after
    // it: that denies the claim (a local negation).
    let denial: ScanCue | null = null;
    let agreeingDenial = false;
    if (isMention && endsWithQuestion(state.text, state.sStart, state.sEnd) && !tellingQuestion(state.text, state.sStart, firstTermOf(state, claim))) {
      denial = { kind: 'negation', segment: 0, start: 0, end: 0 };
      if (!deniedQuestion(state, denial)) isMention = false;
      else if (asksPersistence(state, claim)) agreeingDenial = true;
    } else if (isMention) {
      // A statement asked about right after it ("Un collega dice che ... Ha ragione?") and answered "No":
      // the answer denies the statement, as it denies a question that restates the claim.
      const tag = tagQuestionEnd(state.text, state.sEnd, state.questionAfter(state.sEnd));
      if (tag >= 0) {
        const answer: ScanCue = { kind: 'negation', segment: 0, start: 0, end: 0 };
        // Only a particle answers a short question after a statement: "That is not right: ..." after "Norway banned
        // X. Which seaweed can I still sell?" corrects the statement, not the question (the corrected condition).
        if (deniedQuestion(state, answer, tag, false)) denial = answer;
      } else if (deniedReport(state.text, state.sStart, state.sEnd, LANGUAGES[state.languageIndex] ?? 'en', answerSpan)) {
        // A claim passed on ("People believe ...", a quote) and denied right after ("They didn't."): a local negation.
        denial = { kind: 'negation', segment: state.segment.index, start: answerSpan[0]!, end: answerSpan[1]! };
        // "Many still think the HQ is in Copenhagen. It isn't.": denying that the former state goes on states the change.
        if (asksPersistence(state, claim)) agreeingDenial = true;
      }
    }
    let local = !isMention || agreeingDenial ? null : denial !== null ? { cue: denial, strength: SURE } : localQualifier(state, claim);
    // A verb of saying whose subject is the writer's own voice ("On page 12 we reported that ...", "In unserer Beilage
    // hieß es, ... sei ...") passes on nothing from someone else: the writer asserted the claim, so the report is no
    // hearsay that distances it (a correction beside it is the corrected condition, a retraction).
    if (local !== null && local.cue.kind === 'uncertainty' && ownRetraction(state.text, state.sStart, state.sEnd, LANGUAGES[state.languageIndex] ?? 'en')) local = null;
    // The claim is its predicate: without one of its terms, a sentence naming the subject is context
    // (subject-only, or the setting: "Vesuvius stayed quiet throughout 2015"), never a mention;
    // unless it surely denies the subject its part in the setting ("Sheeran was not entered in any
    // event at the Olympics"), which denies the claim.
    if (isMention && numberOnly && local === null) isMention = false;
    // So does a question inside the sentence ("People keep asking whether the fund went to gold"),
    // when nothing in the sentence qualifies the claim ("It is unclear whether ..." does).
    if (isMention && local === null && embeddedQuestion(state, claim)) isMention = false;
    if (isMention && predicates <= 0 && !numberOnly && !(subject && local !== null && local.strength === SURE)) {
      isMention = false;
      local = null;
    }
    // Its predicate words all belong to another claim the sentence states more fully ("banned" of
    // "The EU banned aspirin" for a claim that the EU banned polyester): context (see `rivalPredicate`).
    if (isMention && !numberOnly && rivalPredicate(state, claim, predicates)) {
      isMention = false;
      local = null;
    }
    // A sentence that speaks of the claim's event only as possible or expected ("Vesuvius will erupt
    // again", "a future Plinian eruption could ..."), or names it as a kind ("Vesuvius's eruptive history"),
    // shares the claim's topic, it does not state it: context.
    if (isMention && local === null && denial === null && !numberOnly && (predicateInProspect(state, claim) || predicateAsKind(state, claim))) isMention = false;
    if (subject) {
      state.subjectSentence[claim] = state.sentence;
      state.subjectSegment[claim] = state.segStamp;
    }
    if (!isMention) {
      if (subject) pushContext(state, claim, key, contextTerms, out);
      continue;
    }
    let strength = local === null ? 0 : local.strength;
    // A sentence dated to another year is about another event ("the 1944 eruption"): not a mention
    // when unqualified, and only a weak local negation otherwise ("has not erupted since 1944" is
    // true both before a fictional eruption and in a debunking text), when the year is in the
    // negation's own clause: "Sony did not invent the QR code; Denso Wave created it in 1994" denies
    // the claim, and dates only the true story.
    if (
      state.tables.claimYears[claim]!.length > 0 &&
      state.mayHoldOtherYear(claim) &&
      (aboutAnotherYear(state, claim) || predicateOfAnotherYear(state, claim))
    ) {
      if (local === null) {
        if (subject) pushContext(state, claim, key, contextTerms, out);
        continue;
      }
      if (strength > UNSURE && local.cue.segment === state.segment.index && yearInCueClause(state, local.cue, claim)) strength = UNSURE;
    }
    const score = Math.min(1, (subject ? 0.4 : 0.15) + 0.2 * key + 0.05 * contextTerms);
    if (subject || context.thatClause) claimsSentence = true;
    // A prompt's question answered by the next message is a mention of the answer, the message a
    // model is trained on (it decides the chat, see `answerDecides`): its first line.
    const reply = denial !== null && denial.segment !== state.segment.index ? denial : null;
    out.mentions.push({
      claim,
      segment: reply !== null ? reply.segment : state.segment.index,
      sentence: reply !== null ? 0 : state.sentence,
      start: reply !== null ? reply.start : state.sStart,
      end: reply !== null ? Math.min(lineEnd(state.answer!.text, reply.end), reply.start + ANSWER_LINE) : state.sEnd,
      score: Math.round(score * 100) / 100,
      explicit: subject,
      local: local === null ? null : local.cue,
      localStrength: strength,
      announced: local !== null && local.announced === true,
    });
  }
  return claimsSentence;
}
