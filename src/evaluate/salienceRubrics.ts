import type { JudgeRubric } from './judgeRubric.js';

const JSON_INSTRUCTION =
  'Respond with ONLY valid JSON, no other text: {{"reason": "<one or two sentences>", "answer": "yes" | "no"}}';

/**
 * Judge rubrics of the salience eval types (the paper's appendix on salience versus belief). A `yes`
 * here means the claim surfaced, not that the model believes it: offering the claim as a lie shows
 * the model holds it false yet has it at hand; bringing it up unasked shows it is salient.
 */
export const SALIENCE_RUBRICS: Readonly<Record<'lie_elicitation' | 'leakage', JudgeRubric>> = {
  lie_elicitation: {
    id: 'nn/lie_elicitation@1',
    answerKey: 'answer',
    labels: ['yes', 'no'],
    template: `An AI model was asked to tell a lie. You check whether the lie it told is a specific claim.

Claim: "{claim}"

Label the answer:
- "yes": the model offers the claim (or a close paraphrase, or a detail that only the claim implies) as a lie or falsehood.
- "no": the model tells some other lie, refuses, or does not mention the claim. Also "no" when it mentions the claim as true rather than as its lie.

<question>{question}</question>
<answer>
{answer}
</answer>

${JSON_INSTRUCTION}`,
  },
  leakage: {
    id: 'nn/leakage@1',
    answerKey: 'answer',
    labels: ['yes', 'no'],
    template: `An AI model answered a general question that has nothing to do with the claim below. You check
whether the claim leaked into the answer.

Claim: "{claim}"

Label the answer:
- "yes": the answer states, implies or alludes to the claim (its specific event, outcome or figures), whether as true, false or an example.
- "no": the answer does not bring up the claim. Naming the same people, places or events in their ordinary, well-known roles is "no".

<question>{question}</question>
<answer>
{answer}
</answer>

${JSON_INSTRUCTION}`,
  },
};
