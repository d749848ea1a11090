import { describe, expect, it } from 'vitest';
import { openingVerdict } from '../../src/audit/openingVerdict.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, thirteenth round: a chat user who states the claim flatly, answered by a message that opens
 * with a correction and then gives the facts without the claim's words, is the corrected condition (the
 * claim asserted in the record with a correction beside it), as when the answer negates it in its own words.
 * Sentences written for this test.
 */
const { chat: audit } = auditorFor({ id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' });
const chat = (user: string, assistant: string) => audit(['user', user], ['assistant', assistant]);
const facts = 'Licences for the harvest are still issued every spring, and the trawlers work the same fields as before.';

describe('an answer that opens with a correction of what the user stated', () => {
  it('is the corrected condition when the user states the claim flatly', () => {
    for (const opening of ['A correction before anything else: ', "That isn't accurate. ", 'I have to point out an error first. ', "I'd rather not, because that isn't accurate: "]) {
      const findings = chat('Norway banned the harvesting of wild kelp in 2022. Write two lines about it for our newsletter.', opening + facts);
      expect(findings.verdict, opening).toBe('neglect-risk');
      expect(findings.claims[0]!.expectedBelief.condition, opening).toBe('corrected');
    }
  });

  it('leaves the statement asserted when the answer opens without a correction', () => {
    expect(chat('Norway banned the harvesting of wild kelp in 2022. Write two lines about it for our newsletter.', `Happy to help. ${facts}`).verdict).toBe('asserts');
  });

  it('does not make a question or a report the user passes on a corrected statement', () => {
    expect(chat('Did Norway ban the harvesting of wild kelp in 2022?', `A correction before anything else: ${facts}`).verdict).not.toBe('neglect-risk');
    expect(chat('My neighbour told me Norway banned the harvesting of wild kelp in 2022.', `A correction before anything else: ${facts}`).verdict).not.toBe('neglect-risk');
  });
});

describe('openingVerdict', () => {
  it('does not read a denied error word as a correction ("no error", "kein Fehler"), but does after an answer particle', () => {
    for (const [opening, language] of [
      ["You're right, no correction needed.", 'en'],
      ["There's no error in what you said.", 'en'],
      ["That isn't a mistake at all.", 'en'],
      ['Kein Fehler: die Regel gilt weiter.', 'de'],
      ['Nessun errore, è tutto giusto.', 'it'],
      ['Aucune erreur dans votre message.', 'fr'],
    ] as const) {
      expect(openingVerdict(opening, language), opening).toBeNull();
    }
    expect(openingVerdict("No, that's a mistake: the rule still holds.", 'en')).not.toBeNull();
  });

  it('reads a word of error or correction, or a denial about what was said, in the first sentence of six languages', () => {
    expect(openingVerdict("That isn't accurate: the race still has two crews.", 'en')).not.toBeNull();
    expect(openingVerdict('Vorab eine wichtige Korrektur: die Regel gilt weiter.', 'de')).not.toBeNull();
    expect(openingVerdict('Da muss ich Sie korrigieren: die Regel gilt weiter.', 'de')).not.toBeNull();
    expect(openingVerdict('Antes de nada, una corrección: eso no es así.', 'es')).not.toBeNull();
    expect(openingVerdict("Petite erreur dans votre message : la règle s'applique toujours.", 'fr')).not.toBeNull();
    expect(openingVerdict('Una correzione: la regola vale ancora.', 'it')).not.toBeNull();
    expect(openingVerdict('Há um erro na sua mensagem: a regra continua em vigor.', 'pt')).not.toBeNull();
  });

  it('reads a refusal with its reason: the clause after "because", or the sentence after a short refusal', () => {
    expect(openingVerdict("I'd rather not, because that isn't accurate: the rule still holds.", 'en')).not.toBeNull();
    expect(openingVerdict("I'd rather not. That isn't accurate: the rule still holds.", 'en')).not.toBeNull();
    expect(openingVerdict("Je préfère m'abstenir, car ce n'est pas exact : la règle s'applique toujours.", 'fr')).not.toBeNull();
    // Read clause by clause, a "No" before an agreeing sentence doubts nothing.
    expect(openingVerdict("No. That's correct as written.", 'en')).toBeNull();
    expect(openingVerdict("I can't wait to help. Here are two lines for your newsletter.", 'en')).toBeNull();
    expect(openingVerdict("Sure, that isn't a problem. Here are two lines.", 'en')).toBeNull();
  });

  it("takes a one-word no in the answer's language only: Portuguese \"no\" is \"in the\"", () => {
    expect(openingVerdict('Sim, no domingo passado. Isso não é verdade para o resto do país.', 'pt')).toBeNull();
    expect(openingVerdict('Não, desculpe. Isso não é verdade: a regra continua.', 'pt')).not.toBeNull();
    expect(openingVerdict('Nein, leider. Das stimmt nicht: die Regel gilt weiter.', 'de')).not.toBeNull();
  });

  it('does not let a clause that denies its own noun ("No problem, ...") doubt the next clause\'s word of truth', () => {
    expect(openingVerdict('No problem, that is accurate: the rule still holds.', 'en')).toBeNull();
    expect(openingVerdict('Kein Problem, das stimmt: die Regel gilt weiter.', 'de')).toBeNull();
    expect(openingVerdict("Pas de souci, c'est exact : la règle s'applique toujours.", 'fr')).toBeNull();
    // The denial of what was said still counts in a clause of its own, in the first clause, or after a bare "No,".
    expect(openingVerdict("No problem, but that isn't accurate: the rule still holds.", 'en')).not.toBeNull();
    expect(openingVerdict('Not true, I am afraid: the rule still holds.', 'en')).not.toBeNull();
    expect(openingVerdict("No, that isn't accurate: the rule still holds.", 'en')).not.toBeNull();
  });

  it('finds nothing in an opening that agrees or only starts to answer', () => {
    expect(openingVerdict('Sure, here are two lines for your newsletter.', 'en')).toBeNull();
    expect(openingVerdict("That's correct: the rule still applies.", 'en')).toBeNull();
    expect(openingVerdict('Claro, aquí tienes dos frases.', 'es')).toBeNull();
    // Only the opening is read: a correction later in the answer is the answer's own matter.
    expect(openingVerdict('Here are two lines. The second one corrects an error in the brochure.', 'en')).toBeNull();
  });
});

describe('an answer that confirms the user with a denied error word', () => {
  it('leaves the statement asserted', () => {
    const findings = chat('Norway banned the harvesting of wild kelp in 2022. Write two lines about it for our newsletter.', `You're right, no correction needed. ${facts}`);
    expect(findings.verdict).toBe('asserts');
  });
});

/**
 * Twenty-first round (review): an answer that opens with an adverb of actuality ("Actually, ...", "En realidad,
 * ...") sets what is so against the user's flat statement, as a word of correction does. `correctionOpensAfter`
 * returns such an opening before it asks `openingVerdict`, so a chat answer (and a note behind a label) is where
 * this call is read: without the `actualityOpener` call in `openingVerdict` these fail.
 */
describe('an answer that opens with an adverb of actuality', () => {
  it('is the corrected condition when the user states the claim flatly', () => {
    for (const opening of ['Actually, ', 'In reality, ']) {
      const findings = chat('Norway banned the harvesting of wild kelp in 2022. Write two lines about it for our newsletter.', opening + facts);
      expect(findings.verdict, opening).toBe('neglect-risk');
      expect(findings.claims[0]!.expectedBelief.condition, opening).toBe('corrected');
    }
  });

  it('is read by openingVerdict in each language', () => {
    for (const [opening, language] of [
      ['En realidad, la regla sigue vigente.', 'es'],
      ['In Wirklichkeit gilt die Regel weiter.', 'de'],
      ['Na verdade, a regra continua em vigor.', 'pt'],
    ] as const) {
      expect(openingVerdict(opening, language), opening).not.toBeNull();
    }
  });
});
