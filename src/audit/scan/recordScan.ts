/** What the scanner reports for one record: located cues, claim mentions and notice sentences. */
import type { Language } from '../../text/languages.js';
import type { QualifierKind } from '../vocabulary.js';

/** A qualifier cue located in a record. */
export interface ScanCue {
  kind: QualifierKind;
  segment: number;
  start: number;
  end: number;
}

/** A sentence of a record that mentions a claim. */
export interface RawMention {
  claim: number;
  segment: number;
  /** Index of the sentence within its segment. */
  sentence: number;
  start: number;
  end: number;
  score: number;
  /** The sentence names the subject (or an alias); false for anaphoric mentions ("The eruption ..."). */
  explicit: boolean;
  /** The cue inside the sentence that qualifies the claim, if any. */
  local: ScanCue | null;
  /**
   * How surely `local` negates the claim: 1 for explicit cues ("false", "hoax", "the claim that") and
   * a negated subject ("Sheeran did not ..."); 0.5 for a generic negation elsewhere in the clause
   * ("a magnitude not witnessed since ... Pompeii"); 0 without a local cue.
   */
  localStrength: number;
  /**
   * `local` is an explicit notice in a clause before a colon, and the claim is stated after it ("The next
   * thing I say is NOT true: in 2022 ..."): the claim is asserted with a notice beside it, not negated.
   */
  announced: boolean;
}

/** A notice sentence: a qualifier about something else (a neighbour sentence, the document). */
export interface RawNotice {
  segment: number;
  sentence: number;
  start: number;
  end: number;
  cue: ScanCue;
  /** Points at a neighbouring sentence ("the following", "what was just stated"). */
  pointer: boolean;
  /** Refers to the document or claim ("this article", "the narrative", a label such as "RETRACTION:"). */
  documentLevel: boolean;
  /** In the first/last `FRAMING_REGION_SENTENCES` sentences of its segment. */
  region: boolean;
  /**
   * Only a generic negation ("not") next to a pointer, or the writer's doubt with no word for the text
   * (`besideOnly`): enough for adjacency, too weak to report alone.
   */
  weak: boolean;
  /** The writer's doubt with no word for the text ("We couldn't confirm it."): it qualifies the sentences beside it, never the whole text. */
  besideOnly: boolean;
  /**
   * For a notice about content of its own sentence ("The story that Chinese scientists found
   * tardigrades is false."): the claims whose terms that content carries, the only ones it can
   * qualify. `null` for a notice about a neighbour or the document.
   */
  content: readonly number[] | null;
  /**
   * For a label heading a line that states a claim ("Myth: Vatnajökull melted away in 2020."): the claims that line
   * states, the only ones it judges (it is no notice about the others). `null` otherwise. Unlike `content`, the notice
   * still counts for the record when the claim it judges is found nowhere else.
   */
  judges: readonly number[] | null;
}

/** What one record's scan found. */
export interface RecordScan {
  /** Sentences that carry a claim's predicate. */
  mentions: RawMention[];
  /**
   * Sentences that only name a claim's subject, as that claim's index, one entry per sentence:
   * with nothing else of the claim ("Vesuvius overlooks Naples"). Context sentences are counted
   * apart, never placed, and never decide a verdict; kept as numbers, not objects, since on data
   * where claims share a subject most sentences are context for all but one of them.
   */
  subjectOnly: number[];
  /** Sentences that name a claim's subject with its place, date or story but not its predicate ("Vesuvius was quiet in 2015"), as above. */
  settingOnly: number[];
  notices: RawNotice[];
  /**
   * Context sentences (`subjectOnly` and `settingOnly`, in scan order) as mentions with the cue inside
   * them, kept only by a scanner asked for them (`softMentions: true`, the learned decision): evidence
   * the rules do not use. `score` is 0 for subject-only sentences.
   */
  softMentions?: RawMention[];
  /**
   * @internal Objects `softMentions` reuses, `softPool[k]` for its k-th entry: given by a caller that
   * consumes each scan before the next (`scanInto` on a scratch scan), so soft mentions cost no garbage.
   */
  softPool?: RawMention[];
  /** The record's language, from the function words of all its segments (see `detectLanguage`). */
  language: Language;
  /**
   * Some segment holds a word of the cue bank (an explicit, ambiguous or stance cue, a label, a
   * negation or a pointer), in any sentence: without one, no sentence of the record can evaluate a
   * claim, and the scored notices' second look (`scoredNoticeFor`) is skipped.
   */
  qualifierWords?: boolean;
}
