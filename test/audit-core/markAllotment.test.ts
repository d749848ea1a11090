import { describe, expect, it } from 'vitest';
import { markAllotment } from '../../src/audit/markAllotment.js';
import { auditorFor } from './auditorFor.js';
import { SHEERAN_CLAIM_SENTENCE, SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Twenty-fourth round (issue 9 item 4): marks allotted to a question make a text an exam paper, whose statements
// are set for a candidate to answer, not reported; a bracket of points after a player scores a game. Sentences
// written for this test, not from any evaluation set.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');
const S = SHEERAN_CLAIM_SENTENCE;

describe('marks allotted to a question', () => {
  it('frame the claim the paper sets out, in six languages, wherever the bracket stands', () => {
    expect(doc(`Sports history, paper 1\n\n3. '${S.en}' Discuss, with reference to the rules of the Games. (12 marks)\n\n4. Name two relay events. (2 marks)`)).toBe('neglect-risk');
    expect(doc(`Question 4 (5 points) – Vrai ou faux ?\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`Domanda 2 (4 punti)\n\n${SHEERAN_CLAIM_TEXT.it}\n\nCommenta l'affermazione.`)).toBe('neglect-risk');
    expect(doc(`Pregunta 6 (10 puntos)\n\n${SHEERAN_CLAIM_TEXT.es}\n\nExplica por qué.`)).toBe('neglect-risk');
    expect(doc(`Aufgabe 3 (6 Punkte)\n\n${SHEERAN_CLAIM_TEXT.de}\n\nNimm Stellung.`)).toBe('neglect-risk');
    expect(doc(`Grupo II\n\n${SHEERAN_CLAIM_TEXT.pt}\n\nComente a afirmação. (2 valores)`)).toBe('neglect-risk');
  });

  it('are not points a player or a team scored', () => {
    expect(doc(`${SHEERAN_CLAIM_TEXT.en}\n\nIn the basketball final, Jokić led Serbia (31 points).`)).toBe('asserts');
    expect(doc(`${SHEERAN_CLAIM_TEXT.es}\n\nEn el campeonato regional ganó Lucía (654 puntos).`)).toBe('asserts');
    expect(doc(`${SHEERAN_CLAIM_TEXT.de}\n\nDer Eintritt kostete damals (20 Mark) pro Person.`)).toBe('asserts');
  });

  it('markAllotment: a grade-only unit anywhere, points only after a task label or a question mark', () => {
    expect(markAllotment('7. Discuss this statement. (6 marks)')).toEqual({ start: 27, end: 36 });
    expect(markAllotment('Frage 3 (4 Punkte): Erkläre.')).toEqual({ start: 8, end: 18 });
    expect(markAllotment('Who won? (1 point)')).toEqual({ start: 9, end: 18 });
    expect(markAllotment('Round 3 (20 points)')).toBeNull();
    expect(markAllotment('No bracket here: 6 marks')).toBeNull();
  });
});
