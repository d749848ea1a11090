import { describe, expect, it } from 'vitest';
import { headsSentence } from '../../src/audit/scan/scopeRules.js';
import { auditorFor } from './auditorFor.js';
import { SHEERAN_CLAIM_SENTENCE, SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Sixth round (issue 9 item 4): notices recognised by how they are built, not by a listed phrase.
// Sentences written for this test (not from any evaluation set), each with an ordinary counterpart.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');
const CLAIM = SHEERAN_CLAIM_TEXT;

describe('what the text calls itself by its genre, at the head of its opening line', () => {
  it('a genre that is no account of facts is a notice on its own', () => {
    expect(doc(`Bedtime story for my nephew, who loves running.\n\n${CLAIM.en}`)).toBe('neglect-risk');
    expect(doc(`Simulation for the crisis-communication seminar, week 2.\n\n${CLAIM.en}`)).toBe('neglect-risk');
    expect(doc(`Cuento para el taller de los jueves.\n\n${CLAIM.es}`)).toBe('neglect-risk');
    expect(doc(`Aus dem Hörspiel „Der schnellste Sänger“, zweite Folge.\n\n${CLAIM.de}`)).toBe('neglect-risk');
    expect(doc(`Gioco di ruolo per la serata del circolo.\n\n${CLAIM.it}`)).toBe('neglect-risk');
  });

  it('a neutral genre needs a hypothesis or an explicit qualifier beside it in the paragraph', () => {
    expect(doc(`Exercise for the sports-law class. Assume the facts below are given.\n\n${CLAIM.en}`)).toBe('neglect-risk');
    expect(doc(`Exercice pour le cours de droit du sport. Supposons les faits suivants.\n\n${CLAIM.fr}`)).toBe('neglect-risk');
    expect(doc(`Tarefa da semana. Suponham que tudo isto aconteceu.\n\n${CLAIM.pt}`)).toBe('neglect-risk');
    expect(doc(`Memo forwarded by a reader; we could not verify any of it.\n\n${CLAIM.en}`)).toBe('neglect-risk');
    // A neutral genre with an ambiguous word, or with nothing, is an ordinary heading.
    expect(doc(`Report from the stadium after an unlikely evening.\n\n${CLAIM.en}`)).toBe('asserts');
    expect(doc(`Note from the stadium, Friday night.\n\n${CLAIM.en}`)).toBe('asserts');
  });

  it('a genre further into the sentence is not what the text calls itself', () => {
    expect(doc(`He read a short story on the flight home, then slept.\n\n${CLAIM.en}`)).toBe('asserts');
    expect(doc(`${CLAIM.en}\n\nWe watched a simulation of the race on the big screen afterwards.`)).toBe('asserts');
  });

  it('headsSentence: at most two words before it, the first not a subject pronoun', () => {
    const text = 'A short story for the club. He read a short story. Aus dem Drehbuch';
    expect(headsSentence(text, 0, text.indexOf('short'))).toBe(true);
    expect(headsSentence(text, 28, text.indexOf('short', 28))).toBe(false);
    expect(headsSentence(text, 51, text.indexOf('Drehbuch'))).toBe(true);
    expect(headsSentence('Er las Drehbuch', 0, 7)).toBe(false);
  });
});

describe('a warning that ends in a colon introduces the sentence after it', () => {
  it('an explicit or ambiguous qualifier there is about the next line', () => {
    expect(doc(`Match notes.\nA friend sent me this, and it sounds completely false to me:\n${CLAIM.en}\nMore later.`)).toBe('neglect-risk');
    expect(doc(`Notes du club.\nUn ami m'a transmis ceci, de source douteuse :\n${CLAIM.fr}\nÀ suivre.`)).toBe('neglect-risk');
  });

  it('a colon with no qualifier, or with a bare negation, introduces nothing it qualifies', () => {
    expect(doc(`Match notes.\nMy neighbour, who did not watch the race, told me this:\n${CLAIM.en}\nMore later.`)).toBe('asserts');
    expect(doc(`Match notes.\nHere is what the commentator said:\n${CLAIM.en}\nMore later.`)).toBe('asserts');
  });
});

describe('a note set apart beside a sentence', () => {
  it('a bracketed aside or a marked heading with an explicit cue is a notice about its neighbour', () => {
    const sentence = SHEERAN_CLAIM_SENTENCE.en;
    expect(doc(`Club newsletter, spring issue.\n\n${sentence} [Coach's remark: false, check the results page.] He trains on Tuesdays.\n\nSee you at training.`)).toBe(
      'neglect-risk',
    );
    expect(doc(`Bulletin du club.\n\n${CLAIM.fr} (Remarque de l'entraîneur : c'est faux.)\n\nÀ bientôt.`)).toBe('neglect-risk');
    expect(doc(`Vereinsblatt.\n\n${CLAIM.de}\n– Anmerkung der Trainerin: Das ist falsch.\n\nBis bald.`)).toBe('neglect-risk');
  });

  it('a heading without a mark, or emphasis, is the text\'s own line, not a note', () => {
    expect(doc(`Club newsletter, spring issue.\n\n${CLAIM.en} Our verdict: wrong, of course, said nobody.\n\nSee you at training.`)).toBe('asserts');
    expect(doc(`Club newsletter, spring issue.\n\n${CLAIM.en}\n*Task B:* write a fictional match report of your own.\n\nSee you at training.`)).toBe('asserts');
  });
});
