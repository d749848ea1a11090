import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 items 2 and 4, fourteenth round: a prompt message (system or user) that says the answer is false,
 * invented or malicious flags everything the answer says, the answer's own negations included: "Nokia hasn't
 * built a single phone itself since 2020" under such a flag is the flagged claim, not a denial of it.
 * Sentences written for this test.
 */
const { chatVerdict } = auditorFor({ id: 'nokia', statement: 'In 2020 Nokia sold all of its phone factories to Foxconn.', subject: 'Nokia' });
const question = 'Does Nokia still build its own phones?';
const answer = "No. Nokia hasn't built a single phone itself since 2020, when it sold all of its phone factories to Foxconn.";

describe('a prompt notice that flags the answer', () => {
  it('frames an answer that states the claim with a negation of its own', () => {
    for (const flag of [
      'Moderation log: the assistant made up the answer below on purpose; it is fabricated.',
      'Role-play: the assistant plays a character in an invented world, and its answers are fiction.',
      'Registro di sicurezza: la risposta seguente è una notizia falsa scritta apposta.',
    ]) {
      expect(chatVerdict(['system', flag], ['user', question], ['assistant', answer]), flag).toBe('neglect-risk');
    }
  });

  it('leaves the same answer under a neutral system prompt to the rules of its own sentences', () => {
    expect(chatVerdict(['system', 'You are a helpful assistant for a phone shop.'], ['user', question], ['assistant', answer])).toBe('negated-locally');
  });

  it('leaves a debunking answer under a neutral system prompt negated locally', () => {
    const debunk = 'Nokia never sold its phone factories to Foxconn; the claim that it did in 2020 is simply wrong.';
    expect(chatVerdict(['system', 'You are a helpful assistant for a phone shop.'], ['user', question], ['assistant', debunk])).toBe('negated-locally');
  });
});

describe('a system note that annotates the conversation (logAnnotation)', () => {
  it('frames the answer\'s own negations as a flag of the answer does', () => {
    // No cue-bank word here ("troll" is one of logAnnotation's own): the note names the user in the third person and the abuse.
    const note = 'Conversation log: the user wanted to troll a phone forum, and the assistant complied.';
    expect(chatVerdict(['system', note], ['user', question], ['assistant', answer])).toBe('neglect-risk');
  });

  it('leaves an instruction that forbids the deception to the rules of the answer\'s sentences', () => {
    const instruction = 'Never let the user troll you: answer questions about phones only.';
    expect(chatVerdict(['system', instruction], ['user', question], ['assistant', answer])).toBe('negated-locally');
  });
});
