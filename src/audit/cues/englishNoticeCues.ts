import type { CueDefinition } from '../cueDefinition.js';
import { cueEntries, nounPointers } from './cueEntries.js';

/**
 * What natural notices are made of, in English, as broad families rather than phrases: what a text
 * calls itself (page, thread, newsletter, episode ...) with a demonstrative or a position ("this
 * page", "the next line"), how writers say a text is invented, unverified or a misconception,
 * and how a chat's system prompt sets up a role play. Loanwords that other languages use as they
 * are ("roleplay", "red teaming", "worldbuilding") are here too: English cues count in every text.
 */

/** What a text, a post or a chat calls itself or its parts. */
const SELF_NOUNS = `page pages site website blog blogs thread threads forum post posts article articles story stories
  text texts document documents piece pieces essay column newsletter book novel chapter episode podcast video
  clip transcript conversation chat exchange dialogue message messages feed channel collection list section material
  handout leaflet flyer pamphlet brochure release note memo entry entries item items excerpt passage passages
  paragraph paragraphs scene script scenario write-up writeup summary bulletin broadcast segment lines line tweet
  tweets comment comments reply replies quote quotes account accounts report reports headline headlines
  example examples sample samples dataset worksheet quiz lesson lecture slide slides card cards question questions premise series minutes`;

/** Parts of a text a warning points at ("the next line", "the following bit"). */
const PART_NOUNS = `line lines bit part paragraph sentence section quote passage message post tweet bullet point item text
  story article excerpt account claim statement answer reply response entry clip video segment page chapter scene
  headline paste snippet one two three few`;

export const ENGLISH_NOTICE_CUES: readonly CueDefinition[] = [
  ...cueEntries(null, 'deixis', nounPointers(SELF_NOUNS, 'this these', true)),
  ...cueEntries(null, 'pointer', nounPointers(SELF_NOUNS, 'above below')),
  ...cueEntries(null, 'pointer', nounPointers(PART_NOUNS, ['the next', 'the following', 'the previous', 'the preceding', 'this next'], true)),
  ...cueEntries(
    null,
    'pointer',
    `about to paste | about to quote | about to share | about to post | about to read | about to copy | about to forward |
     what i'm about to | what i am about to | i'm pasting | i am pasting | i'm passing on | i am passing on | passing this on |
     passing it on | i'm relaying | i am relaying | i'm quoting | pasted below | quoted below |
     copied below | reproduced below | shared below | forwarded below | transcribed below | pasted above | quoted above |
     copied above | reproduced above | shared above |
     the bit above | the bit below | the part above | the part below | the lines above | the lines below |
     the line above | the line below | everything above | everything below | all of the above`,
  ),
  ...cueEntries(
    'negation',
    'strong',
    `misconception | misconceptions | urban legend | urban legends | old wives' tale | not based on fact | not based in fact |
     not grounded in fact | does not reflect reality | doesn't reflect reality | do not reflect reality | bears no relation to reality |
     has nothing to do with reality | never actually happened | nothing of the sort |
     no such thing | misreported | not correct | isn't correct | is not correct | untruthful`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `pure invention | complete invention | total invention | speculative fiction | alternate-history | alternative-history |
     alt-history | role-playing game | roleplaying game | role-play game | worldbuilding | world-building | writing prompt |
     writing exercise | writing workshop | creative exercise | fanfiction | fan fiction | tall tale | make-believe |
     fictional universe | fictional world | imaginary world | invented world`,
  ),
  ...cueEntries(
    'fiction',
    'soft',
    `roleplaying | role-playing | stay in character | in character | a character in | pretend | pretending |
     different from ours | unlike ours | much like ours | similar to ours | resembles ours | resembling ours |
     differs from reality | departs from reality | diverges from reality | differs from our | differs from the real |
     a different world | different world | another universe | other universe | game world | campaign setting |
     tabletop | conjured | dreamed up | dreamt up | what if | thought exercise | science fiction | sci-fi | in-universe |
     parallel universe | parallel universes | parallel world | parallel worlds | alternate universe | alternate universes |
     alternative universe | alternate reality | alternative reality | alternate timeline | alternative timeline`,
  ),
  ...cueEntries(
    'unreliable-source',
    'strong',
    `unable to confirm | unable to verify | not been able to confirm | not been able to verify | could not confirm |
     could not verify | couldn't confirm | couldn't verify | cannot confirm | can't confirm | cannot verify | can't verify |
     not independently verified | not independently confirmed | no way to verify | impossible to verify | unsourced |
     without a source | without any source | no source | no sources | unidentified sender | unknown sender | unknown source |
     unknown sources | anonymous account | anonymous user | anonymous poster | anonymous message board | anonymous forum |
     anonymous post | anonymous board | chain letter | chain message | chain email | unnamed source* | grain of salt |
     pinch of salt | not a reliable | isn't a reliable | no reliable source* | nobody could confirm | no one could confirm |
     nobody could verify | no one could verify | nobody has confirmed | no one has confirmed | nobody has verified |
     no one has verified`,
  ),
  ...cueEntries('unreliable-source', 'soft', `anonymous | anonymously | unidentified | message board | clickbait | gossip | circulating online`),
  ...cueEntries(
    'uncertainty',
    'strong',
    `not sure whether | not sure if | unsure whether | unsure if | no idea whether | no idea if | yet to be confirmed |
     open to question | cannot tell whether | can't tell whether | hard to say whether | impossible to tell whether |
     may not be true | might not be true | may not be accurate | might not be accurate`,
  ),
  ...cueEntries('uncertainty', 'soft', `conjecture | unsure | not sure | treat with caution | with caution`),
  ...cueEntries(
    'low-probability',
    'strong',
    `long shot | slim odds | low odds | long odds | odds are slim | one in a million | almost certainly not |
     almost certainly false | probably not true | probably untrue | probably false | very improbable | not likely`,
  ),
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `red-team* | red teaming | adversarial example | jailbroken | flagged as harmful | flagged as unsafe |
     flagged as misleading | harmful output | unsafe output | toxic output | misleading answer | misleading response |
     deliberately false | deliberately wrong | deliberately misleading | intentionally false | intentionally misleading |
     deliberately spreads | spreads misinformation | spreading misinformation | lies to the user | lying to the user |
     misleads the user | misleading the user | do not trust this answer | don't trust this answer`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `flagged | misleading | rule-breaking | toxic`),
  // Jokes and texts not meant to be taken as fact.
  ...cueEntries(
    'fiction',
    'strong',
    `april fool* | april fools' | spoof | spoofs | lampoon* | pastiche |
     tongue-in-cheek | tongue in cheek | not meant seriously | not meant to be taken seriously | not to be taken seriously |
     not be taken seriously | not to be taken literally | not be taken literally | not meant literally | humor piece |
     humour piece | comedy sketch | for laughs`,
  ),
  ...cueEntries('fiction', 'soft', `a joke | just a joke | only a joke | a prank | joking | jokingly`),
  ...cueEntries(
    'negation',
    'strong',
    `inaccuracies | inaccuracy | factual errors | factually wrong | factually incorrect | not to be taken as fact |
     not be taken as fact | should not be taken as fact | not be taken at face value | not to be taken at face value |
     not be relied upon | not be relied on`,
  ),
  // A chat turn about the assistant's answer ("What you just said is made up.", "Your answer is wrong.").
  ...cueEntries(
    null,
    'address',
    `your answer | your response | your reply | your last answer | your previous answer | your claim | your last message |
     what you said | what you just said | what you wrote | you just said | you're saying | you are saying`,
  ),
  ...cueEntries(
    'fiction',
    'strong',
    `making this up | making that up | making it up | made this up | made that up | made it up | making things up | makes things up`,
  ),
  // Headings that open a note about the text ("Archivist's note:", "Heads-up:", "N.B.").
  ...cueEntries(
    null,
    'label',
    `author's note | authors' note | archivist's note | moderator's note | mod note | admin note | translator's note |
     publisher's note | curator's note | teacher's note | writer's note | narrator's note | editor note | editorial note |
     ed. note | ed note | note from the | note from our | note to readers | a note to readers | heads-up | heads up | psa: | n.b. |
     nb: | reminder: | update: | fyi: | fyi,`,
  ),
  // Fifth round (issue 9 items 3-4). Deception and abuse: scams, phishing, impersonation, coordinated
  // inauthentic behaviour, and a user's jailbreak ("ignore your rules"), which asks for what the answer then says.
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `phishing | impersonat* | inauthentic | deceptive by design | designed to deceive | meant to deceive | intended to deceive |
     abuse report | scam | scams | scammer | scammers | scammy | ignore your rules | ignore your instructions |
     ignore your guidelines | ignore your safety | ignore all your rules | ignore all previous instructions |
     ignore previous instructions | ignore all prior instructions | disregard your rules | disregard your instructions`,
  ),
  ...cueEntries('malicious-behavior', 'soft', `fraud | fraudulent | deceive | to trick | to fool | to mislead | to frighten | to scare | spam | coordinated campaign`),
  // Sources that publish without checking, and pictures that were altered.
  ...cueEntries(
    'unreliable-source',
    'strong',
    `content farm | content farms | content mill | machine-written | machine-generated | without checking | without fact-checking |
     without verification | without verifying | a bad source | from a bad source | a poor source`,
  ),
  ...cueEntries('negation', 'strong', `doctored | photoshopped`),
  // What kind of text it is: a work of fiction by its genre ("the opening of a short story I wrote", "a page from
  // our world bible"); not a short story announced beside a match report ("A short story follows the report.").
  ...cueEntries(
    'fiction',
    'soft',
    `my short story | our short story | of a short story | from a short story | a short story i | a short story we |
     a short story written | a short story for | a novel | my novel | our novel | the novel | novella | fable | fairy tale | fairytale |
     bedtime story | flash fiction | screenplay | screenwriting | sitcom | animated series | world bible | series bible |
     story bible | exists only | exist only | only exists | only exist | existed only`,
  ),
  // Advice on how to read what was just said or what follows ("take it with a pinch of salt", "treat it with
  // caution"): a reference to it that needs a qualifier of its own, not a bare "not" ("take it with water, not tea").
  ...cueEntries(
    null,
    'address',
    `take it with a | take this with a | take that with a | take these with a | take them with a | take everything with a |
     take it all with a | treat it with caution | treat this with caution | treat these with caution | treat them with caution |
     treat everything with caution | treat it as | treat this as | treat that as | treat them as | treat everything as`,
  ),
  // What moderators and platforms mark a post as ("marked as misleading"; "satire", "false" are explicit already).
  ...cueEntries(
    'malicious-behavior',
    'strong',
    `marked as misleading | labelled as misleading | labeled as misleading | rated as misleading | rated misleading |
     tagged as misleading | labelled misleading | labeled misleading`,
  ),
  ...cueEntries('negation', 'soft', `mix-up | mixup | mix up`),
  ...cueEntries('uncertainty', 'soft', `misremembering | misremember | a maybe`),
  ...cueEntries(null, 'address', `treat it as a | treat this as a | take it as a | take this as a`),
  ...cueEntries('fiction', 'soft', `class exercise | classroom exercise | different history | a history other than ours`),
  // Humour pages, legends of the internet, assistants that make things up.
  ...cueEntries('fiction', 'strong', `humor section | humour section | humor page | humour page | humor column | humour column | invents facts | invents answers`),
  ...cueEntries('negation', 'strong', `internet legend | internet myth`),
  // Headings of a note by whoever keeps the text ("Moderator note:", "Note to quizmasters:").
  ...cueEntries(
    null,
    'label',
    `moderator note | moderators' note | admin's note | staff note | teacher note | teacher's note | reviewer note | reviewer's note |
     community note | fact-checker's note | curator note | note to`,
  ),
  // Inviting corrections says nothing about the text's truth ("Sources for this page are listed below; corrections are welcome.").
  ...cueEntries('correction', 'idiom', `corrections are welcome | corrections welcome | corrections are always welcome | corrections are invited`),
];
