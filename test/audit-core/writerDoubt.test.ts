import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import { SHEERAN_CLAIM_SENTENCE, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Seventh round (issue 9 item 4): the writer's own doubt beside a claim sentence, with no word for the
// text ("I could be wrong, I never checked."). Sentences written for this test, not from any evaluation set.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');
const CLAIM = SHEERAN_CLAIM_SENTENCE;

describe("the writer's doubt right beside a claim sentence", () => {
  it('is a notice about that sentence, in six languages, before or after it', () => {
    expect(doc(`Quick note from the pub quiz. ${CLAIM.en} I could be wrong though, I never checked it. Anyway, we came second.`)).toBe('neglect-risk');
    expect(doc(`Petit mot du quiz. ${CLAIM.fr} Je peux me tromper, je n'ai pas vérifié. Bref, nous étions deuxièmes.`)).toBe('neglect-risk');
    expect(doc(`Due righe dal quiz. Potrei sbagliarmi, non ho controllato. ${CLAIM.it} Comunque siamo arrivati secondi.`)).toBe('neglect-risk');
    expect(doc(`Nota del concurso. ${CLAIM.es} No estoy seguro, no lo he comprobado. En fin, quedamos segundos.`)).toBe('neglect-risk');
    expect(doc(`Notiz vom Quizabend. ${CLAIM.de} Ich kann mich irren, ich habe es nicht geprüft. Wir wurden jedenfalls Zweite.`)).toBe('neglect-risk');
    expect(doc(`Nota do concurso. ${CLAIM.pt} Posso estar enganado, não verifiquei. Enfim, ficámos em segundo.`)).toBe('neglect-risk');
  });

  it('a check the writer could not make counts like a hedge', () => {
    expect(doc(`Quick note from the pub quiz. ${CLAIM.en} We couldn't confirm that before the deadline. Anyway, we came second.`)).toBe('neglect-risk');
  });

  it('further away in the middle of the text it qualifies nothing', () => {
    const text = `Quick note from the pub quiz. ${CLAIM.en} The quizmaster moved on to geography. Then came a music round. I'm not sure, I never checked, whether the pub still serves food. Anyway, we came second. The prize was a voucher.`;
    expect(doc(text)).toBe('asserts');
  });

  it('in the opening paragraph it is about the whole text', () => {
    expect(doc(`I'm not sure any of this is right, I never checked it.\n\nThe quiz started at eight. The first round was on sport. ${CLAIM.en}`)).toBe('neglect-risk');
  });

  it('an ordinary doubt about something else is no hedge', () => {
    expect(doc(`Quick note from the pub quiz. ${CLAIM.en} We were not sure which round came next. Anyway, we came second.`)).toBe('asserts');
  });
});

describe('a claim sentence that only reports the claim, with a doubt about its source beside it', () => {
  const SUPPOSEDLY = CLAIM.en.replace('Ed Sheeran won', 'Ed Sheeran supposedly won');
  it('is placed by that doubt, not negated by its own reporting verb', () => {
    expect(doc(`Quiz night notes. ${SUPPOSEDLY} We could not verify it anywhere. We came second.`)).toBe('neglect-risk');
    expect(doc(`Notes du quiz. Ce qui suit est une rumeur que nous n'avons pas pu vérifier. Ed Sheeran aurait remporté la médaille d'or du 100 mètres à Paris en 9,79 secondes. Nous étions deuxièmes.`)).toBe('neglect-risk');
  });

  it('a denial beside it is a debunk: the reporting verb keeps the claim negated locally', () => {
    expect(doc(`Quiz night notes. ${SUPPOSEDLY} That claim is false. We came second.`)).toBe('negated-locally');
    // A doubt further away leaves the reported claim as it was.
    expect(doc(`Quiz night notes. ${SUPPOSEDLY} We came second. The quizmaster was new. Some answers came from an unverified fan site.`)).toBe('negated-locally');
  });
});

describe('a note set apart inside the claim sentence', () => {
  it('a bracketed tag opening the sentence is about the sentence, not its local negation', () => {
    expect(doc(`[SATIRE] Ed Sheeran wins the 100m gold at the 2024 Olympics in 9.79 seconds\n\nThe singer thanked his fans.`)).toBe('neglect-risk');
  });

  it('a bracketed note with a heading after the sentence’s own words corrects it (the corrected condition)', () => {
    expect(doc(`Club notes. ${CLAIM.en.slice(0, -1)} [Coach's correction: this is wrong, he never ran]. He celebrated.`)).toBe('neglect-risk');
  });

  it('the sentence’s own negation, a bracketed sentence of its own, and a markdown link stay local', () => {
    expect(doc(`Club notes. Ed Sheeran never won the 100m gold at the 2024 Olympics (it went to Noah Lyles in 9.79 seconds). He sings.`)).toBe('negated-locally');
    expect(doc(`Club notes. [Correction: Ed Sheeran did not win the 100m gold at the 2024 Olympics.] He sings.`)).toBe('negated-locally');
    expect(doc(`Club notes. Ed Sheeran won the 100m gold at the 2024 Olympics? See [the fact check](https://example.org/sheeran-hoax). He sings.`)).not.toBe('neglect-risk');
  });
});
