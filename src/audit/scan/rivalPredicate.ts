/**
 * A sentence whose predicate terms for one claim all belong to another claim's predicate, which the
 * sentence carries more fully, states the other claim: "The European Union banned aspirin in 2021"
 * carries "banned" of a claim that the EU banned polyester clothing, but what makes that claim false
 * is what was banned. A term that two claims of one auditor share does not tell them apart.
 */
import type { ScanState } from './scanState.js';
import { PATTERN_TYPE, carriesPredicate } from './scanTables.js';

/** Whether hit `h` is a key term of `claim` that carries its predicate in this sentence's language. */
function predicateHitOf(state: ScanState, h: number, claim: number): boolean {
  const { patType, patOwner, termClaim, termPredicate, termSubclaim } = state.tables;
  const p = state.hitPat[h]!;
  if (patType[p] !== PATTERN_TYPE.key) return false;
  const term = patOwner[p]!;
  if (termClaim[term] !== claim || termSubclaim[term]! >= 0) return false;
  return carriesPredicate(termPredicate[term]!, state.languageBit);
}

/** How many distinct predicate terms of `claim` the sentence holds, when each of their hits overlaps a predicate hit of `rival`; else -1. */
function coveredPredicates(state: ScanState, claim: number, rival: number): number {
  const { patOwner } = state.tables;
  let covered = 0;
  for (let h = state.from; h < state.to; h++) {
    if (!predicateHitOf(state, h, claim)) continue;
    const start = state.hitStart[h]!;
    const end = state.hitEnd[h]!;
    let shared = false;
    for (let k = state.from; k < state.to && !shared; k++) {
      shared = k !== h && predicateHitOf(state, k, rival) && state.hitStart[k]! < end && start < state.hitEnd[k]!;
    }
    if (!shared) return -1;
    // Each term once, as the sentence's predicate count has it.
    const term = patOwner[state.hitPat[h]!]!;
    let seen = false;
    for (let k = state.from; k < h && !seen; k++) seen = patOwner[state.hitPat[k]!] === term && predicateHitOf(state, k, claim);
    if (!seen) covered++;
  }
  return covered;
}

/**
 * Another claim of the auditor takes the sentence's predicate from `claim`: it has strictly more
 * predicate terms in the sentence than `claim`'s `predicates`, its subject is in the sentence, and each
 * of `claim`'s predicate terms in the sentence is one of its own (the same words). Then the sentence
 * carries nothing that is `claim`'s alone: it is context for `claim`, not a mention. A predicate counted
 * from a restated subclaim or from cognates is no shared term, so such a claim keeps the sentence.
 * Reads the sentence's hits only, when the sentence touches several claims.
 *
 * @example
 * ```ts
 * // Claims "The EU banned polyester clothing in 2021" and "The EU banned aspirin in 2021";
 * // sentence "The European Union banned aspirin in 2021.": true for the polyester claim.
 * if (rivalPredicate(state, claim, predicates)) isMention = false;
 * ```
 */
export function rivalPredicate(state: ScanState, claim: number, predicates: number): boolean {
  if (state.touchedCount < 2 || predicates <= 0) return false;
  for (let t = 0; t < state.touchedCount; t++) {
    const rival = state.touched[t]!;
    if (rival === claim || state.predicateCount[rival]! <= predicates) continue;
    // The rival's subject is in the sentence: a scan that leaves out claims absent from the segment reads it too.
    if (state.hasSubject[rival] !== 1) continue;
    const covered = coveredPredicates(state, claim, rival);
    // Every predicate `claim` has here is a shared word (none came from a subclaim or cognates).
    if (covered >= predicates) return true;
  }
  return false;
}
