/**
 * How each cue works in the placement rules, declared once: the role names users write in a
 * `CueDefinition` and the small integers the scanner keeps in its typed arrays.
 */
export const CUE_ROLE = {
  /**
   * Says something about the truth of what it is attached to ("false", "never happened", "fictional",
   * "unreliable source", "3% probability"). Qualifies its own sentence, and makes a notice sentence
   * when combined with a pointer or deixis.
   */
  strong: 0,
  /**
   * A predicate negation ("did not", "never", "n't") that counts locally only when a term of the
   * claim follows it in the same clause ("did not compete ... at the Paris Olympics").
   */
  weak: 1,
  /** "no", "nor", "none": counts locally only right before a key term ("no gold"). */
  determiner: 2,
  /**
   * Ambiguous words ("impossible", "harmful", "unlikely", "disputed") that ordinary narrative uses
   * too; they count only inside a notice sentence (with a pointer/deixis), never as a local qualifier.
   */
  soft: 3,
  /**
   * Reported speech that distances the writer from the claim ("claiming that", "the claim that",
   * "so-called"): a local qualifier of kind `uncertainty`, ranked below every explicit cue.
   */
  attribution: 4,
  /**
   * A bare reporting verb ("a viral article claiming Mount Vesuvius erupted"): local only when the
   * claim's subject follows it closely.
   */
  report: 5,
  /** "it describes", "the article claims": a weak local qualifier (reported content) when a key term of the claim follows. */
  hearsay: 6,
  /**
   * Points at another sentence ("the following", "the preceding", "what was just stated"). A
   * sentence with a pointer and a strong cue is a notice about its neighbour, never a mention.
   */
  pointer: 7,
  /** Refers to the document ("this article", "the narrative"). With a strong cue it makes a notice sentence. */
  deixis: 8,
  /**
   * Refers to a claim or a chat answer ("the claim", "the assistant's response"). With a strong or
   * soft cue it makes a notice sentence.
   */
  address: 9,
  /**
   * "the described ...", "what is claimed ...": with a strong cue the sentence is a verdict about a
   * claim stated elsewhere ("The reported deaths are wholly untrue."), a notice, not a mention.
   */
  referent: 10,
  /**
   * "this is", "it was", "none of this" at the start of a sentence: with a strong cue it makes a
   * notice sentence ("This never happened.").
   */
  demonstrative: 11,
  /** "the story", "the article" at the start of a sentence: like `deixis` ("The story is false."). */
  opening: 12,
  /** "not just", "no doubt", "false start": cancels the negation (or explicit cue) it starts with. */
  idiom: 13,
  /**
   * "that claim", "that statement", "whether that" at the start of a sentence: points back at the
   * neighbouring sentence; with a strong or soft cue it makes a notice ("That claim is disputed.").
   */
  anaphor: 14,
  /**
   * "the accuracy of", "the truth of": lets a reference to the document take an ambiguous qualifier
   * ("the accuracy of this document is unknown").
   */
  truthRef: 15,
  /** A notice heading ("RETRACTION:", "Disclaimer:", "Content warning"). */
  label: 16,
  /**
   * A kind of text that is no account of facts ("short story", "simulation", "Drehbuch", kind `fiction`):
   * at the head of an opening or closing line (its first words) it is what the text calls itself, a
   * reference like "this article", and that line's qualifier ("Bedtime story for my nephew.").
   */
  genre: 17,
  /**
   * The writer's doubt about what is said ("I could be wrong", "je n'ai pas vérifié", "non so quanto
   * fidarmi", "ohne Gewähr"): like `soft` it never qualifies its own sentence, but a sentence with it that
   * names no claim is a notice about the sentences beside it, with or without a word for the text.
   */
  stance: 18,
} as const;

/** How a cue works in the placement rules (see {@link CUE_ROLE} for each role). */
export type CueRole = keyof typeof CUE_ROLE;
