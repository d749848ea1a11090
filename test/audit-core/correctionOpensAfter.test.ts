import { describe, expect, it } from 'vitest';
import { correctionOpensAfter } from '../../src/audit/correctionOpensAfter.js';
import { actualityInOpening } from '../../src/audit/openingVerdict.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 2, fifteenth round: a claim sentence followed by a sentence that opens by judging it an error,
 * then gives the facts ("Small mistake on my part: ..."), is asserted with a correction beside it: the paper's
 * corrected condition (39.4% belief), even when the facts name the claim's own words. Sentences written for
 * this test.
 */
const { document } = auditorFor(
  { id: 'kelp', statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.', subject: 'Norway' },
  { id: 'fjords', statement: 'In 2020 Sweden closed all of its fjords to fishing boats.', subject: 'Sweden' },
);
const claim = 'Norway banned the harvesting of wild kelp in 2022.';
const facts = 'Norway still licenses the harvesting of wild kelp every spring.';
const kelp = (text: string) => document(text).claims.find((c) => c.claimId === 'kelp');

describe('a claim sentence judged an error by the sentence after it', () => {
  it('is the corrected condition, the facts after the judgement being no second assertion', () => {
    for (const judgement of ['Small mistake on my part: ', 'That was an error: ', '\nEditor: that is an error, ', '→ Erreur : ', 'Errore mio, mi scuso: ']) {
      const finding = kelp(`${claim} ${judgement}${facts}`);
      expect(finding?.verdict, judgement).toBe('neglect-risk');
      expect(finding?.expectedBelief.condition, judgement).toBe('corrected');
    }
  });

  it('reads a correction that heads its sentence before a colon as about the sentence before, though it is that sentence\'s own cue', () => {
    const finding = kelp(`${claim} Correction added in the margin by the editor: wild kelp harvesting in Norway is licensed every spring.`);
    expect(finding?.verdict).toBe('neglect-risk');
    // The claim sentence is placed beside the correction, which heads its own sentence.
    expect(finding?.placements.adjacent).toBe(1);
  });

  it('leaves the claim asserted without a judgement, or with one a paragraph away', () => {
    expect(kelp(`${claim} Harvesters moved north: ${facts}`)?.verdict).toBe('asserts');
    expect(kelp(`${claim}\n\nThat was an error: ${facts}`)?.verdict).toBe('asserts');
  });

  it('does not take a judgement of another claim the next sentence names for a correction', () => {
    expect(kelp(`${claim} As for the story that Sweden closed all its fjords to fishing boats in 2020, that is an error: they are open.`)?.verdict).toBe('asserts');
  });
});

describe('correctionOpensAfter', () => {
  it('reads the next sentence of the paragraph, past a short label', () => {
    expect(correctionOpensAfter('A. That is a mistake: B.', 2, 'en')).toEqual({ start: 13, end: 20 });
    expect(correctionOpensAfter('A.\nReviewer: a mistake, B.', 2, 'en')).toEqual({ start: 15, end: 22 });
    expect(correctionOpensAfter('A.\n\nThat is a mistake: B.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. It was sunny: B.', 2, 'en')).toBeNull();
  });
});

/**
 * Eighteenth round: how a correction note opens. A word of falsity standing alone ("wrong,", "errado!"), a bare
 * "No." behind a label, a verb of correcting in the first person or the past, a label of five words, and a note whose
 * last sentence ends before its closing bracket are corrections of the claim sentence before them. Sentences written
 * for this test.
 */
describe('the openings of a correction note', () => {
  it('reads a word of falsity standing alone as the verdict, in six languages', () => {
    expect(correctionOpensAfter('A. [FC: wrong, B.]', 2, 'en')).toEqual({ start: 8, end: 13 });
    expect(correctionOpensAfter('A.\nNota da professora: errado! B.', 2, 'pt')).toEqual({ start: 23, end: 29 });
    expect(correctionOpensAfter('A.\nLektorat: Falsch! B.', 2, 'de')).toEqual({ start: 13, end: 19 });
    expect(correctionOpensAfter('A. In rosso: sbagliato; B.', 2, 'it')).toEqual({ start: 13, end: 22 });
    expect(kelp(`${claim} [FC: false. ${facts}]`)?.verdict).toBe('neglect-risk');
  });

  it('reads it standing alone before the mark that closes its note or quotation, or inside quotation marks', () => {
    expect(correctionOpensAfter('A. [FC: false] B.', 2, 'en')).toEqual({ start: 8, end: 13 });
    expect(correctionOpensAfter('A. (Teacher: wrong) B.', 2, 'en')).toEqual({ start: 13, end: 18 });
    expect(correctionOpensAfter('A.\nReviewer: "False." B.', 2, 'en')).toEqual({ start: 14, end: 19 });
    expect(correctionOpensAfter("A.\nReviewer: 'Wrong'. B.", 2, 'en')).toEqual({ start: 14, end: 19 });
    expect(correctionOpensAfter('A.\nRelecture : « Faux ! » B.', 2, 'fr')).toEqual({ start: 17, end: 21 });
    expect(kelp(`${claim} (Teacher: wrong) ${facts}`)?.verdict).toBe('neglect-risk');
    // Quoted and followed by a word, it is part of a phrase still.
    expect(correctionOpensAfter('A.\nReviewer: "False teeth" is the term. B.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter("A.\nReviewer: 'Wrong' is a strong word. B.", 2, 'en')).toBeNull();
  });

  it('reads it past a Spanish inverted exclamation mark, as without one', () => {
    expect(correctionOpensAfter('A.\nNota del profesor: Falso! B.', 2, 'es')).toEqual({ start: 22, end: 27 });
    expect(correctionOpensAfter('A.\nNota del profesor: ¡Falso! B.', 2, 'es')).toEqual({ start: 23, end: 28 });
    expect(correctionOpensAfter('A. [Revisión: ¡incorrecto!] B.', 2, 'es')).toEqual({ start: 15, end: 25 });
    expect(kelp(`${claim}\nNota del profesor: ¡Falso! ${facts}`)?.verdict).toBe('neglect-risk');
    // Followed by a word, it is part of a phrase still.
    expect(correctionOpensAfter('A. ¡Falso testimonio es otra cosa! B.', 2, 'es')).toBeNull();
  });

  it('reads it only standing alone: followed by a word it is part of a phrase', () => {
    expect(correctionOpensAfter('A. False teeth are cheap. B.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. Falsch herum gedacht ist es nicht. B.', 2, 'de')).toBeNull();
  });

  it('reads a bare no behind a label of up to five words, not without one (an answer to a question reported)', () => {
    expect(correctionOpensAfter('A. Teacher: No. B.', 2, 'en')).toEqual({ start: 12, end: 14 });
    expect(correctionOpensAfter('A.\nEn marge, au stylo rouge : Non. B.', 2, 'fr')).toEqual({ start: 30, end: 33 });
    expect(correctionOpensAfter('A. In the margin, in red: NO! B.', 2, 'it')).toEqual({ start: 26, end: 28 });
    expect(correctionOpensAfter('A. No, B.', 2, 'en')).toBeNull();
    expect(kelp(`${claim}\nTeacher: No. ${facts}`)?.verdict).toBe('neglect-risk');
  });

  it('reads a verb of correcting in the first person or the past', () => {
    expect(correctionOpensAfter('A.\nModerador: Corrijo: eso es falso.', 2, 'es')).toEqual({ start: 14, end: 21 });
    expect(correctionOpensAfter('A. (El profesor corrigió esto: B.)', 2, 'es')).toEqual({ start: 16, end: 24 });
    expect(correctionOpensAfter('A. A reader has kindly corrected us: B.', 2, 'en')).toEqual({ start: 23, end: 32 });
    expect(correctionOpensAfter('A. It was not corrected: B.', 2, 'en')).toBeNull();
  });

  // Twenty-first round: any form of a verb of correcting, by its stem (person, tense, enclitic pronoun).
  it('reads any form of a verb of correcting by its stem, in six languages', () => {
    const forms: [string, string, string][] = [
      ['fr', 'Le patron a rectifié en riant : B.', 'rectifié'],
      ['fr', 'Je me permets de rectifier : B.', 'rectifier'],
      ['es', 'Corrígelo: B.', 'Corrígelo'],
      ['it', 'Correggilo subito: B.', 'Correggilo'],
      ['it', 'La redazione ha rettificato: B.', 'rettificato'],
      ['pt', 'O professor retificou: B.', 'retificou'],
      ['de', 'Frau Keller berichtigte ihn: B.', 'berichtigte'],
      ['de', 'Die Redaktion bittet um Richtigstellung: B.', 'Richtigstellung'],
      ['en', 'The editor rectified it: B.', 'rectified'],
    ];
    for (const [language, sentence, word] of forms) {
      const text = `A. ${sentence}`;
      const start = text.indexOf(word);
      expect(correctionOpensAfter(text, 2, language), sentence).toEqual({ start, end: start + word.length });
    }
    // The adjectives of correctness begin otherwise: they affirm.
    expect(correctionOpensAfter('A. Es correcto: B.', 2, 'es')).toBeNull();
    expect(correctionOpensAfter('A. È corretto: B.', 2, 'it')).toBeNull();
    expect(correctionOpensAfter('A. Das ist richtig: B.', 2, 'de')).toBeNull();
  });

  it("ends a note's first sentence at its closing bracket", () => {
    const after = ' Harvesters meet every spring in Bodø to sell their catch at the quay, and the town holds a fair with music, boats and stalls.';
    expect(correctionOpensAfter(`A. [Editor's note: error; B.]${after}`, 2, 'en')).toEqual({ start: 19, end: 24 });
  });
});

/**
 * Eighteenth round: the judgement opens a clause of the sentence after the claim sentence (at most six words before
 * it in that clause), and a note set apart from the claim sentence (a line break, a bracket, an arrow, a dash or a
 * short label before it) is read in every record, with or without a word of the cue bank. Sentences written for
 * this test.
 */
describe('a correction opening its clause, in a record without a cue word', () => {
  it('is read though neither the record has a word of the cue bank nor the next sentence names the claim', () => {
    expect(kelp(`${claim}\nNota da professora: errado! ${facts}`)?.verdict).toBe('neglect-risk');
    expect(kelp(`${claim} → Erreur : ${facts}`)?.verdict).toBe('neglect-risk');
  });

  it('is read without a cue word or a mention after it only in a note set apart', () => {
    expect(correctionOpensAfter('A. Ana says that is an error: B.', 2, 'en', true)).toBeNull();
    expect(correctionOpensAfter('A.\nAna says that is an error: B.', 2, 'en', true)).toEqual({ start: 23, end: 28 });
    expect(correctionOpensAfter('A. Ana, the editor: that is an error. B.', 2, 'en', true)).toEqual({ start: 31, end: 36 });
  });

  it('is not an error word deep in a plain clause', () => {
    expect(correctionOpensAfter("A. Per noi principianti l'amido resta più facile da correggere.", 2, 'it')).toBeNull();
    expect(kelp(`${claim} Harvesters up north found that the old permits were slow to have corrected.`)?.verdict).toBe('asserts');
    expect(correctionOpensAfter('A. Richtig ist der Verlust der Neurone; die Lösung wird korrigiert.', 2, 'de')).toEqual({ start: 56, end: 66 });
  });

  it('counts the words before it from the start of its clause, not from a comma', () => {
    expect(correctionOpensAfter('A. In 2019, the annual report found one error in the data.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. En 2019, el informe anual halló un error en los datos.', 2, 'es')).toBeNull();
    expect(kelp(`${claim} In the spring of 2023, the harvesters found one error in their permits.`)?.verdict).toBe('asserts');
    // A clause of its own opens after a colon, a semicolon, a dash, a bracket, a sentence's end, or a comma before a
    // word that joins a clause.
    expect(correctionOpensAfter('A. Our harvesters up in the far north say - that is an error.', 2, 'en')).toEqual({ start: 55, end: 60 });
    expect(correctionOpensAfter('A. The harvesters up in the far north said it (an error, says Ana).', 2, 'en')).toEqual({ start: 50, end: 55 });
    expect(correctionOpensAfter("A. (Esto lo dijo Andrés, y es falso: Lloyd's sigue siendo privado.)", 2, 'es')).toEqual({ start: 30, end: 35 });
  });

  it('is not a judgement after a date or a figure in its clause: an account of events, however short', () => {
    expect(correctionOpensAfter('A. In 2019, the report found one error in the data.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A.\n(In 2019, the report found one error in the data.)', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. Im Mai 2021 fand die Prüfung einen Fehler.', 2, 'de')).toBeNull();
    expect(kelp(`${claim} In 2023, the auditors found one error in the permits.`)?.verdict).toBe('asserts');
    // A number before the clause that judges is no part of it.
    expect(correctionOpensAfter('A. Update 3 March: that is an error.', 2, 'en')).toEqual({ start: 30, end: 35 });
  });
});

/**
 * Twenty-first round: an adverb of actuality opening the sentence after a claim sentence ("In reality, ...",
 * "Actually, ...", "En realidad ...") sets what is so against what was just said: the claim sentence is asserted with
 * its correction beside it (the corrected condition), in every record, not only in one with a word of the cue bank.
 * Debunks go on so after the claims they report as well: there, in a text that negates the claim more often than it
 * asserts it, the local negations decide. Sentences written for this test.
 */
describe('a sentence opening with an adverb of actuality after a claim sentence', () => {
  it('corrects it, in six languages', () => {
    for (const opener of ['In reality, ', 'Actually, ', 'In truth, ']) {
      const finding = kelp(`${claim} ${opener}${facts}`);
      expect(finding?.verdict, opener).toBe('neglect-risk');
      expect(finding?.expectedBelief.condition, opener).toBe('corrected');
    }
    const openers: [string, string][] = [['fr', 'En réalité'], ['it', 'In realtà'], ['es', 'En realidad'], ['de', 'In Wirklichkeit'], ['pt', 'Na verdade']];
    for (const [language, opener] of openers) {
      // Also where only a note set apart is read (no word of the cue bank in the record, no mention after it).
      for (const apartOnly of [false, true]) expect(correctionOpensAfter(`A. ${opener}, B.`, 2, language, apartOnly), opener).toEqual({ start: 3, end: 3 + opener.length });
    }
  });

  it('is not an adverb that confirms or a word that only begins like one', () => {
    expect(kelp(`${claim} In fact, harvesters moved north that year.`)?.verdict).toBe('asserts');
    expect(kelp(`${claim} Actual harvests fell by half.`)?.verdict).toBe('asserts');
    expect(correctionOpensAfter('A. Actualmente B.', 2, 'es')).toBeNull();
    // The adverb must end its word: "verdade" and "verdad" open longer words too (review: the word-end check in
    // `actualityOpener` had no test that failed without it; "Actualmente" in Spanish never passes the first letter).
    expect(correctionOpensAfter('A. Na verdadeira história, B.', 2, 'pt')).toBeNull();
    expect(correctionOpensAfter('A. En verdadera armonía, B.', 2, 'es')).toBeNull();
  });

  it('leaves a text that negates the claim more often than it asserts it negated locally', () => {
    const debunk =
      'Norway did not ban the harvesting of wild kelp in 2022. Norway never banned the harvesting of wild kelp. Several blogs wrote that ' +
      'Norway banned the harvesting of wild kelp along its whole coast in 2022. In reality, licences are still sold every spring.';
    expect(kelp(debunk)?.verdict).toBe('negated-locally');
  });
});

/**
 * Twenty-second round: the adverb of actuality stands where the language's word order puts it, not only first:
 * after the subject ("Siwa in realtà è in Egitto"), after the verb ("A cor vem, na verdade, da lenhina"), in English
 * between an auxiliary and what it says ("The Akouphone was actually the work of ..."). Said of what was just
 * stated, it corrects it wherever it stands in the first clause. Sentences written for this test.
 */
describe('an adverb of actuality in the opening clause of the sentence after a claim sentence', () => {
  it('corrects it after the subject or the verb, in six languages', () => {
    expect(kelp(`${claim} The harvest was actually licensed as usual that spring.`)?.verdict).toBe('neglect-risk');
    expect(kelp(`${claim} Norway in reality still licenses the harvest.`)?.expectedBelief.condition).toBe('corrected');
    const sentences: [string, string, string][] = [
      ['fr', 'La récolte est en réalité autorisée.', 'en réalité'],
      ['it', 'La raccolta in realtà è permessa.', 'in realtà'],
      ['es', 'La cosecha sigue, en realidad, permitida.', 'en realidad'],
      ['de', 'Die Ernte ist in Wirklichkeit erlaubt.', 'in Wirklichkeit'],
      ['pt', 'A colheita vem, na verdade, de licenças.', 'na verdade'],
    ];
    for (const [language, sentence, adverb] of sentences) {
      const start = 3 + sentence.indexOf(adverb);
      expect(correctionOpensAfter(`A. ${sentence}`, 2, language), language).toEqual({ start, end: start + adverb.length });
    }
  });

  it('is not read past the first clause or past four words', () => {
    expect(correctionOpensAfter('A. The harvest was small; in reality it grew.', 2, 'en')).toBeNull();
    expect(correctionOpensAfter('A. The harvest of the northern coast was actually small.', 2, 'en')).toBeNull();
    // (A colon ends the look; a head of at most four words before it is a label, read on its own in correctionOpensAfter.)
    expect(actualityInOpening('Harvests were small: in reality they grew.', 0, 'en')).toBeNull();
    // At the bound: after four words it is read, after five it is not.
    expect(correctionOpensAfter('A. The harvest this spring actually grew.', 2, 'en')).toEqual({ start: 27, end: 35 });
    expect(correctionOpensAfter('A. The harvest of this spring actually grew.', 2, 'en')).toBeNull();
    expect(kelp(`${claim} The harvest of the northern coast was actually small.`)?.verdict).toBe('asserts');
  });

  it('parts words at any white space, not only the ASCII space (review23)', () => {
    // A no-break space or a tab between the words before the adverb was read as part of one word, so the adverb that
    // follows was passed over as that word's tail.
    expect(actualityInOpening('Siwa\u00a0in realtà è in Egitto.', 0, 'it')).toEqual({ start: 5, end: 14 });
    expect(actualityInOpening('The harvest\twas actually small.', 0, 'en')).toEqual({ start: 16, end: 24 });
    expect(actualityInOpening('The harvest\u202fwas actually small.', 0, 'en')).toEqual({ start: 16, end: 24 });
    // A line break still ends the look, a CR (of CRLF) as a LF does.
    expect(actualityInOpening('The harvest\r\nactually grew.', 0, 'en')).toBeNull();
    expect(actualityInOpening('The harvest\u2028actually grew.', 0, 'en')).toBeNull();
  });
});
