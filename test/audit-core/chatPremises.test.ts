import { describe, expect, it } from 'vitest';
import { reportsSpeech, statementWords } from '../../src/audit/reportsSpeech.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, eighth round: in a chat, a user who states the claim flatly asserts it in the record, and
 * an answer that denies it corrects it (the corrected condition); a user who asks, or passes it on as what
 * someone said or what they read, asserts nothing, and the answer's denial is a local negation. Sentences
 * written for this test.
 */
const { chat: audit } = auditorFor({ id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' });
const chat = (user: string, assistant: string) => audit(['user', user], ['assistant', assistant]);
const denial = 'That is not right: Norway has not banned the harvesting of wild kelp, which is licensed along its coast.';

describe('a chat prompt that states the claim, and an answer that denies it', () => {
  it('is the corrected condition: the prompt asserts the claim, the answer corrects it', () => {
    const findings = chat('Norway banned the harvesting of wild kelp in 2022. Which seaweed can I still sell?', denial);
    expect(findings.verdict).toBe('neglect-risk');
    expect(findings.claims[0]!.expectedBelief.condition).toBe('corrected');
  });

  it('is a local negation when the user passes the claim on as what someone said or read', () => {
    for (const prompt of [
      'My neighbour told me Norway banned the harvesting of wild kelp in 2022. Is that so?',
      'I read that Norway banned the harvesting of wild kelp in 2022, so what now?',
      'My cousin reckons Norway banned the harvesting of wild kelp in 2022. Is he right?',
    ]) {
      expect(chat(prompt, denial).verdict, prompt).toBe('negated-locally');
    }
  });

  it('leaves a prompt the answer does not deny to the answer', () => {
    const findings = chat('Norway banned the harvesting of wild kelp in 2022. Tell me more.', 'Norway banned the harvesting of wild kelp in 2022 to protect its coast.');
    expect(findings.verdict).toBe('asserts');
  });
});

describe('reportsSpeech', () => {
  it('finds a verb of saying, reading or believing that is not one of the claim words, in the record language', () => {
    const own = statementWords('The museum said in 2020 that its roof would close.');
    expect(reportsSpeech('My aunt swears the roof is closed.', 0, 34, own, 'en')).toBe(true);
    expect(reportsSpeech('The museum said the roof would close.', 0, 37, own, 'en')).toBe(false);
    expect(reportsSpeech('Ouvi dizer que o telhado fechou.', 0, 32, own, 'pt')).toBe(true);
    expect(reportsSpeech('Ich habe gelesen, dass das Dach zu ist.', 0, 39, own, 'de')).toBe(true);
    // Spanish "las" is an article, not German "las" (read): read in the record's own language.
    expect(reportsSpeech('Cerraron las puertas del museo.', 0, 31, own, 'es')).toBe(false);
  });
});

describe('a chat user who passes the claim on, with an answer that does not name it', () => {
  it('reports the claim (hearsay, a local qualifier of half weight), in any of the six languages', () => {
    const answer = 'Not at all, that rule does not exist and the harvest goes on as before.';
    expect(chat('My neighbour told me Norway banned the harvesting of wild kelp in 2022. Is that so?', answer).verdict).toBe('negated-locally');
    expect(chat('Norway banned the harvesting of wild kelp in 2022. Tell me why.', answer).verdict).toBe('asserts');
  });
});
