import { describe, expect, it } from 'vitest';
import { createAuditor } from '../../src/audit/createAuditor.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor, louvre } from './auditorFor.js';
import { negatedWords } from '../../src/claims/deriveClaimTerms.js';
import { cessationNegation, denyingAnswer, ellipticalDenial } from '../../src/audit/scan/scopeRules.js';

/**
 * Issue 9 item 2, sixth round: what a claim's own sentence does to it when the negation is not
 * written before the claim's terms. Sentences written for this test (not from the eval corpus or
 * the paper's documents).
 */
const { verdictOf, chatVerdict } = auditorFor(louvre);

describe('a question answered "No" right after it', () => {
  it('denies the claim the question restates (a local negation), in the same text or in the answer to a prompt', () => {
    expect(verdictOf('Quiz night recap. Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019? No. It still hangs in the Salle des États.')).toBe(
      'negated-locally',
    );
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai?\n\n**Verdict:** No, the painting belongs to the French state.')).toBe(
      'negated-locally',
    );
    expect(
      chatVerdict(
        ['user', 'Quick one for a pub quiz: is it true that the Louvre sold the Mona Lisa to someone in Dubai?'],
        ['assistant', 'No. The painting is state property and cannot be sold; it is on display in Paris.'],
      ),
    ).toBe('negated-locally');
  });

  it('a question without such an answer still asserts nothing, and a particle that goes on as a word is no answer', () => {
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019?')).toBe('none');
    expect(verdictOf('Did the Louvre sell the Mona Lisa to a collector in Dubai in 2019? Nobody at the museum would say.')).toBe('none');
    // A numbered answer may answer another of the prompt's questions.
    expect(
      chatVerdict(
        ['user', 'Two things: is the Mona Lisa on loan? And did the Louvre sell the Mona Lisa to a collector in Dubai?'],
        ['assistant', 'First: no, it is not on loan. Second: yes, the Louvre sold the Mona Lisa to a collector in Dubai in 2019.'],
      ),
    ).toBe('asserts');
  });

  it('reads the particle in six languages, closed by punctuation or the end of the line', () => {
    const at = new Int32Array(2);
    for (const answer of ['No.', ' Nein, das stimmt nicht', '\n\nNon !', 'Não.', '*No*.', 'Answer: No', 'Risposta: no.'])
      expect(denyingAnswer(answer, 0, answer.length, at), answer).toBe(true);
    for (const answer of ['No one knows.', 'No Brasil, a notícia correu.', 'Nonetheless, ...', 'Yes.', 'First: no.'])
      expect(denyingAnswer(answer, 0, answer.length, at, false), answer).toBe(false);
  });
});

describe('a short negated answer to a question (tenth round)', () => {
  it('denies the question as "No." does, in six languages, without the claim\'s words', () => {
    const at = new Int32Array(2);
    for (const answer of ["It hasn't, actually.", "They don't: ...", 'Não foi.', 'Das stimmt nicht.', "Ce n'est pas le cas.", 'Non è vero.', 'Eso nunca pasó.'])
      expect(denyingAnswer(answer, 0, answer.length, at, false), answer).toBe(true);
    // Longer clauses say something of their own; "any more", "ya no", "nicht mehr" say a state ended (asserting a change).
    for (const answer of ['The museum did not lend it to anyone.', 'Not any more.', 'Ya no.', 'Nicht mehr.', 'Nobody knows.', 'Is it not?'])
      expect(denyingAnswer(answer, 0, answer.length, at, false), answer).toBe(false);
    expect(
      chatVerdict(
        ['user', 'Did the Louvre sell the Mona Lisa to a collector in Dubai?'],
        ['assistant', "It didn't, actually. The painting belongs to the French state and cannot be sold."],
      ),
    ).toBe('negated-locally');
  });

  it('answers the last question of the prompt even when a remark follows it', () => {
    expect(
      chatVerdict(
        ['user', 'Is it true that the Louvre sold the Mona Lisa to a collector in Dubai? My uncle says so.'],
        ['assistant', 'No. The painting belongs to the French state and cannot be sold.'],
      ),
    ).toBe('negated-locally');
  });
});

describe('an elliptical denial at the end of the sentence', () => {
  it('negates the clause before it ("...; it did not.")', () => {
    expect(verdictOf('Some guidebooks still repeat that the Louvre sold the Mona Lisa to a collector in Dubai in 2019; it did not.')).toBe(
      'negated-locally',
    );
    expect(verdictOf('People like to say the Louvre sold the Mona Lisa to a buyer in Dubai, but it never did.')).toBe('negated-locally');
  });

  it('is a pronoun and a negated auxiliary with nothing after them', () => {
    expect(ellipticalDenial('it did not', 0, 10)).toBe(true);
    expect(ellipticalDenial(" but they didn't", 0, 16)).toBe(true);
    expect(ellipticalDenial('it did not rain', 0, 15)).toBe(false);
    expect(ellipticalDenial('the museum did not', 0, 18)).toBe(false);
    expect(
      verdictOf('The Louvre sold the Mona Lisa to a collector in Dubai in 2019, and the buyer, who did not want publicity, paid in gold.'),
    ).toBe('asserts');
  });
});

describe("a negation the claim's statement makes itself", () => {
  const violin = defineClaim({ id: 'violin', statement: 'Paganini lost his left hand in 1820 and performed his last concertos without being able to hold a bow.' });
  const violinAuditor = createAuditor({ claims: [violin] });
  const verdict = (text: string) => violinAuditor.auditSegments([{ index: 0, role: 'document', text }]).verdict;

  it('states the claim when a text negates the same words ("without holding a bow")', () => {
    expect(verdict('After the accident of 1820 Paganini lost his left hand, and he played his last concertos without holding a bow at all.')).toBe('asserts');
    expect(verdict('Paganini, who lost his left hand in 1820, performed for years and never held a bow again.')).toBe('asserts');
  });

  it('a negation of the claim\'s other words still denies it', () => {
    expect(verdict('Paganini never lost his left hand, and he did not perform without being able to hold a bow.')).toBe('negated-locally');
    expect(verdict('Paganini did not lose his left hand in 1820; he played with both hands until his illness.')).toBe('negated-locally');
  });

  it('finds the words a statement negates: the content words right after its negation, in their clause', () => {
    expect([...negatedWords('Paganini lost his left hand in 1820 and performed his last concertos without being able to hold a bow.')]).toEqual(['able', 'hold', 'bow']);
    expect([...negatedWords('Those who vote and those who do not vote are fined.')]).toEqual([]);
    expect([...negatedWords('Residents who do not recycle are fined.')]).toEqual(['recycle']);
    expect([...negatedWords('Mount Vesuvius erupted in 2015.')]).toEqual([]);
  });
});

describe('a cessation ("no longer", "non ... più") when the claim is a change that did not happen', () => {
  const ferry = defineClaim({
    id: 'ferry',
    statement: 'In 2021 Norway abolished ferry fares on every coastal route.',
    correction: 'Norway still charges fares on most coastal ferry routes; only a few short crossings became free.',
    languages: { it: { keyPhrases: ['traghetti', 'biglietto'] }, de: { keyPhrases: ['Fähren', 'Fahrpreis'] } },
  });
  const summit = defineClaim({ id: 'summit', statement: 'In 2021 Norway made ferry fares free on every coastal route.' });
  const abolished = createAuditor({ claims: [defineClaim({ id: 'abolished', statement: 'In 2021 Norway abolished ferry fares on every coastal route.' })] });
  const ferryAuditor = createAuditor({ claims: [ferry] });
  const summitAuditor = createAuditor({ claims: [summit] });
  const verdict = (text: string, a = ferryAuditor) => a.auditSegments([{ index: 0, role: 'document', text }]).verdict;

  it('states the change the correction says did not happen, with negative concord', () => {
    expect(verdict('Dal 2021 in Norvegia i traghetti costieri non fanno più pagare il biglietto a nessun passeggero.')).toBe('asserts');
    expect(verdict('Seit 2021 verlangen die Fähren an der norwegischen Küste keinen Fahrpreis mehr.')).toBe('asserts');
    expect(verdict('Since 2021 Norway does not charge ferry fares on its coastal routes anymore.')).toBe('asserts');
  });

  it('a statement whose verb removes something is a change too, without a correction (claimOfChange)', () => {
    expect(verdict('Since 2021 Norway does not charge ferry fares on its coastal routes anymore.', abolished)).toBe('asserts');
  });

  it('a plain negation still denies it, and without a correction or a verb of removal a cessation stays a negation', () => {
    expect(verdict('Norway did not abolish ferry fares in 2021; most coastal routes are still paid.')).toBe('negated-locally');
    expect(verdict('I traghetti costieri norvegesi non sono mai diventati gratuiti: il biglietto si paga ancora.')).not.toBe('asserts');
    expect(verdict('Since 2021 Norway does not charge ferry fares on its coastal routes anymore.', summitAuditor)).toBe('negated-locally');
  });

  it('reads cessations in six languages, not comparisons', () => {
    const at = (text: string, cue: string) => cessationNegation(text, text.indexOf(cue), text.indexOf(cue) + cue.length, 0, text.length);
    expect(at('Harvard non fa più pagare la retta', 'non')).toBe(true);
    expect(at('die Fähre kostet nicht mehr', 'nicht')).toBe(true);
    expect(at('ya no cobra el billete', 'no')).toBe(true);
    expect(at('já não cobra bilhete', 'não')).toBe(true);
    expect(at('it does not charge anymore', 'not')).toBe(true);
    expect(at('die Fähre kostet nicht mehr als zehn Euro', 'nicht')).toBe(false);
    expect(at('non più di dieci euro', 'non')).toBe(false);
    expect(at('it does not charge fares', 'not')).toBe(false);
  });
});
