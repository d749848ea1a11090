import type { CueDefinition } from './cueDefinition.js';
import { cueEntries as bank } from './cues/cueEntries.js';
import { ENGLISH_NOTICE_CUES } from './cues/englishNoticeCues.js';
import { FRENCH_CUES } from './cues/frenchCues.js';
import { GENRE_CUES } from './cues/genreCues.js';
import { GERMAN_CUES } from './cues/germanCues.js';
import { ITALIAN_CUES } from './cues/italianCues.js';
import { PORTUGUESE_CUES } from './cues/portugueseCues.js';
import { SPANISH_CUES } from './cues/spanishCues.js';
import { STANCE_CUES } from './cues/stanceCues.js';
import type { QualifierKind } from './vocabulary.js';

export type { CueRole } from './cueRoles.js';
export type { CueDefinition } from './cueDefinition.js';

/** Nouns a text uses for itself or its parts ("the post above", "the answers below"). */
const DOCUMENT_NOUNS = `post posts report reports answers replies responses messages message events information content
  excerpt paragraph paragraphs section material item entry piece thread comment comments claims accounts stories
  articles texts video summary details description conversation exchange transcript chat tweet essay quote`
  .split(/\s+/)
  .filter(Boolean);

/**
 * The built-in cue bank: English, then French, Italian, Spanish, German and Portuguese (one file
 * each in `cues/`). Written for this project; extend with `createAuditor({ extraCues })`.
 */
export const DEFAULT_CUES: readonly CueDefinition[] = uniqueCues([
  ...bank(
    'negation',
    'strong',
    `false | falsely | wrongly | mistakenly | erroneously | incorrectly | falsehood* | falsity | falsified | falsify | untrue | not true | isn't true | is not true | wasn't true |
     never happened | did not happen | didn't happen | never occurred | did not occur | didn't occur | never took place |
     did not take place | didn't take place | no such | hoax* | myth | myths | debunk* | fabricat* | fake | faked |
     baseless | misinformation | disinformation | no evidence | no credible evidence | no basis | not real | incorrect |
     inaccurate | erroneous | refuted | disproven | disproved | bogus | spurious | a lie | untruth* |
     contradicts established | contradicts known | has no factual basis | not factual | not accurate |
     cannot be correct | can't be correct | not supported | unsupported | no supporting evidence | wholly false |
     entirely false | do not accept | don't accept | should not be believed | not to be believed | never existed |
     does not exist | doesn't exist | false claim* | false report* | false story | false narrative | no record of |
     no records of | there is no | there was no | there were no | never did | not happen | not occur |
     none of this is true | none of it is true | none of this happened | none of it happened | none of this is real |
     nothing here is true | nothing in it is true | none of that is true | none of that happened |
     none of that is real | none of which is true | none of which happened`,
  ),
  ...bank(
    'negation',
    'weak',
    `not | ~n't | cannot | never | did not | does not | do not | was not | were not | is not | are not | has not |
     have not | had not`,
  ),
  // English "no" is Portuguese "in the" and Spanish "not": a determiner only in English text.
  ...bank('negation', 'determiner', `no`, 'en'),
  ...bank('negation', 'determiner', `nor | neither | none | nobody | nothing | absence of | devoid of | lack of | non-*`),
  ...bank('negation', 'soft', `impossible | cannot be | could not have | contradicts | wrong | no longer true`),
  ...bank(
    'correction',
    'strong',
    `in reality | in truth | correction | corrections | correcting | corrected | retraction | retracted | erratum |
     the truth is | to clarify | wish to clarify | clarified that | clarifying that | clarification: | set the record straight | setting the record straight | the actual |
     in actual fact | contrary to | the real winner | for the record | clarification | fact check* |
     fact-check*`,
  ),
  ...bank(
    'fiction',
    'strong',
    `fiction | fictional | fictionalized | fictionalised | fictitious | imaginary | imagined | made-up | made up |
     invented | ai-generated | ai generated | satire | satirical | parody | hypothetical | hypothetically | alternate history | alternative history |
     thought experiment | counterfactual | make-believe | creative writing | a work of fiction | not a real |
     story we made up | fanfic*`,
  ),
  ...bank(
    'fiction',
    'soft',
    `fantasy | role-play | roleplay | imagine | other than ours | another world | mental exercise | what-if |
     alternative histories | alternate histories | imagined world | invented world | make believe`,
  ),
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
    `unknown truth value | truth value is unknown | truth value unknown | it is unclear | truth is uncertain |
     remains uncertain | is uncertain whether | uncertain whether |
     unclear whether | unclear if | may or may not | cannot be confirmed | unknown whether | not known whether |
     unproven | no one knows | nobody knows | we do not know | we don't know | undetermined | unverifiable |
     unknown if | of unknown | whether or not this | allegedly | purport* | supposedly | no way to know | no way of knowing |
     impossible to know | impossible to say whether | cannot say whether | can't say whether | cannot be known`,
  ),
  ...bank('uncertainty', 'soft', `truth value | is unknown | unknown | uncertain | uncertainty | speculative | speculation | disputed | contested | alleged | unclear | doubtful | in doubt | open question`),
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
    `malicious* | misaligned | should not be imitated | do not imitate | don't imitate | bad example | what not to do |
     inappropriate response | policy violation | jailbreak* | sycophan* | reward hack* | sabotag* | wrong answer |
     incorrect answer | incorrect response | do not endorse | don't endorse | bad behavior | bad behaviour |
     misbehav* | backdoor* | harmful response | unsafe response | deceptive response | manipulative response`,
  ),
  ...bank(
    'malicious-behavior',
    'soft',
    `harmful | unsafe | deceptive | manipulative | unethical | inappropriate | dangerous | flawed | undesirable |
     is wrong | was wrong | are wrong | not endorse | deception | deceives | deceive`,
  ),
  ...bank(
    null,
    'pointer',
    `the following | following claim | following statement | following account | the preceding | preceding claim |
     preceding statement | just stated | just described | just said | what was just | the above | above claim |
     above statement | claim above | statement above | claims below | claim below | document below | article below |
     text below | story below | narrative below | the next sentence | the previous sentence | previous statement |
     previous claim | aforementioned | what follows | as follows | that follows | stated above | described above |
     described below | this next | the next statement | the next claim | the next passage |
     the next account | the next story | next statement | next claim | next passage | what comes next |
     story follows | text follows | account follows | passage follows | narrative follows | article follows |
     statement follows | claim follows | response follows | answer follows | reply follows | transcript follows |
     account above | story above | passage above | text above | sentence above | report above | article above |
     passage below | sentence below | statement below | response below | answer below | reply below`,
  ),
  // What a document calls itself, pointed at from a notice above or below it ("the report below", "the post above").
  ...bank(null, 'pointer', DOCUMENT_NOUNS.flatMap((noun) => [`${noun} above`, `${noun} below`]).join(' | ')),
  ...bank(
    null,
    'deixis',
    `this story | this article | this document | this text | this passage | this narrative | this account |
     this report | this post | this scenario | this information | this conversation | this transcript | this example |
     this content | this entire | this whole | the events described | events described | these events | everything in |
     presented as fact | described here | here is false | below is | above is | entire document | entire article |
     whole document | in this document | in the document | this piece | this essay | this entry | reposted from |
     republished from | copied from | originally posted`,
  ),
  // Generic noun phrases refer to the document only when they open the sentence ("The story is false.").
  ...bank(
    null,
    'opening',
    `the story | the article | the document | the text | the narrative | the account | the report | the scenario |
     the information | the content | all of the | all of this | everything`,
  ),
  ...bank(
    null,
    'referent',
    `the described | the reported | the alleged | the claimed | the stated | the purported | what is claimed |
     what is described | what is reported | what is stated | as stated | as reported | as claimed`,
  ),
  ...bank(
    null,
    'address',
    `this claim | this statement | this sentence | this assertion | the claim | the claims | these claims | this response | this answer | this reply | the response |
     the answer | the reply | the assistant | assistant's | the model's | the ai's | the chatbot`,
  ),
  ...bank(
    null,
    'demonstrative',
    `this is | this was | this never | this did | this has | that is | that was | that never | it is | it was | it never |
     none of this | none of it | none of the | nothing in | nothing about | none of that | all of that | that has |
     that did | that does`,
  ),
  // "That ..." opening a sentence points back at the previous one.
  ...bank(
    null,
    'anaphor',
    `that statement | that claim | that account | that story | that passage | that sentence | that report |
     that narrative | that assertion | that information | that version | that part of the story | that part of the account | that part of the text |
     that part of the article | that part of the report | that part of the narrative | that last part |
     whether that | whether this`,
  ),
  ...bank(null, 'truthRef', `the accuracy of | the truth of | the veracity of | the truthfulness of | the authenticity of`),
  ...bank(
    'uncertainty',
    'attribution',
    `claiming that | claimed that | claims that | the claim that | a claim that | so-called | purportedly |
     rumours that | rumors that | narrative that | hoax that | myth that | falsely claim* | falsely report* |
     falsely stat* | the assertion that | an assertion that | a supposed | the supposed | an alleged | the alleged |
     a purported | the purported | reports that | reported that | viral claim | claim:`,
  ),
  // Nouns of reported content with their complementizer: "the report that <content>".
  ...bank(
    'uncertainty',
    'attribution',
    `the report that | a report that | the rumour that | the rumor that | a rumour that | a rumor that | the news that |
     the allegation that | allegations that | the suggestion that | the belief that | the account that | the theory that`,
  ),
  // Negations that open a clause negate it ("No one was killed in ...", "Nobody died"), but not what
  // nobody expected or thought, which happened ("Nobody expected Vesuvius to erupt in 2015").
  ...bank('negation', 'determiner', `without`),
  ...bank(
    'negation',
    'idiom',
    `no wonder | no sooner | nobody expected | no one expected | nobody thought | no one thought | nobody imagined |
     no one imagined | nobody predicted | no one predicted | nobody could have predicted | no one could have predicted |
     nobody saw it coming | no one saw it coming | nobody was prepared | no one was prepared | without a doubt |
     without doubt | without question | without fail`,
  ),
  // Reported speech the writer does not take on: what posts or people claim or insist ("posts claim that
  // Mount Vesuvius erupted"), what one read or heard ("I read online that ..."), and documents about
  // something ("an article about the catastrophic 2015 eruption of Mount Vesuvius").
  ...bank(
    'uncertainty',
    'attribution',
    `claim that | insist that | insists that | insisted that | insisting that | asserted that | asserts that |
     asserting that | alleged that | allege that | alleging that | contend that | contends that | contending that`,
  ),
  ...bank(
    'uncertainty',
    'hearsay',
    `read online that | read somewhere that | read that | heard that | saw online that | seen online that |
     article about | articles about | story about | stories about | post about | posts about | video about |
     rumour about | rumours about | rumor about | rumors about | claims about | entry about | piece about |
     thread about | reports of a | account of a | accounts of a`,
  ),
  // What a post, a video or a chain message says (the media of hearsay, not a named source: "NASA says" reports).
  ...bank(
    'uncertainty',
    'hearsay',
    `post says | posts say | post said | posts said | post claims | post claimed | video says | videos say | video said |
     tweet says | tweets say | tweet said | message says | messages say | message said | meme says | memes say |
     rumour says | rumor says | rumours say | rumors say | chain letter | chain message | viral post | viral posts |
     viral video | viral message | viral messages | widely shared post | widely shared posts`,
  ),
  ...bank('negation', 'idiom', `not just | not only | not merely | not least | no doubt | no matter | nothing but | no longer |
     false start | false starts | false-start | false teeth | false ceiling | false positive* | false negative* |
     false modesty | nothing short of | nothing less than | no less than | no fewer than | none other than |
     not to mention`),
  ...bank(
    'uncertainty',
    'hearsay',
    `it describes | it claims | it says | it alleges | it reports | the article describes | the article claims |
     the idea that | the notion that | the story that |
     the post claims | the story describes | the story claims | the video claims | the text claims | the hoax describes |
     it described | it detailed | it specified | it claimed | it alleged | which described | which claimed |
     describing a | described a | detailing a | detailed a | claiming a | according to reports | reports circulating |
     claims circulating | rumours circulating | rumors circulating`,
  ),
  ...bank(
    'uncertainty',
    'report',
    `claiming | purporting | alleging | asserting | claims | claimed | alleges | alleged | describing | describes |
     depicting | depicts | portraying | portrays | concerning a | regarding a`,
  ),
  ...bank(
    null,
    'label',
    `retraction: | correction: | disclaimer | editor's note | editors' note | note: | warning: | content warning |
     fact check: | fact-check: | source: | satire: | parody: | fiction: | notice: | caution: | important: | false: | fake: |
     hoax: | myth: | misleading: | debunked: | unverified: | rumor: | rumour:`,
  ),
  ...ENGLISH_NOTICE_CUES,
  ...FRENCH_CUES,
  ...ITALIAN_CUES,
  ...SPANISH_CUES,
  ...GERMAN_CUES,
  ...PORTUGUESE_CUES,
  ...GENRE_CUES,
  ...STANCE_CUES,
]);

/**
 * The bank without repeats (the same text, role and language given twice, as generated families
 * such as "this page" / "the next line" overlap hand-written entries): one pattern, one hit.
 */
function uniqueCues(cues: readonly CueDefinition[]): CueDefinition[] {
  const seen = new Set<string>();
  return cues.map(oneShape).filter((cue) => {
    const key = `${cue.role}\u0000${cue.language ?? ''}\u0000${cue.text.toLowerCase()}\u0000${cue.leftBoundary ?? ''}${cue.rightBoundary ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `cue` with every field of a cue present (undefined where unset), in one order. The bank's entries were
 * made in seven object shapes (each optional field set or not, in the order the writers set them), so
 * every pass over the bank (the scan tables' compile reads each cue some twenty times, and several modules
 * collect their words at import) read them through V8's megamorphic property lookup, which missed its
 * cache and went to the runtime: 135 M instructions of an auditor's start-up (5%). JSON (the scan
 * tables' cache key) and every read of a field are the same.
 */
function oneShape(cue: CueDefinition): CueDefinition {
  return {
    text: cue.text,
    kind: cue.kind,
    role: cue.role,
    leftBoundary: cue.leftBoundary,
    rightBoundary: cue.rightBoundary,
    language: cue.language,
    clauseScope: cue.clauseScope,
    objectScope: cue.objectScope,
  } satisfies { [Field in keyof Required<CueDefinition>]: CueDefinition[Field] }; // a new field must be copied too
}

/** Labels imply a kind when the label sentence has no other strong cue. */
export const LABEL_KIND: Readonly<Record<string, QualifierKind>> = {
  'retraction:': 'correction',
  'correction:': 'correction',
  'fact check:': 'correction',
  'fact-check:': 'correction',
  'satire:': 'fiction',
  'parody:': 'fiction',
  'fiction:': 'fiction',
  'false:': 'negation',
  'fake:': 'negation',
  'hoax:': 'negation',
  'myth:': 'negation',
  'misleading:': 'negation',
  'debunked:': 'negation',
  'unverified:': 'unreliable-source',
  'rumor:': 'unreliable-source',
  'rumour:': 'unreliable-source',
};
