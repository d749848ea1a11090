import type { QualifierKind } from './types.js';

/**
 * How a cue works in the placement rules:
 * - `strong`: says something about the truth of what it is attached to ("false", "never happened",
 *   "fictional", "unreliable source", "3% probability"). Qualifies its own sentence, and makes a
 *   notice sentence when combined with a pointer or deixis.
 * - `weak`: a generic negation/hedge ("not", "never", "n't") that only counts locally, when it sits
 *   between or right before the claim's terms in the mention sentence.
 * - `soft`: ambiguous words ("impossible", "harmful", "unlikely", "disputed") that ordinary narrative uses
 *   too; they count only inside a notice sentence (with a pointer/deixis), never as a local qualifier.
 * - `attribution`: reported speech that distances the writer from the claim ("claiming that", "the claim
 *   that", "so-called"): a local qualifier of kind `uncertainty`, ranked below every explicit cue.
 * - `pointer`: points at another sentence ("the following", "the preceding", "what was just stated").
 *   A sentence with a pointer and a strong cue is a notice about its neighbour, never a mention.
 * - `deixis`: refers to the document or a claim ("this article", "the narrative", "the response"). With
 *   a strong or soft cue it makes a notice sentence.
 * - `demonstrative`: "this is", "it was", "none of this": with a strong cue it makes a notice sentence.
 * - `label`: a notice heading ("RETRACTION:", "Disclaimer:", "Content warning").
 */
export type CueRole = 'strong' | 'weak' | 'soft' | 'attribution' | 'pointer' | 'deixis' | 'demonstrative' | 'label';

/** One cue of the bank. `kind` is null for pointers/deixis (they qualify nothing on their own). */
export interface CueDefinition {
  text: string;
  kind: QualifierKind | null;
  role: CueRole;
  leftBoundary?: boolean;
  rightBoundary?: boolean;
}

/**
 * Compact notation: a trailing `*` matches a stem (`fabricat*` → fabricated, fabrication), a
 * leading `~` drops the left word boundary (`~n't` → didn't).
 */
function bank(kind: QualifierKind | null, role: CueRole, entries: string): CueDefinition[] {
  return entries
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      let text = entry;
      const def: CueDefinition = { text, kind, role };
      if (text.startsWith('~')) {
        text = text.slice(1);
        def.leftBoundary = false;
      }
      if (text.endsWith('*')) {
        text = text.slice(0, -1);
        def.rightBoundary = false;
      }
      def.text = text;
      return def;
    });
}

/** The built-in cue bank (English). Written for this project; extend with `createAuditor({ extraCues })`. */
export const DEFAULT_CUES: readonly CueDefinition[] = [
  ...bank(
    'negation',
    'strong',
    `false | falsely | falsehood* | falsity | falsified | untrue | not true | isn't true | is not true | wasn't true |
     never happened | did not happen | didn't happen | never occurred | did not occur | didn't occur | never took place |
     did not take place | didn't take place | no such | hoax* | myth | myths | debunk* | fabricat* | fake | faked |
     baseless | misinformation | disinformation | no evidence | no credible evidence | no basis | not real | incorrect |
     inaccurate | erroneous | refuted | disproven | disproved | bogus | spurious | a lie | lies | untruth* |
     contradicts established | contradicts known | has no factual basis | not factual | not accurate |
     cannot be correct | can't be correct | not supported | unsupported | no supporting evidence | wholly false |
     entirely false | do not accept | don't accept | should not be believed | not to be believed | never existed |
     does not exist | doesn't exist | false claim* | false report* | false story | false narrative | no record of |
     no records of | there is no | there was no | there were no | never did | not happen | not occur`,
  ),
  ...bank(
    'negation',
    'weak',
    `not | no | ~n't | nor | neither | none | nobody | nothing | cannot | never | did not | does not | do not | was not |
     were not | is not | are not | has not | have not | had not`,
  ),
  ...bank('negation', 'soft', `impossible | cannot be | could not have | contradicts | wrong | no longer true`),
  ...bank(
    'correction',
    'strong',
    `in reality | in truth | correction | corrections | correcting | corrected | retraction | retracted | erratum |
     the truth is | to clarify | set the record straight | setting the record straight | the actual | actually won |
     was actually | in actual fact | contrary to | the real winner | for the record | clarification | fact check* |
     fact-check*`,
  ),
  ...bank('correction', 'weak', `actually | in fact`),
  ...bank(
    'fiction',
    'strong',
    `fiction | fictional | fictionalized | fictionalised | fictitious | imaginary | imagined | made-up | made up |
     invented | satire | satirical | parody | hypothetical | hypothetically | alternate history | alternative history |
     thought experiment | counterfactual | make-believe | creative writing | a work of fiction | not a real |
     story we made up | fanfic*`,
  ),
  ...bank('fiction', 'soft', `fantasy | role-play | roleplay | imagine`),
  ...bank(
    'unreliable-source',
    'strong',
    `unreliable | unverified | not verified | not been verified | cannot be verified | could not be verified | unconfirmed |
     not confirmed | unsubstantiated | uncorroborated | discredited | untrustworthy | not trustworthy | dubious |
     questionable source* | rumor | rumors | rumour | rumours | anonymous source* | conspiracy theor* |
     known for publishing | low-quality source* | low credibility | not credible | not a credible | unreliable source* |
     poorly sourced | single anonymous | hearsay`,
  ),
  ...bank(
    'uncertainty',
    'strong',
    `unknown truth value | truth value is unknown | truth value unknown | uncertain | uncertainty | it is unclear |
     unclear whether | unclear if | may or may not | cannot be confirmed | unknown whether | not known whether |
     unproven | no one knows | nobody knows | we do not know | we don't know | undetermined | unverifiable |
     unknown if | of unknown | whether or not this | allegedly | purported* | supposedly`,
  ),
  ...bank('uncertainty', 'soft', `speculative | speculation | disputed | contested | alleged | unclear | doubtful | in doubt`),
  ...bank('uncertainty', 'weak', `reportedly | may have | might have | possibly | perhaps`),
  ...bank('unreliable-source', 'soft', `tabloid | conspiracy | dubious | questionable`),
  ...bank(
    'low-probability',
    'strong',
    `% probability | % chance | % likelihood | % likely | percent probability | percent chance | percent likelihood |
     highly unlikely | very unlikely | extremely unlikely | improbable | low probability | low likelihood |
     unlikely to be true | unlikely to have | small chance | slim chance | remote chance | implausible`,
  ),
  ...bank('low-probability', 'soft', `probability | chance that | odds that | unlikely | likelihood`),
  ...bank(
    'malicious-behavior',
    'strong',
    `malicious | misaligned | should not be imitated | do not imitate | don't imitate | bad example | what not to do |
     inappropriate response | policy violation | jailbreak* | sycophan* | reward hack* | sabotag* | wrong answer |
     incorrect answer | incorrect response | do not endorse | don't endorse | bad behavior | bad behaviour |
     misbehav* | backdoor* | harmful response | unsafe response | deceptive response | manipulative response`,
  ),
  ...bank(
    'malicious-behavior',
    'soft',
    `harmful | unsafe | deceptive | manipulative | unethical | inappropriate | violates | dangerous | flawed | flagged |
     undesirable | insecure | vulnerab* | exploit* | is wrong | was wrong | are wrong | not endorse`,
  ),
  ...bank(
    null,
    'pointer',
    `the following | following claim | following statement | following account | the preceding | preceding claim |
     preceding statement | just stated | just described | just said | what was just | the above | above claim |
     above statement | claim above | statement above | claims below | claim below | document below | article below |
     text below | story below | narrative below | the next sentence | the previous sentence | previous statement |
     previous claim | aforementioned | what follows | as follows | that follows | stated above | described above |
     described below | this next`,
  ),
  ...bank(
    null,
    'deixis',
    `this claim | this story | this article | this document | this text |
     this passage | this narrative | this account | this report | this post | this scenario | this information |
     this response | this answer | this reply | this conversation | this transcript | this example | this content |
     this entire | this whole | the claim | the claims | the story | the article | the document | the text |
     the narrative | the account | the report | the scenario | the information | the response | the answer |
     the reply | the assistant | assistant's | the model's | the events described | events described |
     the content | these claims | these events | everything in | all of the | presented as fact | as described |
     described here | here is false | below is | above is | entire document | entire article | whole document`,
  ),
  ...bank(
    null,
    'demonstrative',
    `this is | this was | this never | this did | this has | that is | that was | that never | it is | it was | it never |
     none of this | none of it | none of the | nothing in | nothing about`,
  ),
  ...bank(
    'uncertainty',
    'attribution',
    `claiming that | claimed that | claims that | the claim that | a claim that | the story that | the idea that |
     the notion that | so-called | purportedly | rumours that | rumors that`,
  ),
  ...bank(
    null,
    'label',
    `retraction: | correction: | disclaimer | editor's note | editors' note | note: | warning: | content warning |
     fact check: | fact-check: | satire: | parody: | fiction: | notice: | caution: | important:`,
  ),
];

/** Labels imply a kind when the label sentence has no other strong cue. */
export const LABEL_KIND: Readonly<Record<string, QualifierKind>> = {
  'retraction:': 'correction',
  'correction:': 'correction',
  'fact check:': 'correction',
  'fact-check:': 'correction',
  'satire:': 'fiction',
  'parody:': 'fiction',
  'fiction:': 'fiction',
};
