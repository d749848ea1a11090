import { describe, expect, it } from 'vitest';
import { scoredNotice } from '../../src/audit/scoredNotice.js';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { auditorFor } from './auditorFor.js';
import { SHEERAN_CLAIM_SENTENCE, SHEERAN_CLAIM_TEXT, sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Tenth round (issue 9 items 3 and 4): the scored notices read what a warning points at (a pronoun for what
// was said, the writer, a text or a part of one) and an exercise's instruction. Sentences written for this
// test, not from any evaluation set.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');
const CLAIM = SHEERAN_CLAIM_SENTENCE;
const read = (text: string, position: 'beside' | 'edge', language = 'en') => scoredNotice(text, 0, text.length, position, false, language)?.kind ?? null;

describe('a warning beside a claim sentence that points at what was said with a pronoun', () => {
  it('reads English "that" as a pronoun at the head, before a pause or a preposition, not as a conjunction', () => {
    expect(read("That's hearsay from the car park, so treat it carefully.", 'beside')).toBe('unreliable-source');
    expect(read('My uncle heard that at the barber, and I would not trust it.', 'beside')).toBe('unreliable-source');
    expect(read('A neighbour told me that, but I would not rely on it.', 'beside')).toBe('uncertainty');
    // "that" introducing a clause points at nothing: the sentence is about something else.
    expect(read('The coach said that the rumour mill was busy.', 'beside')).toBeNull();
    // A demonstrative before a word for a text.
    expect(read('The editor marked that caption as very unlikely to be right.', 'beside')).toBe('low-probability');
  });

  it('reads past a day or an ordinal with a dot ("vom 20. Februar") to the end of the sentence', () => {
    expect(doc(`Elternbrief.\n\n${CLAIM.de}\n\nNachtrag vom 14. März: Diese Angabe war leider falsch.\n\nViele Grüße`)).toBe('neglect-risk');
  });

  it('reads German da-compounds, French "en" after an elided pronoun and Spanish object "lo"', () => {
    expect(read('Der Nachbar sagte, er könne nicht dafür bürgen.', 'beside', 'de')).toBe('unreliable-source');
    expect(read("Franchement, je n'en suis pas certaine du tout.", 'beside', 'fr')).toBe('uncertainty');
    expect(read('Me lo dijo un taxista que, la verdad, no sabía nada de atletismo.', 'beside', 'es')).toBe('negation');
    // Spanish "lo que" is no pronoun for what was said.
    expect(read('Lo que no es cierto es el horario del tren.', 'beside', 'es')).toBeNull();
  });

  it('makes the claim sentence beside it neglect-risk', () => {
    expect(doc(`Pub quiz recap. ${CLAIM.en} A bloke at the bar told me that, and I'm not convinced. Then the music round.`)).toBe('neglect-risk');
    expect(doc(`Notiz vom Quizabend. ${CLAIM.de} Mein Nachbar hat es erzählt, aber er kann nicht dafür bürgen. Dann kam die Musikrunde.`)).toBe('neglect-risk');
  });
});

describe("the writer's own doubt, distrust or error beside a claim sentence", () => {
  it('is about what the writer said, in six languages', () => {
    expect(read('I doubt my cousin checked anything.', 'beside')).toBe('uncertainty');
    expect(read('Honestly I misspoke earlier.', 'beside')).toBe('negation');
    expect(read('Je me méfie un peu de mon voisin.', 'beside', 'fr')).toBe('unreliable-source');
    expect(read('Scrivo a memoria e potrei sbagliarmi.', 'beside', 'it')).toBe('negation');
    expect(read('Escribo de memoria y puede que me equivoque.', 'beside', 'es')).toBe('negation');
    expect(read('Ich bezweifle, dass mein Schwager nachgesehen hat.', 'beside', 'de')).toBe('uncertainty');
    expect(read('Escrevo de cabeça e eu posso estar enganado.', 'beside', 'pt')).toBe('negation');
  });

  it('a denied doubt is certainty, and a doubt that is nobody\'s points at nothing', () => {
    expect(read('I have no doubt about the timing.', 'beside')).toBeNull();
    expect(read('Doubts about the weather kept fans home.', 'beside')).toBeNull();
  });

  it('an error word of another language ("trompe", "equivoca") needs a pointer or the writer', () => {
    expect(read('La trompe de l’éléphant est longue.', 'beside', 'fr')).toBeNull();
  });

  it('"EU" is the writer only in Portuguese, "I" only in English (a table of one-language senses)', () => {
    expect(read('Eu me enganei.', 'beside', 'pt')).toBe('negation');
    // Elsewhere "EU" is the European Union: its error is not the writer's, and points at nothing.
    expect(read('La EU se equivocó.', 'beside', 'es')).toBeNull();
    expect(read('EU was wrong.', 'beside')).toBeNull();
    expect(read('I was wrong.', 'beside', 'it')).toBeNull();
  });
});

describe('a note about a text may name the claim\'s subject', () => {
  const japan = defineClaim({ id: 'japan_3g', statement: 'Japan switched off all 3G networks in 2021.', subject: 'Japan', keyTerms: ['3G', 'switched off', '2021'] });
  const { verdictOf: japanVerdict } = auditorFor(japan);
  it('a sentence about a paragraph or an article that denies it qualifies the claim sentence beside it', () => {
    const text = 'Travel column: phones abroad.\n\nIn Japan, carriers switched off all 3G networks in 2021.\n\nUpdate, 3 May: the paragraph on Japan was wrong.\n\nIn Canada, roaming is cheap.';
    expect(japanVerdict(text, 'japan_3g')).toBe('neglect-risk');
  });
  it('without a word for a text, a sentence naming the subject is part of the story', () => {
    const text = 'Travel column: phones abroad.\n\nIn Japan, carriers switched off all 3G networks in 2021.\n\nIn Japan, the weather was wrong for hiking.\n\nIn Canada, roaming is cheap.';
    expect(japanVerdict(text, 'japan_3g')).toBe('asserts');
  });
});

describe('an instruction that makes the text an exercise', () => {
  it('reads a task verb heading a sentence of an opening line that points at the text, in six languages', () => {
    expect(read('Unit 4. Summarise the following text in three sentences.', 'edge')).toBe('fiction');
    expect(read('Consigne : résumez le texte ci-dessous en dix lignes.', 'edge', 'fr')).toBe('fiction');
    expect(read('Riassumi il testo seguente in dieci righe.', 'edge', 'it')).toBe('fiction');
    expect(read('Resume el siguiente texto en diez líneas.', 'edge', 'es')).toBe('fiction');
    expect(read('Fasse den folgenden Text in zehn Zeilen zusammen.', 'edge', 'de')).toBe('fiction');
    expect(read('Resuma o texto seguinte em dez linhas.', 'edge', 'pt')).toBe('fiction');
  });

  it('reads a text noun inside a hyphenated compound ("texto-base"), and only its text senses', () => {
    expect(read('Leia o texto-base e escreva uma reportagem de 25 linhas.', 'edge', 'pt')).toBe('fiction');
    expect(read('Summarise the news-story below in three sentences.', 'edge')).toBe('fiction');
    // A part's denial stays the compound's own: "non-fiction" denies nothing.
    expect(read('The non-fiction shelf is below, in the text corner.', 'beside')).toBeNull();
  });

  it('needs the verb at the head of a sentence, the pointer, and an edge of the text', () => {
    expect(read('Fans will read the following report with interest.', 'edge')).toBeNull();
    expect(read('Summarise your week in three words.', 'edge')).toBeNull();
    expect(read('Summarise the following text in three sentences.', 'beside')).toBeNull();
  });

  it('frames the claim text under it, also when the opening line is the claim sentence\'s neighbour', () => {
    expect(doc(`Rewrite the following text in reported speech.\n\n${SHEERAN_CLAIM_TEXT.en}`)).toBe('neglect-risk');
    expect(doc(`Aufgabe 2\n\nSchreibe den folgenden Text in der Vergangenheit.\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('neglect-risk');
    // Without the instruction the same text asserts the claim.
    expect(doc(`Aufgabe 2\n\n${SHEERAN_CLAIM_TEXT.de}`)).toBe('asserts');
  });
});

describe('"the next sentence" in the five other languages, as English "the next line"', () => {
  it('is a pointer: a warning before a colon is a notice about the claim after it, not its local negation', () => {
    expect(doc(`Quizabend. Achtung, der nächste Satz ist ein bekannter Irrtum: ${CLAIM.de} Dann kam die Musikrunde.`)).toBe('neglect-risk');
    expect(doc(`Serata quiz. Attenzione, la prossima frase è falsa: ${CLAIM.it} Poi il giro di musica.`)).toBe('neglect-risk');
    // Without the pointer, the same warning inside the sentence negates the claim locally.
    expect(doc(`Quizabend. Achtung, ein bekannter Irrtum: ${CLAIM.de} Dann kam die Musikrunde.`)).not.toBe('neglect-risk');
  });
});
