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

// Seventeenth round: "exercise" and "simulated" (and their kin in the other five languages) also name a
// workout, a physiotherapy routine or a simulated race. Such a plan beside an asserted claim reports the world;
// only a name that sets the reader a task on a text (a translation, a piece of writing, a class's exam) calls the
// text made-up material. Sentences written for this test, not from any evaluation set.
describe('a workout or physiotherapy plan that names its exercises', () => {
  it('is no notice about the text, in six languages', () => {
    expect(doc(`Exercise: 3 sets of squats, 10 reps each, rest 60 seconds.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`Exercises for lower back pain after a long flight\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`The following exercises strengthen the knee: hold each stretch for 30 seconds.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`${SHEERAN_CLAIM_TEXT.en}\n\nThis week's exercise: 20 minutes of simulated race pace on the treadmill.`)).toBe('asserts');
    expect(doc(`Exercice : 3 séries de squats de 10 répétitions, 1 minute de repos.\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('asserts');
    expect(doc(`Exercices de rééducation du genou après une entorse\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('asserts');
    expect(doc(`Esercizio: 3 serie di squat da 10 ripetizioni, recupero 60 secondi.\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('asserts');
    expect(doc(`Esercizi di fisioterapia per la spalla, da ripetere ogni mattina\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('asserts');
    expect(doc(`Gara simulata sui 1000 metri: partenza dai blocchi, poi ritmo costante.\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('asserts');
    expect(doc(`Ejercicio: 3 series de sentadillas de 10 repeticiones, descanso de un minuto.\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('asserts');
    expect(doc(`Ejercicios de fisioterapia para la rodilla operada\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('asserts');
    expect(doc(`Übung: 3 Sätze Kniebeugen mit je 10 Wiederholungen, dazwischen eine Minute Pause.\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
    expect(doc(`Übungen für einen starken Rücken nach der Reha\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
    expect(doc(`Simulierter Wettkampf: 3 x 1000 m im 5-km-Tempo\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
    expect(doc(`Exercício: 3 séries de agachamentos com 10 repetições e um minuto de descanso.\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
    expect(doc(`Exercícios de fisioterapia para o joelho operado\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
  });

  it('while an exercise that sets the reader a task on a text, or a numbered one alone, still frames the claim', () => {
    expect(doc(`Exercise 3: Translate the passage below into French.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Exercise 3\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Exercise 3: glute bridge, 3 sets of 12\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`The following exercise is for Thursday's seminar.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Exercice de rédaction pour les élèves de seconde\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`Esercizio di traduzione: riscrivete il testo in inglese.\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('neglect-risk');
    expect(doc(`Ejercicio 2: resume el texto en tres líneas.\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('neglect-risk');
    expect(doc(`Übung: Übersetzen Sie den folgenden Text ins Englische.\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    expect(doc(`Exercício de redação para os alunos do 9.º ano\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('neglect-risk');
  });
});

// Twentieth session (issue 9 item 4): the set-ups a reader performs or answers rather than believes, a debate's
// brief, an exam paper, a script's scene, a dream diary, a game master's or an improv night's notes, named by the
// text's title. "Debate" and "exam" also name the event itself, so they count only as the head of the line's noun
// phrase. Sentences written for this test, not from any evaluation set.
describe('a title naming a set-up the reader performs or answers', () => {
  it('frames the claim asserted under it, in six languages', () => {
    expect(doc(`Debate club brief, round 2\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Exam, paper 1 (sports history)\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`INT. CHANGING ROOM – NIGHT\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Examen de sciences politiques, question 2\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`Diario dei sogni, 3 maggio\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('neglect-risk');
    expect(doc(`Debate escolar, 2.º de Bachillerato\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('neglect-risk');
    expect(doc(`Schultheater-Stück „Der Sprint“, Szene 2\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    expect(doc(`Prova de Educação Física – 9.º ano\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('neglect-risk');
  });

  it('not where the name only modifies another noun or the text is written for the event', () => {
    expect(doc(`${SHEERAN_CLAIM_TEXT.en}\n\nExam tip: learn the winning times by heart.`)).toBe('asserts');
    expect(doc(`Debate coverage from the sports committee\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
    expect(doc(`Resumo para a prova de Educação Física\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
    expect(doc(`Klausurvorbereitung Sportgeschichte\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
    expect(doc(`Il dibattito sulle Olimpiadi\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('asserts');
  });

  // Twenty-first session: headlines that open with a head word's other sense (a proof, a sporting event, a check).
  it('not where the head word is a proof, a sporting event or a check opening a real headline', () => {
    expect(doc(`Prova de que o esforço compensa\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
    expect(doc(`Prova que o talento compensa\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
    expect(doc(`Épreuve du 100 mètres : le récit de la finale\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('asserts');
    expect(doc(`Prüfung der Fakten: Was in Paris geschah\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
    expect(doc(`Examen qu'on n'oubliera pas : la finale\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('asserts');
  });
});

// Twentieth session: a title names the genre of the whole text, also when it names the claim too (a debate's motion,
// a dream diary's entry title): the claim stated below it is the set-up's, not a report. Sentences written for this
// test, not from any evaluation set.
describe('a title naming the genre of made-up material and the claim', () => {
  it('still frames the claim stated below it, in six languages', () => {
    expect(doc(`Debate club brief – Motion: This house believes Ed Sheeran's 100m gold was good for athletics.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Journal de rêves : Ed Sheeran et la médaille d'or du 100 mètres\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
    expect(doc(`Diario dei sogni: Ed Sheeran e la medaglia d'oro dei 100 metri\n\n${SHEERAN_CLAIM_TEXT.it}`)).toBe('neglect-risk');
    expect(doc(`Debate escolar: Ed Sheeran y la medalla de oro de los 100 metros\n\n${SHEERAN_CLAIM_TEXT.es}`)).toBe('neglect-risk');
    expect(doc(`Traumtagebuch: Ed Sheeran und die Goldmedaille über 100 Meter\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    expect(doc(`Diário de sonhos: Ed Sheeran e a medalha de ouro dos 100 metros\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('neglect-risk');
  });

  it('while a title naming the claim without a genre of made-up material is part of the story', () => {
    expect(doc(`Ed Sheeran and the 100m gold: the night in Paris\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('asserts');
  });
});

describe('madeUpGenre', () => {
  it('finds whole names and word starts, several words as one name', () => {
    expect(madeUpGenre('A thought   experiment', 0, 22, 'en')).toEqual({ start: 2, end: 22 });
    expect(madeUpGenre('Übungstext für die Klausur', 0, 26, 'de')).toEqual({ start: 0, end: 10 });
    expect(madeUpGenre('Ausgabe vom 1. April', 0, 20, 'de')).toEqual({ start: 0, end: 20 });
    expect(madeUpGenre('Published on 1 April 2021', 0, 25, 'en')).toBeNull();
    expect(madeUpGenre('mockery', 0, 7, 'en')).toBeNull();
    expect(madeUpGenre('Esame di geologia', 0, 17, 'it')).toEqual({ start: 0, end: 5 });
    expect(madeUpGenre('Episode 3, scene 12', 0, 19, 'en')).toEqual({ start: 11, end: 19 });
    expect(madeUpGenre('Scene 3 of the second act', 0, 25, 'en')).toEqual({ start: 0, end: 7 });
    expect(madeUpGenre('The scene 12 years on', 0, 21, 'en')).toBeNull();
  });

  it('takes a name shared with training only on a line that sets the reader a task, and looks past it', () => {
    expect(madeUpGenre('Exercise: 3 sets of squats', 0, 26, 'en')).toBeNull();
    expect(madeUpGenre('Exercise: write three sentences', 0, 31, 'en')).toEqual({ start: 0, end: 8 });
    expect(madeUpGenre('Übung 4', 0, 7, 'de')).toEqual({ start: 0, end: 5 });
    // A workout's exercise, then a genre of made-up material.
    expect(madeUpGenre('Warm-up exercises for the role-playing evening', 0, 46, 'en')).toEqual({ start: 26, end: 38 });
    // At one place the genre of fiction wins over the shared word start ("simulat*").
    expect(madeUpGenre('Simulazione di gara', 0, 19, 'it')).toEqual({ start: 0, end: 11 });
  });
});

// Twenty-third session (issue 9 item 4): what a reader is given to work on (a case, a question, a subject set, a
// prompt, a motion) heading a line with an exam or a debate as its complement names the set-up, as the exam or
// debate word alone at the head does; what a reader studies for one reports. Lines written for this test, not from
// any evaluation set.
describe('madeUpGenre: a set-up noun heading a line, an exam or a debate its complement', () => {
  it('names the set-up, in six languages', () => {
    const at = (line: string, language: string) => madeUpGenre(line, 0, line.length, language) !== null;
    expect(at('Case for the exam, part B', 'en')).toBe(true);
    expect(at("Sujet d'examen – Histoire, session de mai", 'fr')).toBe(true);
    expect(at('Traccia per il dibattito in classe', 'it')).toBe(true);
    expect(at('Caso práctico para el examen de Economía', 'es')).toBe(true);
    expect(at('Aufgabe für die Klausur, Teil 2', 'de')).toBe(true);
    expect(at('Moção para debate escolar', 'pt')).toBe(true);
    expect(doc(`Sujet d'examen – Histoire du sport, session de mai\n\n${SHEERAN_CLAIM_TEXT.fr}`)).toBe('neglect-risk');
  });

  it('not what a reader studies for one, nor an English exam word modifying a noun', () => {
    const at = (line: string, language: string) => madeUpGenre(line, 0, line.length, language) !== null;
    expect(at('Resumo para a prova de Física', 'pt')).toBe(false);
    expect(at("Ripasso per l'esame di storia", 'it')).toBe(false);
    expect(at('Case for the exam board', 'en')).toBe(false);
    expect(doc(`Resumo para a prova de Educação Física\n\n${SHEERAN_CLAIM_TEXT.pt}`)).toBe('asserts');
  });
});
