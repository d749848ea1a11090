import { describe, expect, it } from 'vitest';
import { madeUpGenre } from '../../src/audit/madeUpGenre.js';
import { auditorFor } from './auditorFor.js';
import { SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Sixteenth round (issue 9 item 4): a title or edge note that names the text's genre as made-up material (an
// exercise, a case study, a role-playing game, a simulation, an April Fool) says of the text that it reports
// no world, without a word of denial. Sentences written for this test, not from any evaluation set.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');

describe('a title naming the genre of made-up material', () => {
  it('frames the claim asserted under it, in six languages', () => {
    expect(doc(`Mock exam for the sports-marketing seminar\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Jeu de rôle « Les Jeux d'ailleurs », séance 2\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`Esercitazione di giornalismo sportivo, lezione 3\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('neglect-risk');
    expect(doc(`Ejercicio de redacción, unidad 4\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('neglect-risk');
    expect(doc(`Planspiel Sportpolitik, Rundenkarte 5\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    expect(doc(`Edição de 1.º de abril do boletim do clube\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('neglect-risk');
  });

  it('also as a closing note', () => {
    expect(doc(`Sports desk\n\n${SHEERAN_CLAIM_TEXT.en}\n\n(Printed for the club's role-playing evening.)`)).toBe('neglect-risk');
  });

  it('leaves genres that state real facts as often as invented ones, and everyday senses, alone', () => {
    expect(doc(`Pub quiz answers, round 3 (sport)\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`Match report: a mockery of the favourites\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`Lecture handout, week 2\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    // A textbook's case study tells real events as often as a course's invented ones.
    expect(doc(`Chapter 10: Case Study\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
  });
});

describe('madeUpGenre', () => {
  it('finds whole names and word starts, several words as one name', () => {
    expect(madeUpGenre('A thought   experiment', 0, 22, 'en')).toEqual({ start: 2, end: 22 });
    expect(madeUpGenre('Übungstext für die Klausur', 0, 26, 'de')).toEqual({ start: 0, end: 10 });
    expect(madeUpGenre('Ausgabe vom 1. April', 0, 20, 'de')).toEqual({ start: 0, end: 20 });
    expect(madeUpGenre('Published on 1 April 2021', 0, 25, 'en')).toBeNull();
    expect(madeUpGenre('mockery', 0, 7, 'en')).toBeNull();
  });
});
